import { describeError, EXIT, PerfGateError } from '../errors.js';
import { TerminalLogger } from '../io/terminal-logger.js';
import { warningsOnce } from '../io/logger.js';
import { shouldUseColor } from '../render/index.js';
import { PRODUCT_VERSION } from '../version.js';
import { COMMANDS } from './commands/index.js';
import { closest } from '../options/values.js';
import { usageOf, type CliContext } from './command.js';
import { parseCommandLine } from './flags.js';

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `perf-gate ${PRODUCT_VERSION}: gate pull requests on k6 load-test regressions`,
    '',
    'Usage: perf-gate <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `perf-gate <command> --help` for its options.',
    'Exit codes: 0 pass (or no baseline yet), 1 the gate failed, 2 usage or infrastructure error.',
    '',
  ].join('\n');
}

/**
 * The CLI's composition root: picks the command, parses its flags, and turns every error into one line and
 * exit code 2 (with the stack only under --debug). A regression is not an error: commands return 1 for it.
 */
export async function main(
  argv: string[],
  io: { stdout?: (s: string) => void; stderr?: NodeJS.WriteStream } = {},
): Promise<number> {
  const stderr = io.stderr ?? process.stderr;
  const stdout = io.stdout ?? ((s: string) => void process.stdout.write(s));
  const env = process.env;
  const debug = argv.includes('--debug');
  const isTTY = Boolean(process.stdout.isTTY);
  const logger = warningsOnce(
    new TerminalLogger({
      stream: stderr,
      color: shouldUseColor(env, Boolean(stderr.isTTY)),
      debug,
    }),
  );
  const [name, ...rest] = argv.filter((a) => a !== '--debug');

  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    stdout(overview());
    return name === undefined ? EXIT.error : EXIT.pass;
  }
  if (name === '--version' || name === '-v') {
    stdout(`${PRODUCT_VERSION}\n`);
    return EXIT.pass;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const guess = closest(
      name,
      COMMANDS.map((c) => c.name),
    );
    logger.error(
      `unknown command "${name}". ${guess ? `Did you mean \`perf-gate ${guess}\`? ` : ''}Run \`perf-gate --help\` to see the commands`,
    );
    return EXIT.error;
  }
  const beforeSeparator = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (beforeSeparator.includes('--help') || beforeSeparator.includes('-h')) {
    stdout(usageOf(command));
    return EXIT.pass;
  }
  const ctx: CliContext = { logger, cwd: process.cwd(), stdout, env, isTTY };
  try {
    return await command.run(parseCommandLine(rest, command.name), ctx);
  } catch (err) {
    logger.progress(null);
    logger.error(describeError(err));
    if (debug && err instanceof Error && err.stack) stderr.write(`${err.stack}\n`);
    else if (!(err instanceof PerfGateError)) logger.info('Run again with --debug to see where it happened.');
    return EXIT.error;
  }
}

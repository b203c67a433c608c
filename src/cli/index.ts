import { exitOnSignals } from '../io/cancellation.js';
import { main } from './main.js';

exitOnSignals((message) => process.stderr.write(`${message}\n`));
process.exitCode = await main(process.argv.slice(2));

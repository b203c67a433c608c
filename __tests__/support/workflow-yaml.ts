/**
 * Every GitHub Actions workflow the repository shows: the files in .github/workflows and each ```yaml block of
 * README.md and docs/*.md, as lintable whole workflows. The rule for a block (stated once, here):
 *
 * - a mapping with `on` and `jobs` is a whole workflow, linted as written;
 * - a mapping with `jobs` but no `on` gets `on: [push, pull_request]` above it;
 * - a mapping with `steps` (and maybe `runs-on`, `permissions`) becomes the job `example` of such a workflow,
 *   on `ubuntu-latest` unless it names its runner;
 * - a list whose items are steps (each has `uses` or `run`) becomes that job's steps;
 * - anything else is not a workflow (a config file in YAML, say) and is skipped. A skipped block may not contain
 *   `uses:`, `runs-on:` or `steps:`, so a workflow fragment cannot escape the lint by an unforeseen shape.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { ROOT } from './k6.js';

export interface WorkflowText {
  /** Where it comes from, e.g. `README.md:96` (the line of the opening fence) or `.github/workflows/ci.yml`. */
  source: string;
  /** The text as the reader sees it. */
  original: string;
  /** A whole workflow, or undefined for a block the rule skips. */
  workflow: string | undefined;
}

/** The Markdown files whose YAML blocks are linted. */
export function markdownFiles(): string[] {
  const docs = readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`);
  return ['README.md', ...docs.sort()];
}

/** The workflow files of the repository itself. */
export function workflowFiles(): string[] {
  return readdirSync(join(ROOT, '.github', 'workflows'))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => `.github/workflows/${f}`);
}

/** The ```yaml (or ```yml) blocks of a Markdown text, with the line of each opening fence. */
export function yamlBlocks(markdown: string): { line: number; text: string }[] {
  const blocks: { line: number; text: string }[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```ya?ml\s*$/.exec(lines[i] as string);
    if (!open) continue;
    const indent = (open[1] as string).length;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j] as string); j++)
      body.push((lines[j] as string).slice(indent));
    blocks.push({ line: i + 1, text: body.join('\n') + '\n' });
    i = j;
  }
  return blocks;
}

const indent = (text: string, spaces: number) =>
  text
    .trimEnd()
    .split('\n')
    .map((l) => (l ? ' '.repeat(spaces) + l : l))
    .join('\n');

const HEADER = 'name: example\non: [push, pull_request]\n';

/** A block as a whole workflow, by the rule in this file's header; undefined when it is not a workflow. */
export function asWorkflow(text: string): string | undefined {
  const doc = parseDocument(text);
  const root = doc.contents;
  if (isMap(root)) {
    const has = (key: string) => root.has(key);
    if (has('jobs')) return has('on') ? text : HEADER + text;
    if (has('steps')) {
      const runner = has('runs-on') ? '' : '    runs-on: ubuntu-latest\n';
      return `${HEADER}jobs:\n  example:\n${runner}${indent(text, 4)}\n`;
    }
  }
  if (
    isSeq(root) &&
    root.items.length > 0 &&
    root.items.every((s) => isMap(s) && (s.has('uses') || s.has('run')))
  )
    return `${HEADER}jobs:\n  example:\n    runs-on: ubuntu-latest\n    steps:\n${indent(text, 6)}\n`;
  return undefined;
}

/** Every workflow the repository shows, in files and in its Markdown. */
export function allWorkflowTexts(): WorkflowText[] {
  const texts: WorkflowText[] = workflowFiles().map((source) => {
    const original = readFileSync(join(ROOT, source), 'utf8');
    return { source, original, workflow: original };
  });
  for (const file of markdownFiles())
    for (const block of yamlBlocks(readFileSync(join(ROOT, file), 'utf8')))
      texts.push({ source: `${file}:${block.line}`, original: block.text, workflow: asWorkflow(block.text) });
  return texts;
}

/**
 * Every action reference the repository shows: each `uses: owner/repo[/path]@ref` of its workflows and YAML blocks,
 * and each `actions/<name>@<ref>` anywhere in README.md, docs/*.md and the workflow files (prose included).
 */
export function actionRefs(): { action: string; ref: string; source: string }[] {
  const refs: { action: string; ref: string; source: string }[] = [];
  for (const t of allWorkflowTexts())
    for (const m of t.original.matchAll(/uses:\s*['"]?([\w.-]+\/[\w./-]+)@([\w.-]+)/g))
      refs.push({ action: m[1] as string, ref: m[2] as string, source: t.source });
  for (const file of [...markdownFiles(), ...workflowFiles()]) {
    const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      for (const m of line.matchAll(/(?<!uses:\s*['"]?)\b(actions\/[\w.-]+)@([\w.-]+)/g))
        refs.push({ action: m[1] as string, ref: m[2] as string, source: `${file}:${i + 1}` });
    });
  }
  return refs;
}

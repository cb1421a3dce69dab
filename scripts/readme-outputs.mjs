#!/usr/bin/env node
/**
 * The README's pasted outputs are generated from the current tool. A marker before a ```text block
 * names the command that prints it:
 *
 *   <!-- output: score examples/x.yaml -f table | from: Sensitivity | keep: 8 | prompt -->
 *
 * `from: TEXT` starts the block at the first line that starts with TEXT; `keep: K` keeps K lines and
 * the last one with `...` between; `prompt` puts `$ spbe ARGS` (without the options after ` -f
 * table`, which only stand for a terminal) first. Commands run in the repository root through
 * bin/spbe.js, without colour, at the width tables use in a pipe, in English.
 *
 *   node scripts/readme-outputs.mjs          rewrite README.md
 *   node scripts/readme-outputs.mjs --check  exit 1 and show the first stale block
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MARKER = /<!-- output: (.+?) -->\n```text\n([\s\S]*?)```/g;

/** Splits a command line on spaces, keeping "double quoted" words together. */
function words(command) {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

function parseMarker(text) {
  const [command, ...options] = text.split(' | ');
  const marker = { args: words(command), prompt: false, from: undefined, keep: undefined };
  for (const option of options) {
    if (option === 'prompt') marker.prompt = true;
    else if (option.startsWith('from: ')) marker.from = option.slice(6);
    else if (option.startsWith('keep: ')) marker.keep = Number(option.slice(6));
    else throw new Error(`README marker: unknown option "${option}"`);
  }
  return marker;
}

export function runSpbe(args) {
  const env = { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
  delete env.FORCE_COLOR;
  delete env.COLUMNS;
  const child = spawnSync(process.execPath, [join(ROOT, 'bin/spbe.js'), ...args], { cwd: ROOT, env, encoding: 'utf8' });
  return child.stdout;
}

/** The block a marker stands for, from the command's output. */
export function blockFor(markerText, run = runSpbe) {
  const marker = parseMarker(markerText);
  let lines = run(marker.args).replace(/\n$/, '').split('\n');
  if (marker.from !== undefined) {
    const start = lines.findIndex((line) => line.startsWith(marker.from));
    if (start < 0) throw new Error(`README marker "${markerText}": no line starts with "${marker.from}"`);
    lines = lines.slice(start);
  }
  if (marker.keep !== undefined && lines.length > marker.keep + 1) lines = [...lines.slice(0, marker.keep), '...', lines.at(-1)];
  const shown = marker.args.join(' ').replace(/ -f table$/, '');
  if (marker.prompt) lines.unshift(`$ spbe ${shown}`);
  return `${lines.join('\n')}\n`;
}

/** README.md with every marked block regenerated, and the blocks that were stale. */
export function regenerate(readme, run = runSpbe) {
  const stale = [];
  const text = readme.replace(MARKER, (whole, markerText, body) => {
    const block = blockFor(markerText, run);
    if (block !== body) stale.push({ marker: markerText, expected: block, actual: body });
    return `<!-- output: ${markerText} -->\n\`\`\`text\n${block}\`\`\``;
  });
  return { text, stale, markers: [...readme.matchAll(MARKER)].length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = join(ROOT, 'README.md');
  const { text, stale, markers } = regenerate(readFileSync(path, 'utf8'));
  if (process.argv.includes('--check')) {
    for (const s of stale) process.stderr.write(`stale README output: spbe ${s.marker}\n`);
    process.exit(stale.length > 0 ? 1 : 0);
  }
  writeFileSync(path, text);
  process.stdout.write(`README.md: ${markers} outputs, ${stale.length} regenerated\n`);
}

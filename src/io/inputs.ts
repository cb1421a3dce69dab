/**
 * Command-line paths -> an ordered list of inputs: files as given; directories walked recursively
 * for *.yaml / *.yml / *.csv / *.xlsx (sorted, symlink loops skipped); quoted globs; `-` for standard input.
 * Order: argument order, and sorted paths within a directory or glob. A path or glob that matches
 * nothing is a problem (exit 2); the other inputs still run.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { errnoCode } from './source.js';

export interface Input {
  /** As shown in messages: the argument, or a path under it, relative to the working directory. */
  file: string;
  /** Absolute path to read; absent for standard input. */
  path?: string;
  stdin?: true;
}

/** An argument that could not be used; the CLI words it (phrases noMatch, noYamlIn, cannotRead). */
export type InputProblem = { kind: 'noMatch'; pattern: string } | { kind: 'noYamlIn'; path: string } | { kind: 'cannotRead'; path: string; reason: string };

export interface ExpandResult {
  inputs: Input[];
  problems: InputProblem[];
}

const ASSESSMENT_FILE = /\.(ya?ml|csv|xlsx)$/i;
const GLOB_CHARS = /[*?[\]{}]/;

const toPosix = (path: string) => path.split(sep).join('/');

/** Recursively lists assessment files; `seen` holds real paths of visited folders (symlink loops). */
async function walk(dir: string, seen: Set<string>, out: string[]): Promise<void> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch {
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return; // an unreadable folder inside a scanned tree holds nothing we can score
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const info = await stat(path);
        isDir = info.isDirectory();
        isFile = info.isFile();
      } catch {
        continue; // a dangling link
      }
    }
    if (isDir) await walk(path, seen, out);
    else if (isFile && ASSESSMENT_FILE.test(entry.name)) out.push(path);
  }
}

/** The folder a glob can start walking from: its leading segments without glob characters. */
function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments) {
    if (GLOB_CHARS.test(segment)) break;
    fixed.push(segment);
  }
  if (fixed.length === segments.length) fixed.pop();
  return fixed.join('/') || '.';
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const { default: picomatch } = await import('picomatch');
  const posixPattern = toPosix(pattern);
  const base = resolve(cwd, globBase(posixPattern));
  const isMatch = picomatch(toPosix(resolve(cwd, posixPattern)), { dot: false });
  const files: string[] = [];
  await walk(base, new Set(), files);
  return files.filter((file) => isMatch(toPosix(file)));
}

function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? toPosix(rel) : path;
}

export async function expandInputs(args: readonly string[], cwd: string, stdinName = '<stdin>'): Promise<ExpandResult> {
  const inputs: Input[] = [];
  const problems: InputProblem[] = [];
  const seenFiles = new Set<string>();
  const add = (path: string, file: string) => {
    if (seenFiles.has(path)) return; // named twice (a file and a folder holding it): scored once
    seenFiles.add(path);
    inputs.push({ file, path });
  };

  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ file: stdinName, stdin: true });
      continue;
    }
    const path = resolve(cwd, arg);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      if (GLOB_CHARS.test(arg)) {
        const matches = await expandGlob(arg, cwd);
        if (matches.length === 0) problems.push({ kind: 'noMatch', pattern: arg });
        for (const match of matches) add(match, shown(match, cwd));
        continue;
      }
      problems.push({ kind: 'cannotRead', path: arg, reason: errnoCode(error) });
      continue;
    }
    if (info.isDirectory()) {
      const files: string[] = [];
      await walk(path, new Set(), files);
      if (files.length === 0) problems.push({ kind: 'noYamlIn', path: arg });
      for (const file of files) add(file, shown(file, cwd));
    } else {
      add(path, arg);
    }
  }
  return { inputs, problems };
}

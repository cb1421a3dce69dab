/**
 * Command-line paths -> an ordered list of inputs: files as given; directories walked recursively
 * for *.yaml / *.yml / *.csv / *.xlsx (sorted, symlink loops skipped); quoted globs; `-` for standard input.
 * Order: argument order, and sorted paths within a directory or glob. A path or glob that matches
 * nothing is a problem (exit 2); the other inputs still run.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { FILE_KIND_HEAD, otherFileKind, type OtherFileKind } from '../document/file-kind.js';
import { errnoCode } from './source.js';

export interface Input {
  /** As shown in messages: the argument, or a path under it, relative to the working directory. */
  file: string;
  /** Absolute path to read; absent for standard input. */
  path?: string;
  stdin?: true;
  /** Standard input named by --stdin-filepath: the folder of that path, where its relative `previous` is found. */
  anchor?: string;
}

/** An argument that could not be used; the CLI words it (phrases noMatch, noYamlIn, cannotRead). */
export type InputProblem = { kind: 'noMatch'; pattern: string } | { kind: 'noYamlIn'; path: string } | { kind: 'cannotRead'; path: string; reason: string };

export interface ExpandResult {
  inputs: Input[];
  problems: InputProblem[];
  /** Files of a folder or glob scan that are other spbe files (document/file-kind.ts), not read. */
  skipped: { file: string; kind: OtherFileKind }[];
}

/** Glob patterns of files a folder or glob scan leaves out (--ignore-pattern, config `ignore:`), each relative to its base folder. */
export interface IgnorePatterns {
  patterns: readonly string[];
  /** The folder the patterns are relative to (the working directory, or the config file's). */
  base: string;
}

/** One buffer for every head read (a scan of 10,000 files would otherwise leave 40 MB of them to the collector). */
let headBuffer: Buffer | undefined;

/**
 * The start of a file, for the file-kind rule; unreadable files are left for the reader to report.
 * A file shorter than the head is read whole: `whole` gets its bytes (valid only during the call).
 */
function head(path: string, whole?: (bytes: Uint8Array) => void): string {
  try {
    const fd = openSync(path, 'r');
    try {
      const buffer = (headBuffer ??= Buffer.allocUnsafe(FILE_KIND_HEAD));
      const length = readSync(fd, buffer, 0, FILE_KIND_HEAD, 0);
      // At the end only if a read after it says so: one read may return less than there is.
      if (whole && length < FILE_KIND_HEAD && readSync(fd, buffer, length, FILE_KIND_HEAD - length, length) === 0) whole(buffer.subarray(0, length));
      return buffer.toString('utf8', 0, length);
    } finally {
      closeSync(fd);
    }
  } catch {
    return '';
  }
}

const ASSESSMENT_FILE = /\.(ya?ml|csv|xlsx)$/i;
/** Files whose heads a scan reads between two calls of `listed`. */
const SCAN_CHUNK = 32;
const GLOB_CHARS = /[*?[\]{}]/;
/** The longest pattern picomatch takes (its default maxLength), the working directory it is resolved against included. */
const MAX_GLOB_LENGTH = 65536 - 4096;

const toPosix = (path: string) => path.split(sep).join('/');
/**
 * A folder's entry as path.join gives it, as one flat string: a batch keeps every input's path for
 * its whole run, and path.join builds a rope that V8 flattens later into a second string, keeping
 * both (32 bytes a file more); Array.join writes a flat one.
 */
const inFolder = (dir: string, name: string) => [dir, name].join(dir.endsWith(sep) ? '' : sep);

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
    const path = inFolder(dir, entry.name);
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

/** Sub-folders of dir whose names match one glob segment (dot folders only when the segment names a dot). */
async function matchingFolders(dir: string, segment: string, picomatch: typeof import('picomatch')): Promise<string[]> {
  const isMatch = picomatch(segment, { dot: segment.startsWith('.') });
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const entry of entries) {
    if (!isMatch(entry.name) || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path).then((i) => i.isDirectory(), () => false)));
    if (isDir) out.push(path);
  }
  return out;
}

/**
 * A glob is expanded segment by segment up to its last segment or its first `**`: a wildcard in
 * the first segment ('/*\/x/*.yaml') searches the root's folders, not the working directory, and
 * no folder the pattern cannot reach is walked. From there, the folders are walked (recursively only
 * under `**`) and every file is matched against the whole pattern.
 */
async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const { default: picomatch } = await import('picomatch');
  const absolute = toPosix(resolve(cwd, toPosix(pattern)));
  const isMatch = picomatch(absolute, { dot: false });
  const segments = absolute.split('/');
  let dirs = [segments[0] === '' ? '/' : `${segments[0]}/`];
  let i = 1;
  for (; i < segments.length - 1 && !segments[i]!.includes('**'); i++) {
    const segment = segments[i]!;
    if (segment === '') continue;
    if (!GLOB_CHARS.test(segment)) dirs = dirs.map((d) => join(d, segment));
    else dirs = (await Promise.all(dirs.map((d) => matchingFolders(d, segment, picomatch)))).flat();
  }
  const recursive = i < segments.length - 1;
  const files: string[] = [];
  for (const dir of dirs) {
    if (recursive) await walk(dir, new Set(), files);
    else await listFiles(dir, files);
  }
  return [...new Set(files)].filter((file) => isMatch(toPosix(file))).sort();
}

/** The assessment files directly in a folder (the last segment of a glob without `**`). */
async function listFiles(dir: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = inFolder(dir, entry.name);
    const isFile = entry.isFile() || (entry.isSymbolicLink() && (await stat(path).then((i) => i.isFile(), () => false)));
    if (isFile && ASSESSMENT_FILE.test(entry.name)) out.push(path);
  }
}

function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  if (!rel || rel.startsWith('..')) return path;
  const posix = toPosix(rel);
  // A slice of the path where it ends so (always on POSIX) shares the path's characters: a copy cost a batch 16 bytes a file more.
  return path.endsWith(posix) ? path.slice(path.length - posix.length) : posix;
}

/**
 * `wholeFile` is told of each input that the scan read whole (a file found in a folder or glob and
 * shorter than the head the file-kind rule reads), with its position and bytes (valid only during
 * the call), so that what else is needed of it costs no second read.
 */
export async function expandInputs(
  args: readonly string[],
  cwd: string,
  stdinName = '<stdin>',
  ignore: readonly IgnorePatterns[] = [],
  wholeFile?: (position: number, path: string, bytes: Uint8Array) => void,
  /** Told how many files are known so far: before the heads of a folder's or glob's files are read, and again as they are (run/early-workers.ts). */
  listed?: (count: number) => void,
): Promise<ExpandResult> {
  const inputs: Input[] = [];
  const problems: InputProblem[] = [];
  const skipped: ExpandResult['skipped'] = [];
  const seenFiles = new Set<string>();
  const add = (path: string, file: string): boolean => {
    if (seenFiles.has(path)) return false; // named twice (a file and a folder holding it): scored once
    seenFiles.add(path);
    inputs.push({ file, path });
    return true;
  };
  const { default: picomatch } = ignore.some((i) => i.patterns.length > 0) ? await import('picomatch') : { default: undefined };
  // A pattern without a slash matches the name in any folder (as in .gitignore); one with a slash, the path from its base.
  const ignored = ignore.flatMap(({ patterns, base }) => patterns.map((pattern) => ({ base, isMatch: picomatch!(pattern, { dot: true, basename: !pattern.includes('/') }) })));
  /** A file found by a scan (not named on the command line): ignored, another spbe file, or an input. */
  const found = (path: string) => {
    if (ignored.some(({ base, isMatch }) => isMatch(toPosix(relative(base, path))))) return;
    let whole: Uint8Array | undefined;
    const kind = otherFileKind(basename(path), head(path, wholeFile && ((bytes) => (whole = bytes))));
    if (kind) skipped.push({ file: shown(path, cwd), kind });
    else if (add(path, shown(path, cwd)) && whole) wholeFile!(inputs.length - 1, path, whole);
  };

  /** The files of a folder or glob, in order; `listed` is told again every SCAN_CHUNK files (run/early-workers.ts: while workers start). */
  const foundAll = (paths: readonly string[]) => {
    const known = inputs.length + paths.length;
    listed?.(known);
    for (let i = 0; i < paths.length; i++) {
      found(paths[i]!);
      if (i % SCAN_CHUNK === SCAN_CHUNK - 1) listed?.(known);
    }
  };

  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ file: stdinName, stdin: true, ...(stdinName !== '<stdin>' ? { anchor: dirname(resolve(cwd, stdinName)) } : {}) });
      continue;
    }
    const path = resolve(cwd, arg);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      if (GLOB_CHARS.test(arg)) {
        // picomatch refuses a pattern this long, and no path is: it matches nothing.
        const matches = arg.length > MAX_GLOB_LENGTH ? [] : await expandGlob(arg, cwd);
        if (matches.length === 0) problems.push({ kind: 'noMatch', pattern: arg });
        foundAll(matches);
        continue;
      }
      problems.push({ kind: 'cannotRead', path: arg, reason: errnoCode(error) });
      continue;
    }
    if (info.isDirectory()) {
      const files: string[] = [];
      await walk(path, new Set(), files);
      if (files.length === 0) problems.push({ kind: 'noYamlIn', path: arg });
      foundAll(files);
    } else {
      // A named file costs a stat, not a read: told every SCAN_CHUNK of them (thousands may be named).
      if (add(path, arg) && inputs.length % SCAN_CHUNK === 0) listed?.(inputs.length);
    }
  }
  return { inputs, problems, skipped };
}

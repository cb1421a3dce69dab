/**
 * A table of CLI cases, each run twice: in-process through main(argv, io) (fast, and what coverage
 * sees) and through the built binary `node bin/spbe.js` in a child process (what users run). Both
 * runs must meet the same expectations: exit code, stdout, stderr and any side effects.
 */
import { join } from 'node:path';
import { describe, it, type ExpectStatic } from 'vitest';
import { run } from './cli.js';
import { ROOT } from './root.js';
import { spawnBinary } from './spawn.js';

export type Mode = 'in-process' | 'binary';

/** What a finished run gives the checks. */
export interface CaseRun {
  mode: Mode;
  args: readonly string[];
  cwd: string;
  code: number;
  stdout: string;
  stderr: string;
}

/** A value, or a function giving it at run time (for temporary folders made only then). */
export type Lazy<T> = T | ((context: { cwd: string }) => T);

/** A check that must hold on its own: a substring or a pattern to find, a snapshot, a pattern not to find, or code. */
export type TextCheck =
  | string
  | RegExp
  | { snapshot: string }
  | { absent: string | RegExp }
  | ((text: string, run: CaseRun) => void | Promise<void>);

/**
 * What stdout or stderr must be: the exact text when a string; when a list, every check in it
 * (a string in a list is a substring that must occur).
 */
export type TextExpectation = Exclude<TextCheck, string> | string | readonly TextCheck[];

export interface CliCase {
  /** Unique within the table: it names both tests. */
  name: string;
  args: Lazy<readonly string[]>;
  stdin?: Lazy<string>;
  /** Default: the checkout's root. A function is called once per run (a fresh folder per run if it makes one). */
  cwd?: string | (() => string);
  env?: Record<string, string | undefined>;
  /** In-process only: stdout is a terminal. The binary's stdout is a pipe, so its run is skipped ... */
  tty?: boolean;
  /** In-process only, with tty: the terminal's width. */
  columns?: number;
  /** ... unless the expectations hold just the same off a terminal: then the binary runs through a pipe. */
  sameWithoutTty?: boolean;
  exitCode: number;
  stdout?: TextExpectation;
  stderr?: TextExpectation;
  /** More checks on the run, such as the files it wrote into run.cwd. */
  check?: (run: CaseRun) => void | Promise<void>;
}

/** A snapshot file under test/__snapshots__. */
export const snapshot = (file: string) => ({ snapshot: file });
/** A substring or pattern that must not occur. */
export const absent = (text: string | RegExp) => ({ absent: text });
/** The text parsed as JSON, then checked. */
export const json = (check: (document: any, run: CaseRun) => void | Promise<void>) => (text: string, run: CaseRun) => check(JSON.parse(text), run);
/** The text as JSON lines, then checked. */
export const jsonLines = (check: (documents: any[], run: CaseRun) => void | Promise<void>) => (text: string, run: CaseRun) =>
  check(text.trimEnd().split('\n').map((line) => JSON.parse(line)), run);

const SNAPSHOTS = join(ROOT, 'test/__snapshots__');

async function checkText(check: TextCheck, text: string, stream: string, run: CaseRun, expectation: ExpectStatic): Promise<void> {
  const label = `${stream} of ${run.mode} \`spbe ${run.args.join(' ')}\``;
  if (typeof check === 'string') expectation(text, label).toContain(check);
  else if (check instanceof RegExp) expectation(text, label).toMatch(check);
  else if (typeof check === 'function') await check(text, run);
  else if ('snapshot' in check) await expectation(text, label).toMatchFileSnapshot(join(SNAPSHOTS, check.snapshot));
  else if (typeof check.absent === 'string') expectation(text, label).not.toContain(check.absent);
  else expectation(text, label).not.toMatch(check.absent);
}

async function checkStream(expected: TextExpectation | undefined, text: string, stream: string, run: CaseRun, expectation: ExpectStatic): Promise<void> {
  if (expected === undefined) return;
  if (typeof expected === 'string') return void expectation(text, `${stream} of ${run.mode} \`spbe ${run.args.join(' ')}\``).toBe(expected);
  for (const check of Array.isArray(expected) ? (expected as readonly TextCheck[]) : [expected as TextCheck]) await checkText(check, text, stream, run, expectation);
}

const resolve = <T>(value: Lazy<T>, cwd: string): T => (typeof value === 'function' ? (value as (context: { cwd: string }) => T)({ cwd }) : value);

async function runCase(c: CliCase, mode: Mode, expectation: ExpectStatic): Promise<void> {
  const cwd = typeof c.cwd === 'function' ? c.cwd() : (c.cwd ?? ROOT);
  const args = resolve(c.args, cwd);
  const stdin = c.stdin === undefined ? undefined : resolve(c.stdin, cwd);
  const options = { cwd, ...(c.env ? { env: c.env } : {}), ...(stdin !== undefined ? { stdin } : {}) };
  const result = mode === 'in-process' ? await run([...args], { ...options, tty: c.tty ?? false, ...(c.columns ? { columns: c.columns } : {}) }) : await spawnBinary(args, options);
  const done: CaseRun = { mode, args, cwd, code: result.code ?? -1, stdout: result.stdout, stderr: result.stderr };
  expectation(done.code, `exit code of ${mode} \`spbe ${args.join(' ')}\`; stderr:\n${done.stderr}`).toBe(c.exitCode);
  await checkStream(c.stdout, done.stdout, 'stdout', done, expectation);
  await checkStream(c.stderr, done.stderr, 'stderr', done, expectation);
  await c.check?.(done);
}

/**
 * Registers two tests per case: `in-process: main(argv, io) > NAME` and `bin/spbe.js: ... > NAME`.
 * The in-process runs share this thread and go one after another; the binary runs, separate
 * processes, run concurrently (up to vitest's maxConcurrency).
 */
export function runCases(cases: readonly CliCase[]): void {
  const names = new Set<string>();
  for (const c of cases) {
    if (names.has(c.name)) throw new Error(`two CLI cases are named "${c.name}"`);
    names.add(c.name);
  }
  describe('in-process: main(argv, io)', () => {
    for (const c of cases) it(c.name, ({ expect: expectation }) => runCase(c, 'in-process', expectation));
  });
  describe.concurrent('bin/spbe.js: node in a child process', () => {
    for (const c of cases) {
      if (c.tty && !c.sameWithoutTty) it.skip(`${c.name} (skipped: it needs a terminal, and the binary's stdout here is a pipe)`);
      else it(c.name, ({ expect: expectation }) => runCase(c, 'binary', expectation));
    }
  });
}

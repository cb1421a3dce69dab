/**
 * Hostile input, second round (issue #11): every pathological shape of test/fixtures/hostile-shapes.mjs
 * ends in its bounded finding (bench/hostile.mjs times them at 5 MB); findings per file are bounded;
 * an unexpected error is a finding of its file; devices, FIFOs and long streams are refused; a batch
 * of 250 files mixing the shapes reports every file, the same on workers as on one thread.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundFindings, createFinding, MAX_FINDINGS_PER_CODE } from '../src/core/findings.js';
import { evaluateSource, internalErrorFinding } from '../src/io/evaluate.js';
import { readBytes, readSource, readStreamBounded } from '../src/io/source.js';
import { exitCodeFor } from '../src/cli/exit-code.js';
import { summarize } from '../src/core/report.js';
import { HOSTILE_CODES, HOSTILE_SHAPES } from './fixtures/hostile-shapes.mjs';
import { assessmentYaml, uniformLevels } from './helpers/assessments.js';
import { tempTree } from './helpers/files.js';
import { spawnBinary } from './helpers/spawn.js';

const SIZE = 512 * 1024;
const codesOf = (findings: readonly { code: string }[]) => findings.map((f) => f.code);

describe('pathological shapes end in their bounded finding', () => {
  it.each(Object.keys(HOSTILE_SHAPES))('%s', async (shape) => {
    const result = await evaluateSource({ file: shape, text: HOSTILE_SHAPES[shape]!(SIZE) });
    expect(codesOf(result.findings)).toEqual(HOSTILE_CODES[shape]);
  });
});

const valid = assessmentYaml({ indicators: uniformLevels(3) });

describe('findings per file are bounded', () => {
  it('1,000 wrong evidence items give the first 20 and one finding that counts the other 980', async () => {
    const text = valid.replace(/^ {2}"?1"?: 3$/m, `  1: {level: 3, explanation: x, evidence: [${Array(1000).fill('1').join(', ')}]}`);
    expect(text).not.toBe(valid);
    const result = await evaluateSource({ file: 'x.yaml', text });
    expect(codesOf(result.findings)).toEqual([...Array(MAX_FINDINGS_PER_CODE).fill('WRONG_TYPE'), 'FINDINGS_OMITTED']);
    const omitted = result.findings.at(-1)!;
    const line = text.split('\n').findIndex((l) => l.startsWith('  1: {')) + 1;
    // Where the first omitted item is: the 21st "1" of the list.
    expect(omitted).toMatchObject({ params: { code: 'WRONG_TYPE', count: 980 }, severity: 'error', pointer: '/indicators/1/evidence/20', line, column: 44 + 3 * 20 });
    // Counts stand for every finding, listed or not.
    expect(summarize([result])).toMatchObject({ errors: 1000, warnings: 0 });
  });

  it('30 unknown indicators: 20 of them, then the count of the others', async () => {
    const text = valid + Array.from({ length: 30 }, (_, i) => `  ${100 + i}: 3\n`).join('');
    const result = await evaluateSource({ file: 'x.yaml', text });
    expect(codesOf(result.findings)).toEqual([...Array(20).fill('UNKNOWN_INDICATOR'), 'FINDINGS_OMITTED']);
    expect(result.findings.at(-1)).toMatchObject({ params: { code: 'UNKNOWN_INDICATOR', count: 10 }, pointer: '/indicators/120' });
  });

  it('boundFindings keeps the order and the findings of codes under the bound', () => {
    const findings = [
      ...Array.from({ length: 3 }, (_, i) => createFinding('MISSING_FIELD', { path: '', field: `f${i}` }, `/f${i}`)),
      createFinding('EMPTY_FILE', {}, ''),
      createFinding('MISSING_FIELD', { path: '', field: 'g' }, '/g', 'warning'),
    ];
    expect(boundFindings(findings, 5)).toBe(findings);
    expect(boundFindings(findings, 2).map((f) => [f.code, f.pointer, f.severity])).toEqual([
      ['MISSING_FIELD', '/f0', 'error'],
      ['MISSING_FIELD', '/f1', 'error'],
      ['FINDINGS_OMITTED', '/f2', 'error'],
      ['EMPTY_FILE', '', 'error'],
    ]);
  });
});

describe('an unexpected error is a finding of its file', () => {
  it('is an INTERNAL_ERROR finding at 1:1 naming the error, and the run exits 2', () => {
    const finding = internalErrorFinding(new RangeError('Maximum call stack size exceeded'));
    expect(finding).toEqual({ code: 'INTERNAL_ERROR', params: { detail: 'RangeError: Maximum call stack size exceeded' }, severity: 'error', pointer: '', line: 1, column: 1 });
    expect(exitCodeFor({ results: [{ findings: [] }, { findings: [finding] }] })).toBe(2);
    expect(exitCodeFor({ results: [{ findings: [createFinding('EMPTY_FILE', {}, '')] }] })).toBe(1);
  });

  it('evaluateSource never throws: an option that throws becomes the file\'s finding', async () => {
    const options = {
      get predicateBasis(): never {
        throw new TypeError('boom');
      },
    };
    const result = await evaluateSource({ file: 'x.yaml', text: valid }, options);
    expect(result).toEqual({ file: 'x.yaml', valid: false, findings: [internalErrorFinding(new TypeError('boom'))] });
  });
});

describe('only regular files, read with a bounded length', () => {
  const fifo = () => {
    const dir = tempTree({});
    const path = join(dir, 'pipe.yaml');
    const made = spawnSync('mkfifo', [path]);
    expect(made.status, 'mkfifo (coreutils) must be installed').toBe(0);
    return path;
  };

  it('a device and a FIFO are "not a regular file", at once (the FIFO has no writer)', () => {
    expect(readSource('/dev/zero')).toEqual({ finding: createFinding('FILE_UNREADABLE', { reason: 'NOT_REGULAR' }, '') });
    expect(readBytes(fifo())).toEqual({ finding: createFinding('FILE_UNREADABLE', { reason: 'NOT_REGULAR' }, '') });
  });

  it('a file is read up to the limit; one byte more is FILE_TOO_LARGE', () => {
    const path = join(tempTree({}), 'x.yaml');
    writeFileSync(path, 'a'.repeat(100));
    expect(readSource(path, 100)).toEqual({ text: 'a'.repeat(100) });
    expect(readSource(path, 99)).toEqual({ finding: createFinding('FILE_TOO_LARGE', { size: 100, limit: 99 }, '') });
  });

  it('a stream stops being read once past the limit', async () => {
    let pulled = 0;
    function* chunks() {
      for (;;) {
        pulled++;
        yield new Uint8Array(1000);
      }
    }
    expect(await readStreamBounded(chunks(), 2500)).toEqual({ finding: createFinding('FILE_TOO_LARGE', { size: 3000, limit: 2500 }, '') });
    expect(pulled).toBe(3);
    expect(await readStreamBounded([new Uint8Array([104, 105])], 2)).toEqual({ bytes: Buffer.from('hi') });
  });

  it('a FIFO in a batch on workers does not block: it is a finding and the other files are scored', async () => {
    const path = fifo();
    const dir = join(path, '..');
    for (let i = 0; i < 3; i++) writeFileSync(join(dir, `ok${i}.yaml`), valid);
    const result = await spawnBinary(['validate', path, join(dir, 'ok0.yaml'), join(dir, 'ok1.yaml'), join(dir, 'ok2.yaml'), '-f', 'text', '--jobs', '2'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`${path}  error  cannot read the file: it is not a regular file (a device, FIFO or socket)  FILE_UNREADABLE\n4 files: 3 valid, 1 invalid (1 error)\n`);
  });
});

describe('a batch of 250 files mixing every shape', () => {
  it('reports every file on workers, byte-identical to one thread, exit 1, no stack trace', async () => {
    const shapes = Object.keys(HOSTILE_SHAPES);
    const files: Record<string, string> = {};
    for (let i = 0; i < 250; i++) {
      const shape = shapes[i % 16 === 0 ? (i / 16) % shapes.length : -1];
      files[`f${String(i).padStart(3, '0')}.yaml`] = shape ? HOSTILE_SHAPES[shape]!(SIZE) : valid;
    }
    const dir = tempTree(files);
    const workers = await spawnBinary(['score', dir, '-f', 'jsonl', '--jobs', '2'], { cwd: dir });
    const lines = workers.stdout.trim().split('\n');
    expect(lines).toHaveLength(250);
    expect(workers.code).toBe(1);
    expect(workers.stderr).not.toMatch(/\n\s+at |Error:|internal error/);
    for (const [i, line] of lines.entries()) {
      const shape = shapes[i % 16 === 0 ? (i / 16) % shapes.length : -1];
      const result = JSON.parse(line);
      expect(result.file).toBe(`f${String(i).padStart(3, '0')}.yaml`);
      expect(codesOf(result.findings), result.file).toEqual(shape ? HOSTILE_CODES[shape] : []);
    }
    const oneThread = await spawnBinary(['score', dir, '-f', 'jsonl', '--jobs', '0'], { cwd: dir });
    expect(workers.stdout).toBe(oneThread.stdout);
    expect(readFileSync(join(dir, 'f001.yaml'), 'utf8')).toBe(valid);
  }, 180_000);
});

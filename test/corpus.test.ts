/**
 * The bad-input corpus (test/fixtures/bad, made by test/fixtures/make-bad-corpus.py): each file's
 * findings, codes and positions as reviewed in expected.json; no input crashes the process or prints
 * a stack trace, and a batch over all of them still reports every file.
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { evaluateSource } from '../src/io/evaluate.js';
import { run, ROOT } from './helpers/cli.js';
import { assessmentYaml, uniformLevels } from './helpers/assessments.js';

const exec = promisify(execFile);
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

  it('a batch over the whole corpus reports every file, exit 1, no stack trace (in-process and the binary with workers)', async () => {
    // The 1 MB line needs more heap than a worker has: that worker dies and the main thread takes its files over.
    const inProcess = await run(['validate', CORPUS, '-f', 'jsonl']);
    expect(inProcess.code).toBe(1);
    expect(inProcess.stdout.trim().split('\n')).toHaveLength(files.length);
    const binary = await exec(process.execPath, [join(ROOT, 'bin/spbe.js'), 'score', CORPUS, '-f', 'jsonl', '--jobs', '2'], { maxBuffer: 64 << 20 }).catch((e) => e as { code: number; stdout: string; stderr: string });
    expect((binary as { code?: number }).code).toBe(1);
    expect(binary.stdout.trim().split('\n')).toHaveLength(files.length);
    expect(binary.stderr).not.toMatch(/\n\s+at |Error:|internal error/);
    const oneThread = await exec(process.execPath, [join(ROOT, 'bin/spbe.js'), 'score', CORPUS, '-f', 'jsonl', '--jobs', '0'], { maxBuffer: 64 << 20 }).catch((e) => e as { stdout: string });
    expect(binary.stdout).toBe(oneThread.stdout);
  });
});

describe('inputs made at test time', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'spbe-corpus-'));

  it('a 20 MB file is refused by --max-file-size (default 5 MiB) without reading it; a larger limit reads it', async () => {
    const d = dir();
    const big = join(d, 'big.yaml');
    writeFileSync(big, `${assessmentYaml({ indicators: uniformLevels(3) })}# ${'x'.repeat(20 * 1024 * 1024)}\n`);
    const refused = await run(['validate', big, '-f', 'jsonl']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout).findings).toEqual([{ code: 'FILE_TOO_LARGE', severity: 'error', message: expect.stringMatching(/^the file is 2097\d{4} bytes, over the limit of 5242880 bytes \(--max-file-size\)$/), pointer: '' }]);
    const allowed = await run(['validate', big, '-f', 'jsonl', '--max-file-size', '25MB']);
    expect(JSON.parse(allowed.stdout).valid).toBe(true);
    expect((await run(['validate', big, '--max-file-size', 'lots'])).code).toBe(2);
  });

  it('a directory named x.yaml is walked, not read as a file', async () => {
    const d = dir();
    mkdirSync(join(d, 'x.yaml'));
    writeFileSync(join(d, 'x.yaml', 'inner.yml'), assessmentYaml({ indicators: uniformLevels(2) }));
    const { code, stdout } = await run(['validate', join(d, 'x.yaml'), '-f', 'text']);
    expect(code).toBe(0);
    expect(stdout).toBe('1 file: 1 valid, 0 invalid\n');
  });

  it('a symlink loop inside a scanned folder ends', async () => {
    const d = dir();
    mkdirSync(join(d, 'a'));
    writeFileSync(join(d, 'a', 'ok.yaml'), assessmentYaml({ indicators: uniformLevels(2) }));
    symlinkSync(join(d, 'a'), join(d, 'a', 'again'));
    symlinkSync(join(d, 'missing'), join(d, 'a', 'dangling.yaml'));
    expect((await run(['validate', d, '-f', 'text'])).stdout).toBe('1 file: 1 valid, 0 invalid\n');
  });

  it('a file without read permission is a finding in a batch; the other files are scored', async (context) => {
    const d = dir();
    chmodSync(d, 0o755);
    writeFileSync(join(d, 'a.yaml'), assessmentYaml({ indicators: uniformLevels(2) }));
    writeFileSync(join(d, 'b.yaml'), assessmentYaml({ indicators: uniformLevels(3) }));
    chmodSync(join(d, 'a.yaml'), 0o644);
    chmodSync(join(d, 'b.yaml'), 0o000);
    // Root reads any file: run the binary as `nobody` (setpriv, util-linux) when we are root.
    const asNobody = process.getuid?.() === 0 ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath]] as const : [process.execPath, []] as const;
    const reachable = await exec(asNobody[0], [...asNobody[1], '-e', `require('fs').accessSync(${JSON.stringify(join(ROOT, 'bin/spbe.js'))})`]).then(() => true, () => false);
    if (!reachable) context.skip('this checkout or node binary is not readable by an unprivileged user');
    const result = await exec(asNobody[0], [...asNobody[1], join(ROOT, 'bin/spbe.js'), 'validate', d, '-f', 'text'], { cwd: d }).catch((e) => e as { code: number; stdout: string; stderr: string });
    expect((result as { code?: number }).code).toBe(1);
    expect(result.stdout).toBe('b.yaml  error  cannot read the file: permission denied  FILE_UNREADABLE\n2 files: 1 valid, 1 invalid (1 error)\n');
    expect(result.stderr).toBe('');
  });
});

/**
 * Runs of the real binary that need their own process: worker threads (which the in-process runs
 * cannot start from the TypeScript sources) and a reader that closes the pipe early. Every other
 * CLI case runs both in-process and through the binary in test/cli.cases.test.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessmentYaml, uniformLevels } from './helpers/assessments.js';
import { tempTree } from './helpers/files.js';
import { ROOT } from './helpers/root.js';
import { BIN, spawnBinary, spawnCommand } from './helpers/spawn.js';

describe('bin/spbe.js', () => {
  it('worker threads give the same results as one thread', async () => {
    const dir = tempTree(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${String(i).padStart(2, '0')}.yaml`, assessmentYaml({ agency: `Agency ${i % 5}`, year: 2021 + (i % 3), indicators: uniformLevels(1 + (i % 5)) })])));
    const threads = await spawnBinary(['score', dir, '-f', 'jsonl', '--jobs', '2']);
    const single = await spawnBinary(['score', dir, '-f', 'jsonl', '--jobs', '0']);
    expect(threads.code).toBe(0);
    expect(threads.stdout).toBe(single.stdout);
    expect(threads.stdout.trim().split('\n')).toHaveLength(12);
    // Each worker words findings in the run's language, as the main thread does.
    writeFileSync(join(dir, 'rusak.yaml'), 'year: 2024\nagency: X\nindicators: {1: 9}\n');
    const indonesian = await spawnBinary(['score', dir, '-f', 'jsonl', '--jobs', '2', '--lang', 'id']);
    expect(indonesian.stdout).toBe((await spawnBinary(['score', dir, '-f', 'jsonl', '--jobs', '0', '--lang', 'id'])).stdout);
    expect(indonesian.stdout).toContain('level 9 pada indikator 1 di luar skala permenpanrb-59-2020 (1..5)');
  });

  it('on worker threads, frameworks registered in the config and framework files named by path give the results of one thread', async () => {
    const framework = 'id: pemda-internal\ntitle: Internal\nstatus: official\nsource: {regulation: Perbup 1/2026}\nscale: {min: 1, max: 4}\npredicates: [{name: Tinggi, min: 3}, {name: Rendah, min: 0}]\ndomains:\n  - {id: 1, name: Semua, weight: 100, aspects: [{id: 1, name: Satu, weight: 100, indicators: [{id: 1, name: A, weight: 50}, {id: 2, name: B, weight: 50}]}]}\n';
    const files: Record<string, string> = { 'spbe.config.yaml': 'frameworks: [fw/registered.yaml]\n', 'fw/registered.yaml': framework, 'fw/by-path.yaml': framework.replace('pemda-internal', 'pemda-lain').replace('weight: 50}, {id: 2, name: B, weight: 50}', 'weight: 25}, {id: 2, name: B, weight: 75}') };
    for (let i = 0; i < 8; i++) files[`a/f${i}.yaml`] = `year: 2024\nagency: Agency ${i}\nframework: ${i % 2 ? 'pemda-internal' : '../fw/by-path.yaml'}\nindicators: {1: ${1 + (i % 4)}, 2: 4}\n`;
    const dir = tempTree(files);
    const threads = await spawnBinary(['score', 'a', '-f', 'jsonl', '--jobs', '2'], { cwd: dir });
    const single = await spawnBinary(['score', 'a', '-f', 'jsonl', '--jobs', '0'], { cwd: dir });
    expect(threads.code).toBe(0);
    expect(threads.stdout).toBe(single.stdout);
    const rows = threads.stdout.trim().split('\n').map((line) => JSON.parse(line) as { framework: { id: string }; exactIndex: string });
    // 25 % x level + 75 % x 4 and 50 % x level + 50 % x 4, exactly.
    expect(rows.map((r) => [r.framework.id, r.exactIndex])).toEqual([
      ['pemda-lain', '3.25'], ['pemda-internal', '3'], ['pemda-lain', '3.75'], ['pemda-internal', '4'],
      ['pemda-lain', '3.25'], ['pemda-internal', '3'], ['pemda-lain', '3.75'], ['pemda-internal', '4'],
    ]);
  });
});

describe('the quick bundle', () => {
  it('answers a file only js-yaml reads (quoted keys) with js-yaml loaded from beside it, as it answers the same file unquoted', async () => {
    const indicators = (key: (id: number) => string) => Array.from({ length: 47 }, (_, i) => `  ${key(i + 1)}: 3\n`).join('');
    const unquoted = `year: 2024\nagency: Test Agency\nindicators:\n${indicators(String)}`;
    const quoted = `year: 2024\nagency: Test Agency\nindicators:\n${indicators((id) => `"${id}"`)}`;
    const script = `const quick = require(${JSON.stringify(join(ROOT, 'dist/bundle/quick.cjs'))});
      quick.runQuick(['score', 'a.yaml', '--format', 'json']).then((answered) => process.stderr.write(JSON.stringify({ answered, jsYaml: Object.keys(require.cache).filter((path) => path.endsWith('js-yaml.cjs')).length })));`;
    const run = (text: string) => spawnCommand(process.execPath, ['-e', script], { cwd: tempTree({ 'a.yaml': text }) });
    const [byLines, byJsYaml] = [await run(unquoted), await run(quoted)];
    expect(JSON.parse(byLines.stderr)).toEqual({ answered: true, jsYaml: 0 });
    expect(JSON.parse(byJsYaml.stderr)).toEqual({ answered: true, jsYaml: 1 });
    expect(byJsYaml.stdout).toBe(byLines.stdout);
    expect(byJsYaml.stdout).toMatch(/"index": 3,/);
  });
});

describe('pipes', () => {
  it('a reader that closes early (| head) ends the run quietly, without a stack trace', async () => {
    // As `spbe score test/fixtures/bad -f jsonl | head -c 20`: we close our end of stdout after 20 bytes.
    const result = await spawnBinary(['score', 'test/fixtures/bad', '-f', 'jsonl'], { stdoutLimit: 20 });
    expect(result.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(result.signal).toBeNull();
    expect(result.code).toBeOneOf([0, 1]);
  });

  it('a reader that closes early does not hide findings: the exit code is still 1 (pipefail)', async () => {
    const command = `set -o pipefail; "${process.execPath}" "${BIN}" score test/fixtures/bad -f json | head -c 10 > /dev/null`;
    const result = await spawnCommand('bash', ['-c', command]);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
  });

  it.each([['json', 'the quick path'], ['text', 'the full CLI']])('a full disk (-f %s > /dev/full, %s) is one line and exit 2, not a stack trace', async (format) => {
    const result = await spawnCommand('bash', ['-c', `"${process.execPath}" "${BIN}" score examples/kota-banjarbaru-2024.yaml -f ${format} > /dev/full`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('spbe: error: cannot write stdout: no space left on the device\n');
  });

  it.each(['json', 'jsonl'])('the quick path of one valid file (score FILE -f %s | true: the pipe is closed before it writes) ends quietly too', async (format) => {
    const command = `set -o pipefail; "${process.execPath}" "${BIN}" score examples/kota-banjarbaru-2024.yaml -f ${format} | true`;
    const result = await spawnCommand('bash', ['-c', command]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

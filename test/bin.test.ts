/** A few runs of the real binary (the rest of the CLI is tested in-process for coverage). */
import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';
import { assessmentYaml, uniformLevels } from './helpers/assessments.js';
import { tempTree } from './helpers/files.js';

const exec = promisify(execFile);
const BIN = join(ROOT, 'bin/spbe.js');

async function spbe(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('bin/spbe.js', () => {
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist/cli.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  });

  it('scores the example: 2.74 Baik, +0.06 over 2023', async () => {
    const { code, stdout, stderr } = await spbe(['score', 'examples/kota-banjarbaru-2024.yaml', '-f', 'table']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/Indeks SPBE\s+│\s+100%\s+│\s+2\.74\s+│\s+2\.68\s+│\s+▲ \+0\.06/);
    expect(stdout).toMatch(/Predikat\s+│\s+│\s+Baik/);
  });

  it('prints JSON that parses', async () => {
    const { code, stdout } = await spbe(['score', 'examples/kota-banjarbaru-2024.yaml', '-f', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).results[0].exactIndex).toBe('2.7445');
  });

  it('exits 2 on usage errors and 1 on invalid input, without a stack trace', async () => {
    const usage = await spbe(['score', '--nope', 'x.yaml']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("error: unknown option '--nope'");
    const invalid = await spbe(['score', 'package.json']);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toMatch(/^package\.json:1:1 {2}error {2}missing required field "year" {2}MISSING_FIELD$/m);
    expect(invalid.stdout + invalid.stderr).not.toMatch(/\n\s+at /);
  });

  it('worker threads give the same results as one thread', async () => {
    const dir = tempTree(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${String(i).padStart(2, '0')}.yaml`, assessmentYaml({ agency: `Agency ${i % 5}`, year: 2021 + (i % 3), indicators: uniformLevels(1 + (i % 5)) })])));
    const threads = await spbe(['score', dir, '-f', 'jsonl', '--jobs', '2']);
    const single = await spbe(['score', dir, '-f', 'jsonl', '--jobs', '0']);
    expect(threads.code).toBe(0);
    expect(threads.stdout).toBe(single.stdout);
    expect(threads.stdout.trim().split('\n')).toHaveLength(12);
    // Each worker words findings in the run's language, as the main thread does.
    writeFileSync(join(dir, 'rusak.yaml'), 'year: 2024\nagency: X\nindicators: {1: 9}\n');
    const indonesian = await spbe(['score', dir, '-f', 'jsonl', '--jobs', '2', '--lang', 'id']);
    expect(indonesian.stdout).toBe((await spbe(['score', dir, '-f', 'jsonl', '--jobs', '0', '--lang', 'id'])).stdout);
    expect(indonesian.stdout).toContain('level 9 pada indikator 1 di luar skala permenpanrb-59-2020 (1..5)');
  });

  it('--version', async () => {
    const { code, stdout } = await spbe(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('pipes', () => {
  it('a reader that closes early (| head) ends the run quietly, without a stack trace', async () => {
    const result = await exec('bash', ['-c', `"${process.execPath}" "${BIN}" score test/fixtures/bad -f jsonl | head -c 20 >/dev/null; echo "status \${PIPESTATUS[0]}" >&2`], { cwd: ROOT }).catch((e) => e as { stdout: string; stderr: string });
    expect(result.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(result.stderr).toMatch(/status [01]\n$/);
  });
});

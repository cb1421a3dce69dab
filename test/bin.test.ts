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
import { spawnBinary } from './helpers/spawn.js';

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
});

describe('pipes', () => {
  it('a reader that closes early (| head) ends the run quietly, without a stack trace', async () => {
    // As `spbe score test/fixtures/bad -f jsonl | head -c 20`: we close our end of stdout after 20 bytes.
    const result = await spawnBinary(['score', 'test/fixtures/bad', '-f', 'jsonl'], { stdoutLimit: 20 });
    expect(result.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(result.signal).toBeNull();
    expect(result.code).toBeOneOf([0, 1]);
  });
});

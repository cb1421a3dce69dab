/**
 * The published package: `npm pack`, installed into an empty project, runs `npx spbe --version`
 * and scores a bundled example; it holds only what it needs. (Slow: it installs dependencies.)
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/root.js';
import { spawnCommand, type SpawnOptions, type SpawnResult } from './helpers/spawn.js';

/** Runs a command that must succeed (exit 0), showing its stderr when it does not. */
async function exec(command: string, args: string[], options: SpawnOptions): Promise<SpawnResult> {
  const result = await spawnCommand(command, args, options);
  expect(result.code, `${command} ${args.join(' ')}\n${result.stderr}`).toBe(0);
  return result;
}

describe('npm package', () => {
  it('packs only what it needs, installs into an empty project and runs', async () => {
    const work = mkdtempSync(join(tmpdir(), 'spbe pack ünïcode '));
    const { stdout } = await exec('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT });
    const [pack] = JSON.parse(stdout) as [{ filename: string; files: { path: string }[] }];
    const paths = pack.files.map((f) => f.path);
    expect(paths).toContain('bin/spbe.js');
    expect(paths).toContain('dist/bundle/cli.js');
    expect(paths).toContain('dist/index.d.ts');
    expect(paths).toContain('schemas/assessment.schema.json');
    expect(paths).toContain('examples/kota-banjarbaru-2024.yaml');
    expect(paths.filter((p) => /^(test|src\/(core|io|cli|format)|scripts|bench|node_modules)\//.test(p) || p.endsWith('.map'))).toEqual([]);

    const project = join(work, 'proyek baru');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
    await exec('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, pack.filename)], { cwd: project });
    const version = await exec('npx', ['--no-install', 'spbe', '--version'], { cwd: project });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const scored = await exec('npx', ['--no-install', 'spbe', 'score', 'node_modules/spbe/examples/kota-banjarbaru-2024.yaml', '-f', 'json'], { cwd: project });
    expect(JSON.parse(scored.stdout).results[0]).toMatchObject({ index: 2.74, predicate: 'Baik' });
    writeFileSync(join(project, 'use.mjs'), "import { scoreAssessment } from 'spbe';\nimport { readFileSync } from 'node:fs';\nconsole.log(scoreAssessment(readFileSync('node_modules/spbe/examples/kota-banjarbaru-2024.yaml', 'utf8')).exactIndex);\n");
    expect((await exec(process.execPath, ['use.mjs'], { cwd: project })).stdout.trim()).toBe('2.7445');
  }, 180_000);
});

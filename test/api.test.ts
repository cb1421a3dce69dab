/** The library API: import { loadFramework, validateAssessment, scoreAssessment } from 'spbe'. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as spbe from '../src/index.js';
import { ROOT } from './helpers/root.js';
import { spawnCommand } from './helpers/spawn.js';

const example = readFileSync(join(ROOT, 'examples/kota-banjarbaru-2024.yaml'), 'utf8');

describe('library API', () => {
  it('scores text into the JSON contract shape', () => {
    const result = spbe.scoreAssessment(example, { file: 'banjarbaru.yaml' });
    expect(result).toMatchObject({ file: 'banjarbaru.yaml', valid: true, index: 2.74, exactIndex: '2.7445', predicate: 'Baik', comparison: { delta: { index: 0.06 } } });
    expect(spbe.scoreAssessment(example, { predicateBasis: 'rounded' })).toMatchObject({ predicateBasis: 'rounded', file: '<input>' });
  });

  it('validates with positioned findings', () => {
    const validation = spbe.validateAssessment('year: 2024\nagency: X\nindicators: {1: 9}\n');
    expect(validation.valid).toBe(false);
    expect(validation.findings.map((f) => [f.code, f.line, f.column])).toEqual([
      ['MISSING_INDICATOR', 3, 1],
      ['LEVEL_OUT_OF_SCALE', 3, 17],
    ]);
    expect(spbe.validateAssessment(example)).toEqual({ valid: true, findings: [], framework: { id: 'permenpanrb-59-2020', status: 'official' } });
  });

  it('loads built-in and custom frameworks, with errors as exceptions', () => {
    expect(spbe.listFrameworks()).toEqual(['permenpanrb-5-2018', 'permenpanrb-59-2020', 'permenpanrb-8-2026']);
    expect(spbe.loadFramework('permenpanrb-59-2020').indicators).toHaveLength(47);
    expect(() => spbe.loadFramework('nope')).toThrow(spbe.FrameworkDefinitionError);
    expect(() => spbe.loadFramework({ id: 'x' } as never)).toThrow(/framework x is not coherent/);
    const custom = spbe.loadFramework({
      id: 'tiny', title: 'Tiny', status: 'provisional', source: { regulation: 'r' }, scale: { min: 1, max: 5 },
      predicates: [{ name: 'Ok', min: 0 }],
      domains: [{ id: 1, name: 'D', weight: 100, aspects: [{ id: 1, name: 'A', weight: 100, indicators: [{ id: 1, name: 'I', weight: 100 }] }] }],
    });
    expect(spbe.scoreAssessment('year: 2024\nagency: X\nindicators: {1: 4}\n', { framework: custom })).toMatchObject({ index: 4, predicate: 'Ok', framework: { id: 'tiny' } });
  });

  it('scoreFile follows a previous path', async () => {
    const result = await spbe.scoreFile(join(ROOT, 'examples/kabupaten-contoh-2024.yaml'), { file: 'contoh.yaml' });
    expect(result).toMatchObject({ file: 'contoh.yaml', index: 2.55, comparison: { previous: { year: 2023, index: 2.37 } } });
    // The same contract as --format json: self-assessed and target levels come with their indices.
    expect(result).toMatchObject({ selfAssessment: { index: 2.88, over: 16, under: 0 }, targets: { index: 3.55 } });
  });

  it('the built library, ES modules without require, loads js-yaml itself for a text only js-yaml reads (quoted keys)', async () => {
    const indicators = (key: (id: number) => string) => Array.from({ length: 47 }, (_, i) => `  ${key(i + 1)}: 3\n`).join('');
    const text = (key: (id: number) => string) => `year: 2024\nagency: Test Agency\nindicators:\n${indicators(key)}`;
    const script = `import { createRequire } from 'node:module';
      const { scoreAssessment } = await import(${JSON.stringify(join(ROOT, 'dist/index.js'))});
      const scored = (text) => scoreAssessment(text, { file: 'a.yaml' });
      const unquoted = scored(${JSON.stringify(text(String))});
      const quoted = scored(${JSON.stringify(text((id) => `"${id}"`))});
      const loaded = Object.keys(createRequire(import.meta.url).cache).some((path) => path.includes('/node_modules/js-yaml/'));
      process.stdout.write(JSON.stringify({ same: JSON.stringify(quoted) === JSON.stringify(unquoted), exactIndex: quoted.exactIndex, loaded }));`;
    const run = await spawnCommand(process.execPath, ['--input-type=module', '-e', script]);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ same: true, exactIndex: '3', loaded: true });
  });

  it('has no side effects on import and prints nothing', async () => {
    // A fresh process that only imports the built library writes nothing and exits 0.
    const imported = await spawnCommand(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(join(ROOT, 'dist/index.js'))});`]);
    expect(imported).toEqual({ code: 0, signal: null, stdout: '', stderr: '' });
    expect(typeof spbe.version).toBe('string');
    expect(Object.keys(spbe).sort()).toEqual(['FrameworkDefinitionError', 'findingMessage', 'listFrameworks', 'loadFramework', 'scoreAssessment', 'scoreFile', 'validateAssessment', 'version']);
  });
});

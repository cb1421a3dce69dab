/**
 * `spbe convert` round trips, property-style over random assessments: YAML -> workbook -> YAML and
 * YAML -> long CSV -> YAML give the same assessment (levels, exact 8/2026 values such as 7/6,
 * self and target, penjelasan, bukti dukung, external values, evidence items, previous figures),
 * and what a shape cannot carry is refused (or dropped with a warning under --lossy).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../src/core/assessment.js';
import { getBuiltInFramework } from '../src/core/registry.js';
import { evaluateDocument, evaluateText } from '../src/document/evaluate.js';
import { readCsvText, readWorkbookBytes } from '../src/document/tabular/read.js';
import { assessmentLongCsv, assessmentYaml } from '../src/format/assessment-text.js';
import { assessmentWorkbook } from '../src/format/assessment-workbook.js';
import { catalogFor } from '../src/messages/catalog.js';
import { run } from './helpers/cli.js';
import { tempTree } from './helpers/files.js';

const PEMDI = getBuiltInFramework('permenpanrb-8-2026')!;
const SPBE = getBuiltInFramework('permenpanrb-59-2020')!;
const text = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && !/[\r\n]/.test(s));
const value = fc.oneof(fc.integer({ min: 1, max: 5 }).map(String), fc.constantFrom('7/6', '1.26', '2.5', '13/6', '4.99', '1.05'));

function entryYaml(framework: typeof PEMDI, id: number, fields: { v: string; self?: number; target?: number; explanation?: string; evidence?: string[]; external?: 'waiting' | 'final'; items?: number[] }): string {
  const lines: string[] = [];
  const x = framework.indicatorById.get(id)!;
  const v = framework.scale.fractional ? fields.v : String(Math.round(Number(fields.v.split('/')[0])) % 5 || 5);
  const yamlV = v.includes('/') ? JSON.stringify(v) : v;
  if (x.external && fields.external === 'waiting') lines.push(`    external: {source: ${JSON.stringify(x.external.index)}, status: waiting}`);
  else if (x.external && fields.external === 'final') lines.push(`    level: ${yamlV}`, `    external: {status: final}`);
  else lines.push(`    level: ${yamlV}`);
  if (fields.self !== undefined) lines.push(`    self: ${fields.self}`);
  if (fields.target !== undefined) lines.push(`    target: ${fields.target}`);
  if (fields.explanation !== undefined) lines.push(`    explanation: ${JSON.stringify(fields.explanation)}`);
  if (fields.evidence) lines.push(`    evidence: [${fields.evidence.map((e) => JSON.stringify(e)).join(', ')}]`);
  if (fields.items && framework.scale.fractional) {
    lines.push('    evidenceItems:');
    for (const [i, status] of fields.items.entries()) lines.push(`      - {code: I${id}-L${1 + (i % 5)}-0${i + 1}, status: ${['diterima', 'revisi', 'proses', 'draf', 'belum'][status % 5]}${status % 2 ? ', main: false' : ''}${status % 3 === 0 ? `, unit: "Unit ${status}"` : ''}}`);
  }
  return `  ${id}:\n${lines.join('\n')}`;
}

const entry = fc.record({
  v: value,
  self: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  target: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  explanation: fc.option(text, { nil: undefined }),
  evidence: fc.option(fc.array(text, { minLength: 1, maxLength: 3 }), { nil: undefined }),
  external: fc.constantFrom<'waiting' | 'final'>('waiting', 'final'),
  items: fc.option(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 3 }), { nil: undefined }),
});

const assessment = (framework: typeof PEMDI) =>
  fc.record({
    name: text,
    province: fc.option(text, { nil: undefined }),
    previous: fc.option(fc.constantFrom('2.5', '3.07', '1.995'), { nil: undefined }),
    entries: fc.array(entry, { minLength: framework.indicators.length, maxLength: framework.indicators.length }),
  }).map((a) => {
    const year = framework === PEMDI ? 2026 : 2024;
    const head = [`framework: ${framework.id}`, `year: ${year}`, 'agency:', `  name: ${JSON.stringify(a.name)}`, '  category: kota'];
    if (a.province !== undefined) head.push(`  province: ${JSON.stringify(a.province)}`);
    head.push('stage: final', 'indicators:');
    const body = framework.indicators.map((x, i) => entryYaml(framework, x.id, a.entries[i]!));
    const tail = a.previous ? [`previous: {year: ${year - 1}, index: ${a.previous}, predicate: Baik}`] : [];
    return [...head, ...body, ...tail].join('\n') + '\n';
  });

/** Everything an assessment means, in a comparable shape (Maps and bigints made plain). */
const plain = (a: Assessment | undefined) => JSON.parse(JSON.stringify(a, (_, v) => (v instanceof Map ? [...v] : typeof v === 'bigint' ? String(v) : v)));
const catalog = catalogFor('en');

describe('spbe convert round trips (fast-check)', () => {
  for (const framework of [PEMDI, SPBE]) {
    it(`${framework.id}: YAML -> workbook -> YAML and YAML -> long CSV -> YAML keep the assessment`, async () => {
      await fc.assert(
        fc.asyncProperty(assessment(framework), async (yaml) => {
          const original = evaluateText(yaml, 'a.yaml');
          expect(original.findings.filter((f) => f.severity === 'error')).toEqual([]);
          const a = original.assessment!;
          const workbook = await readWorkbookBytes(await assessmentWorkbook([{ framework, assessment: a }], catalog));
          const fromWorkbook = evaluateDocument(workbook.documents[0]!, 'a.xlsx');
          expect(fromWorkbook.findings.filter((f) => f.severity === 'error')).toEqual([]);
          expect(plain(fromWorkbook.assessment)).toEqual(plain(a));
          const csv = readCsvText(assessmentLongCsv(framework, a, catalog, { separator: ';', decimalComma: true }));
          const fromCsv = evaluateDocument(csv.documents[0]!, 'a.csv');
          expect(plain(fromCsv.assessment)).toEqual(plain(a));
          const again = evaluateText(assessmentYaml(fromCsv.assessment!), 'b.yaml');
          expect(again.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.pointer, f.params])).toEqual([]);
          expect(plain(again.assessment)).toEqual(plain(a));
          expect(again.score!.index).toEqual(original.score!.index);
        }),
        { numRuns: framework === PEMDI ? 25 : 10, seed: 13 },
      );
    }, 60_000);
  }
});

describe('spbe convert on the command line', () => {
  it('writes a workbook, a long CSV and YAML that score the same; a wide CSV refuses what it cannot carry', async () => {
    const dir = tempTree({});
    const example = join(process.cwd(), 'examples/kabupaten-contoh-2026.yaml');
    writeFileSync(join(dir, 'a.yaml'), readFileSync(example, 'utf8').replace(/^previous: .*$/m, ''));
    expect((await run(['convert', 'a.yaml', '-o', 'a.xlsx'], { cwd: dir })).code).toBe(0);
    expect((await run(['convert', 'a.xlsx', '-o', 'a.csv', '--decimal-comma'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toContain('1;Tata Kelola Pemerintah Digital;');
    expect((await run(['convert', 'a.csv', '-o', 'b.yaml'], { cwd: dir })).code).toBe(0);
    const scores = await Promise.all(['a.yaml', 'a.xlsx', 'a.csv', 'b.yaml'].map(async (f) => JSON.parse((await run(['score', f, '-f', 'json'], { cwd: dir })).stdout).results[0]));
    for (const s of scores) expect([s.exactIndex, s.evidenceAssessment, s.waitingExternal]).toEqual([scores[0].exactIndex, scores[0].evidenceAssessment, scores[0].waitingExternal]);
    const refused = await run(['convert', 'a.yaml', '-o', 'w.csv', '--shape', 'wide'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^spbe: error: the output cannot carry \d+ value\(s\) of the input \(self of indikator 1, /);
    const lossy = await run(['convert', 'a.yaml', '-o', 'w.csv', '--shape', 'wide', '--lossy'], { cwd: dir });
    expect(lossy.code).toBe(0);
    expect(lossy.stderr).toMatch(/^warning: --lossy dropped \d+ value\(s\)/);
    const wide = readFileSync(join(dir, 'w.csv'), 'utf8').split('\r\n');
    expect(wide[0]).toBe('Framework,Year,Agency,Agency id,Category,Province,Stage,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20');
    expect(wide[1]).toContain(',final,2.5,2,1.26,1.5,,1.5,2,1,1.25,1.5,1,1.25,7/6,2,');
  });
});

/** Every sentence of both catalogs renders its params (nothing left undefined) and stays one line. */
import { describe, expect, it } from 'vitest';
import { catalogFor, lazyCatalog, type Lang } from '../src/messages/catalog.js';

const PARAMS = {
  reason: 'ENOENT', size: 1, limit: 2, encoding: 'UTF-16LE', detail: 'x', key: 'k', alias: 'a', path: 'indicators.5.level', field: 'f', allowed: 'a, b',
  expected: 'integer', actualKind: 'string', actual: '"3"', rule: 'slug', pattern: 'p', bound: 'min', indicator: 5, min: 1, max: 5, value: 7,
  indicators: '2-47', count: 2, framework: 'fw', range: '1..47', available: 'a', year: 2024, years: '2021-2025', previousYear: 2023,
  predicate: 'Baik', level: 3, self: 5, gap: 2, target: 1, index: '2.74', domain: 3, name: 'Manajemen SPBE', drop: '0.2',
  fromYear: 2019, toYear: 2021, fromFramework: 'a', toFramework: 'b', fromCount: 35, toCount: 47, change: '-0.66', sharedChange: '-0.09', shared: 25,
  addedEffect: '-0.71', added: 22, newDomains: 'Manajemen SPBE', droppedEffect: '+0.14', dropped: 15, sharedAndDropped: '+0.05', basis: 'exact', other: 'rounded',
  otherPredicate: 'Sangat Baik', files: 2, valid: 1, invalid: 1, errors: 1, warnings: 1, delta: '+0.06', final: '2.55', over: 1, under: 0, above: '0.14',
  floor: '2.60', short: '0.76', next: 'Sangat Baik', nextFloor: '3.50', indexName: 'Indeks SPBE', from: '2.74', to: '2.80', fromPredicate: 'Baik',
  toPredicate: 'Baik', steps: 3, effort: '2', maxStep: 1, only: 'domain 3', exclude: '45', exact: '3.5095', domains: 'x', version: '1.0.0', mean: '1',
  median: '1', predicates: 'Baik 1', agencies: 2, agency: 'Kota X', file: 'f.yaml', kind: 'config', at: 'x.csv:3:5', frameworks: 'a, b', aspects: '1, 2', line: 3, column: 4, by: 'built-in',
  what: 'indicator', parent: 'aspect', parentId: 1, total: '13.01', format: 'xlsx', option: '--only', group: 'aspek', id: 9, weight: '"x"', source: 'Skor SDI', converted: '3', score: '40', code: 'I13-L2-01', groups: '1 2.00 → 2.25',
};

describe.each<Lang>(['en', 'id'])('catalog %s', (lang) => {
  const catalog = catalogFor(lang);
  it.each(Object.keys(catalog.messages))('message %s', (code) => {
    const text = (catalog.messages[code as keyof typeof catalog.messages] as (p: typeof PARAMS) => string)(PARAMS);
    expect(text).not.toMatch(/undefined|\[object|NaN/);
    expect(text).not.toContain('\n');
  });
  it.each(Object.keys(catalog.phrases))('phrase %s', (key) => {
    const text = (catalog.phrases[key as keyof typeof catalog.phrases] as (p: typeof PARAMS) => string)(PARAMS);
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/undefined|\[object|NaN/);
  });
  it('words every errno code it knows and passes others through', () => {
    expect(catalog.reason('EACCES')).not.toBe('EACCES');
    expect(catalog.reason('ENOSPC')).not.toBe('ENOSPC');
    expect(catalog.reason('EROFS')).toBe('EROFS');
  });
});

describe.each<Lang>(['en', 'id'])('lazyCatalog %s (the quick path builds a catalog only when it words something)', (lang) => {
  it('reads as the catalog itself, part by part', () => {
    const lazy = lazyCatalog(lang);
    const built = catalogFor(lang);
    expect(lazy.lang).toBe(lang);
    expect(Object.keys(lazy).sort()).toEqual(Object.keys(built).sort());
    for (const part of Object.keys(built) as (keyof typeof built)[]) expect(lazy[part]).toBe(built[part]);
  });
});

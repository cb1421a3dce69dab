// The previous-year figures a streamed batch passes between threads (run/packed-previous.ts) come
// back exactly as they went: every rational, every level, and the rich entries of 8/2026 (exact
// values, external values, evidence items) and of 5/2018 (services).
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { previousFromScore, type PreviousYear } from '../src/core/compare.js';
import { LevelMap } from '../src/core/level-map.js';
import { evaluateSource } from '../src/io/evaluate.js';
import { packPrevious, unpackPrevious } from '../src/run/packed-previous.js';
import { ROOT } from './helpers/root.js';

/** A PreviousYear as plain data to compare: maps and level maps as lists of entries. */
function plain(previous: PreviousYear) {
  return { ...previous, domains: previous.domains && [...previous.domains], aspects: previous.aspects && [...previous.aspects], entries: previous.entries && [...previous.entries] };
}

describe('packed previous-year figures', () => {
  test.each(['kabupaten-contoh-2026.yaml', 'kota-banjarbaru-2019.yaml', 'kota-banjarbaru-2021.yaml', 'kabupaten-contoh-2024.yaml'])('%s round-trips exactly', async (name) => {
    const result = await evaluateSource({ file: name, path: join(ROOT, 'examples', name) }, { followPrevious: false });
    const previous = previousFromScore(result.score!, result.assessment!.year, result.file, result.assessment!.indicators);
    const back = unpackPrevious(packPrevious(previous));
    expect(plain(back)).toEqual(plain(previous));
    expect(back.entries).toBeInstanceOf(LevelMap);
  });

  test('the rich entries of an 8/2026 file survive (exact values, external values, evidence items)', async () => {
    const name = 'kabupaten-contoh-2026.yaml';
    const result = await evaluateSource({ file: name, path: join(ROOT, 'examples', name) }, { followPrevious: false });
    const previous = previousFromScore(result.score!, 2026, result.file, result.assessment!.indicators);
    const rich = [...previous.entries!].filter(([, e]) => e.value !== undefined || e.external !== undefined || e.evidenceItems !== undefined);
    expect(rich.length).toBeGreaterThan(0);
    const back = unpackPrevious(packPrevious(previous));
    for (const [id, entry] of rich) expect(back.entries!.get(id)).toEqual(entry);
  });

  test('rationals past the doubles (as digits) and beside them (as numbers), and ids not 1..n, come back exactly', () => {
    const huge = { num: -(2n ** 80n) - 7n, den: 3n ** 41n };
    const edge = { num: 2n ** 53n - 1n, den: 2n ** 53n };
    const entries = LevelMap.from(new Map([[2, { level: 3 }], [5, { level: 1 }], [9, { level: 4, value: { num: 7n, den: 2n } }]]));
    const previous: PreviousYear = { year: 2026, frameworkId: 'permenpanrb-8-2026', index: huge, predicate: 'Baik', source: 'a.yaml', domains: new Map([[1, edge], [2, huge]]), aspects: new Map([[3, { num: -1n, den: 1n }]]), entries };
    const text = packPrevious(previous);
    expect(text).toContain(`"${huge.num}"`);
    expect(text).toContain(String(2 ** 53 - 1));
    expect(plain(unpackPrevious(text))).toEqual(plain(previous));
    expect([...unpackPrevious(text).entries!.keys()]).toEqual([2, 5, 9]);
  });

  test('figures without entries or aspects (published figures) keep exactly the fields they have', () => {
    const previous: PreviousYear = { year: 2023, frameworkId: 'permenpanrb-59-2020', index: { num: 351n, den: 100n }, predicate: 'Baik', source: 'published', domains: new Map([[1, { num: 7n, den: 2n }]]) };
    expect(unpackPrevious(packPrevious(previous))).toEqual(previous);
  });
});

/** Properties of the index that must hold for every input (fast-check). */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { add, parseRational, rational, roundScaled, toExactString, toFixed } from '../src/core/rational.js';
import { jsonResult } from '../src/format/json.js';
import { getBuiltInFramework } from '../src/core/registry.js';
import { score } from '../src/core/score.js';
import { evaluateText } from '../src/document/evaluate.js';
import { catalogFor } from '../src/messages/catalog.js';
import { run } from './helpers/cli.js';
import { tempTree } from './helpers/files.js';
import { indexFromDomains } from './helpers/regulation.js';

const framework = getBuiltInFramework('permenpanrb-59-2020')!;
const levels = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 47, maxLength: 47 });
const entriesOf = (ls: number[]) => new Map(ls.map((level, i) => [i + 1, { level }]));
const RUNS = { numRuns: 200, seed: 59 };

/** An independent recomputation: weights in hundredths of a percent, one BigInt division at the end. */
const HUNDREDTHS = framework.indicators.map((x) => BigInt(Math.round(Number(toExactString(x.weight)) * 100)));
function bruteForceIndex(ls: number[]) {
  const total = ls.reduce((acc, l, i) => acc + BigInt(l) * HUNDREDTHS[i]!, 0n);
  return rational(total, 10_000n);
}

describe('index properties', () => {
  it('lies between the lowest and the highest level', () => {
    fc.assert(
      fc.property(levels, (ls) => {
        const { index } = score(framework, entriesOf(ls));
        const value = Number(index.num) / Number(index.den);
        expect(value).toBeGreaterThanOrEqual(Math.min(...ls));
        expect(value).toBeLessThanOrEqual(Math.max(...ls));
      }),
      RUNS,
    );
  });

  it('never falls when a level rises (and rises by exactly the weight)', () => {
    fc.assert(
      fc.property(levels, fc.integer({ min: 1, max: 47 }), (ls, id) => {
        fc.pre(ls[id - 1]! < 5);
        const before = score(framework, entriesOf(ls)).index;
        const raised = [...ls];
        raised[id - 1]! += 1;
        const after = score(framework, entriesOf(raised)).index;
        const gain = rational(after.num * before.den - before.num * after.den, after.den * before.den);
        const weight = framework.indicatorById.get(id)!.weight;
        expect(gain).toEqual(rational(weight.num, weight.den * 100n));
      }),
      RUNS,
    );
  });

  it('equals a brute-force rational recomputation', () => {
    fc.assert(
      fc.property(levels, (ls) => {
        expect(score(framework, entriesOf(ls)).index).toEqual(bruteForceIndex(ls));
      }),
      RUNS,
    );
  });

  it("nests exactly: equals the regulation's Σ ID·BD / 100 over its own domain indices", () => {
    fc.assert(
      fc.property(levels, (ls) => {
        const result = score(framework, entriesOf(ls));
        expect(indexFromDomains(framework, new Map(result.domains.map((d) => [d.group.id, d.index])))).toEqual(result.index);
      }),
      RUNS,
    );
  });

  it('rounds half-up at every .xx5', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 49_999 }), (thousandths) => {
        const value = rational(thousandths * 10 + 5, 10_000); // x.xx5 (and x.xxx5 in between)
        const expected = Math.floor((thousandths * 10 + 5 + 50) / 100);
        expect(roundScaled(value, 2)).toBe(BigInt(expected));
        expect(toFixed(parseRational(`${Math.floor(thousandths / 100)}.${String(thousandths % 100).padStart(2, '0')}5`)!, 2)).toBe(
          (Math.floor(thousandths / 100) + ((thousandths % 100) + 1) / 100).toFixed(2),
        );
      }),
      RUNS,
    );
  });

  it('the order of indicators in the file changes nothing', () => {
    fc.assert(
      fc.property(levels, fc.array(fc.nat(), { minLength: 47, maxLength: 47 }), (ls, keys) => {
        const order = ls.map((l, i) => ({ id: i + 1, l, k: keys[i]! })).sort((a, b) => a.k - b.k || a.id - b.id);
        const text = (entries: { id: number; l: number }[]) => stringify({ year: 2024, agency: 'X', indicators: Object.fromEntries(entries.map((e) => [`${e.id}`, e.l])) });
        // YAML keeps the written order of keys; numeric-looking keys are written in that order too.
        const shuffled = `year: 2024\nagency: X\nindicators:\n${order.map((e) => `  ${e.id}: ${e.l}`).join('\n')}\n`;
        const a = evaluateText(text(ls.map((l, i) => ({ id: i + 1, l }))), 'a');
        const b = evaluateText(shuffled, 'b');
        expect(b.findings).toEqual([]);
        expect(b.score!.index).toEqual(a.score!.index);
        expect(b.score!.domains.map((d) => d.index)).toEqual(a.score!.domains.map((d) => d.index));
      }),
      RUNS,
    );
  });

  it('json output re-parses to the same figures', () => {
    fc.assert(
      fc.property(levels, (ls) => {
        const result = evaluateText(stringify({ year: 2024, agency: 'X', indicators: Object.fromEntries(ls.map((l, i) => [i + 1, l])) }), 'x');
        const json = JSON.parse(JSON.stringify(jsonResult(result, catalogFor('en'))));
        expect(parseRational(json.exactIndex)).toEqual(result.score!.index);
        expect(json.index).toBe(Number(toFixed(result.score!.index)));
        json.domains.forEach((d: { exactIndex: string; index: number }, i: number) => {
          expect(parseRational(d.exactIndex)).toEqual(result.score!.domains[i]!.index);
          expect(d.index).toBe(Number(toFixed(result.score!.domains[i]!.index)));
        });
        json.aspects.forEach((a: { exactIndex: string }, i: number) => expect(parseRational(a.exactIndex)).toEqual(result.score!.aspects[i]!.index));
        const contributions = json.indicators.reduce((acc: ReturnType<typeof rational>, x: { contribution: string }) => add(acc, parseRational(x.contribution)!), rational(0));
        expect(contributions).toEqual(result.score!.index);
      }),
      RUNS,
    );
  });
});

describe('batch properties', () => {
  it('the order of files changes nothing but the order of results', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(levels, { minLength: 2, maxLength: 5 }), fc.array(fc.nat(), { minLength: 5, maxLength: 5 }), async (sets, keys) => {
        const files = Object.fromEntries(sets.map((ls, i) => [`f${i}.yaml`, stringify({ year: 2021 + (i % 3), agency: { name: `A${i % 2}`, id: `a${i % 2}` }, indicators: Object.fromEntries(ls.map((l, j) => [j + 1, l])) })]));
        const cwd = tempTree(files);
        const names = Object.keys(files);
        const shuffled = names.map((n, i) => ({ n, k: keys[i] ?? 0 })).sort((a, b) => a.k - b.k || a.n.localeCompare(b.n)).map((x) => x.n);
        const first = JSON.parse((await run(['score', ...names, '-f', 'json'], { cwd })).stdout);
        const second = JSON.parse((await run(['score', ...shuffled, '-f', 'json'], { cwd })).stdout);
        const byFile = (doc: { results: { file: string }[] }) => Object.fromEntries(doc.results.map((r) => [r.file, r]));
        expect(byFile(second)).toEqual(byFile(first));
        expect(second.summary).toEqual(first.summary);
        // the json output's figures re-parse exactly
        for (const r of first.results) expect(r.index).toBe(Number(toFixed(parseRational(r.exactIndex)!)));
      }),
      { numRuns: 25, seed: 2026 },
    );
  });
});

/** The evidence plan is exact: known optima by hand, and agreement with brute force over every subset of open items. */
import { describe, expect, it } from 'vitest';
import type { EvidenceItem, EvidenceStatus, IndicatorEntry } from '../src/core/assessment.js';
import { planEvidence, NO_UNIT } from '../src/core/evidence-plan.js';
import { wonLevel } from '../src/core/evidence.js';
import { compileFramework, type FrameworkDefinition } from '../src/core/framework.js';
import { add, compare, mul, parseRational, rational, roundHalfUp, type Rational } from '../src/core/rational.js';
import { getBuiltInFramework } from '../src/core/registry.js';
import type { PredicateBasis } from '../src/core/score.js';

function smallFramework(weights: string[], min = 1): ReturnType<typeof compileFramework> {
  const definition: FrameworkDefinition = {
    id: 'small',
    title: 'Small',
    status: 'provisional',
    source: { regulation: 'test' },
    scale: { min, max: 5, values: 'fractional' },
    predicates: [{ name: 'Top', min: 4 }, { name: 'Mid', min: 2.5 }, { name: 'Low', min: 0 }],
    domains: [{ id: 1, name: 'D', weight: 100, aspects: [{ id: 1, name: 'A', weight: 100, indicators: weights.map((weight, i) => ({ id: i + 1, name: `I${i + 1}`, weight })) }] }],
  };
  return compileFramework(definition);
}

const item = (indicator: number, level: number, n: number, status: EvidenceStatus, extra: Partial<EvidenceItem> = {}): EvidenceItem => ({ code: `I${indicator}-L${level}-${String(n).padStart(2, '0')}`, level, status, main: true, ...extra });
const r = (text: string): Rational => parseRational(text)!;
const codes = (p: ReturnType<typeof planEvidence>) => p.steps.flatMap((s) => s.items.map((i) => i.code)).sort();

describe('evidence plan: hand-made cases', () => {
  const f = smallFramework(['50', '30', '20']);
  // I1: L1 accepted, L2 two open, L3 one open. I2: L1 open (1 item), L2 one open. I3: plain level 2.
  const entries = new Map<number, IndicatorEntry>([
    [1, { level: 1, evidenceItems: [item(1, 1, 1, 'diterima'), item(1, 2, 1, 'revisi', { unit: 'Diskominfo', revision: 'tidak_tepat' }), item(1, 2, 2, 'draf', { unit: 'Bappeda' }), item(1, 3, 1, 'belum'), item(1, 3, 2, 'belum', { main: false })] }],
    [2, { level: 3, evidenceItems: [item(2, 1, 1, 'proses'), item(2, 2, 1, 'belum', { unit: 'Diskominfo' })] }],
    [3, { level: 2 }],
  ]);
  // Baseline: I1 at 1, I2 at 1 (its stated level 3 is not backed), I3 at 2: 0.5 + 0.3 + 0.4 = 1.2.

  it('values evidence indicators at their evidence level', () => {
    const p = planEvidence(f, entries, r('1.2'), { basis: 'exact' });
    expect(p.alreadyReached).toBe(true);
    expect(p.baseline.index).toEqual(r('1.2'));
  });

  it('finds the fewest items: 1.5 needs I1 to level 2 (2 items, +0.5) rather than I2 (2 items, +0.3)', () => {
    const p = planEvidence(f, entries, r('1.5'), { basis: 'exact' });
    expect(p.reachable).toBe(true);
    expect(p.itemCount).toBe(2);
    expect(codes(p)).toEqual(['I1-L2-01', 'I1-L2-02']);
    expect(p.projected.index).toEqual(r('1.7'));
    expect(p.byUnit.map((u) => u.unit)).toEqual(['Bappeda', 'Diskominfo']);
    expect(p.byUnit[1]!.items[0]).toMatchObject({ code: 'I1-L2-01', status: 'revisi', revision: 'tidak_tepat' });
  });

  it('2.0 takes I1 to level 3 (3 items, +1.0); the supporting item is never listed', () => {
    const p = planEvidence(f, entries, r('2'), { basis: 'exact' });
    expect(p.itemCount).toBe(3);
    expect(codes(p)).toEqual(['I1-L2-01', 'I1-L2-02', 'I1-L3-01']);
    expect(p.projected.index).toEqual(r('2.2'));
    expect(p.byUnit.at(-1)!.unit).toBe(NO_UNIT);
  });

  it('out of reach: reports the best reachable (every open main item)', () => {
    const p = planEvidence(f, entries, r('4'), { basis: 'exact' });
    expect(p.reachable).toBe(false);
    expect(p.itemCount).toBe(5);
    expect(p.projected.index).toEqual(r('2.5')); // 1.5 + 0.6 + 0.4
  });

  it('least effort: an expensive item moves the plan to another indicator', () => {
    const p = planEvidence(f, entries, r('1.5'), { basis: 'exact', itemEffort: new Map([['I1-L2-02', r('10')]]), indicatorEffort: new Map([[2, r('3/2')]]) });
    expect(p.objective).toBe('effort');
    expect(codes(p)).toEqual(['I2-L1-01', 'I2-L2-01']);
    expect(p.totalEffort).toEqual(r('3'));
    expect(p.projected.index).toEqual(r('1.5'));
  });

  it('the rounded basis counts an index that rounds up to the target', () => {
    // I2 to level 2 gives 1.496: enough on the rounded basis only, where it is the cheaper plan.
    const f2 = smallFramework(['50.4', '29.6', '20']);
    const itemEffort = new Map([['I1-L2-02', r('5')]]);
    const exact = planEvidence(f2, entries, r('1.5'), { basis: 'exact', itemEffort });
    expect(codes(exact)).toEqual(['I1-L2-01', 'I1-L2-02']);
    const rounded = planEvidence(f2, entries, r('1.5'), { basis: 'rounded', itemEffort });
    expect(codes(rounded)).toEqual(['I2-L1-01', 'I2-L2-01']);
    expect(rounded.projected.index).toEqual(r('1.496'));
  });

  it('refuses a table beyond the bound, without allocating it', () => {
    const p = planEvidence(f, entries, r('2'), { basis: 'exact', itemEffort: new Map([['I1-L2-01', r('1/999983')]]), maxTable: 1000 });
    expect(p.tooLarge).toBe(true);
    expect(p.reachable).toBe(false);
    expect(p.steps).toEqual([]);
  });

  it('a level with no main item stops the climb', () => {
    const items = [item(1, 1, 1, 'diterima'), item(1, 3, 1, 'belum')];
    expect(wonLevel(items, 5)).toBe(1);
    const p = planEvidence(f, new Map<number, IndicatorEntry>([[1, { level: 1, evidenceItems: items }], [2, { level: 1 }], [3, { level: 1 }]]), r('3'), { basis: 'exact' });
    expect(p.reachable).toBe(false);
    expect(p.itemCount).toBe(0);
  });

  it('works on the 8/2026 framework (domainless, fractional values kept for indicators without items)', () => {
    const fw = getBuiltInFramework('permenpanrb-8-2026')!;
    const plain = new Map<number, IndicatorEntry>(fw.indicators.map((x) => [x.id, { level: 2, value: r('2.5') }]));
    const first = fw.indicators[0]!;
    plain.set(first.id, { level: 1, evidenceItems: [item(first.id, 1, 1, 'diterima'), item(first.id, 2, 1, 'belum'), item(first.id, 3, 1, 'revisi')] });
    const p = planEvidence(fw, plain, r('2.5'), { basis: 'exact' });
    const base = p.baseline.index;
    expect(compare(base, r('2.5'))).toBeLessThan(0);
    expect(p.reachable).toBe(true);
    expect(p.itemCount).toBe(2);
    expect(p.projected.index).toEqual(add(base, mul(first.weight, rational(2, 100))));
  });
});

/** A deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUSES: EvidenceStatus[] = ['diterima', 'diterima', 'revisi', 'proses', 'draf', 'belum'];
const WEIGHT_SETS = [['10', '20', '30', '40'], ['25', '25', '25', '25'], ['13', '12', '45.5', '29.5'], ['100/3', '100/3', '100/3'], ['5', '15', '20', '25', '35'], ['35', '65']];
const EFFORTS = ['1', '2', '1/2', '3/4', '5/3', '7'];

/** The index of one subset of accepted items, from the weights alone (not through the program's scorer). */
function indexOf(weights: Rational[], entries: Map<number, IndicatorEntry>, accepted: Set<EvidenceItem>, min: number): Rational {
  let index = rational(0);
  weights.forEach((w, j) => {
    const entry = entries.get(j + 1)!;
    let value: Rational;
    if (entry.evidenceItems && entry.evidenceItems.length > 0) {
      let won = 0;
      for (let l = 1; l <= 5; l++) {
        const main = entry.evidenceItems.filter((i) => i.main && i.level === l);
        if (main.length === 0 || !main.every((i) => i.status === 'diterima' || accepted.has(i))) break;
        won = l;
      }
      value = rational(Math.max(min, won));
    } else value = entry.value ?? rational(entry.level);
    index = add(index, mul(w, mul(value, rational(1, 100))));
  });
  return index;
}

const reached = (index: Rational, target: Rational, basis: PredicateBasis) => compare(basis === 'rounded' ? roundHalfUp(index) : index, target) >= 0;

describe('evidence plan: brute force over every subset of open items', () => {
  it('agrees on 300 random small cases (count or effort, reachability, best reachable)', () => {
    const random = rng(20260805);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    let reachableCases = 0;
    for (let n = 0; n < 300; n++) {
      const weightsText = pick(WEIGHT_SETS);
      const min = random() < 0.2 ? 0 : 1;
      const f = smallFramework(weightsText, min);
      const weights = weightsText.map(r);
      const entries = new Map<number, IndicatorEntry>();
      const open: EvidenceItem[] = [];
      weightsText.forEach((_, j) => {
        const id = j + 1;
        if (j === 0 && random() < 0.3) {
          entries.set(id, { level: 2, value: r(pick(['1', '2.5', '7/3', '4'])) });
          return;
        }
        const items: EvidenceItem[] = [];
        for (let l = 1; l <= 3; l++) {
          const count = random() < 0.1 ? 0 : 1 + Math.floor(random() * 2);
          for (let k = 1; k <= count; k++) items.push(item(id, l, k, pick(STATUSES), { unit: pick(['A', 'B', undefined]) ?? undefined } as Partial<EvidenceItem>));
          if (random() < 0.15) items.push(item(id, l, 9, 'belum', { main: false }));
        }
        for (const i of items) if (i.unit === undefined) delete i.unit;
        entries.set(id, { level: 3, evidenceItems: items });
        open.push(...items.filter((i) => i.main && i.status !== 'diterima'));
      });
      if (open.length > 12) open.splice(12); // keep enumeration small: the rest stay open for both
      const openSet = new Set(open);
      for (const e of entries.values()) for (const i of e.evidenceItems ?? []) if (i.main && i.status !== 'diterima' && !openSet.has(i)) i.status = 'diterima' as EvidenceStatus;
      const useEffort = random() < 0.5;
      const itemEffort = new Map<string, Rational>();
      if (useEffort) for (const i of open) itemEffort.set(i.code, r(pick(EFFORTS)));
      const effortOf = (i: EvidenceItem) => (useEffort ? itemEffort.get(i.code)! : rational(1));
      const basis: PredicateBasis = random() < 0.5 ? 'exact' : 'rounded';
      const target = rational(Math.floor(random() * 400) + 100, 100);

      // Brute force: every subset.
      let best: { cost: Rational } | undefined;
      let top: { index: Rational; cost: Rational } | undefined;
      for (let mask = 0; mask < 1 << open.length; mask++) {
        const accepted = new Set(open.filter((_, b) => mask & (1 << b)));
        const index = indexOf(weights, entries, accepted, min);
        const cost = [...accepted].reduce((acc, i) => add(acc, effortOf(i)), rational(0));
        if (reached(index, target, basis) && (!best || compare(cost, best.cost) < 0)) best = { cost };
        if (!top || compare(index, top.index) > 0 || (compare(index, top.index) === 0 && compare(cost, top.cost) < 0)) top = { index, cost };
      }
      const p = planEvidence(f, entries, target, { basis, ...(useEffort ? { itemEffort } : {}) });
      const label = JSON.stringify({ n, weightsText, target: `${target.num}/${target.den}`, basis, useEffort });
      expect(p.tooLarge, label).toBe(false);
      expect(p.reachable, label).toBe(best !== undefined);
      // The program's own plan, checked independently.
      const chosen = new Set(open.filter((i) => p.steps.some((s) => s.items.some((x) => x.code === i.code))));
      expect(chosen.size, label).toBe(p.itemCount);
      const index = indexOf(weights, entries, chosen, min);
      expect(index, label).toEqual(p.projected.index);
      const cost = [...chosen].reduce((acc, i) => add(acc, effortOf(i)), rational(0));
      expect(cost, label).toEqual(useEffort ? p.totalEffort : rational(p.itemCount));
      if (best) {
        reachableCases++;
        expect(reached(index, target, basis), label).toBe(true);
        expect(cost, label).toEqual(best.cost);
      } else {
        expect(index, label).toEqual(top!.index);
        expect(cost, label).toEqual(top!.cost);
      }
    }
    expect(reachableCases).toBeGreaterThan(30);
  });
});

describe('spbe plan on a file with evidence items', () => {
  it('plans over items and groups them by unit (json)', async () => {
    const { execFileSync } = await import('node:child_process');
    const out = execFileSync(process.execPath, ['bin/spbe.js', 'plan', 'examples/kabupaten-contoh-2026.yaml', '--target', '3', '--format', 'json'], { encoding: 'utf8' });
    const doc = JSON.parse(out) as { basis: string; itemCount: number; byUnit: { unit: string; items: { code: string }[] }[]; steps: { items: string[] }[] };
    expect(doc.basis).toBe('evidence');
    expect(doc.byUnit.reduce((n, u) => n + u.items.length, 0)).toBe(doc.itemCount);
    expect(doc.steps.flatMap((s) => s.items).length).toBe(doc.itemCount);
  });
});

/// <reference lib="dom" />
// (The page's script below runs in the browser: its DOM types, for this file only in spirit.)
/**
 * The HTML report's interactive what-if: the reader changes indicator levels (or 8/2026 values) and
 * sees the aspects, domains, index and predikat of the CLI's exact arithmetic. The page embeds the
 * framework's integer weights and the file's exact values as JSON, and a small exact scorer
 * (createScorer: bigint rationals, the regulation's nested weighted means, half-up rounding of the
 * exact value) that is the source of the script itself (its text is embedded), so the function the
 * tests run against core/score.ts is the one the page runs. No network, no library.
 */
import type { IndicatorEntry } from '../../core/assessment.js';
import { indicatorValue, indicatorScores } from '../../core/score.js';
import type { ScoredResult } from '../../core/result.js';
import type { Catalog } from '../../messages/catalog.js';
import { html as e } from '../escape.js';
import { exactText, fixed2, shortName, signedDelta, valueText } from '../numbers.js';

/** What the page's scorer reads: integers as decimal strings (bigints do not go through JSON). */
export interface WhatIfData {
  min: number;
  max: number;
  fractional: boolean;
  basis: 'exact' | 'rounded';
  /** The decimal separator of the page's language: figures are shown with it ("2,74" in Indonesian). */
  decimal: string;
  /** 100 × the framework's units per percent: the index's denominator. */
  hundred: string;
  predicates: { name: string; num: string; den: string }[];
  indicators: { id: number; aspect: number; units: string; num: string; den: string; perService: boolean }[];
  aspects: { id: number; units: string }[];
  domains: { id: number; units: string; aspects: number[] }[];
}

export function whatIfData(result: ScoredResult, decimal = '.'): WhatIfData {
  const f = result.score.framework;
  const entries: ReadonlyMap<number, IndicatorEntry> = result.assessment.indicators;
  return {
    min: f.scale.min,
    max: f.scale.max,
    fractional: f.scale.fractional === true,
    basis: result.score.predicateBasis,
    decimal,
    hundred: String(100n * f.unitsPerPercent),
    predicates: f.predicates.map((b) => ({ name: b.name, num: String(b.min.num), den: String(b.min.den) })),
    indicators: f.indicators.map((x) => {
      const value = indicatorValue(entries.get(x.id)!);
      return { id: x.id, aspect: x.aspectId, units: String(x.units), num: String(value.num), den: String(value.den), perService: x.services !== undefined };
    }),
    aspects: f.aspects.map((a) => ({ id: a.id, units: String(a.units) })),
    domains: f.domains.map((d) => ({ id: d.id, units: String(d.units), aspects: d.aspects.map((a) => a.id) })),
  };
}

/**
 * The page's exact scorer, self-contained (its source is embedded: no outer name, no import).
 * parse() reads "3", "1.26", "1,26" (in either language: a reader types what they write) or "7/6" exactly, or gives null for anything else or a value off
 * the scale (a fraction only where the framework takes one); score() is core/score.ts's formula.
 */
export function createScorer(data: WhatIfData) {
  type Q = { num: bigint; den: bigint };
  const gcd = (a: bigint, b: bigint): bigint => {
    while (b !== 0n) [a, b] = [b, a % b];
    return a < 0n ? -a : a;
  };
  const reduce = (num: bigint, den: bigint): Q => {
    const g = gcd(num, den) || 1n;
    return { num: num / g, den: den / g };
  };
  const atLeast = (a: Q, b: Q) => a.num * b.den >= b.num * a.den;
  /** Half-up to hundredths (values here are never negative). */
  const hundredths = (q: Q) => (q.num * 200n + q.den) / (2n * q.den);
  const fixed2 = (q: Q) => {
    const h = hundredths(q);
    return `${h / 100n}${data.decimal}${String(h % 100n).padStart(2, '0')}`;
  };
  const parse = (text: string): Q | null => {
    const t = text.trim().replace(',', '.');
    let q: Q | null = null;
    const ratio = /^(\d{1,6})\/(\d{1,6})$/.exec(t);
    const decimal = /^(\d{1,6})(?:\.(\d{1,6}))?$/.exec(t);
    if (ratio && BigInt(ratio[2]!) !== 0n) q = reduce(BigInt(ratio[1]!), BigInt(ratio[2]!));
    else if (decimal) q = reduce(BigInt(decimal[1]! + (decimal[2] ?? '')), 10n ** BigInt((decimal[2] ?? '').length));
    if (!q || (!data.fractional && q.den !== 1n)) return null;
    return atLeast(q, { num: BigInt(data.min), den: 1n }) && atLeast({ num: BigInt(data.max), den: 1n }, q) ? q : null;
  };
  const predicateOf = (index: Q) => {
    const compared = data.basis === 'rounded' ? reduce(hundredths(index), 100n) : index;
    const band = data.predicates.find((b) => atLeast(compared, { num: BigInt(b.num), den: BigInt(b.den) }));
    return (band ?? data.predicates[data.predicates.length - 1]!).name;
  };
  /** Aspects, domains and the index of the values by indicator id (each indicator has one). */
  const score = (values: ReadonlyMap<number, Q>) => {
    // One common denominator of the values, so that every sum is of integers (as core/score.ts).
    let scale = 1n;
    for (const q of values.values()) scale = (scale / gcd(scale, q.den)) * q.den;
    const byAspect = new Map<number, bigint>();
    let total = 0n;
    for (const x of data.indicators) {
      const q = values.get(x.id)!;
      const units = (q.num * BigInt(x.units) * scale) / q.den;
      byAspect.set(x.aspect, (byAspect.get(x.aspect) ?? 0n) + units);
      total += units;
    }
    const aspects = data.aspects.map((a) => ({ id: a.id, index: reduce(byAspect.get(a.id)!, BigInt(a.units) * scale) }));
    const domains = data.domains.map((d) => ({ id: d.id, index: reduce(d.aspects.reduce((s, id) => s + byAspect.get(id)!, 0n), BigInt(d.units) * scale) }));
    const index = reduce(total, BigInt(data.hundred) * scale);
    return { index, predicate: predicateOf(index), aspects, domains };
  };
  const initial = new Map(data.indicators.map((x) => [x.id, reduce(BigInt(x.num), BigInt(x.den))]));
  return { parse, score, fixed2, hundredths, initial };
}

/**
 * The page side: reads the data, wires the inputs, buttons and outputs (self-contained as well).
 * Invalid input marks its field and leaves the figures at the last valid values.
 */
function whatIfMain(make: typeof createScorer): void {
  const section = document.getElementById('whatif')!;
  const data = JSON.parse(document.getElementById('whatif-data')!.textContent!) as WhatIfData;
  const s = make(data);
  const inputs = Array.from(section.querySelectorAll<HTMLInputElement>('input[data-indicator]'));
  const base = s.score(s.initial);
  /** The exact value as the CLI's --what-if and a file take it: a whole level, a terminating decimal (1.26, with a point in every language), else a fraction (7/6). */
  const text = (q: { num: bigint; den: bigint }) => {
    if (q.den === 1n) return String(q.num);
    for (let k = 1; k <= 12; k++) {
      const power = 10n ** BigInt(k);
      if (power % q.den !== 0n) continue;
      const digits = String(q.num * (power / q.den)).padStart(k + 1, '0');
      return `${digits.slice(0, -k)}.${digits.slice(-k)}`;
    }
    return `${q.num}/${q.den}`;
  };
  const out = (id: string) => section.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
  const update = () => {
    const values = new Map(s.initial);
    const changes: { id: number; q: { num: bigint; den: bigint } }[] = [];
    for (const input of inputs) {
      const id = Number(input.dataset.indicator);
      const q = s.parse(input.value);
      input.setAttribute('aria-invalid', q ? 'false' : 'true');
      if (!q) continue;
      values.set(id, q);
      const was = s.initial.get(id)!;
      if (q.num !== was.num || q.den !== was.den) changes.push({ id, q });
    }
    const r = s.score(values);
    out('whatif-index').textContent = s.fixed2(r.index);
    out('whatif-predicate').textContent = r.predicate;
    const delta = s.hundredths(r.index) - s.hundredths(base.index);
    out('whatif-change').textContent = `${delta > 0n ? '+' : delta < 0n ? '-' : ''}${s.fixed2({ num: delta < 0n ? -delta : delta, den: 100n })}`;
    for (const g of [...r.aspects.map((a) => ['aspek', a] as const), ...r.domains.map((d) => ['domain', d] as const)]) {
      const cell = section.querySelector<HTMLElement>(`[data-group="${g[0]}-${g[1].id}"]`);
      if (cell) cell.textContent = s.fixed2(g[1].index);
    }
    // --what-if takes whole levels; a fractional value is named apart (it goes into the file).
    const named = (list: typeof changes) => list.map((c) => `${c.id}=${text(c.q)}`).join(',');
    const whole = changes.filter((c) => c.q.den === 1n);
    out('whatif-flag').textContent = whole.length > 0 ? `--what-if ${named(whole)}` : '';
    const fractional = changes.filter((c) => c.q.den !== 1n);
    const note = out('whatif-fractional');
    note.hidden = fractional.length === 0;
    note.querySelector('code')!.textContent = named(fractional);
  };
  section.addEventListener('input', update);
  section.querySelector('[data-action="reset"]')!.addEventListener('click', () => {
    for (const input of inputs) input.value = input.defaultValue;
    update();
  });
  section.querySelector('[data-action="copy"]')!.addEventListener('click', () => {
    const flag = out('whatif-flag').textContent ?? '';
    // A page opened from a file may have no clipboard: the flag stays shown and selected.
    navigator.clipboard?.writeText(flag).catch(() => undefined);
    const range = document.createRange();
    range.selectNodeContents(out('whatif-flag'));
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
  section.hidden = false;
  update();
}

/** A function's source as the page's script: indentation as spaces (a test or build may indent it with tabs). */
const source = (fn: (...args: never[]) => unknown) => fn.toString().replace(/\t/g, '  ');

/** JSON inside a script element: nothing in it can close the element or be read as markup. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The what-if section of one agency's page: its tables, the data and the script. */
export function whatIfSection(result: ScoredResult, cat: Catalog): string {
  const ui = cat.ui;
  const n = cat.numbers;
  const s = result.score;
  const f = s.framework;
  const groups = [
    ...s.domains.map((d) => ({ key: `domain-${d.group.id}`, label: `${ui.domain} ${d.group.id} ${d.group.name}`, index: d.index })),
    ...s.aspects.map((a) => ({ key: `aspek-${a.group.id}`, label: `${ui.aspek} ${a.group.id} ${a.group.name}`, index: a.index })),
  ];
  const groupRows = groups.map((g) => `<tr><td>${e(g.label)}</td><td class="num">${fixed2(g.index, n)}</td><td class="num" data-group="${g.key}">${fixed2(g.index, n)}</td></tr>`).join('');
  const range = f.scale.fractional ? `${f.scale.min}–${f.scale.max}` : Array.from({ length: f.scale.max - f.scale.min + 1 }, (_, i) => f.scale.min + i).join(', ');
  const rows = indicatorScores(f, result.assessment.indicators)
    .map((x) => {
      const value = valueText(x.value, n);
      // The field holds the exact value (7/6, not the 1.17 shown beside it), so that an untouched field changes nothing.
      const field = `<input type="text" inputmode="decimal" size="5" value="${e(exactText(x.value, n))}" data-indicator="${x.indicator.id}" aria-label="${e(`${ui.indikator} ${x.indicator.id}`)}"${x.indicator.services !== undefined ? ' disabled' : ''}>`;
      return `<tr><td class="num">${x.indicator.id}</td><td>${e(shortName(x.indicator.name))}</td><td class="num">${value}</td><td>${field}</td></tr>`;
    })
    .join('');
  return `<section class="whatif no-print" id="whatif" data-testid="whatif" hidden>
<h2>${e(ui.whatIf)}</h2>
<p>${e(cat.phrases.whatIfIntro({ range }))}</p>
<div class="whatif-bar"><p class="whatif-result" aria-live="polite">${e(f.indexName)} <strong data-testid="whatif-index">${fixed2(s.index, n)}</strong> <strong data-testid="whatif-predicate">${e(s.predicate)}</strong> (<span data-testid="whatif-change">${signedDelta(0n, n)}</span>)</p>
<p><button type="button" data-action="reset">${e(ui.whatIfReset)}</button> <button type="button" data-action="copy">${e(ui.whatIfCopy)}</button> <code data-testid="whatif-flag"></code></p></div>
<p data-testid="whatif-fractional" hidden>${e(ui.whatIfFractional)} <code></code></p>
<div class="scroll"><table data-testid="whatif-groups"><thead><tr><th></th><th>${e(ui.whatIfNow)}</th><th>${e(ui.whatIf)}</th></tr></thead><tbody>${groupRows}</tbody></table></div>
<div class="scroll"><table data-testid="whatif-indicators"><thead><tr><th>#</th><th>${e(ui.indikator)}</th><th>${e(ui.whatIfNow)}</th><th>${e(ui.whatIf)}</th></tr></thead><tbody>${rows}</tbody></table></div>
</section>
<script type="application/json" id="whatif-data">${scriptJson(whatIfData(result, n.decimal))}</script>
<script>(${source(whatIfMain)})(${source(createScorer)});</script>`;
}

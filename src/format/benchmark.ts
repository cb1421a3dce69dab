/**
 * The views of --benchmark shared by the formatters: the JSON object, the one-agency block (a line
 * and a table of the top groups and the index against the cohort) and the cells a ranking adds.
 * Figures are exact until here and rounded half-up to 2 decimals as they are printed.
 */
import type { Benchmark, Standing } from '../core/benchmark.js';
import { roundScaled, toExactString, toRoundedNumber, type Rational } from '../core/rational.js';
import type { FileResult } from '../core/result.js';
import type { Catalog } from '../messages/catalog.js';
import { countText, fixed2, signedDelta, type NumberStyle } from './numbers.js';

/** A distance to the cohort, signed: "+0.13", "-0.40", "0.00". */
export const distanceText = (value: Rational, n: NumberStyle): string => signedDelta(roundScaled(value, 2), n);

function standingJson(s: Standing) {
  return {
    mean: toRoundedNumber(s.mean),
    median: toRoundedNumber(s.median),
    fromMean: toRoundedNumber(s.fromMean),
    fromMedian: toRoundedNumber(s.fromMedian),
    exactMean: toExactString(s.mean),
    exactMedian: toExactString(s.median),
    exactFromMean: toExactString(s.fromMean),
    exactFromMedian: toExactString(s.fromMedian),
  };
}

export function benchmarkJson(b: Benchmark): Record<string, unknown> {
  return {
    by: b.by,
    cohort: b.cohort,
    year: b.year,
    framework: b.frameworkId,
    size: b.size,
    rank: b.rank,
    percentile: b.percentile ? toRoundedNumber(b.percentile) : null,
    ...(b.percentile ? { exactPercentile: toExactString(b.percentile) } : {}),
    index: standingJson(b.index),
    domains: b.domains.map((d) => ({ id: d.id, ...standingJson(d) })),
    aspects: b.aspects.map((a) => ({ id: a.id, ...standingJson(a) })),
  };
}

/** The cohort in words: "category kota", "province Jawa Barat", "all agencies". */
export function cohortLabel(b: Benchmark, catalog: Catalog): string {
  return b.by === 'all' ? catalog.ui.benchmarkAll : `${catalog.ui.benchmarkBy[b.by]} ${b.cohort}`;
}

/** The one-agency line: the cohort, the rank and the percentile. */
export function benchmarkLine(b: Benchmark, catalog: Catalog): string {
  const n = catalog.numbers;
  const params = { cohort: cohortLabel(b, catalog), year: b.year, framework: b.frameworkId, rank: b.rank, size: b.size };
  return b.percentile ? catalog.phrases.benchmark({ ...params, percentile: fixed2(b.percentile, n) }) : catalog.phrases.benchmarkAlone(params);
}

export interface BenchmarkRow {
  label: string;
  value: string;
  mean: string;
  fromMean: string;
  median: string;
  fromMedian: string;
  total: boolean;
}

/** The header of the one-agency table (the first cell is the group column's). */
export function benchmarkHead(result: FileResult, catalog: Catalog): string[] {
  const ui = catalog.ui;
  return [result.score!.domains.length > 0 ? ui.domain : ui.aspek, ui.index, ui.cohortMean, ui.fromMean, ui.cohortMedian, ui.fromMedian];
}

/** The top groups (domains, or the aspects of a framework without domains) and the index against the cohort. */
export function benchmarkRows(result: FileResult, n: NumberStyle): BenchmarkRow[] {
  const b = result.benchmark!;
  const row = (label: string, s: Standing, total = false): BenchmarkRow => ({ label, value: fixed2(s.value, n), mean: fixed2(s.mean, n), fromMean: distanceText(s.fromMean, n), median: fixed2(s.median, n), fromMedian: distanceText(s.fromMedian, n), total });
  const groups = b.domains.length > 0 ? b.domains : b.aspects;
  return [...groups.map((g) => row(`${g.id} ${g.name}`, g)), row(result.score!.framework.indexName, b.index, true)];
}

/** What a ranking row adds: cohort, rank in it ("3/12"), percentile, distance to its mean and median. */
export function benchmarkCells(result: FileResult, catalog: Catalog): string[] {
  const b = result.benchmark;
  if (!b) return ['', '', '', '', ''];
  const n = catalog.numbers;
  return [b.by === 'all' ? catalog.ui.benchmarkAll : b.cohort, `${countText(b.rank, n)}/${countText(b.size, n)}`, b.percentile ? fixed2(b.percentile, n) : '', distanceText(b.index.fromMean, n), distanceText(b.index.fromMedian, n)];
}

export function benchmarkCellsHead(catalog: Catalog): string[] {
  const ui = catalog.ui;
  return [ui.cohort, ui.cohortRank, ui.percentile, ui.fromMean, ui.fromMedian];
}

/** The note for a result the run benchmarks but whose file names no cohort. */
export function noCohortNote(result: FileResult, by: Benchmark['by'], catalog: Catalog): string | undefined {
  return result.benchmark ? undefined : catalog.phrases.benchmarkNoCohort({ by: catalog.ui.benchmarkBy[by] });
}

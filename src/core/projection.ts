/**
 * A projection of a result onto a newer framework through a crosswalk (`spbe score --project-to`):
 * a Pemdi 2026 baseline from a 2025 SPBE file. Each newer indicator takes the value of its linked
 * older indicators (the mean of their levels, exact: see linkedValue in crosswalk.ts); an indicator
 * with no older ancestor counts as the newer scale's minimum (Pemdi: "a value not (yet) available
 * counts as 1") and is listed as such. The projected result is a normal scored result of the newer
 * framework; `projection` says what it was made from, so that every view can say it is a projection.
 */
import { atValue, type Assessment, type IndicatorEntry } from './assessment.js';
import { findCrosswalk, linkedValue, linksByIndicator, oldValue, type Confidence, type CrosswalkDefinition } from './crosswalk.js';
import { problem, UserError } from './errors.js';
import type { Framework } from './framework.js';
import { compare, rational, sum, type Rational } from './rational.js';
import type { FileResult, ScoredResult } from './result.js';
import { score } from './score.js';

export interface ProjectionLink {
  /** The newer indicator. */
  indicator: number;
  /** Its older ancestors and the value each gave. */
  from: { indicator: number; service?: number; value: Rational; confidence: Confidence; basis: string }[];
  /** The projected value: the mean of the older values, kept within the newer scale. */
  value: Rational;
}

export interface Projection {
  fromFramework: string;
  toFramework: string;
  /** The crosswalk is an analyst's assumption, not published by the regulator. */
  assumption: boolean;
  crosswalkTitle?: string;
  /** The older result the projection was made from. */
  source: { index: Rational; predicate: string };
  links: ProjectionLink[];
  /** Newer indicators with no older ancestor: they count as `unlinkedValue` (the scale minimum). */
  unlinked: number[];
  unlinkedValue: Rational;
  /** Their share of the newer index, in percent. */
  unlinkedWeight: Rational;
}

/** Within the newer scale: an older level 0 (5/2018) is below a scale that starts at 1. */
function clamp(value: Rational, framework: Framework): Rational {
  const min = rational(framework.scale.min);
  const max = rational(framework.scale.max);
  return compare(value, min) < 0 ? min : compare(value, max) > 0 ? max : value;
}

/** The newer framework's entries from the older ones, and what each came from. */
export function projectEntries(
  crosswalk: CrosswalkDefinition,
  entries: ReadonlyMap<number, IndicatorEntry>,
  to: Framework,
): { entries: Map<number, IndicatorEntry>; links: ProjectionLink[]; unlinked: number[] } {
  const links = linksByIndicator(crosswalk);
  const projected = new Map<number, IndicatorEntry>();
  const used: ProjectionLink[] = [];
  const unlinked: number[] = [];
  for (const indicator of to.indicators) {
    const pairs = links.get(indicator.id);
    const mean = pairs ? linkedValue(pairs, entries) : undefined;
    if (!pairs || !mean) {
      unlinked.push(indicator.id);
      projected.set(indicator.id, atValue({}, rational(to.scale.min)));
      continue;
    }
    const value = clamp(mean, to);
    if (value.den !== 1n && !to.scale.fractional) throw new Error(`${to.id} takes whole levels only; indicator ${indicator.id} would be ${value.num}/${value.den}`);
    projected.set(indicator.id, atValue({}, value));
    const from = pairs.map((p) => ({ indicator: p.from, ...(p.service !== undefined ? { service: p.service } : {}), value: oldValue(entries.get(p.from), p.service)!, confidence: p.confidence, basis: p.basis }));
    used.push({ indicator: indicator.id, from, value });
  }
  return { entries: projected, links: used, unlinked };
}

/**
 * A scored result projected onto `to`. A result already under `to`, or without a score, is returned
 * as it is; a framework with no crosswalk to `to` is a user error. The projection keeps no
 * comparison (the previous year was compared with the older index) and the assessment's own
 * penilaian mandiri and targets stay with the older levels.
 */
export function projectResult(result: FileResult, to: Framework): FileResult {
  if (!result.score || !result.assessment || result.score.framework.id === to.id) return result;
  const scored = result as ScoredResult;
  const fromId = scored.score.framework.id;
  const crosswalk = findCrosswalk(fromId, to.id);
  if (!crosswalk) throw new UserError(problem('projectionNoCrosswalk', { file: result.file, fromFramework: fromId, toFramework: to.id }));
  const { entries, links, unlinked } = projectEntries(crosswalk, scored.assessment.indicators, to);
  const assessment: Assessment = { ...scored.assessment, frameworkId: to.id, indicators: entries };
  const projection: Projection = {
    fromFramework: fromId,
    toFramework: to.id,
    assumption: crosswalk.status === 'assumption',
    source: { index: scored.score.index, predicate: scored.score.predicate },
    links,
    unlinked,
    unlinkedValue: rational(to.scale.min),
    unlinkedWeight: sum(unlinked.map((id) => to.indicatorById.get(id)!.weight)),
  };
  if (crosswalk.title) projection.crosswalkTitle = crosswalk.title;
  return { file: result.file, valid: result.valid, findings: result.findings, assessment, score: score(to, entries, scored.score.predicateBasis), projection };
}

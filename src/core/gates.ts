/**
 * CI gates, opt-in: without gates a score never changes the exit code. Each gate compares the
 * published (2-decimal) figure a reader of the result sees.
 */
import type { Comparison } from './compare.js';
import { compare, neg, roundHalfUp, type Rational } from './rational.js';
import type { ScoreResult } from './score.js';

export interface Gates {
  failUnder?: Rational;
  /** --fail-under Baik: fail below this predikat (by its band's floor in the file's framework). */
  failUnderPredicate?: string;
  failUnderDomain?: ReadonlyMap<number, Rational>;
  maxDrop?: Rational;
}

export type GateFailure =
  | { gate: 'fail-under'; index: Rational; limit: Rational }
  | { gate: 'fail-under-predicate'; predicate: string; limit: string }
  | { gate: 'fail-under-domain'; domain: number; name: string; index: Rational; limit: Rational }
  | { gate: 'max-drop'; drop: Rational; limit: Rational; previousYear: number };

export function hasGates(gates: Gates): boolean {
  return gates.failUnder !== undefined || gates.failUnderPredicate !== undefined || (gates.failUnderDomain?.size ?? 0) > 0 || gates.maxDrop !== undefined;
}

export function checkGates(score: ScoreResult, comparison: Comparison | undefined, gates: Gates): GateFailure[] {
  const failures: GateFailure[] = [];
  const index = roundHalfUp(score.index);
  if (gates.failUnder && compare(index, gates.failUnder) < 0) failures.push({ gate: 'fail-under', index, limit: gates.failUnder });
  if (gates.failUnderPredicate !== undefined) {
    // Bands run from the highest down: a predikat below the limit's band comes after it.
    const bands = score.framework.predicates.map((b) => b.name.toLowerCase());
    const limit = bands.indexOf(gates.failUnderPredicate.toLowerCase());
    if (limit >= 0 && bands.indexOf(score.predicate.toLowerCase()) > limit) failures.push({ gate: 'fail-under-predicate', predicate: score.predicate, limit: score.framework.predicates[limit]!.name });
  }
  for (const [id, limit] of gates.failUnderDomain ?? []) {
    const domain = score.domains.find((d) => d.group.id === id);
    if (!domain) continue;
    const value = roundHalfUp(domain.index);
    if (compare(value, limit) < 0) failures.push({ gate: 'fail-under-domain', domain: id, name: domain.group.name, index: value, limit });
  }
  if (gates.maxDrop && comparison) {
    const change = { num: comparison.indexDelta, den: 100n };
    if (compare(change, neg(gates.maxDrop)) < 0) failures.push({ gate: 'max-drop', drop: neg(change), limit: gates.maxDrop, previousYear: comparison.previous.year });
  }
  return failures;
}

export type GateCode = 'GATE_FAIL_UNDER' | 'GATE_FAIL_UNDER_PREDICATE' | 'GATE_FAIL_UNDER_DOMAIN' | 'GATE_MAX_DROP';

/** The parameters of each gate's sentence, as published 2-decimal figures. */
export interface GateParams {
  GATE_FAIL_UNDER: { index: string; limit: string };
  GATE_FAIL_UNDER_PREDICATE: { predicate: string; limit: string };
  GATE_FAIL_UNDER_DOMAIN: { domain: number; name: string; index: string; limit: string };
  GATE_MAX_DROP: { drop: string; previousYear: number; limit: string };
}

export function gateCode(failure: GateFailure): GateCode {
  const codes = { 'fail-under': 'GATE_FAIL_UNDER', 'fail-under-predicate': 'GATE_FAIL_UNDER_PREDICATE', 'fail-under-domain': 'GATE_FAIL_UNDER_DOMAIN', 'max-drop': 'GATE_MAX_DROP' } as const;
  return codes[failure.gate];
}

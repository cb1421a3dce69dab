/**
 * CI gates, opt-in: without gates a score never changes the exit code. Each gate compares the
 * published (2-decimal) figure a reader of the result sees.
 */
import type { Comparison } from './compare.js';
import { t } from '../messages/catalog.js';
import { compare, neg, roundHalfUp, toFixed, type Rational } from './rational.js';
import type { ScoreResult } from './score.js';

export interface Gates {
  failUnder?: Rational;
  failUnderDomain?: ReadonlyMap<number, Rational>;
  maxDrop?: Rational;
}

export type GateFailure =
  | { gate: 'fail-under'; index: Rational; limit: Rational }
  | { gate: 'fail-under-domain'; domain: number; name: string; index: Rational; limit: Rational }
  | { gate: 'max-drop'; drop: Rational; limit: Rational; previousYear: number };

export function hasGates(gates: Gates): boolean {
  return gates.failUnder !== undefined || (gates.failUnderDomain?.size ?? 0) > 0 || gates.maxDrop !== undefined;
}

export function checkGates(score: ScoreResult, comparison: Comparison | undefined, gates: Gates): GateFailure[] {
  const failures: GateFailure[] = [];
  const index = roundHalfUp(score.index);
  if (gates.failUnder && compare(index, gates.failUnder) < 0) failures.push({ gate: 'fail-under', index, limit: gates.failUnder });
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

export function gateCode(failure: GateFailure): 'GATE_FAIL_UNDER' | 'GATE_FAIL_UNDER_DOMAIN' | 'GATE_MAX_DROP' {
  return failure.gate === 'fail-under' ? 'GATE_FAIL_UNDER' : failure.gate === 'fail-under-domain' ? 'GATE_FAIL_UNDER_DOMAIN' : 'GATE_MAX_DROP';
}

export function describeGate(failure: GateFailure): string {
  switch (failure.gate) {
    case 'fail-under':
      return t().messages.GATE_FAIL_UNDER({ index: toFixed(failure.index), limit: toFixed(failure.limit) });
    case 'fail-under-domain':
      return t().messages.GATE_FAIL_UNDER_DOMAIN({ domain: failure.domain, name: failure.name, index: toFixed(failure.index), limit: toFixed(failure.limit) });
    case 'max-drop':
      return t().messages.GATE_MAX_DROP({ drop: toFixed(failure.drop), previousYear: failure.previousYear, limit: toFixed(failure.limit) });
  }
}

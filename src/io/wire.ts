/**
 * FileResult <-> plain data for worker threads. Results refer to framework objects (shared, never
 * copied): on the wire they carry the framework id, and the receiving side looks it up again.
 */
import type { Assessment } from '../core/assessment.js';
import { LevelMap, type PackedLevels } from '../core/level-map.js';
import type { Comparison, PreviousYear } from '../core/compare.js';
import type { Finding } from '../core/findings.js';
import type { Framework } from '../core/framework.js';
import type { Rational } from '../core/rational.js';
import type { PredicateBasis } from '../core/score.js';
import type { FileResult } from '../core/result.js';
import { frameworkFromWorker, frameworkSource } from './framework-file.js';

export interface WireResult {
  file: string;
  valid: boolean;
  findings: Finding[];
  assessment?: Omit<Assessment, 'indicators'> & { indicators: PackedLevels };
  /** A framework an assessment named by its path: read again on the receiving side from what the worker read. */
  score?: { frameworkId: string; frameworkFile?: { path: string; definition: Framework['definition'] }; index: Rational; predicate: string; basis: PredicateBasis; domains: Rational[]; aspects: Rational[] };
  comparison?: Comparison;
}

export function toWire(result: FileResult): WireResult {
  const wire: WireResult = { file: result.file, valid: result.valid, findings: result.findings };
  if (result.assessment) {
    const { indicators } = result.assessment;
    wire.assessment = { ...result.assessment, indicators: (indicators instanceof LevelMap ? indicators : LevelMap.from(indicators)).pack() };
  }
  if (result.score) {
    const { score } = result;
    const path = frameworkSource(score.framework);
    wire.score = {
      frameworkId: score.framework.id,
      ...(path !== undefined ? { frameworkFile: { path, definition: score.framework.definition } } : {}),
      index: score.index,
      predicate: score.predicate,
      basis: score.predicateBasis,
      domains: score.domains.map((d) => d.index),
      aspects: score.aspects.map((a) => a.index),
    };
  }
  if (result.comparison) wire.comparison = result.comparison;
  return wire;
}

export function fromWire(wire: WireResult, frameworkOf: (id: string) => Framework): FileResult {
  const result: FileResult = { file: wire.file, valid: wire.valid, findings: wire.findings };
  if (wire.assessment) result.assessment = { ...wire.assessment, indicators: LevelMap.unpack(wire.assessment.indicators) };
  if (wire.score) {
    const file = wire.score.frameworkFile;
    const framework = file ? frameworkFromWorker(file.path, file.definition) : frameworkOf(wire.score.frameworkId);
    result.score = {
      framework,
      index: wire.score.index,
      predicate: wire.score.predicate,
      predicateBasis: wire.score.basis,
      domains: framework.domains.map((group, i) => ({ group, index: wire.score!.domains[i]! })),
      aspects: framework.aspects.map((group, i) => ({ group, index: wire.score!.aspects[i]! })),
    };
  }
  if (wire.comparison) result.comparison = wire.comparison;
  return result;
}

/** A previous year on the wire: its indicator entries packed (a LevelMap does not cross as itself). */
export type WirePrevious = Omit<PreviousYear, 'entries'> & { entries?: PackedLevels };

export function previousToWire(previous: PreviousYear): WirePrevious {
  const { entries, ...rest } = previous;
  return entries ? { ...rest, entries: (entries instanceof LevelMap ? entries : LevelMap.from(entries)).pack() } : rest;
}

export function previousFromWire(wire: WirePrevious): PreviousYear {
  const { entries, ...rest } = wire;
  return entries ? { ...rest, entries: LevelMap.unpack(entries) } : rest;
}

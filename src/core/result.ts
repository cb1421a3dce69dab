/**
 * The result model: what one input became. Built once (document/evaluate.ts, io/evaluate.ts) and
 * completed once by buildReport (core/report.ts); every formatter only reads it.
 */
import type { LevelChange, LevelComparison, Sensitivity } from './analysis.js';
import type { Assessment } from './assessment.js';
import type { Benchmark } from './benchmark.js';
import type { Comparison } from './compare.js';
import type { Finding } from './findings.js';
import type { GateFailure } from './gates.js';
import type { Projection } from './projection.js';
import type { ScoreResult } from './score.js';

export interface FileResult {
  /** The path as given (or --stdin-filepath), used in every message. */
  file: string;
  valid: boolean;
  findings: Finding[];
  assessment?: Assessment;
  score?: ScoreResult;
  comparison?: Comparison;
  /** CI gates this file failed (only when gates are set). */
  gates?: GateFailure[];
  /** --what-if: the levels changed and the projected result. */
  whatIf?: { changes: LevelChange[]; score: ScoreResult };
  /** Penilaian mandiri and targets against the final levels, when the file has them. */
  self?: LevelComparison;
  targets?: LevelComparison;
  /** The levels accepted evidence items earn, against the final values (8/2026), when the file lists items. */
  evidence?: LevelComparison;
  /** The gain of one more level per indicator and the predikat margin (--detail sensitivity). */
  sensitivity?: Sensitivity;
  /** --project-to: the score is this file's result carried onto another framework through a crosswalk. */
  projection?: Projection;
  /** --benchmark: this result against its cohort in the batch (absent when its file names no cohort). */
  benchmark?: Benchmark;
}

/** A result with a score has its assessment too. */
export type ScoredResult = FileResult & { score: ScoreResult; assessment: Assessment };

export function isScored(result: FileResult): result is ScoredResult {
  return result.score !== undefined && result.assessment !== undefined;
}

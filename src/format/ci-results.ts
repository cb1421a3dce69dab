/**
 * What the CI formats (sarif, junit, github) report of a run, in one shape: each file's error,
 * warning and info findings and its failed gates, as coded problems with a position (a gate, which
 * concerns the whole file, at its first line), and the provisional frameworks to notify about.
 */
import type { Finding } from '../core/findings.js';
import { gateCode } from '../core/gates.js';
import type { BatchReport } from '../core/report.js';
import type { FileResult } from '../core/result.js';
import { formatMessage, type Catalog } from '../messages/catalog.js';
import { describeGate } from './findings.js';

export interface CiProblem {
  code: string;
  severity: Finding['severity'];
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** A gate failure rather than a finding of the file's content. */
  gate: boolean;
}

export function ciProblems(result: FileResult, catalog: Catalog): CiProblem[] {
  const findings = result.findings.map((f): CiProblem => ({
    code: f.code,
    severity: f.severity,
    message: formatMessage(f, catalog),
    line: f.line ?? 1,
    column: f.column ?? 1,
    ...(f.endLine !== undefined ? { endLine: f.endLine, endColumn: f.endColumn! } : {}),
    gate: false,
  }));
  const gates = (result.gates ?? []).map((g): CiProblem => ({ code: gateCode(g), severity: 'error', message: describeGate(g, catalog), line: 1, column: 1, gate: true }));
  return [...findings, ...gates];
}

/** The ids of the provisional frameworks the run scored with, in order of first use. */
export function provisionalFrameworks(report: BatchReport): string[] {
  return [...new Set(report.results.flatMap((r) => (r.score?.framework.status === 'provisional' ? [r.score.framework.id] : [])))];
}

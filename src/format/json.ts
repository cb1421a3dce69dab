/**
 * The machine output contract (shared/spec/json-output.md, version 1): one result object per
 * input; `json` wraps them in a document with a summary, `jsonl` prints one per line.
 */
import type { Comparison } from '../core/compare.js';
import type { Finding } from '../core/findings.js';
import { toExactString, toRoundedNumber } from '../core/rational.js';
import type { ScoreResult } from '../core/score.js';
import type { FileResult } from '../io/evaluate.js';
import { deltaNumber, jsonNumber } from './numbers.js';

export interface Summary {
  files: number;
  valid: number;
  invalid: number;
  errors: number;
  warnings: number;
}

export function summarize(results: readonly FileResult[]): Summary {
  const count = (severity: string) => results.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0);
  const valid = results.filter((r) => r.valid).length;
  return { files: results.length, valid, invalid: results.length - valid, errors: count('error'), warnings: count('warning') };
}

export function jsonFinding(finding: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = { code: finding.code, severity: finding.severity, message: finding.message };
  if (finding.line !== undefined) {
    out.line = finding.line;
    out.column = finding.column;
    if (finding.endLine !== undefined) {
      out.endLine = finding.endLine;
      out.endColumn = finding.endColumn;
    }
  }
  out.pointer = finding.pointer;
  return out;
}

function jsonScore(score: ScoreResult) {
  return {
    framework: { id: score.framework.id, title: score.framework.title, status: score.framework.status },
    index: toRoundedNumber(score.index),
    exactIndex: toExactString(score.index),
    predicate: score.predicate,
    predicateBasis: score.predicateBasis,
    domains: score.domains.map(({ group, index }) => ({
      id: group.id,
      name: group.name,
      weight: jsonNumber(group.weight),
      index: toRoundedNumber(index),
      exactIndex: toExactString(index),
    })),
    aspects: score.aspects.map(({ group, index }) => ({
      id: group.id,
      domain: group.domainId,
      name: group.name,
      weight: jsonNumber(group.weight),
      index: toRoundedNumber(index),
      exactIndex: toExactString(index),
    })),
    indicators: score.indicators.map((x) => {
      const out: Record<string, unknown> = {
        id: x.indicator.id,
        aspect: x.indicator.aspectId,
        name: x.indicator.name,
        weight: jsonNumber(x.indicator.weight),
        level: jsonNumber(x.value),
      };
      if (x.levelName !== undefined) out.levelName = x.levelName;
      if (x.entry.services) out.services = x.entry.services;
      out.contribution = toExactString(x.contribution);
      return out;
    }),
  };
}

export function jsonComparison(comparison: Comparison): Record<string, unknown> {
  const { previous } = comparison;
  const prev: Record<string, unknown> = {
    year: previous.year,
    framework: previous.frameworkId,
    index: toRoundedNumber(previous.index),
    predicate: previous.predicate,
    source: previous.source,
  };
  if (previous.domains) prev.domains = [...previous.domains].map(([id, index]) => ({ id, index: toRoundedNumber(index) }));
  const delta: Record<string, unknown> = { index: deltaNumber(comparison.indexDelta) };
  if (comparison.domainDeltas.length > 0) delta.domains = comparison.domainDeltas.map((d) => ({ id: d.id, delta: deltaNumber(d.delta) }));
  return { previous: prev, likeForLike: comparison.likeForLike, delta, predicateChange: comparison.predicateChange };
}

export function jsonResult(result: FileResult): Record<string, unknown> {
  const out: Record<string, unknown> = { file: result.file, valid: result.valid };
  if (result.assessment && result.score) {
    const { agency } = result.assessment;
    out.agency = { ...agency };
    out.year = result.assessment.year;
    out.stage = result.assessment.stage;
    Object.assign(out, jsonScore(result.score));
    if (result.comparison) out.comparison = jsonComparison(result.comparison);
  }
  out.findings = result.findings.map(jsonFinding);
  return out;
}

export interface ToolInfo {
  name: string;
  version: string;
}

export function formatJson(results: readonly FileResult[], tool: ToolInfo): string {
  const document = { schemaVersion: 1, tool, results: results.map(jsonResult), summary: summarize(results) };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function formatJsonl(results: readonly FileResult[]): string {
  return results.map((r) => `${JSON.stringify(jsonResult(r))}\n`).join('');
}

/**
 * The machine output contract (shared/spec/json-output.md, version 1): one result object per
 * input; `json` wraps them in a document with a summary, `jsonl` prints one per line.
 */
import { EVIDENCE_STATUSES, waitingForExternal, type IndicatorEntry } from '../core/assessment.js';
import { entryEvidenceLevel } from '../core/evidence.js';
import type { Comparison } from '../core/compare.js';
import type { Finding } from '../core/findings.js';
import { gateCode } from '../core/gates.js';
import { toExactString, toRoundedNumber } from '../core/rational.js';
import type { BatchReport, Command } from '../core/report.js';
import type { FileResult } from '../core/result.js';
import type { Framework, Indicator } from '../core/framework.js';
import { indicatorScores, type IndicatorScore, type ScoreResult } from '../core/score.js';
import type { Distribution, ScoreStats, SelfStats } from '../core/stats.js';
import { formatMessage, type Catalog } from '../messages/catalog.js';
import { levelComparisonJson, sensitivityJson, whatIfJson } from './analysis.js';
import { benchmarkJson } from './benchmark.js';
import { indicatorChangesJson, indicatorChangesText } from './changes.js';
import { decompositionJson, explainComparison } from './decomposition.js';
import { projectionJson } from './projection.js';
import { describeGate } from './findings.js';
import { jsonText } from './escape.js';
import type { FormatContext, RunEnd, StreamContext, StreamFrame } from './formats.js';
import { deltaNumber, jsonNumber } from './numbers.js';

export function jsonFinding(finding: Finding, catalog: Catalog): Record<string, unknown> {
  const out: Record<string, unknown> = { code: finding.code, severity: finding.severity, message: formatMessage(finding, catalog) };
  if (finding.line !== undefined) {
    out.line = finding.line;
    out.column = finding.column;
    if (finding.endLine !== undefined) {
      out.endLine = finding.endLine;
      out.endColumn = finding.endColumn;
    }
  }
  if (finding.cell !== undefined) out.cell = finding.cell;
  out.pointer = finding.pointer;
  return out;
}

function indicatorJson(x: IndicatorScore, scale: Framework['scale']): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: x.indicator.id,
    aspect: x.indicator.aspectId,
    name: x.indicator.name,
    weight: jsonNumber(x.indicator.weight),
    level: jsonNumber(x.value),
  };
  if (x.value.den !== 1n) out.exactLevel = toExactString(x.value);
  if (x.levelName !== undefined) out.levelName = x.levelName;
  if (x.entry.services) out.services = x.entry.services;
  if (x.entry.external) out.external = { status: x.entry.external.status, ...(x.entry.external.source ? { source: x.entry.external.source } : {}), ...(x.entry.external.score ? { score: jsonNumber(x.entry.external.score) } : {}) };
  const earned = entryEvidenceLevel(x.entry, scale);
  if (earned && x.entry.evidenceItems) {
    const counts = Object.fromEntries(EVIDENCE_STATUSES.map((status) => [status, x.entry.evidenceItems!.filter((i) => i.status === status).length]));
    out.evidence = { level: earned.level, ...(earned.nextLevel ? { nextLevel: earned.nextLevel } : {}), items: counts, blocking: earned.blocking };
  }
  out.contribution = toExactString(x.contribution);
  return out;
}

function jsonScore(score: ScoreResult, entries: ReadonlyMap<number, IndicatorEntry>, indicators: 'objects' | 'placeholder' = 'objects') {
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
    indicators: indicators === 'placeholder' ? INDICATORS_PLACEHOLDER : indicatorScores(score.framework, entries).map((x) => indicatorJson(x, score.framework.scale)),
  };
}

/**
 * The indicators' JSON text of a jsonl line. A row of a whole level and nothing else (no services,
 * external value or evidence items) is the same in every file of a batch: it is made once per
 * framework, indicator and level (fractional values are not cached: they need not repeat).
 */
const rowCache = new WeakMap<Framework, Map<number, string>>();
const INDICATORS_PLACEHOLDER = '\u0000spbe:indicators\u0000';
/** The comparison's indicator changes, made as text too (changes.ts indicatorChangesText). */
const CHANGES_PLACEHOLDER = '\u0000spbe:changes\u0000';
// A string value cannot hold an unescaped quote, so these token sequences are only the placeholders'.
const PLACEHOLDER_JSON = `"indicators":${JSON.stringify(INDICATORS_PLACEHOLDER)}`;
const CHANGES_PLACEHOLDER_JSON = `"indicators":${JSON.stringify(CHANGES_PLACEHOLDER)}`;

function indicatorsText(score: ScoreResult, entries: ReadonlyMap<number, IndicatorEntry>): string {
  const { framework } = score;
  let rows = rowCache.get(framework);
  if (!rows) rowCache.set(framework, (rows = new Map()));
  let text = '';
  let scored: Map<Indicator, IndicatorScore> | undefined;
  for (const indicator of framework.indicators) {
    const entry = entries.get(indicator.id);
    if (!entry) continue;
    if (text) text += ',';
    // A row of a whole level and nothing else: from the cache, escaped once.
    const plain = entry.value === undefined && !entry.services && !entry.external && !entry.evidenceItems;
    const key = plain ? indicator.id * 1000 + entry.level : undefined;
    const cached = key === undefined ? undefined : rows.get(key);
    if (cached !== undefined) {
      text += cached;
      continue;
    }
    scored ??= new Map(indicatorScores(framework, entries).map((x) => [x.indicator, x]));
    const row = jsonText(JSON.stringify(indicatorJson(scored.get(indicator)!, framework.scale)));
    if (key !== undefined) rows.set(key, row);
    text += row;
  }
  return `[${text}]`;
}

function jsonComparison(comparison: Comparison, indicators: 'objects' | 'placeholder'): Record<string, unknown> {
  const { previous } = comparison;
  const prev: Record<string, unknown> = {
    year: previous.year,
    framework: previous.frameworkId,
    index: toRoundedNumber(previous.index),
    predicate: previous.predicate,
    source: previous.source,
  };
  if (previous.domains) prev.domains = [...previous.domains].map(([id, index]) => ({ id, index: toRoundedNumber(index) }));
  if (previous.aspects) prev.aspects = [...previous.aspects].map(([id, index]) => ({ id, index: toRoundedNumber(index) }));
  const delta: Record<string, unknown> = { index: deltaNumber(comparison.indexDelta) };
  if (comparison.domainDeltas.length > 0) delta.domains = comparison.domainDeltas.map((d) => ({ id: d.id, delta: deltaNumber(d.delta) }));
  if (comparison.aspectDeltas.length > 0) delta.aspects = comparison.aspectDeltas.map((d) => ({ id: d.id, delta: deltaNumber(d.delta) }));
  const out: Record<string, unknown> = { previous: prev, likeForLike: comparison.likeForLike, delta, predicateChange: comparison.predicateChange };
  if (comparison.indicators) Object.assign(out, indicatorChangesJson(comparison.indicators, indicators === 'placeholder' ? CHANGES_PLACEHOLDER : undefined));
  if (comparison.decomposition) out.decomposition = decompositionJson(comparison.decomposition);
  return out;
}

/**
 * One result object (what the library returns too); `scores: false` (spbe validate) leaves out the
 * figures. Self-assessed and target levels, where the file has them, come with their indices.
 */
export function jsonResult(result: FileResult, catalog: Catalog, scores = true, indicators: 'objects' | 'placeholder' = 'objects'): Record<string, unknown> {
  const out: Record<string, unknown> = { file: result.file, valid: result.valid };
  const { assessment, score } = result;
  if (assessment && score) {
    out.agency = { ...assessment.agency };
    out.year = assessment.year;
    if (!scores) {
      out.framework = { id: score.framework.id, status: score.framework.status };
    } else {
      out.stage = assessment.stage;
      Object.assign(out, jsonScore(score, assessment.indicators, indicators));
      if (result.comparison) {
        out.comparison = jsonComparison(result.comparison, indicators);
        if (!result.comparison.likeForLike) (out.comparison as Record<string, unknown>).explanation = explainComparison(result.comparison, assessment.year, score.framework.id, catalog);
      }
      if (result.projection) out.projection = projectionJson(result.projection, result, catalog);
      if (result.self) out.selfAssessment = levelComparisonJson(result.self, score.index);
      if (result.targets) out.targets = levelComparisonJson(result.targets, score.index);
      if (result.evidence) out.evidenceAssessment = levelComparisonJson(result.evidence, score.index);
      if (result.benchmark) out.benchmark = benchmarkJson(result.benchmark);
      const waiting = waitingForExternal(assessment.indicators);
      if (waiting.length > 0) out.waitingExternal = waiting;
    }
  }
  out.findings = result.findings.map((f) => jsonFinding(f, catalog));
  return out;
}

function jsonDistribution(d: Distribution) {
  return { mean: toRoundedNumber(d.mean), median: toRoundedNumber(d.median), min: toRoundedNumber(d.min), max: toRoundedNumber(d.max) };
}

function jsonStats(stats: ScoreStats) {
  return {
    count: stats.count,
    predicates: Object.fromEntries(stats.predicates.map((p) => [p.name, p.count])),
    index: jsonDistribution(stats.index),
    domains: stats.domains.map((d) => ({ id: d.id, name: d.name, ...jsonDistribution(d.distribution) })),
  };
}

function jsonSelfStats(stats: SelfStats) {
  return { agencies: stats.agencies, domains: stats.domains.map((d) => ({ ...d, overClaimRate: d.compared === 0 ? null : Number((d.over / d.compared).toFixed(4)) })) };
}

function jsonSummary(report: Omit<RunEnd, 'pieces'>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...report.summary };
  if (report.stats) out.scores = jsonStats(report.stats);
  if (report.cohorts) out.cohorts = report.cohorts.map((c) => ({ year: c.key.year, framework: c.key.frameworkId, ...jsonStats(c.stats), ...(c.selfStats ? { selfAssessment: jsonSelfStats(c.selfStats) } : {}) }));
  if (report.groups) out.groups = report.groups.map((g) => ({ [report.groupBy!]: report.groupBy === 'year' ? Number(g.name) : g.name, ...(g.cohort ? { year: g.cohort.year, framework: g.cohort.frameworkId } : {}), ...jsonStats(g.stats) }));
  if (report.omittedEarlier !== undefined) out.omittedEarlier = report.omittedEarlier;
  if (report.selfStats) out.selfAssessment = jsonSelfStats(report.selfStats);
  return out;
}

/** A result as the CLI reports it: plus what this run asked for (sensitivity, what-if, gates). */
function reportResult(result: FileResult, command: Command, catalog: Catalog, indicators: 'objects' | 'placeholder' = 'objects'): Record<string, unknown> {
  const out = jsonResult(result, catalog, command === 'score', indicators);
  if (command === 'score') {
    if (result.sensitivity) out.sensitivity = sensitivityJson(result.sensitivity);
    if (result.whatIf) out.whatIf = whatIfJson(result);
  }
  if (result.gates) out.gates = result.gates.map((g) => ({ code: gateCode(g), gate: g.gate, message: describeGate(g, catalog) }));
  return out;
}

/** One result of the json document, without the comma before it. */
export function jsonPiece(result: FileResult, command: Command, { catalog }: StreamContext): string {
  // Indented as the document's results are (four spaces more than alone): JSON.stringify indents by
  // depth, so the result is written where it stands in the document, inside a results list, and
  // taken out of it. No second pass over the text to indent it (a copy as large as the text).
  const text = JSON.stringify({ results: [reportResult(result, command, catalog)] }, null, 2);
  return jsonText(text.slice(PIECE_START.length, -PIECE_END.length));
}

/** What JSON.stringify writes around a result in { results: [result] }, indented by 2. */
const PIECE_START = '{\n  "results": [';
const PIECE_END = '\n  ]\n}';

/** The json document around its results: what a streamed run writes before, between and after them. */
export const jsonFrame: StreamFrame = {
  head: ({ tool }) => `{\n  "schemaVersion": 1,\n  "tool": ${JSON.stringify(tool)},\n  "results": [`,
  separator: ',',
  tail: (end) => `${end.pieces === 0 ? '' : '\n  '}],\n  "summary": ${jsonText(JSON.stringify(jsonSummary(end), null, 2)).replace(/\n/g, '\n  ')}\n}\n`,
  statistics: true,
};

/** The json document, in chunks (a batch of thousands is never one string). */
export function* formatJson(report: BatchReport, context: FormatContext): Iterable<string> {
  yield jsonFrame.head(context);
  let pieces = 0;
  for (const result of report.results) yield `${pieces++ === 0 ? '' : jsonFrame.separator}${jsonPiece(result, report.command, context)}`;
  yield jsonFrame.tail({ ...report, pieces }, context);
}

/** One line of jsonl: what a streamed batch writes for each result as it is done. */
export function jsonlLine(result: FileResult, command: Command, { catalog }: StreamContext): string {
  const scored = command === 'score' && result.score && result.assessment;
  const line = jsonText(JSON.stringify(reportResult(result, command, catalog, scored ? 'placeholder' : 'objects')));
  if (!scored) return `${line}\n`;
  // Escaping the rows apart from the rest is escaping the whole: no escape spans "indicators":[ or a row's braces.
  const at = line.indexOf(PLACEHOLDER_JSON);
  if (at < 0) return `${line}\n`; // cannot be: a scored result has indicators
  let text = `${line.slice(0, at)}"indicators":${indicatorsText(result.score!, result.assessment!.indicators)}`;
  let rest = at + PLACEHOLDER_JSON.length;
  // The comparison comes after the indicators, when it has their changes.
  const changes = result.comparison?.indicators ? line.indexOf(CHANGES_PLACEHOLDER_JSON, rest) : -1;
  if (changes >= 0) {
    text += `${line.slice(rest, changes)}"indicators":${indicatorChangesText(result.comparison!.indicators!)}`;
    rest = changes + CHANGES_PLACEHOLDER_JSON.length;
  }
  return `${text}${line.slice(rest)}\n`;
}

export function* formatJsonl(report: BatchReport, context: FormatContext): Iterable<string> {
  for (const result of report.results) yield jsonlLine(result, report.command, context);
}

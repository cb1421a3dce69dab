/**
 * Findings: every problem in an input is data with a stable code, typed parameters, a severity and
 * a pointer (publint's pattern). Nothing here is worded: the catalogs (src/messages/) word a finding
 * only when output is written, through formatMessage(finding, catalog). Positions are attached in one
 * pass after checking (src/document/positions.ts), from the pointer and the code's anchor below.
 */

type Text = string | number;

/** How a value that broke a rule is shown: its kind, and for scalars its text. */
export interface ActualValue {
  actualKind: 'empty' | 'list' | 'mapping' | 'string' | 'number' | 'boolean' | 'bigint' | 'symbol' | 'function' | 'undefined' | 'object';
  actual?: string;
}

/**
 * The finding codes and the parameters each one's sentence may use. A new code is one entry here
 * and one sentence in each catalog; a sentence that reads a parameter its code lacks does not compile.
 */
export interface FindingParams {
  // Reading and YAML syntax
  FILE_UNREADABLE: { reason: string };
  FILE_TOO_LARGE: { size: number; limit: number };
  NOT_UTF8: { encoding?: string };
  EMPTY_FILE: Record<string, never>;
  YAML_SYNTAX: { detail: string };
  YAML_TAB_INDENT: Record<string, never>;
  DUPLICATE_KEY: { key: string };
  MULTIPLE_DOCUMENTS: Record<string, never>;
  ALIAS_LIMIT: { limit: number };
  UNKNOWN_ALIAS: { alias: string };
  TOO_DEEP: { limit: number };
  TOO_MANY_NODES: { limit: number };
  NOT_A_MAPPING: Record<string, never>;
  // Bounds on what one file can produce
  FINDINGS_OMITTED: { code: string; count: number };
  INTERNAL_ERROR: { detail: string };
  // Spreadsheets, CSV and national records (src/document/tabular/)
  CSV_SYNTAX: { detail: 'quote' };
  WORKBOOK_UNREADABLE: { reason: string };
  TABLE_NO_HEADER: Record<string, never>;
  ONE_ASSESSMENT_EXPECTED: { count: number };
  RECORD_NOT_A_FRACTION: { field: string; value: string; denominator: number };
  RECORD_MISMATCH: { field: string; stored: string; computed: string };
  // Structure (JSON Schema), for assessments and side files alike
  MISSING_FIELD: { path: string; field: string };
  UNKNOWN_FIELD: { field: string; allowed: string };
  WRONG_TYPE: { path: string; expected: string } & ActualValue;
  INVALID_VALUE: { path: string; allowed: string };
  INVALID_FORMAT: { path: string; rule: 'slug' | 'empty' | 'pattern' | 'delimiter'; pattern?: string };
  OUT_OF_RANGE: { path: string; bound: 'min' | 'max'; limit: string } & ActualValue;
  SCHEMA_VIOLATION: { path: string; detail: string };
  INVALID_WEIGHT: { path: string };
  INVALID_DECIMAL: { path: string };
  // Meaning (checks a schema cannot express)
  LEVEL_NOT_INTEGER: { indicator: string; min: number; max: number } & ActualValue;
  LEVEL_OUT_OF_SCALE: { value: string; indicator: string; framework: string; min: number; max: number };
  LEVEL_NOT_A_VALUE: { indicator: string; min: number; max: number } & ActualValue;
  NUMBER_TOO_LONG: { indicator: string; max: number };
  EXTERNAL_NOT_ALLOWED: { indicator: string; framework: string };
  EXTERNAL_WAITING: { indicator: string; source: string; min: number };
  EXTERNAL_VALUE_MISSING: { indicator: string };
  EXTERNAL_MISMATCH: { indicator: string; level: string; converted: string; score: string };
  EVIDENCE_CODE_MISMATCH: { code: string; indicator: string; max: number };
  EVIDENCE_CODE_DUPLICATE: { code: string };
  MISSING_INDICATOR: { indicators: string; count: number; framework: string };
  UNKNOWN_INDICATOR: { indicator: string; framework: string; range: string };
  UNKNOWN_FRAMEWORK: { framework: string; available: string };
  /** `framework: ./x.yaml` names a file that cannot be read, or that is no valid framework. */
  FRAMEWORK_FILE_UNREADABLE: { path: string; reason: string };
  FRAMEWORK_FILE_INVALID: { path: string; count: number; code: string; line: number; column: number };
  NO_FRAMEWORK_FOR_YEAR: { year: number; available: string };
  FRAMEWORK_FALLBACK: { year: number; framework: string };
  FRAMEWORK_YEAR_MISMATCH: { framework: string; years: string; year: number };
  SERVICES_NOT_ALLOWED: { indicator: string };
  TOO_MANY_SERVICES: { indicator: string; max: number; count: number };
  // Previous year
  PREVIOUS_UNREADABLE: { path: string; reason: string };
  /** code and at: the first error and where it stands in the previous file (file:line:column or file:sheet!cell). */
  PREVIOUS_INVALID: { path: string; count: number; code?: string; at?: string };
  /** The previous file holds several assessments, none of this agency before this year. */
  PREVIOUS_NOT_FOUND: { path: string; count: number; agency: string; name: string; year: number };
  PREVIOUS_NOT_EARLIER: { previousYear: number; year: number };
  UNKNOWN_PREDICATE: { predicate: string; framework: string; available: string };
  // Evidence lint
  EVIDENCE_MISSING: { indicator: number; level: number };
  EXPLANATION_MISSING: { indicator: number; level: number };
  SELF_OVERCLAIM: { indicator: number; level: number; self: number; gap: number };
  TARGET_BELOW_LEVEL: { indicator: number; level: number; target: number };
  // Effort files (spbe plan --effort)
  EFFORT_NOT_MAPPING: Record<string, never>;
  EFFORT_NOT_POSITIVE: { indicator: string };
  // Framework definitions (built-in or --framework FILE): coherence a schema cannot express
  FRAMEWORK_WEIGHT_INVALID: { weight: string };
  FRAMEWORK_EQUAL_SHARE_EMPTY: Record<string, never>;
  FRAMEWORK_WEIGHT_SUM: { what: 'domain' | 'aspect' | 'indicator'; parent?: 'domain' | 'aspect'; parentId?: number; total: string; expected: string };
  FRAMEWORK_DUPLICATE_ID: { what: 'domain' | 'aspect' | 'indicator'; id: Text };
  FRAMEWORK_SCALE: Record<string, never>;
  FRAMEWORK_LEVEL_NAMES_UNDEFINED: { key: string };
  FRAMEWORK_LEVEL_NAME_MISSING: { key: string; level: number };
  FRAMEWORK_BAND_NOT_DECIMAL: { value: string };
  FRAMEWORK_BAND_ORDER: Record<string, never>;
  FRAMEWORK_BAND_LOWEST: { min: number };
  // Settings (flags and spbe.config.yaml) against the frameworks in use
  DOMAIN_KEY_INVALID: { key: string };
  GATE_UNKNOWN_DOMAIN: { domain: string; frameworks: string; available: string };
  GATE_NO_DOMAINS: { domain: string; frameworks: string; aspects: string };
  GATE_UNKNOWN_PREDICATE: { predicate: string; frameworks: string; available: string };
  FRAMEWORK_ID_TAKEN: { id: string; by: 'built-in' | 'duplicate' };
}

export type FindingCode = keyof FindingParams;
export type Severity = 'error' | 'warning' | 'info';

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based, in characters. */
  column: number;
  endLine?: number;
  endColumn?: number;
  /** In a workbook: the cell ("Sheet1!C12", line = row, column = column number), shown instead of line:column. */
  cell?: string;
}

/** One finding; `C` narrows the params to its code's. */
export type Finding<C extends FindingCode = FindingCode> = {
  [K in C]: {
    code: K;
    params: FindingParams[K];
    severity: Severity;
    /** RFC 6901 pointer into the document ("" for the whole document). */
    pointer: string;
  } & Partial<Position>;
}[C];

export function createFinding<C extends FindingCode>(code: C, params: FindingParams[C], pointer = '', severity: Severity = 'error', position?: Position): Finding<C> {
  const finding = { code, params, severity, pointer } as Finding<C>;
  if (position) Object.assign(finding, position);
  return finding;
}

/**
 * Where a code's position points: at the value under its pointer (the default), at the key that
 * names it, or at the key of the mapping that lacks it (a missing field has no place of its own).
 */
export const FINDING_ANCHOR: Partial<Record<FindingCode, 'key' | 'parentKey'>> = {
  UNKNOWN_FIELD: 'key',
  UNKNOWN_INDICATOR: 'key',
  SERVICES_NOT_ALLOWED: 'key',
  EXTERNAL_NOT_ALLOWED: 'key',
  TOO_MANY_SERVICES: 'key',
  MISSING_INDICATOR: 'key',
  MISSING_FIELD: 'parentKey',
  DOMAIN_KEY_INVALID: 'key',
  GATE_UNKNOWN_DOMAIN: 'key',
  GATE_NO_DOMAINS: 'key',
};

/** Findings kept per code in one file: enough to see the pattern; the rest are counted. */
export const MAX_FINDINGS_PER_CODE = 20;

/**
 * The first `perCode` findings of each code, in order, and for every code with more, one
 * FINDINGS_OMITTED finding (where the first omitted one was) that counts the rest: a file with a
 * million wrong items costs a bounded report, and positions are looked up for the kept ones only.
 */
export function boundFindings<T extends Finding>(findings: T[], perCode = MAX_FINDINGS_PER_CODE): T[] {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.code, (counts.get(finding.code) ?? 0) + 1);
  if ([...counts.values()].every((n) => n <= perCode)) return findings;
  const kept: T[] = [];
  const seen = new Map<string, number>();
  for (const finding of findings) {
    const n = (seen.get(finding.code) ?? 0) + 1;
    seen.set(finding.code, n);
    if (n <= perCode) kept.push(finding);
    else if (n === perCode + 1) {
      const { code, pointer, severity, pointer: _p, params: _params, ...position } = finding;
      kept.push({ ...position, code: 'FINDINGS_OMITTED', params: { code, count: counts.get(code)! - perCode }, severity, pointer } as T);
    }
  }
  return kept;
}

/** Appends without spreading into call arguments (a spread of a huge array overflows the stack). */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** How many findings of a severity a list stands for: a FINDINGS_OMITTED finding counts those it omits. */
/** Where a finding stands, as every reader shows it: file:line:column, or file:sheet!cell in a workbook. */
export function findingLocation(file: string, finding: Finding): string {
  if (finding.cell !== undefined) return `${file}:${finding.cell}`;
  return finding.line === undefined ? file : `${file}:${finding.line}:${finding.column}`;
}

export function countFindings(findings: readonly Finding[], severity: Severity): number {
  let count = 0;
  for (const f of findings) if (f.severity === severity) count += f.code === 'FINDINGS_OMITTED' ? f.params.count : 1;
  return count;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** Orders findings by position, then code, so output is stable whatever order checks ran in. */
export function sortFindings<T extends Finding>(findings: T[]): T[] {
  return findings.sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.code.localeCompare(b.code),
  );
}

/**
 * Plain data from a parsed assessment -> findings (schema, then meaning) and, when there is no
 * error, the normalised Assessment with its framework.
 */
import type { ErrorObject } from 'ajv';
import {
  AGENCY_CATEGORIES,
  plainEntry,
  slugify,
  type Agency,
  type AgencyCategory,
  type Assessment,
  type IndicatorEntry,
  type PreviousReference,
  type Stage,
} from '../core/assessment.js';
import { createFinding, hasErrors, sortFindings, type Finding, type FindingCode } from '../core/findings.js';
import type { Framework } from '../core/framework.js';
import { lintEntry, ruleSeverity, type LintSettings } from '../core/lint.js';
import type { MessageParams } from '../messages/en.js';
import { parseRational, type Rational } from '../core/rational.js';
import { builtInFrameworkIds, frameworkForYear, getBuiltInFramework, yearsText } from '../core/registry.js';
import { validateAssessment as validateSchema } from '../generated/validate-assessment.js';
import { locate, pointerToSegments, segmentsToPointer, type ParsedSource } from './parse.js';

export interface ValidateOptions {
  /** A framework that overrides the file's own choice (--framework). */
  framework?: Framework;
  lint?: LintSettings;
}

export interface Validation {
  assessment?: Assessment;
  framework?: Framework;
  findings: Finding[];
}

type Data = Record<string, unknown>;
const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
const LEVEL_FIELDS = new Set(['level', 'self', 'target']);

// ---- Schema errors -> findings --------------------------------------------------------------

/** The kind of a value and, for scalars, its text: the catalogs word them in each language. */
function valueParams(value: unknown): { kind: string; value?: string } {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string') return { kind: 'string', value: JSON.stringify(value) };
  if (Array.isArray(value)) return { kind: 'list' };
  if (typeof value === 'object') return { kind: 'mapping' };
  return { kind: typeof value, value: String(value) };
}

/** Pointers to a level value: /indicators/N, /indicators/N/level|self|target, /indicators/N/i, /indicators/N/services/i/level. */
function isLevelPath(segments: string[]): boolean {
  if (segments[0] !== 'indicators' || segments.length < 2) return false;
  const rest = segments.slice(2);
  return (
    rest.length === 0 ||
    (rest.length === 1 && (LEVEL_FIELDS.has(rest[0]!) || /^\d+$/.test(rest[0]!))) ||
    (rest.length === 3 && rest[0] === 'services' && rest[2] === 'level')
  );
}

type Scale = Framework['scale'];

function schemaFinding(error: ErrorObject, parsed: ParsedSource, data: unknown, scale: Scale): Finding | undefined {
  const segments = pointerToSegments(error.instancePath);
  const path = segments.join('.');
  const at = (pointer: string, target: 'key' | 'value', code: FindingCode, params: MessageParams) =>
    createFinding(code, params, pointer, locate(parsed, pointer, target));
  const valueAt = (): unknown => segments.reduce<unknown>((node, s) => (isObject(node) || Array.isArray(node) ? (node as Data)[s] : undefined), data);
  const actual = () => {
    const v = valueParams(valueAt());
    return v.value === undefined ? { actualKind: v.kind } : { actualKind: v.kind, actual: v.value };
  };

  switch (error.keyword) {
    case 'if':
    case 'propertyNames':
      return undefined; // reported through the errors of the branch or of the name itself
    case 'required': {
      const field = String(error.params.missingProperty);
      return createFinding('MISSING_FIELD', { path, field }, segmentsToPointer([...segments, field]), locate(parsed, error.instancePath, 'key'));
    }
    case 'additionalProperties': {
      const field = String(error.params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}).filter((k) => k !== '$schema');
      return at(segmentsToPointer([...segments, field]), 'key', 'UNKNOWN_FIELD', { field, allowed: allowed.join(', ') });
    }
    case 'type': {
      if (isLevelPath(segments)) return at(error.instancePath, 'value', 'LEVEL_NOT_INTEGER', { indicator: segments[1], min: scale.min, max: scale.max, ...actual() });
      return at(error.instancePath, 'value', 'WRONG_TYPE', { path, expected: String(error.params.type), ...actual() });
    }
    case 'minimum':
    case 'maximum':
      // Levels are checked against the framework's own scale (checkLevel); other numbers here.
      if (isLevelPath(segments)) return undefined;
      return at(error.instancePath, 'value', 'OUT_OF_RANGE', { path, bound: error.keyword === 'minimum' ? 'min' : 'max', limit: String(error.params.limit), ...actual() });
    case 'enum':
      return at(error.instancePath, 'value', 'INVALID_VALUE', { path, allowed: (error.params.allowedValues as unknown[]).join(', ') });
    case 'pattern': {
      if (error.propertyName !== undefined) {
        const pointer = segmentsToPointer([...segments, error.propertyName]);
        if (segments.length === 1 && segments[0] === 'indicators') return undefined; // checkIndicators reports it with the framework's range
        return at(pointer, 'key', 'UNKNOWN_FIELD', { field: error.propertyName, allowed: '' });
      }
      return at(error.instancePath, 'value', 'INVALID_FORMAT', { path, rule: segments.at(-1) === 'id' ? 'slug' : 'pattern', pattern: String(error.params.pattern) });
    }
    case 'minLength':
    case 'minItems':
      return at(error.instancePath, 'value', 'INVALID_FORMAT', { path, rule: 'empty' });
    default:
      return at(error.instancePath, 'value', 'SCHEMA_VIOLATION', { path, detail: error.message ?? error.keyword });
  }
}

function schemaFindings(parsed: ParsedSource, data: unknown, scale: Scale): Finding[] {
  if (validateSchema(data)) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const error of (validateSchema as unknown as { errors: ErrorObject[] }).errors) {
    const finding = schemaFinding(error, parsed, data, scale);
    const key = finding && `${finding.code}${finding.pointer}`;
    if (finding && !seen.has(key!)) {
      seen.add(key!);
      findings.push(finding);
    }
  }
  return findings;
}

// ---- Meaning: checks that depend on the framework -------------------------------------------

function compactList(ids: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    let j = i;
    while (j + 1 < ids.length && ids[j + 1] === ids[j]! + 1) j++;
    parts.push(j > i + 1 ? `${ids[i]}-${ids[j]}` : j === i + 1 ? `${ids[i]}, ${ids[j]}` : `${ids[i]}`);
    i = j;
  }
  return parts.join(', ');
}

function resolveFramework(data: Data, parsed: ParsedSource, options: ValidateOptions, findings: Finding[]): Framework | undefined {
  if (options.framework) return options.framework;
  const available = builtInFrameworkIds().join(', ');
  if (typeof data.framework === 'string') {
    const framework = getBuiltInFramework(data.framework);
    if (!framework) {
      findings.push(createFinding('UNKNOWN_FRAMEWORK', { framework: data.framework, available }, '/framework', locate(parsed, '/framework')));
      return undefined;
    }
    const { years } = framework;
    if (typeof data.year === 'number' && years && (data.year < years.from || (years.to !== undefined && data.year > years.to))) {
      findings.push(createFinding('FRAMEWORK_YEAR_MISMATCH', { framework: framework.id, years: yearsText(framework), year: data.year }, '/framework', locate(parsed, '/framework'), 'warning'));
    }
    return framework;
  }
  if (data.framework !== undefined || !Number.isInteger(data.year)) return undefined; // reported by the schema
  const choice = frameworkForYear(data.year as number);
  if (choice.kind === 'none') {
    findings.push(createFinding('NO_FRAMEWORK_FOR_YEAR', { year: data.year as number, available }, '/year', locate(parsed, '/year')));
    return undefined;
  }
  if (choice.kind === 'fallback') {
    findings.push(createFinding('FRAMEWORK_FALLBACK', { year: data.year as number, framework: choice.framework.id }, '/year', locate(parsed, '/year'), 'info'));
  }
  return choice.framework;
}

function checkLevel(value: unknown, pointer: string, indicatorId: string, framework: Framework, parsed: ParsedSource, findings: Finding[]): void {
  if (typeof value !== 'number' || !Number.isInteger(value)) return; // a type error, reported by the schema
  const { min, max } = framework.scale;
  if (value < min || value > max) {
    findings.push(createFinding('LEVEL_OUT_OF_SCALE', { value, indicator: indicatorId, framework: framework.id, min, max }, pointer, locate(parsed, pointer)));
  }
}

function checkIndicators(indicators: Data, framework: Framework, parsed: ParsedSource, findings: Finding[]): void {
  const first = framework.indicators[0]!.id;
  const last = framework.indicators.at(-1)!.id;
  for (const [key, entry] of Object.entries(indicators)) {
    const pointer = segmentsToPointer(['indicators', key]);
    const indicator = /^\d+$/.test(key) ? framework.indicatorById.get(Number(key)) : undefined;
    if (!indicator) {
      findings.push(createFinding('UNKNOWN_INDICATOR', { indicator: key, framework: framework.id, range: `${first}..${last}` }, pointer, locate(parsed, pointer, 'key')));
      continue;
    }
    const services = Array.isArray(entry) ? entry : isObject(entry) && Array.isArray(entry.services) ? entry.services : undefined;
    if (services) {
      if (indicator.services === undefined) {
        findings.push(createFinding('SERVICES_NOT_ALLOWED', { indicator: key }, pointer, locate(parsed, pointer, 'key')));
      } else if (services.length > indicator.services) {
        findings.push(createFinding('TOO_MANY_SERVICES', { indicator: key, max: indicator.services, count: services.length }, pointer, locate(parsed, pointer, 'key')));
      }
      services.forEach((s, i) => {
        const levelPointer = Array.isArray(entry) ? `${pointer}/${i}` : `${pointer}/services/${i}/level`;
        checkLevel(isObject(s) ? s.level : s, levelPointer, key, framework, parsed, findings);
      });
    }
    if (isObject(entry)) {
      for (const field of LEVEL_FIELDS) checkLevel(entry[field], `${pointer}/${field}`, key, framework, parsed, findings);
    } else if (!Array.isArray(entry)) {
      checkLevel(entry, pointer, key, framework, parsed, findings);
    }
  }
  const missing = framework.indicators.map((x) => x.id).filter((id) => !Object.hasOwn(indicators, String(id)));
  if (missing.length > 0) {
    findings.push(createFinding('MISSING_INDICATOR', { indicators: compactList(missing), count: missing.length, framework: framework.id }, '/indicators', locate(parsed, '/indicators', 'key')));
  }
}

function checkPrevious(previous: Data, year: unknown, parsed: ParsedSource, findings: Finding[]): void {
  const available = builtInFrameworkIds().join(', ');
  let framework: Framework | undefined;
  if (typeof previous.framework === 'string') {
    framework = getBuiltInFramework(previous.framework);
    if (!framework) findings.push(createFinding('UNKNOWN_FRAMEWORK', { framework: previous.framework, available }, '/previous/framework', locate(parsed, '/previous/framework')));
  } else if (Number.isInteger(previous.year)) {
    const choice = frameworkForYear(previous.year as number);
    if (choice.kind !== 'none') framework = choice.framework;
  }
  if (typeof year === 'number' && typeof previous.year === 'number' && previous.year >= year) {
    findings.push(createFinding('PREVIOUS_NOT_EARLIER', { previousYear: previous.year, year }, '/previous/year', locate(parsed, '/previous/year'), 'warning'));
  }
  if (!framework) return;
  if (typeof previous.predicate === 'string' && !framework.predicates.some((p) => p.name === previous.predicate)) {
    const names = framework.predicates.map((p) => p.name).join(', ');
    findings.push(createFinding('UNKNOWN_PREDICATE', { predicate: previous.predicate, framework: framework.id, available: names }, '/previous/predicate', locate(parsed, '/previous/predicate')));
  }
  if (isObject(previous.domains)) {
    for (const key of Object.keys(previous.domains)) {
      if (!framework.domains.some((d) => String(d.id) === key)) {
        const pointer = `/previous/domains/${key}`;
        findings.push(createFinding('UNKNOWN_FIELD', { field: key, allowed: framework.domains.map((d) => d.id).join(', ') }, pointer, locate(parsed, pointer, 'key')));
      }
    }
  }
}

function lintIndicators(indicators: Data, framework: Framework, parsed: ParsedSource, settings: LintSettings | undefined, findings: Finding[]): void {
  for (const [key, entry] of Object.entries(indicators)) {
    if (!isObject(entry) || !framework.indicatorById.has(Number(key))) continue;
    for (const issue of lintEntry(Number(key), entry)) {
      const severity = ruleSeverity(issue.rule, settings);
      if (!severity) continue;
      const pointer = segmentsToPointer(['indicators', key, issue.field]);
      findings.push(createFinding(issue.rule, issue.params, pointer, locate(parsed, pointer), severity));
    }
  }
}

// ---- Building the normalised assessment ---------------------------------------------------

function toAgency(value: unknown): Agency {
  if (typeof value === 'string') return { name: value, id: slugify(value) };
  const data = value as Data;
  const agency: Agency = { name: String(data.name), id: typeof data.id === 'string' ? data.id : slugify(String(data.name)) };
  if (AGENCY_CATEGORIES.includes(data.category as AgencyCategory)) agency.category = data.category as AgencyCategory;
  if (typeof data.province === 'string') agency.province = data.province;
  return agency;
}

function toEntry(value: unknown): IndicatorEntry {
  if (typeof value === 'number') return plainEntry(value);
  if (Array.isArray(value)) {
    const services = value.map((level) => ({ level: level as number }));
    return { level: services[0]!.level, services };
  }
  const data = value as Data;
  const services = Array.isArray(data.services) ? (data.services as Data[]).map((s) => (typeof s.name === 'string' ? { name: s.name, level: s.level as number } : { level: s.level as number })) : undefined;
  const entry: IndicatorEntry = { level: typeof data.level === 'number' ? data.level : services![0]!.level };
  if (services) entry.services = services;
  if (typeof data.self === 'number') entry.self = data.self;
  if (typeof data.target === 'number') entry.target = data.target;
  if (typeof data.explanation === 'string') entry.explanation = data.explanation;
  if (data.evidence !== undefined) entry.evidence = typeof data.evidence === 'string' ? [data.evidence] : (data.evidence as string[]);
  if (typeof data.sector === 'string') entry.sector = data.sector;
  return entry;
}

function toPrevious(value: unknown): PreviousReference | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return { kind: 'path', path: value };
  const data = value as Data;
  const figures: PreviousReference & { kind: 'figures' } = {
    kind: 'figures',
    figures: { year: data.year as number, index: parseRational(data.index as number) as Rational },
  };
  if (typeof data.framework === 'string') figures.figures.frameworkId = data.framework;
  if (typeof data.predicate === 'string') figures.figures.predicate = data.predicate;
  if (isObject(data.domains)) {
    figures.figures.domains = new Map(Object.entries(data.domains).map(([k, v]) => [Number(k), parseRational(v as number) as Rational]));
  }
  return figures;
}

export function validateData(parsed: ParsedSource, options: ValidateOptions = {}): Validation {
  const data = parsed.data;
  if (!isObject(data)) {
    return { findings: [createFinding('NOT_A_MAPPING', {}, '', locate(parsed, ''))] };
  }
  const findings: Finding[] = [];
  const framework = resolveFramework(data, parsed, options, findings);
  findings.push(...schemaFindings(parsed, data, framework?.scale ?? { min: 0, max: 5 }));
  if (framework && isObject(data.indicators)) checkIndicators(data.indicators, framework, parsed, findings);
  if (isObject(data.previous)) checkPrevious(data.previous, data.year, parsed, findings);
  // Under an indicator the framework does not have, schema complaints only repeat UNKNOWN_INDICATOR.
  const unknown = findings.filter((f) => f.code === 'UNKNOWN_INDICATOR').map((f) => `${f.pointer}/`);
  if (unknown.length > 0) findings.splice(0, findings.length, ...findings.filter((f) => f.code === 'UNKNOWN_INDICATOR' || !unknown.some((u) => f.pointer.startsWith(u))));
  // Lint judges what a valid file claims; on a file with errors it would only add noise.
  if (framework && isObject(data.indicators) && !hasErrors(findings)) lintIndicators(data.indicators, framework, parsed, options.lint, findings);
  sortFindings(findings);
  if (!framework || hasErrors(findings)) return framework ? { framework, findings } : { findings };

  const indicators = new Map<number, IndicatorEntry>();
  for (const [key, value] of Object.entries(data.indicators as Data)) indicators.set(Number(key), toEntry(value));
  const assessment: Assessment = {
    year: data.year as number,
    agency: toAgency(data.agency),
    stage: (data.stage as Stage | undefined) ?? 'final',
    indicators,
  };
  if (typeof data.framework === 'string') assessment.frameworkId = data.framework;
  const previous = toPrevious(data.previous);
  if (previous) assessment.previous = previous;
  return { assessment, framework, findings };
}

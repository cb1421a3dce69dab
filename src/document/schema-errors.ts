/**
 * JSON Schema (Ajv) errors -> findings: the one translator for assessments, the config, framework
 * files and effort files, so the same mistake reads the same in every file. Findings carry pointers;
 * positions are attached afterwards (positions.ts).
 */
import type { ErrorObject } from 'ajv';
import { createFinding, type ActualValue, type Finding } from '../core/findings.js';
import { pointerToSegments, segmentsToPointer } from './pointers.js';

type Data = Record<string, unknown>;
const isContainer = (value: unknown): value is Data => typeof value === 'object' && value !== null;
const LEVEL_FIELDS = new Set(['level', 'self', 'target']);

/** The kind of a value and, for scalars, its text: the catalogs word them in each language. */
export function actualValue(value: unknown): ActualValue {
  if (value === null || value === undefined) return { actualKind: 'empty' };
  if (typeof value === 'string') return { actualKind: 'string', actual: JSON.stringify(value) };
  if (Array.isArray(value)) return { actualKind: 'list' };
  if (typeof value === 'object') return { actualKind: 'mapping' };
  return { actualKind: typeof value, actual: String(value) };
}

/** Pointers to a level value: /indicators/N, /indicators/N/level|self|target, /indicators/N/i, /indicators/N/services/i/level. */
export function isLevelPath(segments: readonly string[]): boolean {
  if (segments[0] !== 'indicators' || segments.length < 2) return false;
  const rest = segments.slice(2);
  return (
    rest.length === 0 ||
    (rest.length === 1 && (LEVEL_FIELDS.has(rest[0]!) || /^\d+$/.test(rest[0]!))) ||
    (rest.length === 3 && rest[0] === 'services' && rest[2] === 'level')
  );
}

export interface SchemaContext {
  /** The data that was validated (for the value that broke a rule). */
  data: unknown;
  /** Assessments only: levels are checked against this scale, and their type errors say so. */
  scale?: { min: number; max: number; fractional: boolean };
}

/** A level that is no number: a whole level is expected, or (8/2026) a decimal or fraction; self and target levels are always whole. */
function levelFinding(segments: readonly string[], scale: { min: number; max: number; fractional: boolean }, actual: ActualValue, pointer: string): Finding {
  const params = { indicator: segments[1]!, min: scale.min, max: scale.max, ...actual };
  const whole = !scale.fractional || ['self', 'target', 'services'].includes(segments[2] ?? '');
  return whole ? createFinding('LEVEL_NOT_INTEGER', params, pointer) : createFinding('LEVEL_NOT_A_VALUE', params, pointer);
}

function translate(error: ErrorObject, context: SchemaContext): Finding | undefined {
  const segments = pointerToSegments(error.instancePath);
  const path = segments.join('.');
  const pointer = error.instancePath;
  const levels = context.scale && isLevelPath(segments) ? context.scale : undefined;
  const actual = () => actualValue(segments.reduce<unknown>((node, s) => (isContainer(node) ? node[s] : undefined), context.data));

  switch (error.keyword) {
    case 'if':
    case 'propertyNames':
      return undefined; // reported through the errors of the branch or of the name itself
    case 'required': {
      const field = String(error.params.missingProperty);
      return createFinding('MISSING_FIELD', { path, field }, segmentsToPointer([...segments, field]));
    }
    case 'additionalProperties': {
      const field = String(error.params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}).filter((k) => k !== '$schema');
      return createFinding('UNKNOWN_FIELD', { field, allowed: allowed.join(', ') }, segmentsToPointer([...segments, field]));
    }
    case 'type':
      if (levels) return levelFinding(segments, levels, actual(), pointer);
      return createFinding('WRONG_TYPE', { path, expected: String(error.params.type), ...actual() }, pointer);
    case 'minimum':
    case 'maximum':
      // Levels are checked against the framework's own scale; other numbers here.
      if (levels) return undefined;
      return createFinding('OUT_OF_RANGE', { path, bound: error.keyword === 'minimum' ? 'min' : 'max', limit: String(error.params.limit), ...actual() }, pointer);
    case 'enum':
      return createFinding('INVALID_VALUE', { path, allowed: (error.params.allowedValues as unknown[]).join(', ') }, pointer);
    case 'pattern':
      if (levels && error.propertyName === undefined) return levelFinding(segments, levels, actual(), pointer);
      if (error.propertyName !== undefined) {
        // spbe.config.yaml gates.failUnderDomain: a key that is no domain number
        if (segments.at(-1) === 'failUnderDomain') return createFinding('DOMAIN_KEY_INVALID', { key: error.propertyName }, segmentsToPointer([...segments, error.propertyName]));
        if (context.scale && segments.length === 1 && segments[0] === 'indicators') return undefined; // reported with the framework's range
        return createFinding('UNKNOWN_FIELD', { field: error.propertyName, allowed: '' }, segmentsToPointer([...segments, error.propertyName]));
      }
      if (path === 'csvDelimiter') return createFinding('INVALID_FORMAT', { path, rule: 'delimiter' }, pointer);
      return createFinding('INVALID_FORMAT', { path, rule: segments.at(-1) === 'id' ? 'slug' : 'pattern', pattern: String(error.params.pattern) }, pointer);
    case 'minLength':
    case 'minItems':
      return createFinding('INVALID_FORMAT', { path, rule: 'empty' }, pointer);
    case 'anyOf':
      // Side files: a weight is a decimal, a fraction or "equal"; other alternatives are decimals.
      return segments.at(-1) === 'weight' ? createFinding('INVALID_WEIGHT', { path }, pointer) : createFinding('INVALID_DECIMAL', { path }, pointer);
    default:
      return createFinding('SCHEMA_VIOLATION', { path, detail: error.message ?? error.keyword }, pointer);
  }
}

/** One finding per rule and place, in Ajv's order; the branches of an anyOf speak through the anyOf. */
export function schemaFindings(errors: readonly ErrorObject[] | null | undefined, context: SchemaContext): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    if (error.schemaPath.includes('/anyOf/')) continue;
    const finding = translate(error, context);
    const key = finding && `${finding.code}${finding.pointer}`;
    if (finding && !seen.has(key!)) {
      seen.add(key!);
      findings.push(finding);
    }
  }
  return findings;
}

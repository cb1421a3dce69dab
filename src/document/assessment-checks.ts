/**
 * Checks of an assessment that a schema cannot express, all against its framework: which framework
 * the file is scored with, its indicators and levels, its previous year, and evidence lint. Each
 * returns findings with pointers; positions come later in one pass.
 */
import { createFinding, type Finding } from '../core/findings.js';
import type { Framework } from '../core/framework.js';
import { lintEntry, ruleSeverity, type LintSettings } from '../core/lint.js';
import { builtInFrameworkIds, frameworkForYear, getBuiltInFramework, yearsText } from '../core/registry.js';
import { segmentsToPointer } from './positions.js';

type Data = Record<string, unknown>;
const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
const LEVEL_FIELDS = ['level', 'self', 'target'] as const;

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

export function frameworkOfFile(data: Data, override: Framework | undefined, findings: Finding[]): Framework | undefined {
  if (override) return override;
  const available = builtInFrameworkIds().join(', ');
  if (typeof data.framework === 'string') {
    const framework = getBuiltInFramework(data.framework);
    if (!framework) {
      findings.push(createFinding('UNKNOWN_FRAMEWORK', { framework: data.framework, available }, '/framework'));
      return undefined;
    }
    const { years } = framework;
    if (typeof data.year === 'number' && years && (data.year < years.from || (years.to !== undefined && data.year > years.to))) {
      findings.push(createFinding('FRAMEWORK_YEAR_MISMATCH', { framework: framework.id, years: yearsText(framework), year: data.year }, '/framework', 'warning'));
    }
    return framework;
  }
  if (data.framework !== undefined || !Number.isInteger(data.year)) return undefined; // reported by the schema
  const choice = frameworkForYear(data.year as number);
  if (choice.kind === 'none') {
    findings.push(createFinding('NO_FRAMEWORK_FOR_YEAR', { year: data.year as number, available }, '/year'));
    return undefined;
  }
  if (choice.kind === 'fallback') {
    findings.push(createFinding('FRAMEWORK_FALLBACK', { year: data.year as number, framework: choice.framework.id }, '/year', 'info'));
  }
  return choice.framework;
}

function checkLevel(value: unknown, pointer: string, indicatorId: string, framework: Framework, findings: Finding[]): void {
  if (typeof value !== 'number' || !Number.isInteger(value)) return; // a type error, reported by the schema
  const { min, max } = framework.scale;
  if (value < min || value > max) {
    findings.push(createFinding('LEVEL_OUT_OF_SCALE', { value, indicator: indicatorId, framework: framework.id, min, max }, pointer));
  }
}

export function checkIndicators(indicators: Data, framework: Framework, findings: Finding[]): void {
  const first = framework.indicators[0]!.id;
  const last = framework.indicators.at(-1)!.id;
  for (const [key, entry] of Object.entries(indicators)) {
    const pointer = segmentsToPointer(['indicators', key]);
    const indicator = /^\d+$/.test(key) ? framework.indicatorById.get(Number(key)) : undefined;
    if (!indicator) {
      findings.push(createFinding('UNKNOWN_INDICATOR', { indicator: key, framework: framework.id, range: `${first}..${last}` }, pointer));
      continue;
    }
    const services = Array.isArray(entry) ? entry : isObject(entry) && Array.isArray(entry.services) ? entry.services : undefined;
    if (services) {
      if (indicator.services === undefined) {
        findings.push(createFinding('SERVICES_NOT_ALLOWED', { indicator: key }, pointer));
      } else if (services.length > indicator.services) {
        findings.push(createFinding('TOO_MANY_SERVICES', { indicator: key, max: indicator.services, count: services.length }, pointer));
      }
      services.forEach((s, i) => {
        const levelPointer = Array.isArray(entry) ? `${pointer}/${i}` : `${pointer}/services/${i}/level`;
        checkLevel(isObject(s) ? s.level : s, levelPointer, key, framework, findings);
      });
    }
    if (isObject(entry)) {
      for (const field of LEVEL_FIELDS) checkLevel(entry[field], `${pointer}/${field}`, key, framework, findings);
    } else if (!Array.isArray(entry)) {
      checkLevel(entry, pointer, key, framework, findings);
    }
  }
  const missing = framework.indicators.map((x) => x.id).filter((id) => !Object.hasOwn(indicators, String(id)));
  if (missing.length > 0) {
    findings.push(createFinding('MISSING_INDICATOR', { indicators: compactList(missing), count: missing.length, framework: framework.id }, '/indicators'));
  }
}

export function checkPrevious(previous: Data, year: unknown, findings: Finding[]): void {
  const available = builtInFrameworkIds().join(', ');
  let framework: Framework | undefined;
  if (typeof previous.framework === 'string') {
    framework = getBuiltInFramework(previous.framework);
    if (!framework) findings.push(createFinding('UNKNOWN_FRAMEWORK', { framework: previous.framework, available }, '/previous/framework'));
  } else if (Number.isInteger(previous.year)) {
    const choice = frameworkForYear(previous.year as number);
    if (choice.kind !== 'none') framework = choice.framework;
  }
  if (typeof year === 'number' && typeof previous.year === 'number' && previous.year >= year) {
    findings.push(createFinding('PREVIOUS_NOT_EARLIER', { previousYear: previous.year, year }, '/previous/year', 'warning'));
  }
  if (!framework) return;
  if (typeof previous.predicate === 'string' && !framework.predicates.some((p) => p.name === previous.predicate)) {
    const names = framework.predicates.map((p) => p.name).join(', ');
    findings.push(createFinding('UNKNOWN_PREDICATE', { predicate: previous.predicate, framework: framework.id, available: names }, '/previous/predicate'));
  }
  if (isObject(previous.domains)) {
    for (const key of Object.keys(previous.domains)) {
      if (!framework.domains.some((d) => String(d.id) === key)) {
        const pointer = `/previous/domains/${key}`;
        findings.push(createFinding('UNKNOWN_FIELD', { field: key, allowed: framework.domains.map((d) => d.id).join(', ') }, pointer));
      }
    }
  }
}

export function lintIndicators(indicators: Data, framework: Framework, settings: LintSettings | undefined, findings: Finding[]): void {
  for (const [key, entry] of Object.entries(indicators)) {
    if (!isObject(entry) || !framework.indicatorById.has(Number(key))) continue;
    for (const finding of lintEntry(Number(key), entry)) {
      const severity = ruleSeverity(finding.code, settings);
      if (severity) findings.push({ ...finding, severity });
    }
  }
}

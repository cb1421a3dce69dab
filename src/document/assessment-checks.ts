/**
 * Checks of an assessment that a schema cannot express, all against its framework: which framework
 * the file is scored with, its indicators and levels, its previous year, and evidence lint. Each
 * returns findings with pointers; positions come later in one pass.
 */
import { createFinding, type Finding } from '../core/findings.js';
import { convertExternal, type Framework, type Indicator } from '../core/framework.js';
import { compare, equals, rational, toExactString } from '../core/rational.js';
import { LINT_RULES, lintEntry, ruleSeverity, type LintSettings } from '../core/lint.js';
import { findFramework, frameworkForYear, knownFrameworkIds, yearsText, type FrameworkLookup } from '../core/registry.js';
import { segmentsToPointer } from './pointers.js';
import { actualValue } from './schema-errors.js';
import { isTooLongNumber, MAX_NUMBER_LENGTH, writtenText, type ValueReader } from './values.js';
import { isObject, type Data } from './plain-data.js';


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

/** A framework an assessment names (an id, or a framework file's path), or the finding that it cannot be used. */
function namedFramework(reference: string, pointer: string, lookup: FrameworkLookup | undefined, findings: Finding[]): Framework | undefined {
  const found = findFramework(reference, pointer, lookup);
  if (found === undefined) findings.push(createFinding('UNKNOWN_FRAMEWORK', { framework: reference, available: knownFrameworkIds(lookup) }, pointer));
  else if ('code' in found) findings.push(found);
  else return found;
  return undefined;
}

export function frameworkOfFile(data: Data, override: Framework | undefined, findings: Finding[], lookup?: FrameworkLookup): Framework | undefined {
  if (override) return override;
  const available = knownFrameworkIds(lookup);
  if (typeof data.framework === 'string') {
    const framework = namedFramework(data.framework, '/framework', lookup, findings);
    if (!framework) return undefined;
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

/**
 * A level or value against the framework: whole levels unless the framework takes fractional
 * values (and self or target levels are always whole), within the scale, read from the source text.
 */
function checkLevel(raw: unknown, pointer: string, indicatorId: string, framework: Framework, read: ValueReader, findings: Finding[], wholeOnly = false): void {
  const value = read(pointer, raw);
  if (isTooLongNumber(raw, value)) findings.push(createFinding('NUMBER_TOO_LONG', { indicator: indicatorId, max: MAX_NUMBER_LENGTH }, pointer));
  if (!value) return; // else a type error, reported by the schema
  const { min, max, fractional } = framework.scale;
  if (value.den !== 1n && (!fractional || wholeOnly)) {
    findings.push(createFinding('LEVEL_NOT_INTEGER', { indicator: indicatorId, min, max, ...actualValue(raw), actual: writtenText(value, raw) }, pointer));
  } else if (compare(value, rational(min)) < 0 || compare(value, rational(max)) > 0) {
    findings.push(createFinding('LEVEL_OUT_OF_SCALE', { value: writtenText(value, raw), indicator: indicatorId, framework: framework.id, min, max }, pointer));
  }
}

function checkExternal(entry: Data, pointer: string, key: string, indicator: Indicator, framework: Framework, read: ValueReader, strict: boolean, findings: Finding[]): void {
  const external = entry.external;
  if (!isObject(external)) return;
  if (!indicator.external) {
    findings.push(createFinding('EXTERNAL_NOT_ALLOWED', { indicator: key, framework: framework.id }, `${pointer}/external`));
    return;
  }
  const source = typeof external.source === 'string' ? external.source : `${indicator.external.index} (${indicator.external.agency})`;
  if (external.status === 'waiting') {
    findings.push(createFinding('EXTERNAL_WAITING', { indicator: key, source, min: framework.scale.min }, `${pointer}/external/status`, strict ? 'error' : 'info'));
    return;
  }
  if (external.status !== 'final') return; // any other status is the schema's finding
  const score = read(`${pointer}/external/value`, external.value);
  if (!score) {
    if (entry.level === undefined) findings.push(createFinding('EXTERNAL_VALUE_MISSING', { indicator: key }, `${pointer}/external`));
    return;
  }
  const converted = convertExternal(indicator.external, score);
  if (!indicator.external.conversion) checkLevel(external.value, `${pointer}/external/value`, key, framework, read, findings);
  const level = read(`${pointer}/level`, entry.level);
  if (level && !equals(level, converted)) {
    findings.push(createFinding('EXTERNAL_MISMATCH', { indicator: key, level: toExactString(level), converted: toExactString(converted), score: toExactString(score) }, `${pointer}/level`));
  }
}

function checkEvidenceItems(items: unknown, pointer: string, key: string, framework: Framework, findings: Finding[]): void {
  if (!Array.isArray(items)) return;
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (!isObject(item) || typeof item.code !== 'string') return;
    const match = /^I(\d+)-L(\d+)-\d+$/.exec(item.code);
    if (!match) return; // the schema reports the pattern
    const at = `${pointer}/evidenceItems/${i}/code`;
    const level = Number(match[2]);
    if (match[1] !== key || level < 1 || level > framework.scale.max) findings.push(createFinding('EVIDENCE_CODE_MISMATCH', { code: item.code, indicator: key, max: framework.scale.max }, at));
    if (seen.has(item.code)) findings.push(createFinding('EVIDENCE_CODE_DUPLICATE', { code: item.code }, at));
    seen.add(item.code);
  });
}

export function checkIndicators(indicators: Data, framework: Framework, read: ValueReader, strict: boolean, findings: Finding[]): void {
  const first = framework.indicators[0]!.id;
  const last = framework.indicators.at(-1)!.id;
  // for-in, not Object.entries: the same keys in the same order, without an array per entry.
  for (const key in indicators) {
    const entry = indicators[key];
    // Only the canonical spelling names an indicator: "01" or "001" next to 1 would be a second
    // entry for the same indicator.
    const canonical = /^[1-9]\d*$/.test(key);
    const pointer = canonical ? `/indicators/${key}` : segmentsToPointer(['indicators', key]);
    const indicator = canonical ? framework.indicatorById.get(Number(key)) : undefined;
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
        checkLevel(isObject(s) ? s.level : s, levelPointer, key, framework, read, findings, true);
      });
    }
    if (isObject(entry)) {
      checkLevel(entry.level, `${pointer}/level`, key, framework, read, findings);
      checkLevel(entry.self, `${pointer}/self`, key, framework, read, findings, true);
      checkLevel(entry.target, `${pointer}/target`, key, framework, read, findings, true);
      checkExternal(entry, pointer, key, indicator, framework, read, strict, findings);
      checkEvidenceItems(entry.evidenceItems, pointer, key, framework, findings);
    } else if (!Array.isArray(entry)) {
      checkLevel(entry, pointer, key, framework, read, findings);
    }
  }
  const missing = framework.indicators.map((x) => x.id).filter((id) => !Object.hasOwn(indicators, String(id)));
  if (missing.length > 0) {
    findings.push(createFinding('MISSING_INDICATOR', { indicators: compactList(missing), count: missing.length, framework: framework.id }, '/indicators'));
  }
}

export function checkPrevious(previous: Data, year: unknown, findings: Finding[], lookup?: FrameworkLookup): void {
  let framework: Framework | undefined;
  if (typeof previous.framework === 'string') {
    framework = namedFramework(previous.framework, '/previous/framework', lookup, findings);
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
      // A key that is no canonical number ("01", "x") the schema's propertyNames already names.
      if (!/^[1-9][0-9]*$/.test(key)) continue;
      if (!framework.domains.some((d) => String(d.id) === key)) {
        const pointer = `/previous/domains/${key}`;
        findings.push(createFinding('UNKNOWN_FIELD', { field: key, allowed: framework.domains.map((d) => d.id).join(', ') }, pointer));
      }
    }
  }
}

export function lintIndicators(indicators: Data, framework: Framework, settings: LintSettings | undefined, findings: Finding[]): void {
  // A short-form entry is linted only by rules the configuration names (core/lint.ts): without
  // any, its findings would all be dropped, so none is made (most short-form files: every entry).
  const lintShortForm = LINT_RULES.some((rule) => settings?.rules?.[rule] !== undefined);
  for (const key in indicators) {
    const entry = indicators[key];
    const shortForm = typeof entry === 'number';
    if ((shortForm && !lintShortForm) || (!shortForm && !isObject(entry))) continue;
    if (!framework.indicatorById.has(Number(key))) continue;
    for (const finding of lintEntry(Number(key), shortForm ? { level: entry } : entry, shortForm)) {
      const severity = ruleSeverity(finding.code, settings, shortForm);
      if (severity) findings.push({ ...finding, severity });
    }
  }
}

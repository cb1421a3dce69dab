/** Plain data of a valid assessment -> the normalised Assessment the core scores. */
import {
  AGENCY_CATEGORIES,
  atValue,
  plainEntry,
  slugify,
  type Agency,
  type AgencyCategory,
  type Assessment,
  type EvidenceItem,
  type EvidenceStatus,
  type ExternalValue,
  type IndicatorEntry,
  type PreviousReference,
  type RevisionKind,
  type Stage,
} from '../core/assessment.js';
import { convertExternal, type Framework } from '../core/framework.js';
import { parseRational, rational, type Rational } from '../core/rational.js';
import type { ValueReader } from './values.js';
import { isObject, type Data } from './plain-data.js';


export function toAgency(value: unknown): Agency {
  if (typeof value === 'string') return { name: value, id: slugify(value) };
  const data = value as Data;
  const agency: Agency = { name: String(data.name), id: typeof data.id === 'string' ? data.id : slugify(String(data.name)) };
  if (AGENCY_CATEGORIES.includes(data.category as AgencyCategory)) agency.category = data.category as AgencyCategory;
  if (typeof data.province === 'string') agency.province = data.province;
  return agency;
}

function toItems(items: unknown): EvidenceItem[] {
  return (items as Data[]).map((item) => {
    const code = String(item.code);
    const out: EvidenceItem = { code, level: Number(/-L(\d+)-/.exec(code)![1]), status: item.status as EvidenceStatus, main: item.main !== false };
    if (typeof item.revision === 'string') out.revision = item.revision as RevisionKind;
    if (typeof item.unit === 'string') out.unit = item.unit;
    if (typeof item.note === 'string') out.note = item.note;
    if (typeof item.link === 'string') out.link = item.link;
    return out;
  });
}

function toEntry(key: string, value: unknown, framework: Framework, read: ValueReader): IndicatorEntry {
  const pointer = `/indicators/${key}`;
  const whole = (raw: unknown, at: string) => Number(read(at, raw)!.num);
  if (!isObject(value) && !Array.isArray(value)) {
    const exact = read(pointer, value)!;
    return exact.den === 1n ? plainEntry(Number(exact.num)) : atValue({}, exact);
  }
  if (Array.isArray(value)) {
    const services = value.map((level, i) => ({ level: whole(level, `${pointer}/${i}`) }));
    return { level: services[0]!.level, services };
  }
  const data = value;
  const services = Array.isArray(data.services) ? (data.services as Data[]).map((s, i) => ({ ...(typeof s.name === 'string' ? { name: s.name } : {}), level: whole(s.level, `${pointer}/services/${i}/level`) })) : undefined;
  let exact = data.level === undefined ? undefined : read(`${pointer}/level`, data.level);
  const indicator = framework.indicatorById.get(Number(key))!;
  const external = isObject(data.external) && indicator.external ? data.external : undefined;
  let externalValue: ExternalValue | undefined;
  if (external) {
    const score = read(`${pointer}/external/value`, external.value);
    externalValue = { status: external.status === 'final' ? 'final' : 'waiting', ...(typeof external.source === 'string' ? { source: external.source } : {}), ...(score ? { score } : {}) };
    // Waiting for the other agency: the scale minimum, whatever was written. Final: the converted score.
    if (externalValue.status === 'waiting') exact = rational(framework.scale.min);
    else if (score && !exact) exact = convertExternal(indicator.external!, score);
  }
  const entry: IndicatorEntry = exact ? atValue({}, exact) : { level: services![0]!.level };
  if (services) entry.services = services;
  if (externalValue) entry.external = externalValue;
  if (data.self !== undefined) entry.self = whole(data.self, `${pointer}/self`);
  if (data.target !== undefined) entry.target = whole(data.target, `${pointer}/target`);
  if (typeof data.explanation === 'string') entry.explanation = data.explanation;
  if (data.evidence !== undefined) entry.evidence = typeof data.evidence === 'string' ? [data.evidence] : (data.evidence as string[]);
  if (Array.isArray(data.evidenceItems)) entry.evidenceItems = toItems(data.evidenceItems);
  if (typeof data.sector === 'string') entry.sector = data.sector;
  return entry;
}

/** Published figures are read exactly from what was written, as levels are (2.59999999999999999999 is not 2.6). */
function toPrevious(value: unknown, read: ValueReader): PreviousReference | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return { kind: 'path', path: value };
  const data = value as Data;
  const exact = (pointer: string, v: unknown) => read(pointer, v) ?? (parseRational(v as number) as Rational);
  const figures: PreviousReference & { kind: 'figures' } = {
    kind: 'figures',
    figures: { year: data.year as number, index: exact('/previous/index', data.index) },
  };
  if (typeof data.framework === 'string') figures.figures.frameworkId = data.framework;
  if (typeof data.predicate === 'string') figures.figures.predicate = data.predicate;
  if (isObject(data.domains)) {
    figures.figures.domains = new Map(Object.entries(data.domains).map(([k, v]) => [Number(k), exact(`/previous/domains/${k}`, v)]));
  }
  return figures;
}

/** Only for data that validated without errors. */
export function toAssessment(data: Data, framework: Framework, read: ValueReader): Assessment {
  const indicators = new Map<number, IndicatorEntry>();
  const entries = data.indicators as Data;
  for (const key in entries) indicators.set(Number(key), toEntry(key, entries[key], framework, read));
  const assessment: Assessment = {
    year: data.year as number,
    agency: toAgency(data.agency),
    stage: (data.stage as Stage | undefined) ?? 'final',
    indicators,
  };
  if (typeof data.framework === 'string') assessment.frameworkId = data.framework;
  const previous = toPrevious(data.previous, read);
  if (previous) assessment.previous = previous;
  return assessment;
}

/** Plain data of a valid assessment -> the normalised Assessment the core scores. */
import { AGENCY_CATEGORIES, plainEntry, slugify, type Agency, type AgencyCategory, type Assessment, type IndicatorEntry, type PreviousReference, type Stage } from '../core/assessment.js';
import { parseRational, type Rational } from '../core/rational.js';

type Data = Record<string, unknown>;
const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

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

/** Only for data that validated without errors. */
export function toAssessment(data: Data): Assessment {
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
  return assessment;
}

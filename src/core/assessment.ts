/**
 * The normalised assessment: what an assessment file means, independent of YAML and of where
 * its values stood in the text (positions live with the findings, not here).
 */
import type { Rational } from './rational.js';

export const AGENCY_CATEGORIES = ['kementerian', 'lpnk', 'lns', 'provinsi', 'kabupaten', 'kota', 'lainnya'] as const;
export type AgencyCategory = (typeof AGENCY_CATEGORIES)[number];

const STAGES = ['mandiri', 'dokumen', 'interviu', 'visitasi', 'final'] as const;
export type Stage = (typeof STAGES)[number];

export interface Agency {
  name: string;
  /** Slug that groups one agency's files across years. */
  id: string;
  category?: AgencyCategory;
  province?: string;
}

/** Status of an evidence item (butir bukti dukung) in the evaluation application, and the agency's own two. */
export const EVIDENCE_STATUSES = ['diterima', 'revisi', 'proses', 'draf', 'belum'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];
/** Why an item is in revision: wrong document, nothing uploaded, rejected because the level below is not accepted. */
export const REVISION_KINDS = ['tidak_tepat', 'belum_diunggah', 'otomatis_ditolak'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

/** One evidence item, coded I<indicator>-L<level>-<nn> (I13-L2-03). */
export interface EvidenceItem {
  code: string;
  level: number;
  status: EvidenceStatus;
  /** Main items (the default) decide the level; supporting ones (`main: false`) do not. */
  main: boolean;
  revision?: RevisionKind;
  /** The responsible unit (OPD). */
  unit?: string;
  note?: string;
  link?: string;
}

/** An indicator valued by another agency's index: waiting counts as the scale minimum. */
export interface ExternalValue {
  source?: string;
  status: 'waiting' | 'final';
  /** The other index's score, as written (exact). */
  score?: Rational;
}

export interface IndicatorEntry {
  /**
   * The final level (assessor's, or the only one known); for a framework with fractional values, the
   * whole level below the value (`value` holds the exact one).
   */
  level: number;
  /** The exact value where it need not be whole (8/2026: 1.26, 7/6). */
  value?: Rational;
  external?: ExternalValue;
  evidenceItems?: EvidenceItem[];
  /** One level per sampled public service, for indicators scored per service. */
  services?: { name?: string; level: number }[];
  /** Penilaian mandiri: the agency's self-assessed level. */
  self?: number;
  /** The level the agency aims for next. */
  target?: number;
  explanation?: string;
  evidence?: string[];
  sector?: string;
}

/**
 * An entry at an exact value: the whole level below it, and the value itself when it is not whole.
 * What the entry scored from before (services, an earlier exact value) is dropped; the rest is kept.
 */
export function atValue(entry: Omit<IndicatorEntry, 'level'>, value: Rational): IndicatorEntry {
  const { services: _services, value: _value, ...rest } = entry as IndicatorEntry;
  const level = Number(value.num / value.den);
  return value.den === 1n ? { ...rest, level } : { ...rest, level, value };
}

/** The indicators still waiting for another agency's index (they count as the scale minimum). */
export function waitingForExternal(entries: ReadonlyMap<number, IndicatorEntry>): number[] {
  return [...entries].filter(([, e]) => e.external?.status === 'waiting').map(([id]) => id);
}

/** A previous year known only by its published figures. */
export interface PublishedFigures {
  year: number;
  frameworkId?: string;
  index: Rational;
  predicate?: string;
  domains?: ReadonlyMap<number, Rational>;
}

export type PreviousReference = { kind: 'path'; path: string } | { kind: 'figures'; figures: PublishedFigures };

export interface Assessment {
  year: number;
  /** As declared in the file; absent means "chosen from the year". */
  frameworkId?: string;
  agency: Agency;
  stage: Stage;
  indicators: ReadonlyMap<number, IndicatorEntry>;
  previous?: PreviousReference;
}

/** The default agency id: a slug of its name ("Pemerintah Kota Banjarbaru" -> "pemerintah-kota-banjarbaru"). */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * One shared, frozen entry per plain level: a batch of thousands of short-form files then holds no
 * per-indicator objects of its own.
 */
const PLAIN_ENTRIES = new Map<number, IndicatorEntry>();

export function plainEntry(level: number): IndicatorEntry {
  let entry = PLAIN_ENTRIES.get(level);
  if (!entry) {
    entry = Object.freeze({ level });
    PLAIN_ENTRIES.set(level, entry);
  }
  return entry;
}

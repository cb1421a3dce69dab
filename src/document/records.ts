/**
 * Records of the national monitoring API (a JSON array; shared/reference/data-formats.md §1) -> one
 * result per record. The API stores each aspect (A2001..), domain (D2001..) and the index as a
 * 10-decimal string. A 59/2020 aspect is a weighted mean of whole levels, Σ uᵢ·Lᵢ / Σ uᵢ, so its exact
 * value is a multiple of 1/d with d = Σ uᵢ / gcd(uᵢ) (the number of indicators when weights are
 * equal): the nearest such fraction to the stored string is the value, provided it rounds back to
 * the string. Domains, index and predikat are then recomputed from the exact aspects, and every
 * stored figure that disagrees is reported where it stands in the JSON.
 */
import { AGENCY_CATEGORIES, slugify, type AgencyCategory, type Assessment } from '../core/assessment.js';
import { createFinding, hasErrors, sortFindings, type Finding } from '../core/findings.js';
import type { Aspect, Framework } from '../core/framework.js';
import { compare, gcd, parseRational, rational, roundHalfUp, roundScaled, toFixed, type Rational } from '../core/rational.js';
import { frameworkForYear } from '../core/registry.js';
import type { FileResult } from '../core/result.js';
import { predicateBasisFor, predicateOf, type PredicateBasis, type ScoreResult } from '../core/score.js';
import { parseYaml, type ParsedSource } from './parse.js';
import { attachPositions } from './positions.js';
import { isObject, type Data } from './plain-data.js';

const STORED_DECIMALS = 10;

/** Is the text an array of records (rather than one assessment written as JSON)? */
export function looksLikeRecords(text: string): boolean {
  return /^\s*\[/.test(text);
}

const code = (prefix: 'A' | 'D', id: number) => `${prefix}20${String(id).padStart(2, '0')}`;

/** The denominator every exact value of an aspect is a multiple of (see the module comment). */
export function aspectDenominator(aspect: Aspect): bigint {
  const g = aspect.indicators.reduce((acc, x) => gcd(acc, x.units), 0n);
  let d = aspect.units / g;
  // An indicator scored per service is itself a mean over up to n services.
  for (const x of aspect.indicators) if (x.services) for (let n = 2; n <= x.services; n++) d = (d * BigInt(n)) / gcd(d, BigInt(n));
  return d;
}

/** The fraction with denominator d nearest the stored value, if it rounds back to it. */
export function recoverFraction(stored: Rational, d: bigint): Rational | undefined {
  const candidate = rational(roundScaled({ num: stored.num * d, den: stored.den }, 0), d);
  return compare(roundHalfUp(candidate, STORED_DECIMALS), roundHalfUp(stored, STORED_DECIMALS)) === 0 && compare(roundHalfUp(stored, STORED_DECIMALS), stored) === 0 ? candidate : undefined;
}

function categoryOf(text: unknown): AgencyCategory | undefined {
  if (typeof text !== 'string') return undefined;
  const t = text.trim().toLowerCase();
  return AGENCY_CATEGORIES.find((c) => t === c || t.endsWith(` ${c}`) || t.startsWith(`${c} `));
}

function numberAt(nilai: Data, key: string, pointer: string, findings: Finding[]): Rational | undefined {
  const raw = nilai[key];
  if (raw === undefined) return undefined;
  const value = typeof raw === 'string' || typeof raw === 'number' ? parseRational(String(raw).trim()) : undefined;
  if (!value) findings.push(createFinding('WRONG_TYPE', { path: pointer.slice(1).replace(/\//g, '.'), expected: 'number', actualKind: typeof raw === 'string' ? 'string' : 'object', ...(typeof raw === 'string' ? { actual: raw } : {}) }, pointer));
  return value;
}

function scoreRecord(framework: Framework, nilai: Data, at: string, basis: PredicateBasis, findings: Finding[]): ScoreResult | undefined {
  const aspects: ScoreResult['aspects'] = [];
  for (const aspect of framework.aspects) {
    const key = code('A', aspect.id);
    const pointer = `${at}/nilai/${key}`;
    const stored = numberAt(nilai, key, pointer, findings);
    if (!stored) {
      if (nilai[key] === undefined) findings.push(createFinding('MISSING_FIELD', { path: `${at.slice(1)}.nilai`, field: key }, `${at}/nilai/${key}`));
      continue;
    }
    const d = aspectDenominator(aspect);
    const exact = framework.scale.fractional ? stored : recoverFraction(stored, d);
    if (!exact || compare(exact, rational(framework.scale.min)) < 0 || compare(exact, rational(framework.scale.max)) > 0) {
      findings.push(createFinding('RECORD_NOT_A_FRACTION', { field: key, value: String(nilai[key]), denominator: Number(d) }, pointer));
      continue;
    }
    aspects.push({ group: aspect, index: exact });
  }
  if (aspects.length < framework.aspects.length) return undefined;
  const units = (list: readonly Aspect[]) => list.reduce((acc, a) => {
    const value = aspects.find((x) => x.group === a)!.index;
    return { num: acc.num * value.den + value.num * a.units * acc.den, den: acc.den * value.den };
  }, { num: 0n, den: 1n });
  const domains = framework.domains.map((domain) => {
    const sum = units(domain.aspects);
    return { group: domain, index: rational(sum.num, sum.den * domain.units) };
  });
  const total = units(framework.aspects);
  const index = rational(total.num, total.den * 100n * framework.unitsPerPercent);
  const check = (key: string, computed: Rational) => {
    const stored = numberAt(nilai, key, `${at}/nilai/${key}`, findings);
    if (stored && compare(roundHalfUp(stored, STORED_DECIMALS), roundHalfUp(computed, STORED_DECIMALS)) !== 0) {
      findings.push(createFinding('RECORD_MISMATCH', { field: key, stored: String(nilai[key]), computed: toFixed(computed, STORED_DECIMALS) }, `${at}/nilai/${key}`, 'warning'));
    }
  };
  for (const d of domains) check(code('D', d.group.id), d.index);
  check('indeks', index);
  return { framework, index, predicate: predicateOf(framework, index, basis), predicateBasis: basis, domains, aspects };
}

function readRecord(record: unknown, i: number, file: string, basis: PredicateBasis | undefined): { result: FileResult; findings: Finding[] } {
  const at = `/${i}`;
  const findings: Finding[] = [];
  const result: FileResult = { file, valid: false, findings };
  if (!isObject(record)) {
    findings.push(createFinding('NOT_A_MAPPING', {}, at));
    return { result, findings };
  }
  for (const field of ['tahun', 'nama_instansi', 'nilai']) if (record[field] === undefined) findings.push(createFinding('MISSING_FIELD', { path: String(i), field }, `${at}/${field}`));
  const year = Number(record.tahun);
  if (record.tahun !== undefined && (!Number.isInteger(year) || year < 2000 || year > 2100)) {
    findings.push(createFinding('WRONG_TYPE', { path: `${i}.tahun`, expected: 'integer', actualKind: 'string', actual: String(record.tahun) }, `${at}/tahun`));
  }
  if (hasErrors(findings) || !isObject(record.nilai)) return { result, findings };
  const choice = frameworkForYear(year);
  if (choice.kind === 'none') {
    findings.push(createFinding('NO_FRAMEWORK_FOR_YEAR', { year, available: '' }, `${at}/tahun`));
    return { result, findings };
  }
  const score = scoreRecord(choice.framework, record.nilai, at, basis ?? predicateBasisFor(choice.framework, year), findings);
  const name = String(record.nama_instansi);
  const category = categoryOf(record.kategori);
  const assessment: Assessment = {
    year,
    frameworkId: choice.framework.id,
    agency: { name, id: slugify(name) || `kode-${String(record.kode ?? i)}`, ...(category ? { category } : {}), ...(typeof record.daerah === 'string' ? { province: record.daerah } : {}) },
    stage: 'final',
    indicators: new Map(),
  };
  result.valid = !hasErrors(findings);
  if (score && result.valid) {
    result.assessment = assessment;
    result.score = score;
  }
  return { result, findings };
}

/** One result per record (aspects, domains and index only: a record has no indicator levels). */
export function evaluateRecords(text: string, file: string, basis?: PredicateBasis): FileResult[] {
  const parsed: ParsedSource = parseYaml(text);
  if (parsed.data === undefined) return [{ file, valid: false, findings: parsed.findings }];
  if (!Array.isArray(parsed.data)) return [{ file, valid: false, findings: attachPositions([createFinding('NOT_A_MAPPING', {}, '')], parsed) }];
  return parsed.data.map((record, i) => {
    const { result, findings } = readRecord(record, i, file, basis);
    sortFindings(attachPositions(findings, parsed));
    return result;
  });
}

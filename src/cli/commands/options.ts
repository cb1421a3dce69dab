/**
 * Option parsers shared by the commands, made for the run's catalog; they throw commander's
 * InvalidArgumentError (exit 2) with a sentence from it.
 */
import { InvalidArgumentError } from 'commander';
import { compare, parseRational, rational, type Rational } from '../../core/rational.js';
import { validateConfig } from '../../generated/validate-config.js';
import type { Catalog } from '../../messages/catalog.js';

/**
 * Flags and spbe.config.yaml take the same settings: a flag's value is checked by the config
 * schema's own validator (schemas/config.schema.json), so the two can never disagree.
 */
const configAccepts = (config: Record<string, unknown>): boolean => validateConfig(config) as boolean;

/** The most worker threads --jobs may ask for (a worker per core is what pays on CPU-bound parsing). */
export const MAX_JOBS = 64;

export function optionParsers({ help: h }: Catalog) {
  const fail = (message: string): never => {
    throw new InvalidArgumentError(message);
  };
  /** An index value 0..5 as an exact decimal ("2.6" stays 2.6, never 2.6000000000000001). */
  const indexValue = (value: string): Rational => {
    const parsed = parseRational(value.replace(',', '.'));
    if (!parsed || compare(parsed, rational(0)) < 0 || compare(parsed, rational(5)) > 0) return fail(h.expectedIndex);
    return parsed;
  };
  return {
    list<T extends string>(allowed: readonly T[]) {
      return (value: string, previous: T[] = []): T[] => {
        const items = value.split(',').map((s) => s.trim()).filter(Boolean);
        for (const item of items) if (!allowed.includes(item as T)) fail(`${h.allowedChoices} ${allowed.join(', ')}.`);
        return [...previous, ...(items as T[])];
      };
    },
    /** A calendar date as YYYY-MM-DD (2025-02-30 is no date). */
    isoDate(value: string): string {
      const text = value.trim();
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
      return date && date.toISOString().slice(0, 10) === text ? text : fail(h.expectedDate);
    },
    wholeNumber(value: string): number {
      const n = Number(value);
      return !/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) ? fail(h.expectedWholeNumber) : n;
    },
    /** -o FILE: an empty name would silently mean standard output. */
    outputFile(value: string): string {
      return value.trim() === '' ? fail(h.expectedOutputFile) : value;
    },
    /** --jobs: 0 (no workers) to MAX_JOBS; each worker is a thread with its own heap, so more only costs memory. */
    jobs(value: string): number {
      const n = Number(value);
      return !/^\d+$/.test(value.trim()) || n > MAX_JOBS ? fail(h.expectedJobs) : n;
    },
    indexValue,
    /** --fail-under: an index (2.6, 2,6) or a predikat name (Baik, "Sangat Baik"). */
    indexOrPredicate(value: string): Rational | string {
      return /^\s*[\d.,]+\s*$/.test(value) ? indexValue(value.trim()) : value.trim();
    },
    /** ID=VALUE, repeatable: --fail-under-domain 3=1.5 --fail-under-domain 4=3 */
    domainLimit(value: string, previous: Map<number, Rational> = new Map()): Map<number, Rational> {
      const match = /^([^=]*)=(.*)$/.exec(value.trim());
      const key = match?.[1]!.trim() ?? '';
      if (!match || !configAccepts({ gates: { failUnderDomain: { [key]: 0 } } }) || !Number.isSafeInteger(Number(key))) return fail(h.expectedDomainValue);
      return new Map(previous).set(Number(key), indexValue(match[2]!.trim()));
    },
    delimiter(value: string): string {
      const delimiter = value === '\\t' || value === 'tab' ? '\t' : value;
      return configAccepts({ csvDelimiter: delimiter }) ? delimiter : fail(h.expectedCharacter);
    },
    /** ID=LEVEL[,ID=LEVEL...], repeatable: --what-if 45=4,21=2 */
    levelChanges(value: string, previous: Map<number, number> = new Map()): Map<number, number> {
      const next = new Map(previous);
      for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
        const match = /^(\d+)=(\d+)$/.exec(part);
        if (!match) fail(h.expectedWhatIf);
        next.set(Number(match![1]), Number(match![2]));
      }
      return next;
    },
    /** Aspects and domains: aspect:7, domain:3, or A7, D3 (comma-separated, repeatable). */
    groups(value: string, previous: { aspects: number[]; domains: number[] } = { aspects: [], domains: [] }) {
      const next = { aspects: [...previous.aspects], domains: [...previous.domains] };
      for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
        const match = /^(?:(aspe[ck]t?|a)|(domain|d)):?(\d+)$/i.exec(part);
        if (!match) fail(h.expectedGroups);
        (match![1] ? next.aspects : next.domains).push(Number(match![3]));
      }
      return next;
    },
    /** Indicator numbers, comma-separated and repeatable. */
    ids(value: string, previous: number[] = []): number[] {
      const ids = value.split(',').map((p) => p.trim()).filter(Boolean);
      if (ids.some((id) => !/^\d+$/.test(id))) fail(h.expectedIndicators);
      return [...previous, ...ids.map(Number)];
    },
    /** A size in bytes: 5242880, 512KB, 5MB, 1GB (K, M and G are 1024-based). */
    size(value: string): number {
      const match = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(value.trim());
      if (!match) return fail(h.expectedSize);
      const unit = (match[2] ?? 'b').toLowerCase()[0]!;
      const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
      return Math.floor(Number(match[1]) * factor);
    },
  };
}

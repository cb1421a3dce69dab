/** Option parsers shared by the commands; they throw commander's InvalidArgumentError (exit 2). */
import { InvalidArgumentError } from 'commander';
import { compare, parseRational, rational, type Rational } from '../../core/rational.js';

export function parseList<T extends string>(allowed: readonly T[]) {
  return (value: string, previous: T[] = []): T[] => {
    const items = value.split(',').map((s) => s.trim()).filter(Boolean);
    for (const item of items) {
      if (!allowed.includes(item as T)) throw new InvalidArgumentError(`Allowed choices are ${allowed.join(', ')}.`);
    }
    return [...previous, ...(items as T[])];
  };
}

export function parsePositiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('Expected a whole number (0 or more).');
  return n;
}

/** An index value 0..5 as an exact decimal ("2.6" stays 2.6, never 2.6000000000000001). */
export function parseIndexValue(value: string): Rational {
  const parsed = parseRational(value.replace(',', '.'));
  if (!parsed || compare(parsed, rational(0)) < 0 || compare(parsed, rational(5)) > 0) throw new InvalidArgumentError('Expected a number from 0 to 5.');
  return parsed;
}

/** ID=VALUE, repeatable: --fail-under-domain 3=1.5 --fail-under-domain 4=3 */
export function parseDomainLimit(value: string, previous: Map<number, Rational> = new Map()): Map<number, Rational> {
  const match = /^(\d+)=(.+)$/.exec(value.trim());
  if (!match) throw new InvalidArgumentError('Expected DOMAIN=VALUE, e.g. 3=1.5.');
  return new Map(previous).set(Number(match[1]), parseIndexValue(match[2]!));
}

export function parseDelimiter(value: string): string {
  const delimiter = value === '\\t' || value === 'tab' ? '\t' : value;
  if (delimiter.length !== 1 || /["\r\n]/.test(delimiter)) throw new InvalidArgumentError('Expected one character (or "tab").');
  return delimiter;
}

/** ID=LEVEL[,ID=LEVEL...], repeatable: --what-if 45=4,21=2 */
export function parseLevelChanges(value: string, previous: Map<number, number> = new Map()): Map<number, number> {
  const next = new Map(previous);
  for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const match = /^(\d+)=(\d+)$/.exec(part);
    if (!match) throw new InvalidArgumentError('Expected INDICATOR=LEVEL[,INDICATOR=LEVEL...], e.g. 45=4,21=2.');
    next.set(Number(match[1]), Number(match[2]));
  }
  return next;
}

/** Aspects and domains: aspect:7, domain:3, or A7, D3 (comma-separated, repeatable). */
export function parseGroups(value: string, previous: { aspects: number[]; domains: number[] } = { aspects: [], domains: [] }) {
  const next = { aspects: [...previous.aspects], domains: [...previous.domains] };
  for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const match = /^(?:(aspe[ck]t?|a)|(domain|d)):?(\d+)$/i.exec(part);
    if (!match) throw new InvalidArgumentError('Expected aspect:N or domain:N (or AN, DN), comma-separated.');
    (match[1] ? next.aspects : next.domains).push(Number(match[3]));
  }
  return next;
}

/** Indicator numbers, comma-separated and repeatable. */
export function parseIds(value: string, previous: number[] = []): number[] {
  const ids = value.split(',').map((p) => p.trim()).filter(Boolean);
  if (ids.some((id) => !/^\d+$/.test(id))) throw new InvalidArgumentError('Expected indicator numbers, e.g. 45,46.');
  return [...previous, ...ids.map(Number)];
}

/** A size in bytes: 5242880, 512KB, 5MB, 1GB (K, M and G are 1024-based). */
export function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError('Expected a size such as 5MB, 512KB or 1048576.');
  const unit = (match[2] ?? 'b').toLowerCase()[0]!;
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(match[1]) * factor);
}

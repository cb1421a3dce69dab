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

/**
 * Numbers from their source text: YAML turns `4.99999999999999999999` into the float 5 and `1.26`
 * into a binary approximation, so a value is read from what was written (a decimal, or a fraction
 * string such as "7/6"), never from the parsed float.
 */
import { div, mul, parseRational, rational, toExactString, type Rational } from '../core/rational.js';

/** The exact value written at a pointer, given the parsed value there. */
export type ValueReader = (pointer: string, parsed: unknown) => Rational | undefined;

const WRITTEN_NUMBER = /^[+]?\d+(\.\d+)?$/;
/** A decimal with an exponent (1e308, 2.5E-3), read exactly: the float of `1e-400` is 0. */
const WRITTEN_EXPONENT = /^[+]?(\d+(?:\.\d+)?)[eE]([+-]?\d{1,4})$/;
const WRITTEN_FRACTION = /^\d+(\.\d+)?\/[1-9]\d*$/;

/** The source text of the number at a pointer, if it has one. */
export type SourceOf = (pointer: string) => string | undefined;

/** Checks and normalisation both read each value: the reader remembers what it found. */
export function remembering(sourceOf: SourceOf): ValueReader {
  const read = new Map<string, Rational | undefined>();
  return (pointer, parsed) => {
    if (!read.has(pointer)) read.set(pointer, exactValue(sourceOf, pointer, parsed));
    return read.get(pointer);
  };
}

/**
 * Values read through the source texts the fast reader kept (document/fast-read.ts): none for a
 * number written in its value's shortest form, so that a value is read from its text only when its
 * text says more. Not remembered: reading a value here costs less than looking it up.
 */
export function writtenValueReader(numbers: ReadonlyMap<string, string>): ValueReader {
  const sourceOf: SourceOf = numbers.size === 0 ? () => undefined : (pointer) => numbers.get(pointer);
  return (pointer, parsed) => exactValue(sourceOf, pointer, parsed);
}

/**
 * The longest number read exactly, in characters as written, and the largest exponent (1e308, the
 * largest double, is read: an effort may be that): exact arithmetic costs time that grows with the
 * square of a number's digits, and a 100,000-digit level took minutes. Longer numbers read as no
 * value (NUMBER_TOO_LONG where a level is checked).
 */
export const MAX_NUMBER_LENGTH = 40;
const MAX_EXPONENT = 400;

/** A number as written that is too long to read exactly (a finite number, or a numeric string). */
export function isTooLongNumber(parsed: unknown, value: Rational | undefined): boolean {
  if (value !== undefined) return false;
  if (typeof parsed === 'number') return Number.isFinite(parsed);
  return typeof parsed === 'string' && parsed.trim().length > MAX_NUMBER_LENGTH && (WRITTEN_FRACTION.test(parsed.trim()) || WRITTEN_NUMBER.test(parsed.trim()));
}

function exactValue(sourceOf: SourceOf, pointer: string, parsed: unknown): Rational | undefined {
  if (typeof parsed === 'string') {
    const text = parsed.trim();
    return text.length <= MAX_NUMBER_LENGTH && (WRITTEN_FRACTION.test(text) || WRITTEN_NUMBER.test(text)) ? parseRational(parsed.replace(/^\+/, '')) : undefined;
  }
  if (typeof parsed !== 'number' || !Number.isFinite(parsed)) return undefined;
  const source = sourceOf(pointer)?.trim();
  if (source !== undefined && source.length > MAX_NUMBER_LENGTH) return undefined;
  if (source !== undefined && WRITTEN_NUMBER.test(source)) return parseRational(source.replace(/^\+/, ''));
  const exponent = source === undefined ? null : WRITTEN_EXPONENT.exec(source);
  if (exponent && Math.abs(Number(exponent[2])) > MAX_EXPONENT) return undefined;
  if (exponent) {
    const mantissa = parseRational(exponent[1]!)!;
    const e = Number(exponent[2]);
    const power = rational(10n ** BigInt(Math.abs(e)));
    return e >= 0 ? mul(mantissa, power) : div(mantissa, power);
  }
  // Other spellings YAML allows for numbers (0x1F, .5) are read through the float.
  return parseRational(parsed);
}

/** The text a reader sees for a value in messages: a string quoted, a number exactly as its value. */
export function writtenText(value: Rational | undefined, parsed: unknown): string {
  if (typeof parsed === 'string') return JSON.stringify(parsed);
  return value ? toExactString(value) : String(parsed);
}

/**
 * Numbers from their source text: YAML turns `4.99999999999999999999` into the float 5 and `1.26`
 * into a binary approximation, so a value is read from what was written (a decimal, or a fraction
 * string such as "7/6"), never from the parsed float.
 */
import { parseRational, toExactString, type Rational } from '../core/rational.js';

/** The exact value written at a pointer, given the parsed value there. */
export type ValueReader = (pointer: string, parsed: unknown) => Rational | undefined;

const WRITTEN_NUMBER = /^[+]?\d+(\.\d+)?$/;
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

/** Values read through the source texts the fast reader kept (document/fast-read.ts). */
export function writtenValueReader(numbers: ReadonlyMap<string, string>): ValueReader {
  return remembering((pointer) => numbers.get(pointer));
}

function exactValue(sourceOf: SourceOf, pointer: string, parsed: unknown): Rational | undefined {
  if (typeof parsed === 'string') return WRITTEN_FRACTION.test(parsed.trim()) || WRITTEN_NUMBER.test(parsed.trim()) ? parseRational(parsed.replace(/^\+/, '')) : undefined;
  if (typeof parsed !== 'number' || !Number.isFinite(parsed)) return undefined;
  const source = sourceOf(pointer)?.trim();
  // Other spellings YAML allows for numbers (0x1F, 1e3, .5) are read through the float.
  return source !== undefined && WRITTEN_NUMBER.test(source) ? parseRational(source.replace(/^\+/, '')) : parseRational(parsed);
}

/** The text a reader sees for a value in messages: a string quoted, a number exactly as its value. */
export function writtenText(value: Rational | undefined, parsed: unknown): string {
  if (typeof parsed === 'string') return JSON.stringify(parsed);
  return value ? toExactString(value) : String(parsed);
}

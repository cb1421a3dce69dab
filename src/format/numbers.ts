/**
 * Number text shared by the formatters; all of it derived from exact values. Every helper that
 * writes a number for people takes the run's NumberStyle (catalog.numbers: "2,74" in Indonesian);
 * machine formats pass MACHINE. Only the punctuation follows the language: the value is rounded
 * (or kept exact, 7/6) the same way in both.
 */
import { formatScaled, toApproxNumber, toExactString, toFixed, type Rational } from '../core/rational.js';
import { countText, DECIMAL_COMMA, MACHINE, punctuate, type NumberStyle } from '../messages/numbers.js';

export { countText, DECIMAL_COMMA, MACHINE, punctuate, type NumberStyle };

/** A value rounded half-up to some decimals: "2.74" ("2,74"). */
export const fixed = (value: Rational, digits: number, style: NumberStyle): string => punctuate(toFixed(value, digits), style);

/** A published value: "2.74". */
export const fixed2 = (value: Rational, style: NumberStyle): string => fixed(value, 2, style);

/** An indicator value: a whole level as is ("3"), any other value to 2 decimals ("1.26", 7/6 -> "1.17"). */
export const valueText = (value: Rational, style: NumberStyle): string => (value.den === 1n ? String(value.num) : fixed2(value, style));

/** A change in hundredths: "+0.06", "-0.10", "0.00". */
export function signedDelta(hundredths: bigint, style: NumberStyle): string {
  const text = punctuate(formatScaled(hundredths, 2), style);
  return hundredths > 0n ? `+${text}` : text;
}

/** A weight as written in the regulation: "13", "16.5", "1.3", or "10/3" when not a decimal. */
export const weightText = (weight: Rational, style: NumberStyle): string => punctuate(toExactString(weight), style);

/** An exact value: its decimal when it terminates ("0.125"), else the fraction ("7/6"). */
export const exactText = (value: Rational, style: NumberStyle): string => punctuate(toExactString(value), style);

/** A gain to at most 4 decimals, trailing zeros dropped: "+0.0325", "+0.1". */
export const gainText = (value: Rational, style: NumberStyle): string => `+${punctuate(toFixed(value, 4).replace(/0+$/, '').replace(/\.$/, ''), style)}`;

/**
 * A JSON number for an exact value: the decimal itself when it terminates, otherwise the nearest
 * double (JSON consumers then also get the exact string beside it).
 */
export function jsonNumber(value: Rational): number {
  if (value.den === 1n) return Number(value.num);
  const exact = toExactString(value);
  return exact.includes('/') ? toApproxNumber(value) : Number(exact);
}

/** A change with its direction: "▲ +0.20", "▼ -0.10", "= 0.00". */
export function changeText(hundredths: bigint, style: NumberStyle): string {
  return `${hundredths > 0n ? '▲' : hundredths < 0n ? '▼' : '='} ${signedDelta(hundredths, style)}`;
}

export function deltaNumber(hundredths: bigint): number {
  return Number(formatScaled(hundredths, 2));
}

/** An indicator's name without the "Tingkat Kematangan" every one of them starts with, for tables. */
export const shortName = (name: string): string => name.replace(/^Tingkat Kematangan /, '');

/** A share as a whole-number percentage ("25%"), for display. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${Math.round((part * 100) / whole)}%`;
}

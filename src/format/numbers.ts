/** Number text shared by the formatters; all of it derived from exact values. */
import { formatScaled, toApproxNumber, toExactString, toFixed, type Rational } from '../core/rational.js';

/** A published value: "2.74". */
export const fixed2 = (value: Rational): string => toFixed(value, 2);

/** An indicator value: a whole level as is ("3"), any other value to 2 decimals ("1.26", 7/6 -> "1.17"). */
export const valueText = (value: Rational): string => (value.den === 1n ? String(value.num) : fixed2(value));

/** A change in hundredths: "+0.06", "-0.10", "0.00". */
export function signedDelta(hundredths: bigint): string {
  const text = formatScaled(hundredths, 2);
  return hundredths > 0n ? `+${text}` : text;
}

/** A weight as written in the regulation: "13", "16.5", "1.3", or "10/3" when not a decimal. */
export const weightText = (weight: Rational): string => toExactString(weight);

/**
 * A JSON number for an exact value: the decimal itself when it terminates, otherwise the nearest
 * double (JSON consumers then also get the exact string beside it).
 */
export function jsonNumber(value: Rational): number {
  const exact = toExactString(value);
  return exact.includes('/') ? toApproxNumber(value) : Number(exact);
}

/** A change with its direction: "▲ +0.20", "▼ -0.10", "= 0.00". */
export function changeText(hundredths: bigint): string {
  return `${hundredths > 0n ? '▲' : hundredths < 0n ? '▼' : '='} ${signedDelta(hundredths)}`;
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

/**
 * Exact rational arithmetic on bigints, and the half-up rounding KemenPANRB applies to published
 * figures. Every index in spbe is computed with these; binary floating point never enters the
 * computation (Python's round(2.105, 2) gives 2.1 where the published value is 2.11).
 */
export interface Rational {
  /** Numerator; carries the sign. */
  readonly num: bigint;
  /** Denominator; always positive, and coprime with num. */
  readonly den: bigint;
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;
const FRACTION = /^(-)?(\d+(?:\.\d+)?)\/(\d+)$/;

export function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) {
    const r = a % b;
    a = b;
    b = r;
  }
  return a;
}

export function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

/**
 * The small whole numbers, made once: levels, their differences and counts are most of what a
 * batch computes with, and a rational is never changed once made, so one object each serves every
 * use (each would otherwise be a fresh object and bigint). Not frozen: a frozen object has another
 * shape than every other rational, and the arithmetic would meet two.
 */
const SMALL_LIMIT = 16;
const SMALL: readonly Rational[] = Array.from({ length: 2 * SMALL_LIMIT + 1 }, (_, i) => ({ num: BigInt(i - SMALL_LIMIT), den: 1n }));

function whole(n: bigint): Rational {
  return n >= -SMALL_LIMIT && n <= SMALL_LIMIT ? SMALL[Number(n) + SMALL_LIMIT]! : { num: n, den: 1n };
}

export function rational(num: bigint | number, den: bigint | number = 1n): Rational {
  if (typeof num === 'number' && den === 1n && Number.isInteger(num) && num >= -SMALL_LIMIT && num <= SMALL_LIMIT) return SMALL[num + SMALL_LIMIT]!;
  let n = typeof num === 'bigint' ? num : BigInt(num);
  let d = typeof den === 'bigint' ? den : BigInt(den);
  // Whole numbers are most of what a batch computes with: no gcd to take.
  if (d === 1n) return whole(n);
  if (d === 0n) throw new RangeError('division by zero');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return g > 1n ? { num: n / g, den: d / g } : { num: n, den: d };
}

const ZERO = rational(0);

/**
 * Parses "1.30", "20/6", "-0.5" or a JS number. A number is read through its shortest round-trip
 * decimal form (String(1.3) === "1.3"), which is the decimal the author wrote for any value with
 * up to 15 significant digits, so YAML numbers such as `weight: 16.5` stay exact.
 */
export function parseRational(value: string | number): Rational | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return { num: BigInt(value), den: 1n };
  const text = typeof value === 'number' ? numberToPlainString(value) : value.trim();
  if (text === undefined) return undefined;
  const fraction = FRACTION.exec(text);
  if (fraction) {
    const numerator = parseRational(fraction[2]!);
    const den = BigInt(fraction[3]!);
    if (!numerator || den === 0n) return undefined;
    const r = div(numerator, rational(den));
    return fraction[1] ? neg(r) : r;
  }
  const decimal = DECIMAL.exec(text);
  if (!decimal) return undefined;
  const fractionDigits = decimal[3] ?? '';
  const num = BigInt(decimal[2]! + fractionDigits);
  return rational(decimal[1] ? -num : num, fractionDigits ? 10n ** BigInt(fractionDigits.length) : 1n);
}

export function numberToPlainString(value: number): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  const text = String(value);
  if (!/e/i.test(text)) return text;
  // Exponent forms (1e-7, 1e21): expand them exactly through their mantissa and exponent.
  const [mantissa, exponent] = text.toLowerCase().split('e') as [string, string];
  const m = parseRational(mantissa);
  if (!m) return undefined;
  const e = Number(exponent);
  const scaled = e >= 0 ? mul(m, rational(10n ** BigInt(e))) : div(m, rational(10n ** BigInt(-e)));
  return toExactString(scaled);
}

export function add(a: Rational, b: Rational): Rational {
  return a.den === b.den ? rational(a.num + b.num, a.den) : rational(a.num * b.den + b.num * a.den, a.den * b.den);
}
export function sub(a: Rational, b: Rational): Rational {
  return a.den === b.den ? rational(a.num - b.num, a.den) : rational(a.num * b.den - b.num * a.den, a.den * b.den);
}
export function neg(a: Rational): Rational {
  return { num: -a.num, den: a.den };
}
export function mul(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}
export function div(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den, a.den * b.num);
}
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}
export function equals(a: Rational, b: Rational): boolean {
  return a.num === b.num && a.den === b.den;
}
export function sum(values: Iterable<Rational>): Rational {
  let total = ZERO;
  for (const v of values) total = add(total, v);
  return total;
}

/**
 * Rounds half away from zero ("half-up" as KemenPANRB and spreadsheets do it) to `decimals`
 * places and returns the result scaled by 10^decimals: roundScaled(2.105, 2) === 211n.
 */
export function roundScaled(value: Rational, decimals = 2): bigint {
  const scale = 10n ** BigInt(decimals);
  const scaledNum = value.num * scale;
  const magnitude = scaledNum < 0n ? -scaledNum : scaledNum;
  const rounded = (2n * magnitude + value.den) / (2n * value.den);
  return scaledNum < 0n ? -rounded : rounded;
}

/**
 * The change between two published values, scaled: what a reader of the two reports computes
 * (2.74 - 2.68 = +0.06), not the difference of the exact values.
 */
export function publishedDifference(current: Rational, previous: Rational, decimals = 2): bigint {
  return roundScaled(current, decimals) - roundScaled(previous, decimals);
}

/** The exact value rounded half-up, as a rational (for comparisons on the rounded basis). */
export function roundHalfUp(value: Rational, decimals = 2): Rational {
  return rational(roundScaled(value, decimals), 10n ** BigInt(decimals));
}

/** A scaled integer (274n, 2) as fixed-point text "2.74". */
export function formatScaled(scaled: bigint, decimals = 2): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return negative ? `-${text}` : text;
}

/** Fixed-point text of the value rounded half-up: toFixed(2.105, 2) === "2.11". */
export function toFixed(value: Rational, decimals = 2): string {
  return formatScaled(roundScaled(value, decimals), decimals);
}

/** A JS number for JSON output, from the rounded value (the computation never uses it). */
export function toRoundedNumber(value: Rational, decimals = 2): number {
  // A whole value is its own rounding; Number() of the bigint rounds as of its digits.
  if (value.den === 1n) return Number(value.num);
  return Number(formatScaled(roundScaled(value, decimals), decimals));
}

/**
 * The exact value as text: a terminating decimal when there is one ("2.7445"), otherwise the
 * reduced fraction ("83/30"), so that the string always round-trips through parseRational.
 */
export function toExactString(value: Rational): string {
  if (value.den === 1n) return String(value.num);
  let den = value.den;
  let twos = 0;
  let fives = 0;
  while (den % 2n === 0n) { den /= 2n; twos++; }
  while (den % 5n === 0n) { den /= 5n; fives++; }
  if (den !== 1n) return `${value.num}/${value.den}`;
  const decimals = Math.max(twos, fives);
  const scaled = (value.num * 10n ** BigInt(decimals)) / value.den;
  const text = formatScaled(scaled, decimals);
  return decimals > 0 ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** A JS number close to the exact value, for display-only purposes such as chart geometry. */
export function toApproxNumber(value: Rational): number {
  return Number(value.num) / Number(value.den);
}

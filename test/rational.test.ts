import { describe, expect, it } from 'vitest';
import {
  add,
  compare,
  div,
  formatScaled,
  mul,
  parseRational,
  rational,
  roundScaled,
  sub,
  toExactString,
  toFixed,
  toRoundedNumber,
} from '../src/core/rational.js';

const r = (text: string) => parseRational(text)!;

describe('rational arithmetic', () => {
  it('normalises sign and common factors', () => {
    expect(rational(6, -4)).toEqual({ num: -3n, den: 2n });
    expect(rational(0, 5)).toEqual({ num: 0n, den: 1n });
    expect(() => rational(1, 0)).toThrow(RangeError);
  });

  it('parses decimals, fractions and numbers exactly', () => {
    expect(r('1.30')).toEqual({ num: 13n, den: 10n });
    expect(r('20/6')).toEqual({ num: 10n, den: 3n });
    expect(r('-0.5')).toEqual({ num: -1n, den: 2n });
    expect(r('-1/4')).toEqual({ num: -1n, den: 4n });
    expect(parseRational(16.5)).toEqual({ num: 33n, den: 2n });
    expect(parseRational(0.1)).toEqual({ num: 1n, den: 10n });
    expect(parseRational(1e21)).toEqual({ num: 10n ** 21n, den: 1n });
    expect(parseRational(1e-7)).toEqual({ num: 1n, den: 10_000_000n });
    expect(parseRational(Number.NaN)).toBeUndefined();
    expect(parseRational('abc')).toBeUndefined();
    expect(parseRational('1/0')).toBeUndefined();
  });

  it('adds, subtracts, multiplies and divides exactly where floats do not', () => {
    expect(add(r('0.1'), r('0.2'))).toEqual(r('0.3'));
    expect(sub(r('0.3'), r('0.1'))).toEqual(r('0.2'));
    expect(mul(r('2.75'), rational(3))).toEqual(r('8.25'));
    expect(div(rational(1), rational(3))).toEqual({ num: 1n, den: 3n });
    expect(compare(r('3.4985'), r('3.5'))).toBe(-1);
    expect(compare(r('3.5'), r('7/2'))).toBe(0);
  });
});

describe('half-up rounding of published values', () => {
  it.each([
    ['2.105', '2.11'], // Kota Subulussalam 2023: Python round(2.105, 2) gives 2.1
    ['4.745', '4.75'], // Kementerian Kominfo 2024
    ['3.4985', '3.50'], // Kab. Pacitan 2024
    ['2.7445', '2.74'],
    ['1.7995', '1.80'],
    ['2.5985', '2.60'],
    ['2.7655', '2.77'],
    ['1.004999', '1.00'],
    ['5', '5.00'],
    ['-0.005', '-0.01'],
    ['-0.004', '0.00'],
  ])('%s -> %s', (exact, published) => {
    expect(toFixed(r(exact), 2)).toBe(published);
  });

  it('rounds every .xx5 up', () => {
    for (let hundredths = 100; hundredths < 500; hundredths++) {
      const value = rational(BigInt(hundredths * 10 + 5), 1000n);
      expect(roundScaled(value, 2)).toBe(BigInt(hundredths + 1));
    }
  });

  it('formats scaled integers and exact strings', () => {
    expect(formatScaled(274n, 2)).toBe('2.74');
    expect(formatScaled(-6n, 2)).toBe('-0.06');
    expect(formatScaled(5n, 0)).toBe('5');
    expect(toExactString(r('2.7445'))).toBe('2.7445');
    expect(toExactString(r('2.90'))).toBe('2.9');
    expect(toExactString(rational(3))).toBe('3');
    expect(toExactString(rational(17, 11))).toBe('17/11');
    expect(toRoundedNumber(r('2.105'))).toBe(2.11);
  });
});

/**
 * How a language punctuates numbers in sentences and tables: Indonesian writes 2,74 and 1.234 (as
 * KemenPANRB's reports do), English 2.74 and 1234. Each catalog carries its style, so the formatter
 * that holds a run's catalog punctuates with it and no number text depends on a current language.
 * Only the punctuation changes: the digits, the sign and an exact fraction (7/6) stay as computed.
 */
export interface NumberStyle {
  /** Between the whole part and the decimals. */
  decimal: string;
  /** Between groups of three digits of the whole part (of numbers from 1000); '' for none. */
  group: string;
}

/** What machine formats (JSON, CSV values, workbook cells) write in every language. */
export const MACHINE: NumberStyle = { decimal: '.', group: '' };

/** CSV for a spreadsheet set to Indonesian (--decimal-comma): 2,74, never grouped. */
export const DECIMAL_COMMA: NumberStyle = { decimal: ',', group: '' };

const group = (digits: string, separator: string): string =>
  separator === '' || digits.length < 4 ? digits : digits.replace(/\B(?=(\d{3})+$)/g, separator);

/**
 * A number written the machine way ("-1234.5", "+0.06", "7/6", "12") in a style. Text that is not a
 * plain decimal (a fraction, a dash) is returned as it is.
 */
export function punctuate(text: string, style: NumberStyle): string {
  if (style.decimal === '.' && style.group === '') return text;
  const match = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return text;
  const [, sign, whole, decimals] = match;
  return `${sign}${group(whole!, style.group)}${decimals === undefined ? '' : `${style.decimal}${decimals}`}`;
}

/** A count in a style: 1234 -> "1.234" in Indonesian. */
export const countText = (n: number | bigint, style: NumberStyle): string => punctuate(String(n), style);

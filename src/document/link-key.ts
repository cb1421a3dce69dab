/**
 * What year linking reads of an assessment text (its agency, year, and whether it names its own
 * previous year), read before the file is evaluated so that a batch can stream its output. For a
 * file that scores, the key is the assessment's: anything read otherwise is 'unread', and the
 * caller evaluates that file to learn its key.
 *
 * Two readers, the first a shortcut of the second. scanLinkKey reads the header lines of a text
 * inside the fast reader's subset (fast-read.ts inFastSubset: every line a simple shape, no
 * anchors, tags, directives or lone carriage returns) when the keys it needs are written in the
 * plainest way: `year: 2024`, `agency: Name` or an agency block of `key: word` lines, any
 * `previous:`; in that subset, such lines mean to js-yaml what they mean here. Anything else is
 * read by readLinkKey, through the fast reader's data, normalised as the assessment is (toAgency).
 */
import type { LinkKey } from '../core/link.js';
import { fastReadData, inFastSubset, resolvePlain } from './fast-read.js';
import { toAgency } from './normalise.js';
import { isObject } from './plain-data.js';

export function readLinkKey(text: string): LinkKey | 'unread' {
  const scanned = scanLinkKey(text);
  return scanned !== 'unread' ? scanned : linkKeyOfData(fastReadData(text));
}

/** The key of a text's plain data (fast-read.ts), as the assessment would have it. */
export function linkKeyOfData(data: unknown): LinkKey | 'unread' {
  if (!isObject(data) || !Number.isSafeInteger(data.year)) return 'unread';
  const { agency } = data;
  // An agency whose name is not text is the schema's to report: only the file's evaluation can tell.
  if (typeof agency !== 'string' && !(isObject(agency) && typeof agency.name === 'string')) return 'unread';
  return { agency: toAgency(agency).id, year: data.year as number, ownPrevious: data.previous !== undefined };
}

/** A top-level key line: a lower-case plain key, then nothing (a block follows) or its value. */
const TOP_KEY = /^([a-z]+):(?: +(.*))?$/;
const FIELD = /^( +)([a-z]+): +(.*)$/;
/** A plain scalar of words: no quote, comment, flow or indicator character, no trailing space. */
const WORDS = /^[A-Za-z0-9](?:[A-Za-z0-9 .,()/_-]*[A-Za-z0-9.)])?$/;
const YEAR = /^[1-9]\d{3}$/;
const words = (value: string): boolean => WORDS.test(value) && typeof resolvePlain(value) === 'string';

/** The key from the header lines, or 'unread' (then readLinkKey reads the data). */
export function scanLinkKey(text: string): LinkKey | 'unread' {
  if (!inFastSubset(text)) return 'unread';
  let year: number | undefined;
  let agency: string | Record<string, string> | undefined;
  let ownPrevious = false;
  /** The top-level key whose block the indented lines belong to. */
  let block: string | undefined;
  /** The last top-level key had its value on its line: an indented line after it goes on with that value (`agency: Kota` then `  - X` is "Kota - X"). */
  let inline = false;
  let blockLines = 0;
  let fieldIndent = '';
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineEnd = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const lineStart = start;
    start = end + 1;
    // Blank and comment lines are skipped, and indented ones outside the agency block only counted,
    // without taking the line out of the text (most lines are such).
    let first = lineStart;
    while (text.charCodeAt(first) === 32) first++;
    if (first === lineEnd || text.charCodeAt(first) === 35) continue;
    if (first > lineStart) {
      if (inline) return 'unread';
      blockLines++;
      if (block !== 'agency') continue;
      const field = FIELD.exec(text.slice(lineStart, lineEnd));
      if (!field || (fieldIndent && field[1] !== fieldIndent) || !words(field[3]!)) return 'unread';
      fieldIndent = field[1]!;
      const fields = agency as Record<string, string>;
      if (Object.hasOwn(fields, field[2]!)) return 'unread';
      fields[field[2]!] = field[3]!;
      continue;
    }
    // A block key with nothing under it is null.
    if (block !== undefined && blockLines === 0) return 'unread';
    block = undefined;
    const top = TOP_KEY.exec(text.slice(lineStart, lineEnd));
    if (!top) return 'unread';
    const [, key, value] = top as unknown as [string, string, string | undefined];
    inline = value !== undefined;
    if (value === undefined) {
      block = key;
      blockLines = 0;
    }
    if (key === 'year') {
      if (year !== undefined || value === undefined || !YEAR.test(value)) return 'unread';
      year = Number(value);
    } else if (key === 'agency') {
      if (agency !== undefined) return 'unread';
      if (value === undefined) agency = {};
      else if (words(value)) agency = value;
      else return 'unread';
    } else if (key === 'previous') {
      if (ownPrevious || (value !== undefined && resolvePlain(value) === null)) return 'unread';
      ownPrevious = true;
    }
  }
  if (block !== undefined && blockLines === 0) return 'unread';
  if (year === undefined || agency === undefined) return 'unread';
  if (typeof agency !== 'string' && agency.id === undefined && agency.name === undefined) return 'unread';
  return { agency: toAgency(agency).id, year, ownPrevious };
}

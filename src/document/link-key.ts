/**
 * What year linking reads of an assessment text (its agency, year, and whether it names its own
 * previous year), read before the file is evaluated so that a batch can stream its output. Read
 * with the fast reader and normalised as the assessment is (toAgency): for a file that scores, the
 * key is the assessment's. Anything the fast reader does not take, or that has no agency or whole
 * year, is 'unread': the caller evaluates that file to learn its key.
 */
import type { LinkKey } from '../core/link.js';
import { fastReadData } from './fast-read.js';
import { toAgency } from './normalise.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function readLinkKey(text: string): LinkKey | 'unread' {
  const data = fastReadData(text);
  if (!isObject(data) || !Number.isSafeInteger(data.year)) return 'unread';
  const { agency } = data;
  if (typeof agency !== 'string' && !isObject(agency)) return 'unread';
  return { agency: toAgency(agency).id, year: data.year as number, ownPrevious: data.previous !== undefined };
}

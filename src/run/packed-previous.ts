/**
 * A file's previous-year figures as they wait in the main thread of a streamed batch and cross to
 * the worker that links a later year to them: one flat JSON string. The main thread only passes
 * them on, so it never rebuilds the tree of maps, rationals and typed arrays, and a string of JSON
 * costs a fraction of a structured clone of that tree (packed with v8.serialize instead, the
 * figures still took 8 % of a worker's time in the profile). Rationals travel as "num/den" (exact);
 * the rare rich indicator entries (exact values, services, external values) as their
 * structured-clone bytes.
 */
import { Buffer } from 'node:buffer';
import { deserialize, serialize } from 'node:v8';
import type { PreviousYear } from '../core/compare.js';
import { LevelMap } from '../core/level-map.js';
import type { Rational } from '../core/rational.js';

export type PackedPrevious = string & { readonly packedPrevious: unique symbol };

type Packed = [year: number, frameworkId: string, index: string, predicate: string, source: string, domains: (number | string)[] | null, aspects: (number | string)[] | null, ids: number[] | null, levels: number[] | null, rich: string | null];

const rationalText = (r: Rational): string => `${r.num}/${r.den}`;
function rationalOf(text: string): Rational {
  const slash = text.indexOf('/');
  return { num: BigInt(text.slice(0, slash)), den: BigInt(text.slice(slash + 1)) };
}
const flat = (map: ReadonlyMap<number, Rational> | undefined) => (map ? [...map].flatMap(([id, r]) => [id, rationalText(r)]) : null);
function mapOf(list: (number | string)[] | null): Map<number, Rational> | undefined {
  if (!list) return undefined;
  const map = new Map<number, Rational>();
  for (let i = 0; i < list.length; i += 2) map.set(list[i] as number, rationalOf(list[i + 1] as string));
  return map;
}

export function packPrevious(previous: PreviousYear): PackedPrevious {
  const { year, frameworkId, index, predicate, source, domains, aspects, entries, ...rest } = previous;
  // Every field is packed: a new one fails to compile here until it is.
  const nothingElse: Record<string, never> = rest;
  void nothingElse;
  const levels = entries && (entries instanceof LevelMap ? entries : LevelMap.from(entries)).pack();
  const packed: Packed = [
    year,
    frameworkId,
    rationalText(index),
    predicate,
    source,
    flat(domains),
    flat(aspects),
    levels ? Array.from(levels.ids) : null,
    levels ? Array.from(levels.levels) : null,
    levels && levels.rich.length > 0 ? serialize(levels.rich).toString('base64') : null,
  ];
  return JSON.stringify(packed) as PackedPrevious;
}

export function unpackPrevious(text: PackedPrevious): PreviousYear {
  const [year, frameworkId, index, predicate, source, domains, aspects, ids, levels, rich] = JSON.parse(text) as Packed;
  const previous: PreviousYear = { year, frameworkId, index: rationalOf(index), predicate, source };
  const domainMap = mapOf(domains);
  const aspectMap = mapOf(aspects);
  if (domainMap) previous.domains = domainMap;
  if (aspectMap) previous.aspects = aspectMap;
  if (ids && levels) previous.entries = LevelMap.unpack({ ids: Int16Array.from(ids), levels: Int8Array.from(levels), rich: rich ? deserialize(Buffer.from(rich, 'base64')) : [] });
  return previous;
}

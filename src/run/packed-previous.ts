/**
 * A file's previous-year figures as they wait in the main thread of a streamed batch and cross to
 * the worker that links a later year to them: one flat JSON string. The main thread only passes
 * them on, so it never rebuilds the tree of maps, rationals and typed arrays, and a string of JSON
 * costs a fraction of a structured clone of that tree (packed with v8.serialize instead, the
 * figures still took 8 % of a worker's time in the profile). Rationals travel as numerator and
 * denominator, each a JSON number while it is exactly one and its digits beyond (exact either way,
 * and without a bigint's text both ways); the indicator ids 1..n as n; the rare rich indicator
 * entries (exact values, services, external values) as their structured-clone bytes.
 */
import { Buffer } from 'node:buffer';
import { deserialize, serialize } from 'node:v8';
import type { PreviousYear } from '../core/compare.js';
import { LevelMap } from '../core/level-map.js';
import type { Rational } from '../core/rational.js';

export type PackedPrevious = string & { readonly packedPrevious: unique symbol };

/** A bigint as JSON: a number while it is one exactly, else its digits (BigInt() reads either back). */
type Big = number | string;
type Packed = [year: number, frameworkId: string, index: [Big, Big], predicate: string, source: string, domains: Big[] | null, aspects: Big[] | null, ids: number | number[] | null, levels: number[] | null, rich: string | null];

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const big = (n: bigint): Big => (n >= -MAX_SAFE && n <= MAX_SAFE ? Number(n) : String(n));
const rationalOf = (num: Big, den: Big): Rational => ({ num: BigInt(num), den: BigInt(den) });

/** A map of rationals as [id, num, den, id, num, den, ...]. */
function flat(map: ReadonlyMap<number, Rational> | undefined): Big[] | null {
  if (!map) return null;
  const list: Big[] = [];
  for (const [id, r] of map) list.push(id, big(r.num), big(r.den));
  return list;
}
function mapOf(list: Big[] | null): Map<number, Rational> | undefined {
  if (!list) return undefined;
  const map = new Map<number, Rational>();
  for (let i = 0; i < list.length; i += 3) map.set(list[i] as number, rationalOf(list[i + 1]!, list[i + 2]!));
  return map;
}

/** Indicator ids as their count when they are 1..n in order (as a framework lists them), else the list. */
function packIds(ids: Int16Array): number | number[] {
  for (let i = 0; i < ids.length; i++) if (ids[i] !== i + 1) return Array.from(ids);
  return ids.length;
}
function unpackIds(ids: number | number[]): Int16Array {
  if (typeof ids !== 'number') return Int16Array.from(ids);
  const list = new Int16Array(ids);
  for (let i = 0; i < ids; i++) list[i] = i + 1;
  return list;
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
    [big(index.num), big(index.den)],
    predicate,
    source,
    flat(domains),
    flat(aspects),
    levels ? packIds(levels.ids) : null,
    levels ? Array.from(levels.levels) : null,
    levels && levels.rich.length > 0 ? serialize(levels.rich).toString('base64') : null,
  ];
  return JSON.stringify(packed) as PackedPrevious;
}

export function unpackPrevious(text: PackedPrevious): PreviousYear {
  const [year, frameworkId, index, predicate, source, domains, aspects, ids, levels, rich] = JSON.parse(text) as Packed;
  const previous: PreviousYear = { year, frameworkId, index: rationalOf(index[0], index[1]), predicate, source };
  const domainMap = mapOf(domains);
  const aspectMap = mapOf(aspects);
  if (domainMap) previous.domains = domainMap;
  if (aspectMap) previous.aspects = aspectMap;
  if (ids !== null && levels) previous.entries = LevelMap.unpack({ ids: unpackIds(ids), levels: Int8Array.from(levels), rich: rich ? deserialize(Buffer.from(rich, 'base64')) : [] });
  return previous;
}

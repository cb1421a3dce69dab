/**
 * escapeDeep(value, escape): the same value with every string in it (object fields, array items,
 * Map and Set members, indicator entries) passed through escape (escape.ts). Formatters then read
 * an escaped result model, so that no field of it can be printed raw by forgetting it. Objects that
 * hold no string needing a change are returned as they are (a benign report is not copied), and an
 * object met twice (one framework shared by a batch) is escaped once, so identity is kept.
 */
import { LevelMap } from '../core/level-map.js';

type Escape = (text: string) => string;

export function escapeDeep<T>(value: T, escape: Escape): T {
  const seen = new Map<object, unknown>();

  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return escape(v);
    if (typeof v !== 'object' || v === null) return v;
    if (seen.has(v)) return seen.get(v);
    // Until it is done, a reference back to an object (there are none in the model) keeps the original.
    seen.set(v, v);
    const out = copy(v);
    seen.set(v, out);
    return out;
  };

  const entries = (pairs: Iterable<[unknown, unknown]>): { changed: boolean; list: [unknown, unknown][] } => {
    let changed = false;
    const list: [unknown, unknown][] = [];
    for (const [k, x] of pairs) {
      const [k2, x2] = [walk(k), walk(x)];
      if (k2 !== k || x2 !== x) changed = true;
      list.push([k2, x2]);
    }
    return { changed, list };
  };

  const copy = (v: object): unknown => {
    if (Array.isArray(v)) {
      const list = v.map(walk);
      return list.some((x, i) => x !== v[i]) ? list : v;
    }
    if (v instanceof LevelMap) {
      const { changed, list } = entries(v.entries());
      return changed ? LevelMap.from(new Map(list as [number, never][])) : v;
    }
    if (v instanceof Map) {
      const { changed, list } = entries(v.entries());
      return changed ? new Map(list) : v;
    }
    if (v instanceof Set) {
      const members = [...v];
      const list = members.map(walk);
      return list.some((x, i) => x !== members[i]) ? new Set(list) : v;
    }
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return v; // typed arrays and other machinery hold no text
    const { changed, list } = entries(Object.entries(v));
    return changed ? Object.assign(Object.create(proto) as object, Object.fromEntries(list)) : v;
  };

  return walk(value) as T;
}

/**
 * A ReadonlyMap of indicator entries that a batch can hold by the ten thousand: plain levels live
 * in one Int8Array (a byte per indicator), and only entries that carry more than a level (self,
 * target, services, sector) keep an object. It also crosses worker threads as a few typed arrays.
 */
import { plainEntry, type IndicatorEntry } from './assessment.js';

export interface PackedLevels {
  ids: Int16Array;
  levels: Int8Array;
  rich: [number, IndicatorEntry][];
}

const NONE = -128;

const isText = (key: string) => key === 'explanation' || key === 'evidence';

/** A whole level that fits a byte, and no other field (but text, when it is left out). Counted without Object.keys: no array per entry. */
function onlyLevel(entry: IndicatorEntry, withoutText: boolean): boolean {
  if (!Number.isInteger(entry.level) || entry.level < -127 || entry.level > 127) return false;
  for (const key in entry) if (key !== 'level' && !(withoutText && isText(key))) return false;
  return true;
}

function withoutTextOf(entry: IndicatorEntry): IndicatorEntry {
  const { explanation: _explanation, evidence: _evidence, ...rest } = entry;
  return rest;
}

export class LevelMap implements ReadonlyMap<number, IndicatorEntry> {
  private constructor(private readonly packed: PackedLevels, private readonly richById: Map<number, IndicatorEntry>) {}

  /** `withoutText`: penjelasan and bukti dukung are left out (core/compact-result.ts). */
  static from(entries: ReadonlyMap<number, IndicatorEntry>, withoutText = false): LevelMap {
    const ids = new Int16Array(entries.size);
    const levels = new Int8Array(entries.size);
    const rich: [number, IndicatorEntry][] = [];
    let i = 0;
    for (const [id, entry] of entries) {
      ids[i] = id;
      const plain = onlyLevel(entry, withoutText);
      levels[i] = plain ? entry.level : NONE;
      if (!plain) rich.push([id, withoutText ? withoutTextOf(entry) : entry]);
      i++;
    }
    return new LevelMap({ ids, levels, rich }, new Map(rich));
  }

  static unpack(packed: PackedLevels): LevelMap {
    return new LevelMap(packed, new Map(packed.rich));
  }

  pack(): PackedLevels {
    return this.packed;
  }

  get size(): number {
    return this.packed.ids.length;
  }

  get(id: number): IndicatorEntry | undefined {
    // Ids are most often 1..n in order: look there first. Else a scan of at most a few dozen int16s
    // beats keeping an index Map per assessment.
    const { ids } = this.packed;
    const i = ids[id - 1] === id ? id - 1 : ids.indexOf(id);
    if (i < 0) return undefined;
    const level = this.packed.levels[i]!;
    return level === NONE ? this.richById.get(id) : plainEntry(level);
  }

  has(id: number): boolean {
    return this.packed.ids.includes(id);
  }

  *entries(): MapIterator<[number, IndicatorEntry]> {
    for (const id of this.packed.ids) yield [id, this.get(id)!];
  }

  *keys(): MapIterator<number> {
    yield* this.packed.ids;
  }

  *values(): MapIterator<IndicatorEntry> {
    for (const id of this.packed.ids) yield this.get(id)!;
  }

  forEach(callback: (value: IndicatorEntry, key: number, map: ReadonlyMap<number, IndicatorEntry>) => void): void {
    for (const [id, entry] of this.entries()) callback(entry, id, this);
  }

  [Symbol.iterator](): MapIterator<[number, IndicatorEntry]> {
    return this.entries();
  }
}

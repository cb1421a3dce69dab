/** Results crossing worker threads: plain data out, the same result back; LevelMap as a ReadonlyMap. */
import { describe, expect, it } from 'vitest';
import { LevelMap } from '../src/core/level-map.js';
import { getBuiltInFramework } from '../src/core/registry.js';
import { evaluateSource } from '../src/io/evaluate.js';
import { compactResult } from '../src/core/compact-result.js';
import { fromWire, toWire } from '../src/io/wire.js';
import { ROOT } from './helpers/cli.js';

describe('wire format', () => {
  it('a result survives toWire -> structured clone -> fromWire, compacted', async () => {
    const original = await evaluateSource({ file: 'contoh.yaml', path: `${ROOT}/examples/kabupaten-contoh-2024.yaml` });
    const compact = compactResult(original);
    expect(compactResult(compact)).toBe(compact); // already compact: unchanged
    const back = fromWire(structuredClone(toWire(compact)), (id) => getBuiltInFramework(id)!);
    expect(back.score!.index).toEqual(original.score!.index);
    expect(back.score!.domains.map((d) => [d.group.id, d.index])).toEqual(original.score!.domains.map((d) => [d.group.id, d.index]));
    expect(back.score!.framework).toBe(getBuiltInFramework('permenpanrb-59-2020'));
    expect(back.comparison!.indexDelta).toBe(original.comparison!.indexDelta);
    expect(back.assessment!.indicators.get(1)).toEqual({ level: 3, self: 4, target: 4 }); // penjelasan and bukti dukung dropped
    expect([...back.assessment!.indicators.keys()]).toEqual([...original.assessment!.indicators.keys()]);
    const invalid = await evaluateSource({ file: 'x.yaml', text: 'year: 2024\n' });
    expect(fromWire(structuredClone(toWire(invalid)), () => { throw new Error('unused'); })).toEqual(invalid);
  });

  it('LevelMap behaves as a ReadonlyMap and keeps rich entries', () => {
    const source = new Map([[1, { level: 3 }], [2, { level: 4, self: 5 }], [5, { level: 1 }]]);
    const map = LevelMap.from(source);
    expect(map.size).toBe(3);
    expect(map.has(2)).toBe(true);
    expect(map.has(3)).toBe(false);
    expect(map.get(3)).toBeUndefined();
    expect([...map.values()]).toEqual([{ level: 3 }, { level: 4, self: 5 }, { level: 1 }]);
    expect([...map]).toEqual([...source]);
    const seen: number[] = [];
    map.forEach((entry, id) => seen.push(id * 10 + entry.level));
    expect(seen).toEqual([13, 24, 51]);
    expect(LevelMap.unpack(structuredClone(map.pack())).get(2)).toEqual({ level: 4, self: 5 });
  });
});

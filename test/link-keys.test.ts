// The link keys a streamed batch takes from its folder scan (run/link-keys.ts): the scan hands over
// exactly the files it read whole, and a key read from those bytes is the key phase 1 reads from the
// file (keyOfRead over readSource), or is left to phase 1.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FILE_KIND_HEAD } from '../src/document/file-kind.js';
import { expandInputs } from '../src/io/inputs.js';
import { DEFAULT_MAX_FILE_SIZE, readSource } from '../src/io/source.js';
import { keyOfRead, LinkKeys } from '../src/run/link-keys.js';

const levels = Array.from({ length: 47 }, (_, i) => `  ${i + 1}: ${1 + (i % 5)}`).join('\n');
const short = (agency: string, year: number, extra = '') => `framework: permenpanrb-59-2020\nyear: ${year}\nagency:\n  name: ${agency}\n  id: ${agency.toLowerCase().replace(/ /g, '-')}\n  category: kota\n${extra}indicators:\n${levels}\n`;
/** A text of exactly `size` bytes: a comment line pads it. */
const padded = (text: string, size: number) => `# ${'x'.repeat(size - Buffer.byteLength(text) - 3)}\n${text}`;

const FILES: Record<string, string | Buffer> = {
  'a-2023.yaml': short('Kota Satu', 2023),
  'b-2024.yaml': short('Kota Satu', 2024),
  'c-own-previous.yaml': short('Kota Dua', 2024, 'previous:\n  year: 2023\n  index: 2.5\n'),
  'd-bom.yaml': `\ufeff${short('Kota Tiga', 2022)}`,
  'e-flow.yaml': `{year: 2024, agency: {name: Kota Empat, id: kota-empat}, indicators: {1: 3}}\n`,
  'e-scalar.yaml': 'year: 2024\nagency: Kota Empat\nindicators:\n  1: 3\n',
  'f-broken.yaml': 'year: [unclosed\n',
  'g-utf16.yaml': Buffer.from(`\ufeff${short('Kota Lima', 2023)}`, 'utf16le'),
  'h-one-under.yaml': padded(short('Kota Enam', 2023), FILE_KIND_HEAD - 1),
  'i-head-size.yaml': padded(short('Kota Tujuh', 2023), FILE_KIND_HEAD),
  'j-table.csv': 'indikator;level\n1;3\n',
  'k-framework.yaml': 'id: my-framework\npredicates:\n  - name: Baik\n',
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'spbe-link-keys-'));
  for (const [name, content] of Object.entries(FILES)) writeFileSync(join(dir, name), content);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function scan(args: string[], maxFileSize = DEFAULT_MAX_FILE_SIZE) {
  const keys = new LinkKeys();
  const told: { position: number; path: string; size: number }[] = [];
  const { inputs, skipped } = await expandInputs(args, dir, undefined, [], (position, path, bytes) => {
    told.push({ position, path, size: bytes.length });
    keys.readWhole(position, path, bytes, maxFileSize);
  });
  return { inputs, skipped, keys, told };
}

describe('the folder scan hands over the files it read whole', () => {
  test('every input under the head size, at its position, with all its bytes; not the others', async () => {
    const { inputs, skipped, told } = await scan(['.']);
    expect(skipped.map((s) => s.file)).toEqual(['k-framework.yaml']);
    const names = told.map((t) => inputs[t.position]!.file);
    expect(names).toEqual(['a-2023.yaml', 'b-2024.yaml', 'c-own-previous.yaml', 'd-bom.yaml', 'e-flow.yaml', 'e-scalar.yaml', 'f-broken.yaml', 'g-utf16.yaml', 'h-one-under.yaml', 'j-table.csv']);
    for (const t of told) {
      expect(t.path).toBe(inputs[t.position]!.path);
      expect(t.size).toBe(Buffer.byteLength(FILES[inputs[t.position]!.file]!));
    }
  });

  test('a file named on the command line is not scanned, and a file named twice is told of once', async () => {
    const { inputs, told } = await scan(['a-2023.yaml', '.', '*.yaml']);
    expect(inputs[0]!.file).toBe('a-2023.yaml');
    expect(told.some((t) => t.position === 0)).toBe(false);
    expect(new Set(told.map((t) => t.path)).size).toBe(told.length);
    expect(inputs.filter((i) => i.file.endsWith('a-2023.yaml'))).toHaveLength(1);
  });
});

describe('a key from the scan is the key phase 1 reads', () => {
  test('each file: the same key, or left to phase 1', async () => {
    const { inputs, keys } = await scan(['.']);
    const got = Object.fromEntries(inputs.map((input, position) => [input.file, keys.has(position) ? keys.get(position) : 'phase 1']));
    expect(got).toEqual({
      'a-2023.yaml': { agency: 'kota-satu', year: 2023, ownPrevious: false },
      'b-2024.yaml': { agency: 'kota-satu', year: 2024, ownPrevious: false },
      'c-own-previous.yaml': { agency: 'kota-dua', year: 2024, ownPrevious: true },
      'd-bom.yaml': { agency: 'kota-tiga', year: 2022, ownPrevious: false },
      'e-flow.yaml': 'phase 1', // outside the fast reader's subset
      'e-scalar.yaml': { agency: 'kota-empat', year: 2024, ownPrevious: false },
      'f-broken.yaml': 'phase 1', // does not read: only its evaluation tells
      'g-utf16.yaml': null, // not UTF-8: no key
      'h-one-under.yaml': { agency: 'kota-enam', year: 2023, ownPrevious: false },
      'i-head-size.yaml': 'phase 1', // as long as the head: not known to be whole
      'j-table.csv': 'phase 1',
    });
    // Independently: phase 1's own reading of every file the scan keyed.
    inputs.forEach((input, position) => {
      if (!keys.has(position)) return;
      expect(keys.get(position) ?? undefined).toEqual(keyOfRead(readSource(input.path!)));
    });
  });

  test('a file over --max-file-size is left to phase 1 (which reports it too large)', async () => {
    const { inputs, keys } = await scan(['.'], 100);
    expect(inputs.filter((_, position) => keys.has(position)).map((i) => i.file)).toEqual(['e-scalar.yaml']);
    expect(keyOfRead(readSource(join(dir, 'a-2023.yaml'), 100))).toBeUndefined();
  });

  test('the table reads as the keys were set: by position, in any order, past its first size', async () => {
    const { keys } = await scan(['.']);
    expect([keys.get(0), keys.get(2)]).toEqual([
      { agency: 'kota-satu', year: 2023, ownPrevious: false },
      { agency: 'kota-dua', year: 2024, ownPrevious: true },
    ]);
    expect([keys.agency(1), keys.year(1), keys.ownPrevious(1), keys.ownPrevious(2)]).toEqual(['kota-satu', 2024, false, true]);
    const table = new LinkKeys();
    table.set(5000, { agency: 'kota-lima', year: 2025, ownPrevious: false });
    table.set(3, undefined);
    table.set(7, { agency: 'kota-lima', year: 2e15 + 1, ownPrevious: true });
    expect([table.length, table.get(5001)]).toEqual([5001, undefined]);
    table.set(9000, { agency: 'kota-enam', year: 2026, ownPrevious: false }); // grows again: what was set is copied
    expect(table.length).toBe(9001);
    expect([table.get(3), table.get(4), table.get(7), table.get(5000), table.get(6000), table.get(9000), table.get(9001)]).toEqual([
      null,
      undefined,
      { agency: 'kota-lima', year: 2e15 + 1, ownPrevious: true },
      { agency: 'kota-lima', year: 2025, ownPrevious: false },
      undefined,
      { agency: 'kota-enam', year: 2026, ownPrevious: false },
      undefined,
    ]);
    expect([table.has(3), table.has(4), table.agency(3), table.agency(4)]).toEqual([true, false, undefined, undefined]);
  });
});

// Importing (npm run bench, #13): the same assessments as one wide CSV (one row per agency and year,
// `;` and a decimal comma, as an Indonesian spreadsheet saves it) and as national monitoring
// records, against reading them as one YAML file each. Rows per second, and the ratio to YAML's rate
// (above 1: importing is faster per assessment).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CATEGORIES = ['kabupaten', 'kota', 'provinsi', 'kementerian'];

function levelsOf(n) {
  let state = (n * 2654435761) >>> 0;
  return Array.from({ length: 47 }, () => 1 + ((state = (state * 1664525 + 1013904223) >>> 0) % 5));
}

/** The three shapes of `size` assessments of PermenPANRB 59/2020. */
function write(dir, size) {
  mkdirSync(join(dir, 'yaml'), { recursive: true });
  const header = ['Instansi', 'Id instansi', 'Kategori', 'Tahun', 'Tahun lalu', 'Indeks tahun lalu', ...Array.from({ length: 47 }, (_, i) => String(i + 1))];
  const rows = [header.join(';')];
  const records = [];
  for (let n = 0; n < size; n++) {
    const levels = levelsOf(n);
    const previous = `${2 + (n % 3)},${String(n % 100).padStart(2, '0')}`;
    rows.push([`Kabupaten ${n}`, `kab-${n}`, CATEGORIES[n % 4], '2024', '2023', previous, ...levels].join(';'));
    const indicators = levels.map((l, i) => `  ${i + 1}: ${l}`).join('\n');
    writeFileSync(join(dir, 'yaml', `${String(n).padStart(5, '0')}.yaml`), `framework: permenpanrb-59-2020\nyear: 2024\nagency:\n  name: Kabupaten ${n}\n  id: kab-${n}\n  category: ${CATEGORIES[n % 4]}\nindicators:\n${indicators}\nprevious: {year: 2023, index: ${previous.replace(',', '.')}}\n`);
    const aspects = Array.from({ length: 8 }, (_, i) => `"A20${String(i + 1).padStart(2, '0')}": "${(1 + ((n + i) % 4)).toFixed(10)}"`);
    records.push(`{"kode": "${n}", "tahun": "2024", "nama_instansi": "Kabupaten ${n}", "kategori": "Kabupaten", "daerah": "Provinsi ${n % 7}", "nilai": {${aspects.join(', ')}}}`);
  }
  writeFileSync(join(dir, 'wide.csv'), `${rows.join('\r\n')}\r\n`);
  writeFileSync(join(dir, 'records.json'), `[\n${records.join(',\n')}\n]\n`);
}

function timed(bin, args, cwd) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`spbe ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
  return ms;
}

export function benchImport(work, bin, size = Number(process.env.BENCH_IMPORT_SIZE ?? 2000)) {
  const dir = join(work, 'import');
  write(dir, size);
  const rate = (ms) => Math.round((size / ms) * 1000);
  // One thread each, so that the comparison is of reading, not of worker start-up.
  const yaml = timed(bin, ['score', 'yaml', '--format', 'jsonl', '-j', '0'], dir);
  const csv = timed(bin, ['score', 'wide.csv', '--format', 'jsonl'], dir);
  const records = timed(bin, ['score', 'records.json', '--format', 'jsonl'], dir);
  console.log(`\nimport: ${size} assessments, spbe score --format jsonl, one thread`);
  console.log(`  YAML files:        ${rate(yaml)} rows/s`);
  console.log(`  wide CSV (;, 2,5): ${rate(csv)} rows/s: ${(yaml / csv).toFixed(2)}x the YAML rate`);
  console.log(`  national records:  ${rate(records)} rows/s: ${(yaml / records).toFixed(2)}x the YAML rate`);
}

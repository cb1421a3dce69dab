// Writes N realistic assessment files (PermenPANRB 59/2020) into a folder, over several years: in the
// short form (levels only), the long form (self levels, targets, penjelasan and bukti dukung), or
// mixed (a third long).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CATEGORIES = ['kabupaten', 'kota', 'provinsi', 'kementerian', 'lpnk'];
const PROVINCES = ['Aceh', 'Jawa Barat', 'Jawa Tengah', 'Kalimantan Selatan', 'Sulawesi Selatan', 'Papua'];

function random(seed) {
  let state = seed >>> 0;
  return () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function assessment(i, rand, shape) {
  const year = 2021 + (i % 4);
  const agency = i >> 2;
  const base = 1 + Math.floor(rand() * 4);
  const long = shape === 'long' || (shape === 'mixed' && i % 3 === 0);
  const lines = [
    '# yaml-language-server: $schema=../schemas/assessment.schema.json',
    'framework: permenpanrb-59-2020',
    `year: ${year}`,
    'agency:',
    `  name: Pemerintah Daerah Contoh ${agency}`,
    `  id: pemda-contoh-${agency}`,
    `  category: ${CATEGORIES[agency % CATEGORIES.length]}`,
    `  province: ${PROVINCES[agency % PROVINCES.length]}`,
    'stage: final',
    'indicators:',
  ];
  for (let id = 1; id <= 47; id++) {
    const level = Math.min(5, Math.max(1, base + Math.floor(rand() * 3) - 1));
    if (!long) {
      lines.push(`  ${id}: ${level}`);
      continue;
    }
    lines.push(
      `  ${id}:`,
      `    level: ${level}`,
      `    self: ${Math.min(5, level + (rand() < 0.3 ? 1 : 0))}`,
      `    target: ${Math.min(5, level + 1)}`,
      `    explanation: >-`,
      `      Indikator ${id} telah diterapkan pada tingkat ${level} di seluruh perangkat daerah; reviu dan evaluasi`,
      `      dilakukan secara berkala dan hasilnya ditindaklanjuti dengan perbaikan proses bisnis.`,
      '    evidence:',
      `      - "Peraturan Kepala Daerah Nomor ${id} Tahun ${year - 1}"`,
      `      - "https://contoh-${agency}.go.id/spbe/bukti/${id}"`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** shape: 'short', 'long' or 'mixed'. */
export function generate(dir, count, { seed = 42, shape = 'mixed' } = {}) {
  mkdirSync(dir, { recursive: true });
  const rand = random(seed);
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `assessment-${String(i).padStart(5, '0')}.yaml`), assessment(i, rand, shape));
}

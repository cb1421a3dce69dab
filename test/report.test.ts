/// <reference lib="dom" />
/**
 * The HTML report in a real browser (Debian's Chromium through playwright-core): every number on
 * the page matches `--format json`, there are no console errors, it fits a phone's width, and its
 * screenshot is not blank. (The xlsx workbook and the single-agency markdown are cases in
 * test/cli.cases.test.ts.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, ROOT } from './helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
/** The printed report is read back by poppler-utils (.ci/run installs it; missing under CI is a failure). */
const POPPLER = ['/usr/bin/pdftotext', '/usr/bin/pdfinfo', '/usr/bin/pdftoppm'].every((tool) => existsSync(tool));
if (!POPPLER && process.env.CI) throw new Error('poppler-utils is missing: .ci/run installs it');
const BANJARBARU = ['examples/kota-banjarbaru-2019.yaml', 'examples/kota-banjarbaru-2021.yaml', 'examples/kota-banjarbaru-2024.yaml'];
const out = mkdtempSync(join(tmpdir(), 'spbe-report-'));
let browser: Browser | undefined;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);
    return;
  }
  // The flags keep Chromium off the network (this machine has none) and out of a sandbox root cannot use.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  // A first start of Chromium on a machine, or one beside a loaded suite, took more than vitest's 10 s once in CI.
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function openReport(file: string, viewport = { width: 1100, height: 1400 }) {
  const page = await browser!.newPage({ viewport });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) errors.push(`network request: ${request.url()}`);
  });
  await page.goto(`file://${file}`);
  return { page, errors };
}

describe('spbe report in Chromium', () => {
  it('one agency over three years: badge, domains, radar, trend, plan and indicators match the JSON', async (context) => {
    if (!browser) return context.skip('Debian chromium is not installed here');
    const file = join(out, 'banjarbaru.html');
    expect((await run(['report', ...BANJARBARU, '-o', file])).code).toBe(0);
    const json = JSON.parse((await run(['score', ...BANJARBARU, '-f', 'json'])).stdout);
    const latest = json.results.find((r: { year: number }) => r.year === 2024);
    const { page, errors } = await openReport(file);

    expect(await page.textContent('[data-testid=index]')).toBe(latest.index.toFixed(2));
    expect(await page.textContent('[data-testid=predicate]')).toBe(latest.predicate);
    expect(await page.textContent('[data-testid=change]')).toContain(`+${latest.comparison.delta.index.toFixed(2)} since 2023`);
    const bars = await page.$$eval('#domains tbody tr', (els) => els.map((el) => [el.getAttribute('data-label'), el.getAttribute('data-value')]));
    expect(bars).toEqual(latest.domains.map((d: { id: number; name: string; index: number }) => [`${d.id} ${d.name}`, d.index.toFixed(2)]));
    const radar = await page.$$eval('#radar tbody tr', (rows) => rows.map((r) => Array.from(r.querySelectorAll('td')).map((td) => td.textContent)));
    expect(radar).toEqual(latest.aspects.map((a: { id: number; name: string; index: number }) => [String(a.id), a.name, a.index.toFixed(2)])); // no 2021 column: another framework
    const trend = await page.$$eval('#trend tbody tr', (els) => els.map((el) => [el.getAttribute('data-year'), el.getAttribute('data-framework'), el.getAttribute('data-value')]));
    const byYear = Object.fromEntries(json.results.map((r: { year: number; index: number }) => [r.year, r.index.toFixed(2)]));
    expect(trend).toEqual([['2019', '5/2018', byYear[2019]], ['2021', '59/2020', byYear[2021]], ['2023', '59/2020', '2.68'], ['2024', '59/2020', byYear[2024]]]);
    // The chart's own text: the figures, a real year axis (2022 has no point but has its place), the index axis from 1 and the change of framework marked once.
    const trendText = await page.$$eval('#trend svg text', (els) => els.map((el) => el.textContent));
    expect(trendText).toEqual(expect.arrayContaining(['2.77', '2.11', '2.68', '2.74', '2019', '2020', '2021', '2022', '2023', '2024', '1', '5']));
    expect(trendText.filter((t) => t === '59/2020')).toHaveLength(2); // the mark and the legend
    expect(trendText).not.toContain('0');
    const plan = JSON.parse((await run(['plan', 'examples/kota-banjarbaru-2024.yaml', '--target', 'Sangat Baik', '-f', 'json'])).stdout);
    expect(await page.textContent('[data-testid=plan-projected]')).toBe(plan.projected.index.toFixed(2));
    expect(await page.$$eval('[data-testid=indicators] tbody tr', (rows) => rows.length)).toBe(47);
    const level45 = await page.textContent('[data-testid=indicators] tr[data-indicator="45"] td.level');
    expect(level45).toBe(String(latest.indicators.find((x: { id: number }) => x.id === 45).level));

    const screenshot = join(out, 'banjarbaru.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(60_000); // a blank page is a few kilobytes
    expect(errors).toEqual([]);

    const phone = await openReport(file, { width: 390, height: 844 });
    const widths = await phone.page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(phone.errors).toEqual([]);
  });

  it('the long-form example shows previous and target on the radar, penjelasan and bukti dukung', async (context) => {
    if (!browser) return context.skip('Debian chromium is not installed here');
    const file = join(out, 'contoh.html');
    await run(['report', 'examples/kabupaten-contoh-2024.yaml', '-o', file]);
    const json = JSON.parse((await run(['score', 'examples/kabupaten-contoh-2024.yaml', '-f', 'json'])).stdout).results[0];
    const { page, errors } = await openReport(file);
    expect(await page.$$eval('#radar thead th', (els) => els.map((el) => el.textContent))).toEqual(['#', 'Aspek', '2024', '2023', 'Change', 'target']);
    // Each aspect's change since 2023, published values (aspect 6: 1.33 - 1.00).
    expect(await page.$$eval('#radar tbody tr td:nth-child(5)', (els) => els.map((el) => el.textContent))).toEqual(['+0.20', '+0.25', '+0.25', '0.00', '+0.25', '+0.33', '+0.10', '+0.16']);
    const targets = await page.$$eval('#radar tbody tr td:last-child', (els) => els.map((el) => el.textContent));
    expect(targets).toEqual(json.targets.aspects.map((a: { other: number }) => a.other.toFixed(2)));
    expect(await page.$$eval('#radar svg text', (els) => els.map((el) => el.textContent))).toEqual(expect.arrayContaining(['1', '2', '3', '4', '5', '6', '7', '8', '2024', '2023', 'target']));
    expect(await page.textContent('[data-testid=indicators] tr[data-indicator="1"]')).toContain('Peraturan Bupati Contoh Nomor 11 Tahun 2023');
    expect(errors).toEqual([]);
  });

  it('several agencies: ranking, predikat distribution and domain averages', async (context) => {
    if (!browser) return context.skip('Debian chromium is not installed here');
    const file = join(out, 'all.html');
    await run(['report', 'examples', '-o', file]);
    const json = JSON.parse((await run(['score', 'examples', '-f', 'json'])).stdout);
    const { page, errors } = await openReport(file);
    const ranking = await page.$$eval('[data-testid=ranking] tbody tr', (rows) => rows.map((r) => [r.getAttribute('data-file'), r.querySelector('.index')!.textContent]));
    // A ranking per framework and year (by year), each by index.
    type R = { file: string; index: number; year: number; framework: { id: string } };
    const expected = [...json.results as R[]].sort((a, b) => a.year - b.year || a.framework.id.localeCompare(b.framework.id) || b.index - a.index).map((r) => [r.file, r.index.toFixed(2)]);
    expect(await page.$$eval('[data-testid=ranking]', (tables) => tables.map((t) => t.getAttribute('data-cohort')))).toEqual(json.summary.cohorts.map((c: { year: number; framework: string }) => `${c.year} · ${c.framework}`));
    expect(ranking).toEqual(expected);
    const counts = await page.$$eval('#distribution tbody tr', (els) => Object.fromEntries(els.map((el) => [el.getAttribute('data-label'), Number(el.getAttribute('data-count'))])));
    // The examples span several years: the overview draws the latest year's summary, never a mean across them.
    expect(counts).toEqual(json.summary.cohorts.at(-1).predicates);
    expect(errors).toEqual([]);
  });

  it('Pemdi 8/2026: aspects as the top groups, the assessors beside penilaian mandiri and evidence, and the indicators waiting for an external index', async (context) => {
    if (!browser) return context.skip('Debian chromium is not installed here');
    const file = join(out, 'pemdi.html');
    expect((await run(['report', 'examples/kabupaten-contoh-2026.yaml', '-o', file])).code).toBe(0);
    const json = JSON.parse((await run(['score', 'examples/kabupaten-contoh-2026.yaml', '-f', 'json', '--detail', 'evidence'])).stdout).results[0];
    const { page, errors } = await openReport(file);
    expect(await page.$('#domains')).toBeNull(); // no invented domain
    expect(await page.$$eval('#aspects tbody tr', (els) => els.map((el) => el.getAttribute('data-value')))).toEqual(json.aspects.map((a: { index: number }) => a.index.toFixed(2)));
    const tables = '[data-testid=three-way] table';
    expect(await page.$eval(`${tables} >> nth=0`, (table) => Array.from(table.querySelectorAll('thead th')).map((el) => el.textContent))).toEqual(['Aspek', 'Assessors', 'Self', 'Evidence level']);
    const groups = await page.$eval(`${tables} >> nth=0`, (table) => Array.from(table.querySelectorAll('tbody tr')).map((r) => Array.from(r.children).slice(1).map((td) => td.textContent)));
    const two = (n: number) => n.toFixed(2);
    // json lists the aspects that have something to compare; any other aspect keeps the assessors' value.
    const other = (list: { id: number; other: number }[], a: { id: number; index: number }) => two(list.find((x) => x.id === a.id)?.other ?? a.index);
    const expected = json.aspects.map((a: { id: number; index: number }) => [two(a.index), other(json.selfAssessment.aspects, a), other(json.evidenceAssessment.aspects, a)]);
    expect(groups).toEqual([...expected, [two(json.index), two(json.selfAssessment.index), two(json.evidenceAssessment.index)]]);
    const indicators = await page.$eval(`${tables} >> nth=1`, (table) => Object.fromEntries(Array.from(table.querySelectorAll('tbody tr')).map((r) => [r.querySelector('td')!.textContent, Array.from(r.querySelectorAll('td')).map((td) => td.textContent)])));
    expect(indicators['1']).toEqual(['1', 'Tata Kelola Pemerintah Digital', '2.50', '3', '2', 'I1-L3-01 revisi (tidak_tepat) · Bappeda; I1-L3-02 proses · Diskominfo']);
    expect(indicators['5']!.at(-1)).toBe('menunggu nilai eksternal');
    expect(indicators['8']!.at(-1)).toContain('I8-L1-01 revisi (belum_diunggah) · Diskominfo');
    expect(await page.textContent('.notes')).toContain(`Waiting for another agency's index`);
    expect(errors).toEqual([]);
  });

  /** Every chart's text in CSS px as rendered, and whether its box lies inside its SVG. */
  async function chartText(page: import('playwright-core').Page) {
    return page.$$eval('svg[data-chart] text', (els) =>
      els
        .filter((el) => (el.textContent ?? '').trim() !== '')
        .map((el) => {
          const svg = (el as SVGTextElement).ownerSVGElement!;
          const frame = svg.getBoundingClientRect();
          const box = el.getBoundingClientRect();
          const scale = frame.width / svg.viewBox.baseVal.width;
          const inside = box.left >= frame.left - 0.5 && box.right <= frame.right + 0.5 && box.top >= frame.top - 0.5 && box.bottom <= frame.bottom + 0.5;
          return { chart: svg.getAttribute('data-chart'), text: el.textContent, px: parseFloat(getComputedStyle(el).fontSize) * scale, inside };
        }),
    );
  }

  const LAYOUTS: [string, string[]][] = [
    ['one agency over three frameworks of years', BANJARBARU],
    ['the long-form example with previous year and targets', ['examples/kabupaten-contoh-2023.yaml', 'examples/kabupaten-contoh-2024.yaml']],
    ['Pemdi 8/2026 (aspects as top groups) after a 59/2020 year', ['examples/kabupaten-contoh-2026.yaml']],
    ['several agencies', ['examples']],
  ];
  for (const [name, inputs] of LAYOUTS) {
    it(`charts are legible at 390 and 1280 px: ${name}`, async (context) => {
      if (!browser) return context.skip('Debian chromium is not installed here');
      const file = join(out, `legible-${LAYOUTS.findIndex(([n]) => n === name)}.html`);
      expect((await run(['report', ...inputs, '-o', file])).code).toBe(0);
      for (const width of [390, 1280]) {
        const { page, errors } = await openReport(file, { width, height: 900 });
        const texts = await chartText(page);
        expect(texts.length).toBeGreaterThan(10);
        expect(texts.filter((t) => t.px < 11)).toEqual([]);
        expect(texts.filter((t) => !t.inside)).toEqual([]);
        expect(await page.$$eval('svg[data-chart]', (els) => els.every((el) => el.getAttribute('role') === 'img' && (el.getAttribute('aria-label') ?? '') !== ''))).toBe(true);
        const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
        expect(widths.page).toBeLessThanOrEqual(widths.viewport);
        expect(errors).toEqual([]);
        await page.close();
      }
    });
  }

  const TABLE_LAYOUTS: [string, string[]][] = [
    ['the long-form example (penjelasan, bukti dukung)', ['examples/kabupaten-contoh-2024.yaml']],
    ['several agencies with --benchmark (11 ranking columns)', ['examples', '--benchmark', 'province']],
    ['Pemdi 8/2026 with its three-way tables', ['examples/kabupaten-contoh-2026.yaml']],
  ];
  for (const [name, args] of TABLE_LAYOUTS) {
    it(`at 390 px no table is cut off: ${name}`, async (context) => {
      if (!browser) return context.skip('Debian chromium is not installed here');
      const file = join(out, `phone-${TABLE_LAYOUTS.findIndex(([n]) => n === name)}.html`);
      expect((await run(['report', ...args, '-o', file])).code).toBe(0);
      const { page, errors } = await openReport(file, { width: 390, height: 900 });
      const tables = await page.$$eval('table', (els) =>
        els.map((t) => ({ testid: t.getAttribute('data-testid'), cards: t.classList.contains('cards'), width: t.getBoundingClientRect().width, room: t.parentElement!.clientWidth, right: t.getBoundingClientRect().right, columns: t.querySelectorAll('thead th').length })),
      );
      expect(tables.length).toBeGreaterThan(2);
      // Every table fits its container and the screen: nothing to scroll sideways, nothing hidden.
      expect(tables.filter((t) => t.width > t.room + 0.5 || t.right > 390.5)).toEqual([]);
      expect(await page.$$eval('.scroll', (els) => els.filter((el) => el.scrollWidth > el.clientWidth).length)).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // Tables of five or more columns are cards: each value labelled with its column's name.
      expect(tables.filter((t) => t.columns >= 5).every((t) => t.cards)).toBe(true);
      const labelled = await page.$$eval('table.cards tbody td', (cells) => cells.filter((c) => c.textContent !== '').map((c) => [c.getAttribute('data-label'), getComputedStyle(c, '::before').content]));
      expect(labelled.length).toBeGreaterThan(10);
      for (const [label, shown] of labelled) expect(shown).toBe(JSON.stringify(label));
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  /** A small seeded generator (the cases are the same on every run; the seed names them). */
  const seeded = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

  /** What the what-if shows: index, predikat, and each aspect's and domain's value. */
  async function whatIfShown(page: import('playwright-core').Page) {
    return {
      index: await page.textContent('[data-testid=whatif-index]'),
      predicate: await page.textContent('[data-testid=whatif-predicate]'),
      groups: await page.$$eval('[data-testid=whatif-groups] [data-group]', (cells) => Object.fromEntries(cells.map((c) => [c.getAttribute('data-group'), c.textContent]))),
      flag: await page.textContent('[data-testid=whatif-flag]'),
    };
  }
  const expectedGroups = (r: { aspects: { id: number; index: number }[]; domains: { id: number; index: number }[] }) => Object.fromEntries([...r.aspects.map((a) => [`aspek-${a.id}`, a.index.toFixed(2)]), ...r.domains.map((d) => [`domain-${d.id}`, d.index.toFixed(2)])]);

  it('what-if (59/2020): random levels give the CLI\'s --what-if figures; the flag is the CLI\'s; reset; copy', async (context) => {
    if (!browser) return context.skip('Debian chromium is not installed here');
    const input = 'examples/kota-banjarbaru-2024.yaml';
    const file = join(out, 'whatif.html');
    expect((await run(['report', input, '-o', file])).code).toBe(0);
    const { page, errors } = await openReport(file);
    expect(await page.isVisible('[data-testid=whatif]')).toBe(true);
    const json = JSON.parse((await run(['score', input, '-f', 'json', '--detail', 'indicators'])).stdout).results[0];
    const before = await whatIfShown(page);
    expect(before).toEqual({ index: json.index.toFixed(2), predicate: json.predicate, groups: expectedGroups(json), flag: '' });
    const rand = seeded(2024);
    const dir = mkdtempSync(join(tmpdir(), 'spbe-whatif-'));
    for (let round = 0; round < 5; round++) {
      await page.click('[data-action=reset]');
      const changes = new Map<number, number>();
      while (changes.size < 1 + Math.floor(rand() * 8)) changes.set(1 + Math.floor(rand() * 47), 1 + Math.floor(rand() * 5));
      for (const [id, level] of changes) await page.fill(`input[data-indicator="${id}"]`, String(level));
      const flag = [...changes].sort(([a], [b]) => a - b).map(([id, level]) => `${id}=${level}`).join(',');
      const whatIf = JSON.parse((await run(['score', input, '-f', 'json', '--what-if', flag])).stdout).results[0].whatIf;
      // --what-if's JSON has no aspects: the same levels written into the file give them.
      const doc = parseDocument(readFileSync(join(ROOT, input), 'utf8'));
      doc.delete('previous');
      for (const [id, level] of changes) doc.hasIn(['indicators', id, 'level']) ? doc.setIn(['indicators', id, 'level'], level) : doc.setIn(['indicators', id], level);
      const changedFile = join(dir, `round-${round}.yaml`);
      writeFileSync(changedFile, String(doc));
      const cli = JSON.parse((await run(['score', changedFile, '-f', 'json'])).stdout).results[0];
      expect([cli.index, cli.predicate, cli.domains.map((d: { id: number; index: number }) => ({ id: d.id, index: d.index }))], 'the file and --what-if agree').toEqual([whatIf.index, whatIf.predicate, whatIf.domains]);
      const shown = await whatIfShown(page);
      expect({ index: shown.index, predicate: shown.predicate, groups: shown.groups }, flag).toEqual({ index: cli.index.toFixed(2), predicate: cli.predicate, groups: expectedGroups(cli) });
      // The flag names the levels that differ from the file's, in indicator order.
      const differing = [...changes].filter(([id, level]) => json.indicators.find((x: { id: number; level: number }) => x.id === id).level !== level).sort(([a], [b]) => a - b);
      expect(shown.flag).toBe(differing.length > 0 ? `--what-if ${differing.map(([id, level]) => `${id}=${level}`).join(',')}` : '');
      if (differing.length > 0) {
        await page.click('[data-action=copy]');
        expect(await page.evaluate(() => getSelection()?.toString())).toBe(shown.flag);
      }
    }
    // A value off the scale is marked and leaves the figures as they were.
    await page.click('[data-action=reset]');
    await page.fill('input[data-indicator="1"]', '6');
    expect(await page.getAttribute('input[data-indicator="1"]', 'aria-invalid')).toBe('true');
    expect(await whatIfShown(page)).toEqual(before);
    await page.click('[data-action=reset]');
    expect(await whatIfShown(page)).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('what-if (8/2026): random fractional values (1,26, 7/6) give what the CLI scores from a file with those values', async (context) => {
    if (!browser) return context.skip('Debian chromium is not installed here');
    const input = 'examples/kabupaten-contoh-2026.yaml';
    const file = join(out, 'whatif-pemdi.html');
    expect((await run(['report', input, '-o', file])).code).toBe(0);
    const { page, errors } = await openReport(file);
    // Untouched, the page shows the file's exact figures (indicator 13 is 7/6, shown as 1.17).
    const json = JSON.parse((await run(['score', input, '-f', 'json'])).stdout).results[0];
    expect(await whatIfShown(page)).toEqual({ index: json.index.toFixed(2), predicate: json.predicate, groups: expectedGroups(json), flag: '' });
    expect(await page.inputValue('input[data-indicator="13"]')).toBe('7/6');
    const rand = seeded(2026);
    const dir = mkdtempSync(join(tmpdir(), 'spbe-whatif-'));
    for (let round = 0; round < 4; round++) {
      await page.click('[data-action=reset]');
      const doc = parseDocument(readFileSync(join(ROOT, input), 'utf8'));
      doc.delete('previous');
      const typed: string[] = [];
      const changed = new Set<number>();
      while (changed.size < 2 + Math.floor(rand() * 5)) {
        const id = 1 + Math.floor(rand() * 20);
        if (id === 5 || changed.has(id)) continue; // 5 waits for an external index
        changed.add(id);
        const kind = Math.floor(rand() * 3);
        const hundredths = 100 + Math.floor(rand() * 401);
        const [text, exact] = kind === 0 ? [String(1 + Math.floor(rand() * 5))] : kind === 1 ? [`${Math.floor(hundredths / 100)},${String(hundredths % 100).padStart(2, '0')}`, `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`] : [`${6 + Math.floor(rand() * 25)}/6`];
        typed.push(`${id}=${text}`);
        await page.fill(`input[data-indicator="${id}"]`, text);
        // A whole level or a decimal as a YAML number (read exactly from its text), a fraction as a string.
        const value = text.includes('/') ? text : Number(exact ?? text);
        if (doc.hasIn(['indicators', id, 'level'])) doc.setIn(['indicators', id, 'level'], value);
        else doc.setIn(['indicators', id], value);
      }
      const changedFile = join(dir, `round-${round}.yaml`);
      writeFileSync(changedFile, String(doc));
      const scored = await run(['score', changedFile, '-f', 'json']);
      expect(scored.code, typed.join(' ')).toBe(0);
      const cli = JSON.parse(scored.stdout).results[0];
      const shown = await whatIfShown(page);
      expect({ index: shown.index, predicate: shown.predicate, groups: shown.groups }, typed.join(' ')).toEqual({ index: cli.index.toFixed(2), predicate: cli.predicate, groups: expectedGroups(cli) });
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('what-if under --lang id: figures with a decimal comma, "3,75" and "2.25" both read, the file\'s values (7/6) untouched', async (context) => {
    if (!browser) return context.skip('Debian chromium is not installed here');
    const input = 'examples/kabupaten-contoh-2026.yaml';
    const file = join(out, 'whatif-id.html');
    expect((await run(['report', input, '-o', file, '--lang', 'id'])).code).toBe(0);
    const { page, errors } = await openReport(file);
    const comma = (n: number) => n.toFixed(2).replace('.', ',');
    const commaGroups = (r: Parameters<typeof expectedGroups>[0]) => Object.fromEntries(Object.entries(expectedGroups(r)).map(([k, v]) => [k, String(v).replace('.', ',')]));
    const json = JSON.parse((await run(['score', input, '-f', 'json'])).stdout).results[0];
    expect(await whatIfShown(page)).toEqual({ index: comma(json.index), predicate: json.predicate, groups: commaGroups(json), flag: '' });
    expect(await page.textContent('[data-testid=whatif-change]')).toBe('0,00');
    expect(await page.inputValue('input[data-indicator="13"]')).toBe('7/6');
    await page.fill('input[data-indicator="1"]', '3,75');
    await page.fill('input[data-indicator="2"]', '2.25');
    for (const id of [1, 2]) expect(await page.getAttribute(`input[data-indicator="${id}"]`, 'aria-invalid')).toBe('false');
    const doc = parseDocument(readFileSync(join(ROOT, input), 'utf8'));
    doc.delete('previous');
    for (const [id, value] of [[1, 3.75], [2, 2.25]] as const) doc.hasIn(['indicators', id, 'level']) ? doc.setIn(['indicators', id, 'level'], value) : doc.setIn(['indicators', id], value);
    const changedFile = join(mkdtempSync(join(tmpdir(), 'spbe-whatif-')), 'id.yaml');
    writeFileSync(changedFile, String(doc));
    const cli = JSON.parse((await run(['score', changedFile, '-f', 'json'])).stdout).results[0];
    const shown = await whatIfShown(page);
    expect({ index: shown.index, predicate: shown.predicate, groups: shown.groups }).toEqual({ index: comma(cli.index), predicate: cli.predicate, groups: commaGroups(cli) });
    const delta = Math.round(cli.index * 100) - Math.round(json.index * 100);
    expect(await page.textContent('[data-testid=whatif-change]')).toBe(`${delta > 0 ? '+' : delta < 0 ? '-' : ''}${(Math.abs(delta) / 100).toFixed(2).replace('.', ',')}`);
    // What goes into a file keeps the decimal point (YAML reads 2.5, not 2,5).
    expect(await page.textContent('[data-testid=whatif-fractional] code')).toBe('1=3.75,2=2.25');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('printed (Chromium to PDF, read back by poppler-utils): A4, the header and "Page n of N" on every page, no page but the last left half blank', async (context) => {
    if (!browser) return context.skip('Debian chromium is not installed here');
    if (!POPPLER) return context.skip('poppler-utils is not installed here');
    for (const [name, args] of [['banjarbaru', BANJARBARU], ['long', ['examples/kabupaten-contoh-2024.yaml']], ['batch', ['examples']]] as const) {
      const file = join(out, `print-${name}.html`);
      expect((await run(['report', ...args, '-o', file, '--report-date', '2025-03-14'])).code).toBe(0);
      const { page, errors } = await openReport(file);
      const pdf = join(out, `print-${name}.pdf`);
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
      await page.close();
      expect(errors).toEqual([]);
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
      const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
      const header = name === 'batch' ? 'SPBE: 7 assessments · 14 March 2025' : name === 'long' ? 'Pemerintah Kabupaten Contoh · 2024 · Indeks SPBE (PermenPANRB 59/2020) · 14 March 2025' : 'Pemerintah Kota Banjarbaru · 2024 · Indeks SPBE (PermenPANRB 59/2020) · 14 March 2025';
      pages.forEach((text, i) => {
        expect(text.trimStart().startsWith(header)).toBe(true);
        expect(text).toMatch(new RegExp(`Page ${i + 1} of ${pages.length}\\s*$`));
      });
      // How far down each page its content reaches (the footer margin left out): no page but the last is half blank (a row never splits, so a tall one may move on).
      const filled = inkDepth(pdf);
      expect(filled).toHaveLength(pages.length);
      expect(filled.slice(0, -1).filter((depth) => depth <= 0.5)).toEqual([]);
    }
  });
});

/** For each page of a PDF, how far down (0..1) its lowest ink lies above the bottom margin (16 mm), from pdftoppm's grey PGM. */
function inkDepth(pdf: string): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'spbe-print-'));
  execFileSync('pdftoppm', ['-r', '30', '-gray', pdf, join(dir, 'p')]);
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const pgm = readFileSync(join(dir, name));
      const head = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString('latin1', 0, 40))!;
      const [width, height] = [Number(head[1]), Number(head[2])];
      const pixels = pgm.subarray(head[0].length);
      let lowest = 0;
      for (let y = 0; y < height - Math.round((height * 16) / 297); y++) {
        for (let x = 0; x < width; x++) {
          if (pixels[y * width + x]! < 230) {
            lowest = y;
            break;
          }
        }
      }
      return lowest / height;
    });
}

void ROOT;

/// <reference lib="dom" />
/**
 * The HTML report in a real browser (Debian's Chromium through playwright-core): every number on
 * the page matches `--format json`, there are no console errors, it fits a phone's width, and its
 * screenshot is not blank. (The xlsx workbook and the single-agency markdown are cases in
 * test/cli.cases.test.ts.)
 */
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, ROOT } from './helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
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
});
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
    const bars = await page.$$eval('#domains .bar', (els) => els.map((el) => [el.getAttribute('data-label'), el.getAttribute('data-value')]));
    expect(bars).toEqual(latest.domains.map((d: { id: number; name: string; index: number }) => [`${d.id} ${d.name}`, d.index.toFixed(2)]));
    const radar = await page.getAttribute('.radar polygon.current', 'data-values');
    expect(radar).toBe(latest.aspects.map((a: { index: number }) => a.index.toFixed(2)).join(' '));
    expect(await page.$('.radar polygon.previous')).toBeNull(); // 2021 was scored under another framework
    const trend = await page.$$eval('.trend-point', (els) => els.map((el) => [el.getAttribute('data-year'), el.getAttribute('data-value')]));
    const byYear = Object.fromEntries(json.results.map((r: { year: number; index: number }) => [r.year, r.index.toFixed(2)]));
    expect(trend).toEqual([['2019', byYear[2019]], ['2021', byYear[2021]], ['2023', '2.68'], ['2024', byYear[2024]]]);
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
    expect(await page.getAttribute('.radar polygon.target', 'data-values')).toBe(json.targets.aspects.map((a: { other: number }) => a.other.toFixed(2)).join(' '));
    expect(await page.$$eval('.radar polygon.series', (els) => els.map((el) => el.getAttribute('data-series')))).toEqual(['2024', '2023', 'target']);
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
    const expected = [...json.results].sort((a: { exactIndex: string; index: number }, b: { index: number }) => b.index - a.index).map((r: { file: string; index: number }) => [r.file, r.index.toFixed(2)]);
    expect(ranking).toEqual(expected);
    const counts = await page.$$eval('.column', (els) => Object.fromEntries(els.map((el) => [el.getAttribute('data-label'), Number(el.getAttribute('data-count'))])));
    expect(counts).toEqual(json.summary.scores.predicates);
    expect(errors).toEqual([]);
  });
});

void ROOT;

// The README's pictures, made from the current build (npm run build first) and the examples:
// the first page of the PDF report in each layout (one agency over three frameworks of years, a
// Pemdi 8/2026 agency, a batch) by pdftoppm (poppler-utils), and the HTML report at a desktop and a
// phone width and its what-if in Debian's Chromium. Run: node scripts/docs-images.mjs; look at every image before
// committing it (docs/ is not part of the package).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const DOCS = join(ROOT, 'docs');
const work = mkdtempSync(join(tmpdir(), 'spbe-docs-'));
mkdirSync(DOCS, { recursive: true });
const spbe = (...args) => execFileSync(process.execPath, [join(ROOT, 'bin/spbe.js'), ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
const BANJARBARU = ['examples/kota-banjarbaru-2019.yaml', 'examples/kota-banjarbaru-2021.yaml', 'examples/kota-banjarbaru-2024.yaml'];
const SIGNER = ['--report-date', '2025-03-14', '--signer-name', 'Dr. Siti Rahmawati', '--signer-position', 'Kepala Dinas Komunikasi dan Informatika', '--signer-place', 'Banjarbaru'];

/** Page `page` of a PDF as docs/NAME.png at 80 dpi. */
function pdfPage(pdf, page, name) {
  execFileSync('pdftoppm', ['-r', '80', '-png', '-f', String(page), '-l', String(page), '-singlefile', pdf, join(work, name)]);
  renameSync(join(work, `${name}.png`), join(DOCS, `${name}.png`));
}

const agency = join(work, 'agency.pdf');
spbe('report', ...BANJARBARU, '-o', agency, ...SIGNER);
pdfPage(agency, 1, 'pdf-agency-page-1');
pdfPage(agency, 3, 'pdf-agency-page-3');
const pemdi = join(work, 'pemdi.pdf');
spbe('report', 'examples/kabupaten-contoh-2026.yaml', '-o', pemdi, '--report-date', '2026-11-30', '--lang', 'id');
pdfPage(pemdi, 2, 'pdf-pemdi-page-2');
const batch = join(work, 'batch.pdf');
spbe('report', 'examples', '-o', batch, '--report-date', '2025-03-14');
pdfPage(batch, 1, 'pdf-batch-overview');

const html = join(work, 'agency.html');
spbe('report', ...BANJARBARU, '-o', html);
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
for (const [name, width, height] of [['report-desktop', 1280, 1100], ['report-phone', 390, 1500]]) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  await page.goto(`file://${html}`);
  await page.screenshot({ path: join(DOCS, `${name}.png`) });
  await page.close();
}
// The what-if with two levels raised: its result bar and first rows.
const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
await page.goto(`file://${html}`);
await page.fill('input[data-indicator="24"]', '3');
await page.fill('input[data-indicator="26"]', '3');
await page.locator('#whatif').scrollIntoViewIfNeeded();
await page.evaluate(() => document.getElementById('whatif').scrollIntoView());
await page.screenshot({ path: join(DOCS, 'report-what-if.png') });
await browser.close();
console.log(`docs/: pdf-agency-page-1, pdf-agency-page-3, pdf-pemdi-page-2, pdf-batch-overview, report-desktop, report-phone, report-what-if (.png)`);

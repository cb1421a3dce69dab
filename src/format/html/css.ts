/** The report's stylesheet: inline, readable on a phone, printable to PDF. */
export const STYLE = `
:root { --ink: #1d2733; --muted: #5b6b7c; --line: #d9e0e7; --accent: #1f6feb; --up: #1a7f37; --down: #cf222e; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f6f8fa; }
main { max-width: 1100px; margin: 0 auto; padding: 16px; background: #fff; }
header h1 { margin: 0 0 4px; font-size: 1.6rem; }
header p { margin: 0 0 12px; color: var(--muted); }
h2 { font-size: 1.15rem; margin: 24px 0 8px; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 16px; align-items: start; }
.badge { border-radius: 12px; padding: 20px; text-align: center; color: #fff; background: #57606a; }
.badge.memuaskan { background: #116329; } .badge.sangat-baik { background: #1a7f37; } .badge.baik { background: #1f6feb; }
.badge.cukup { background: #bf8700; } .badge.kurang { background: #cf222e; }
.badge .index { font-size: 3.4rem; font-weight: 700; line-height: 1; }
.badge .predicate { font-size: 1.4rem; font-weight: 600; margin-top: 6px; }
.badge .index-name, .badge .since { opacity: .92; margin-top: 6px; }
.badge .change, .badge .change.up, .badge .change.down { font-weight: 600; color: #fff; }
.change.up { color: var(--up); } .change.down { color: var(--down); } .change.same { color: var(--muted); }
.provisional { font-size: .8rem; background: #fff8c5; color: #7d4e00; border-radius: 4px; padding: 1px 6px; }
figure { margin: 0; min-width: 0; } figcaption { color: var(--muted); font-size: .95rem; font-weight: 600; margin-bottom: 4px; }
/* Charts are drawn 360 px wide and never shown narrower: their 12 px text stays at least 12 px. */
.chart-svg { max-width: 560px; }
.chart-svg svg { display: block; width: 100%; min-width: 0; height: auto; }
table.figures { font-size: .85rem; margin-top: 6px; }
.whatif-bar { position: sticky; top: 0; z-index: 1; background: #fff; border-bottom: 1px solid var(--line); padding: 4px 0; }
.whatif-bar p { margin: 4px 0; } .whatif-result strong { font-size: 1.15rem; } .whatif input { width: 5.5em; font: inherit; }
.whatif input[aria-invalid="true"] { border-color: var(--down); background: #ffebe9; }
.notes p { background: #fff8c5; border-left: 4px solid #d4a72c; padding: 8px 12px; margin: 8px 0; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } td.num { text-align: right; white-space: nowrap; } td.text { min-width: 14rem; }
td ul { margin: 0; padding-left: 1.1rem; }
footer { margin-top: 24px; color: var(--muted); font-size: .85rem; }
/* A phone: a table of five or more columns becomes one card per row, each value beside its column's
   name (cards.ts labels the cells), so that no table is wider than the screen. */
@media (max-width: 600px) {
  main { padding: 10px; } .badge .index { font-size: 2.6rem; }
  td, th { overflow-wrap: anywhere; }
  table.cards, table.cards tbody, table.cards tr, table.cards td, table.cards tbody th { display: block; width: 100%; }
  table.cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  table.cards tr { border-bottom: 1px solid var(--line); padding: 6px 0; }
  table.cards td, table.cards tbody th { border: 0; padding: 2px 4px; display: grid; grid-template-columns: minmax(6.5rem, 38%) minmax(0, 1fr); gap: 8px; text-align: left; white-space: normal; min-width: 0; }
  table.cards td::before, table.cards tbody th::before { content: attr(data-label); color: var(--muted); font-weight: 600; }
  table.cards td:empty { display: none; }
}
/* Print: A4 (the page's header and "Page n of N" are in the margin boxes: page.ts), tables break
   between rows and repeat their head, a chart or a row never splits, and no section waits for a
   new page (no blank half pages). */
@media print {
  body { background: #fff; font-size: 10.5pt; } main { max-width: none; padding: 0; }
  table { font-size: 8.5pt; } th, td { padding: 3px 6px; } td.text { min-width: 0; }
  .grid { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .chart-svg, .badge, tr, .notes p { break-inside: avoid; }
  h1, h2, figcaption { break-after: avoid; }
  thead { display: table-header-group; }
  .scroll { overflow: visible; }
  .no-print { display: none !important; }
  footer { break-before: avoid; break-inside: avoid; margin-top: 8px; font-size: 7pt; }
  a { color: inherit; }
}
`;

/** A CSS string of any text: every character but letters, digits and plain punctuation as an escape (input cannot end the string or the style element). */
const cssString = (text: string) => `"${[...text].map((c) => (/[\p{L}\p{N} .,:()/·+-]/u.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('')}"`;

/**
 * The printed page: A4, the report's header at the top of every page and "Page n of N" at the foot
 * (CSS page margin boxes; `pageOf` is worded with counters in place of the numbers).
 */
export function printStyle(header: string, pageOf: (p: { page: string; pages: string }) => string): string {
  const [before, between, after] = pageOf({ page: '\u0001', pages: '\u0002' }).split(/[\u0001\u0002]/);
  const counters = `${cssString(before ?? '')} counter(page) ${cssString(between ?? '')} counter(pages) ${cssString(after ?? '')}`;
  return `@page { size: A4; margin: 18mm 14mm 16mm;
  @top-left { content: ${cssString(header)}; font: 8.5pt system-ui, sans-serif; color: #5b6b7c; vertical-align: bottom; padding-bottom: 3mm; border-bottom: 0.5pt solid #d9e0e7; }
  @bottom-right { content: ${counters}; font: 8.5pt system-ui, sans-serif; color: #5b6b7c; } }`;
}

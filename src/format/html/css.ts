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
.notes p { background: #fff8c5; border-left: 4px solid #d4a72c; padding: 8px 12px; margin: 8px 0; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } td.num { text-align: right; white-space: nowrap; } td.text { min-width: 14rem; }
td ul { margin: 0; padding-left: 1.1rem; }
footer { margin-top: 24px; color: var(--muted); font-size: .85rem; }
@media (max-width: 600px) { main { padding: 10px; } .badge .index { font-size: 2.6rem; } td.text { min-width: 10rem; } }
@media print { body { background: #fff; } main { max-width: none; padding: 0; } .grid { break-inside: avoid; } section { break-inside: avoid-page; } a { color: inherit; } }
`;

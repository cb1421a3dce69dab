/** What terminal output shares: colour as a value passed to formatters (so they stay pure), and cli-table3's chrome. */
export interface Palette {
  bold(text: string): string;
  dim(text: string): string;
  green(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

const same = (text: string) => text;
export const plainPalette: Palette = { bold: same, dim: same, green: same, red: same, yellow: same, cyan: same };

/** cli-table3 without its own colours (it uses @colors/colors, which ignores our NO_COLOR handling): we colour cells. */
export const tableStyle = () => ({ head: [] as string[], border: [] as string[], compact: true });

/** How a table is drawn: boxed (the table format) or as plain aligned columns (the text format, for logs). */
export interface TableChrome {
  style: ReturnType<typeof tableStyle> & { 'padding-left'?: number; 'padding-right'?: number };
  chars?: Record<string, string>;
}

const NO_BORDER = Object.fromEntries(
  ['top', 'top-mid', 'top-left', 'top-right', 'bottom', 'bottom-mid', 'bottom-left', 'bottom-right', 'left', 'left-mid', 'mid', 'mid-mid', 'right', 'right-mid'].map((k) => [k, '']),
);
export const boxChrome: TableChrome = { style: tableStyle() };
export const plainChrome: TableChrome = { style: { ...tableStyle(), 'padding-left': 0, 'padding-right': 0 }, chars: { ...NO_BORDER, middle: '  ' } };

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
/** Columns a cell's text takes on a terminal (colour codes take none). */
export const visibleWidth = (text: string): number => Math.max(0, ...text.replace(ANSI, '').split('\n').map((line) => [...line].length));

interface FittableTable {
  options: { head: string[]; colWidths?: (number | null)[]; chars: Record<string, string>; style: { 'padding-left': number; 'padding-right': number } };
  length: number;
  [row: number]: unknown;
  toString(): string;
}

/**
 * A cli-table3 table drawn within `columns`: when its natural width is wider, the widest columns
 * give up width in turn (never below their longest word) and wrap on word boundaries; a table that
 * cannot fit is drawn at the least width that cuts no word.
 * cli-table3 does not fit itself to the terminal (cli-table3#351).
 */
export function fitTable(table: unknown, columns: number): string {
  const t = table as FittableTable;
  clipCells(t);
  if (!Number.isFinite(columns)) return drawn(t);
  const rows: string[][] = [t.options.head, ...Array.from({ length: t.length }, (_, i) => (t[i] as unknown[]).map((c) => String(c ?? '')))];
  const count = Math.max(...rows.map((r) => r.length));
  const padding = t.options.style['padding-left'] + t.options.style['padding-right'];
  const cellsOf = (i: number) => rows.map((r) => r[i] ?? '');
  const widths = Array.from({ length: count }, (_, i) => Math.max(1, ...cellsOf(i).map(visibleWidth)) + padding);
  const floors = Array.from({ length: count }, (_, i) => Math.max(1, ...cellsOf(i).flatMap((c) => c.split(/\s+/).map(visibleWidth))) + padding);
  const separators = t.options.chars.left === '' ? visibleWidth(t.options.chars.middle ?? '') * (count - 1) : count + 1;
  let excess = widths.reduce((a, b) => a + b, 0) + separators - columns;
  if (excess <= 0) return drawn(t);
  while (excess > 0) {
    let widest = -1;
    for (let i = 0; i < count; i++) if (widths[i]! > floors[i]! && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
    if (widest < 0) break;
    widths[widest]!--;
    excess--;
  }
  // Still too wide at every column's longest word (many columns, a path): drawn as narrow as it goes
  // without cutting a word, rather than at its natural width.
  // Wrapped here rather than by cli-table3, whose word wrap drops a cell's indent and cuts words.
  const wrap = (cell: unknown, i: number) => {
    const text = String(cell ?? '');
    const indent = /^ */.exec(text)![0].length;
    return visibleWidth(text) <= widths[i]! - padding ? text : `${' '.repeat(indent)}${wrapWords(text.slice(indent), widths[i]! - padding - indent, indent)}`;
  };
  t.options.head = t.options.head.map(wrap);
  for (let r = 0; r < t.length; r++) t[r] = (t[r] as unknown[]).map(wrap);
  t.options.colWidths = widths;
  return drawn(t);
}

/** The longest text a table cell shows (longer input is cut with …): tables are for reading, JSON carries it all. */
export const MAX_CELL = 256;

function clipCells(t: FittableTable): void {
  const clip = (cell: unknown) => {
    const text = String(cell ?? '');
    if (text.length <= MAX_CELL) return text;
    const chars = Array.from(text);
    return chars.length <= MAX_CELL ? text : `${chars.slice(0, MAX_CELL - 1).join('')}…`;
  };
  for (let r = 0; r < t.length; r++) t[r] = (t[r] as unknown[]).map(clip);
}

/**
 * Draws the table with every body cell on one line: a row whose cells wrap becomes several rows
 * (the compact chrome draws no line between rows, so it looks the same). cli-table3 measures a
 * multi-line cell by cutting it one character at a time (quadratic in its length, for a debug
 * message), which made a long wrapped text take minutes.
 */
function drawn(t: FittableTable): string {
  const rows = Array.from({ length: t.length }, (_, i) => t[i] as unknown[]);
  const lines: string[][] = [];
  for (const row of rows) {
    const cells = row.map((c) => String(c ?? '').split('\n'));
    const height = Math.max(1, ...cells.map((c) => c.length));
    for (let l = 0; l < height; l++) lines.push(cells.map((c) => c[l] ?? ''));
  }
  for (let i = 0; i < lines.length; i++) t[i] = lines[i];
  (t as unknown as unknown[]).length = lines.length;
  return t.toString();
}

/** Words wrapped to `width` columns; lines after the first start with `indent` spaces (Infinity: one line). */
export function wrapWords(text: string, width: number, indent = 0): string {
  if (!Number.isFinite(width) || visibleWidth(text) <= width) return text;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const room = width - (lines.length > 0 ? indent : 0);
    if (line && visibleWidth(`${line} ${word}`) > room) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.map((l, i) => (i > 0 ? `${' '.repeat(indent)}${l}` : l)).join('\n');
}

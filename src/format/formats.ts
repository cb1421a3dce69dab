/**
 * The formats table: each output format's file extensions, whether it may be coloured, whether it
 * prints the run's summary itself, what it needs of the results, and how its module is loaded (only
 * when chosen, so start-up compiles what one run needs). A new format is one entry here and one file.
 */
import type { BatchReport, Command, Detail, RunStatistics } from '../core/report.js';
import type { FileResult } from '../core/result.js';
import type { Catalog } from '../messages/catalog.js';
import { folded, visible } from './escape.js';
import type { Palette } from './terminal.js';

export interface CsvOptions {
  delimiter: string;
  decimalComma: boolean;
}

/** `--decimal-comma` separates with `;` unless a delimiter is given, as a spreadsheet set to Indonesian expects. */
export function csvOptions(delimiter: string | undefined, decimalComma: boolean): CsvOptions {
  return { delimiter: delimiter ?? (decimalComma ? ';' : ','), decimalComma };
}

/** Everything a formatter is given besides the report. */
export interface FormatContext {
  catalog: Catalog;
  /** Colours (plain unless the format and the terminal allow them). */
  palette: Palette;
  /** Terminal width, for tables. */
  columns: number;
  tool: { name: string; version: string };
  csv: CsvOptions;
  /** The printed report's date and signature block (report options, else the config). */
  report?: ReportSheet;
  /** Files a format embeds, read by the CLI only when the format asks for them (the PDF's font). */
  assets?: { fonts(): { regular: Uint8Array; bold: Uint8Array } };
}

export interface ReportSheet {
  /** The date of the report (YYYY-MM-DD). */
  date: string;
  /** Who signs the printed report; a part not given is left to fill by hand. */
  signer?: { name?: string; position?: string; place?: string };
}

/** The parts of a result a run can ask for beyond the scores: --detail parts, --what-if, the cross-framework decomposition. */
export type Shown = Detail | 'what-if' | 'decomposition';

/** What a formatter of one result is given: the parts of the context that a worker thread has too. */
export type StreamContext = Pick<FormatContext, 'catalog' | 'tool' | 'csv'>;
/** One result's piece of a streamed output. */
export type ResultFormatter = (result: FileResult, command: Command, context: StreamContext) => string;

/** What a streamed output's last part is written from: the run's counts and statistics, and how many pieces there were. */
export type RunEnd = Pick<BatchReport, 'summary' | 'omittedEarlier'> & RunStatistics & { pieces: number };

/** A streamed output's text around its pieces, written by the main thread. */
export interface StreamFrame {
  head(context: StreamContext): string;
  /** Between two pieces. */
  separator: string;
  tail(end: RunEnd, context: StreamContext): string;
  /** The tail prints the run's statistics: a compact record of each scored result is kept for them. */
  statistics: boolean;
}

export type Output = Iterable<string | Uint8Array>;
export type Formatter = (report: BatchReport, context: FormatContext) => Output | Promise<Output>;

export interface FormatSpec {
  extensions: readonly string[];
  /** May be coloured (on a terminal, or with --color). */
  colour: boolean;
  /** The formatter ends with the summary line itself (else the CLI writes it to stderr when useful). */
  printsSummary(command: Command): boolean;
  /** Findings and gate failures go to stderr beside the output (human views that have no room for them). */
  findingsOnStderr(command: Command): boolean;
  /** Shows penjelasan and bukti dukung (every other view drops them to keep batches small). */
  keepsText: boolean;
  /** Binary output that needs -o FILE. */
  binary: boolean;
  /**
   * What every string of the report goes through before the formatter sees it (escape.ts): visible()
   * for terminals and line readers, folded() for prose views, none for JSON (JSON escapes itself).
   * The formatter adds what its own syntax needs (Markdown, HTML, CSV, workflow commands).
   */
  escape: ((text: string) => string) | undefined;
  /** Tells of provisional frameworks itself (github ::notice::, sarif notifications): the CLI does not repeat it on stderr. */
  printsNotices: boolean;
  /** What a run may ask for that this format has no place for: the CLI says so instead of dropping it silently. */
  cannotShow: readonly Shown[];
  load(): Promise<Formatter>;
  /**
   * The output is one piece per result in input order and nothing else (no summary, statistics or
   * ranking over the run): a batch formats each result where it is evaluated and writes it as
   * soon as those before it are written (run/stream.ts), keeping no result.
   */
  loadResultFormatter?(): Promise<ResultFormatter>;
  /** The text around the pieces (none: the pieces are the whole output). */
  loadStreamFrame?(): Promise<StreamFrame>;
}

const never = () => false;
const always = () => true;
const spec = (s: Partial<FormatSpec> & Pick<FormatSpec, 'load'>): FormatSpec => ({
  extensions: [],
  colour: false,
  printsSummary: never,
  findingsOnStderr: never,
  keepsText: false,
  binary: false,
  escape: visible,
  cannotShow: [],
  printsNotices: false,
  ...s,
});

export const FORMATS = {
  table: spec({
    colour: true,
    printsSummary: (command) => command === 'validate',
    findingsOnStderr: (command) => command === 'score',
    load: async () => (await import('./table.js')).formatTable,
  }),
  text: spec({ extensions: ['.txt'], colour: true, printsSummary: always, load: async () => (await import('./text.js')).formatText }),
  json: spec({
    extensions: ['.json'],
    escape: undefined,
    load: async () => (await import('./json.js')).formatJson,
    loadResultFormatter: async () => (await import('./json.js')).jsonPiece,
    loadStreamFrame: async () => (await import('./json.js')).jsonFrame,
  }),
  jsonl: spec({
    extensions: ['.jsonl', '.ndjson'],
    escape: undefined,
    load: async () => (await import('./json.js')).formatJsonl,
    loadResultFormatter: async () => (await import('./json.js')).jsonlLine,
  }),
  csv: spec({ extensions: ['.csv'], cannotShow: ['sensitivity', 'evidence', 'what-if', 'decomposition'], load: async () => (await import('./csv.js')).formatCsv }),
  markdown: spec({ extensions: ['.md'], keepsText: true, escape: folded, cannotShow: ['sensitivity', 'self', 'evidence'], load: async () => (await import('./markdown.js')).formatMarkdown }),
  github: spec({ printsSummary: always, printsNotices: true, cannotShow: ['aspects', 'indicators', 'sensitivity', 'self', 'targets', 'evidence', 'what-if'], load: async () => (await import('./github.js')).formatGithub }),
  sarif: spec({ extensions: ['.sarif'], escape: undefined, cannotShow: ['aspects', 'indicators', 'sensitivity', 'self', 'targets', 'evidence', 'what-if'], printsNotices: true, load: async () => (await import('./sarif.js')).formatSarif }),
  junit: spec({ extensions: ['.junit.xml'], cannotShow: ['aspects', 'indicators', 'sensitivity', 'self', 'targets', 'evidence', 'what-if'], load: async () => (await import('./junit.js')).formatJunit }),
  html: spec({ extensions: ['.html', '.htm'], keepsText: true, escape: folded, cannotShow: ['sensitivity', 'self', 'evidence', 'what-if'], load: async () => (await import('./html/report.js')).formatHtmlReport }),
  pdf: spec({ extensions: ['.pdf'], binary: true, escape: folded, cannotShow: ['sensitivity', 'self', 'evidence', 'what-if'], load: async () => (await import('./pdf/report.js')).formatPdfReport }),
  xlsx: spec({ extensions: ['.xlsx'], keepsText: true, binary: true, escape: folded, cannotShow: ['sensitivity', 'self', 'evidence', 'what-if', 'decomposition'], load: async () => (await import('./xlsx.js')).formatXlsx }),
} satisfies Record<string, FormatSpec>;

export type Format = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as Format[];

/** What this run asked for that the format cannot show (in the order of Shown). */
export function droppedParts(spec: FormatSpec, asked: { detail: readonly Detail[]; whatIf: boolean; acrossFrameworks: boolean }): Shown[] {
  const parts = new Set<Shown>(asked.detail);
  if (asked.whatIf) parts.add('what-if');
  if (asked.acrossFrameworks) parts.add('decomposition');
  return spec.cannotShow.filter((part) => parts.has(part));
}

/** Extensions of documents no format writes (yet): an output file named so is refused rather than filled with another format. */
const FOREIGN_EXTENSIONS = ['.doc', '.docx', '.odt', '.xls', '.ods', '.png', '.jpg', '.jpeg', '.svg'];

/** Whether -o FILE fits the chosen format: its extension is the format's, or one no other format (or foreign document) claims. */
export function outputFits(format: Format, path: string): boolean {
  const lower = path.toLowerCase();
  if (FORMATS[format].extensions.some((ext) => lower.endsWith(ext))) return true;
  return formatForFile(path) === undefined && !FOREIGN_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** The format an output file's extension implies, if any. */
export function formatForFile(path: string): Format | undefined {
  const lower = path.toLowerCase();
  return FORMAT_NAMES.find((name) => FORMATS[name].extensions.some((ext) => lower.endsWith(ext)));
}

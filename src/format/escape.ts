/**
 * Escaping for each kind of reader of spbe's output. Every string that comes from input (paths,
 * --stdin-filepath, agency fields, keys and values in findings, penjelasan, evidence items, and any
 * text of a custom framework file) is escaped for its reader before it is printed, so that no input
 * can forge a line, an escape sequence, a workflow command or markup. Catalog text is ours and is
 * not escaped. One function per reader kind:
 *
 *   visible(text)           terminals, logs, text, table, csv, github, stderr: every control,
 *                           format (bidi, zero-width), surrogate and line/paragraph separator
 *                           character becomes `\u{hex}`: ESC is `\u{1b}`, a newline `\u{a}`; and
 *                           what a CI runner reads as a command (`::` first, `##[`) is broken up.
 *   folded(text)            prose views (markdown, html, xlsx): line breaks and tabs become one
 *                           space, every other such character as in visible().
 *   markdownText(text)      inline Markdown (headings, table cells, within a line): a backslash
 *                           before every character Markdown or HTML could read; markdownLine(text)
 *                           for text that starts a line (no list, heading underline or rule).
 *   markdownCell(text)      a table cell: `|` escaped and line breaks folded (apply after markdownText
 *                           to data; our own markup such as **bold** may be passed as it is).
 *   markdownCode(text)      a code span around the text, its fence longer than any backtick run.
 *   csvField(text, delim)   RFC 4180 quoting; csvText(text) adds `'` before text a spreadsheet would
 *                           run as a formula (OWASP: leading = + - @ tab CR).
 *   html(text)              HTML and XML text and attribute values (quoted with " or ').
 *   workflowData(text), workflowProperty(text), workflowLine(line)
 *                           GitHub Actions workflow commands: data escapes % CR LF, properties also
 *                           : and , (the runner's own rules); workflowLine makes sure that a line we
 *                           print that is not a command cannot be read as one (`::` at its start,
 *                           `##[` anywhere).
 *   jsonText(json)          JSON text with DEL, C1, bidi and line/paragraph separators written as
 *                           \u escapes: the same JSON value, safe to print to a terminal.
 *
 * escapeDeep(value, escape) (escape-deep.ts) applies one of these to every string of a result model
 * at once; formats.ts says which one each format's reader needs.
 */

/** Unicode controls (C0, DEL, C1), format characters (bidi, zero-width, BOM), lone surrogates, U+2028, U+2029. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;
const LINE_BREAK = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;

const codePoint = (c: string) => `\\u{${c.codePointAt(0)!.toString(16)}}`;

/** Terminal and plain text: every character that a terminal or a reader could act on, or that hides, shown as `\u{hex}`. */
export function visible(text: string): string {
  return workflowSafe(text.replace(INVISIBLE, codePoint));
}

/** A CI runner reading the log takes `::` at a line's start and `##[` anywhere for commands: any text of ours may start a line. */
function workflowSafe(text: string): string {
  return text.replace(/^(\s*):/, (_, space: string) => `${space}\\u{3a}`).replace(/##\[/g, '#\\u{23}[');
}

/** Prose views: line breaks and tabs folded into one space each, the rest as visible(). */
export function folded(text: string): string {
  return visible(text.replace(LINE_BREAK, ' '));
}

/**
 * Inline Markdown (CommonMark and GitHub's): a backslash before every ASCII punctuation character
 * that can start markup, HTML, an entity, a link, emphasis, a code span, strikethrough or math. Pipes are left to
 * markdownCell (a doubled escape would end a table cell).
 */
export function markdownText(text: string): string {
  return folded(text).replace(/[\\`*_[\]<>#!~&$]/g, '\\$&');
}

/** Inline Markdown that starts a line (a paragraph or a quote): also no list item, heading underline or thematic break. */
export function markdownLine(text: string): string {
  return markdownText(text.trimStart()).replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A Markdown table cell: pipes escaped, line breaks folded. */
export function markdownCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(LINE_BREAK, ' ');
}

/** A Markdown code span: fenced by more backticks than the longest run inside, padded where the text starts or ends with one. */
export function markdownCode(text: string): string {
  const safe = folded(text);
  const longest = Math.max(0, ...(safe.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$|^ .* $/.test(safe) ? ' ' : '';
  return `${fence}${pad}${safe}${pad}${fence}`;
}

/** Spreadsheet text: a leading `'` before what Excel, LibreOffice or Sheets would run as a formula (OWASP CSV injection). */
export function csvText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** An RFC 4180 field: quoted when it holds the delimiter, a quote, a line break, or space at either end. */
export function csvField(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** HTML (and XML) text and attribute values. */
export function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The data of a workflow command (after `::`): the runner decodes %25, %0D and %0A. */
export function workflowData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a workflow command (file=..., title=...): also : and , which end a property. */
export function workflowProperty(text: string): string {
  return workflowData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * A line we print in a GitHub Actions log that is not a command: the runner reads a command where a
 * line starts with `::` after leading white space, and the older `##[command]` form anywhere in a
 * line. The line must already be visible() (one line).
 */
export function workflowLine(line: string): string {
  return workflowSafe(line);
}

/** JSON text, same value: what JSON.stringify leaves raw but a terminal or a CI log reader may act on (`##[`), as \u escapes. */
export function jsonText(json: string): string {
  return json
    .replace(/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/##\[/g, '#\\u0023[');
}

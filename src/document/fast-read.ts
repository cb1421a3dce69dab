/**
 * The fast reader of the common file: the line reader (line-read.ts) for the narrow shape most
 * files have, else js-yaml (about a tenth of eemeli/yaml's cost per file, and no positions), builds
 * the same plain data that parse.ts's positioned document gives, with each
 * number's source text kept by pointer, so that values stay exact (`4.99999999999999999999` is not
 * the float 5). It reads a subset and refuses (returns undefined) anything outside it: then, and
 * whenever validation finds anything at all, the file goes through parse.ts, whose positioned
 * document words every finding. test/fast-path.test.ts proves over 100,000 inputs that both paths
 * give the same data and the same output.
 *
 * The subset: one document without anchors, aliases, tags, directives, explicit keys, merge keys,
 * tabs or control characters, at most MAX_FAST_DEPTH levels deep (OUTSIDE below). js-yaml decides structure and decodes scalars; every plain
 * scalar comes back as written and is resolved here exactly as eemeli/yaml's YAML 1.2 core schema
 * does (keys stay strings, as parse.ts's stringKeys reads them).
 */
import type { Schema } from 'js-yaml';
import { jsYaml } from './js-yaml.js';
import { MAX_NODES } from './limit-values.js';
import { lineRead } from './line-read.js';

/** Assessments nest about five levels; deeper files take the positioned path (and its TOO_DEEP). */
export const MAX_FAST_DEPTH = 12;
/**
 * js-yaml composes recursively, so nesting is bounded before it runs: every level costs a line at
 * least one more space of indent, one more dash or one more open bracket, so a line's indent,
 * dashes and brackets bound the depth (conservatively: a long indent only sends a file the
 * positioned way, whose CST parser measures nesting exactly).
 */
const MAX_FAST_INDENT = 4 * MAX_FAST_DEPTH;
/**
 * A text that could pass the limit on YAML parts (MAX_NODES lexical tokens, counted by the
 * positioned path) is not read here, so that it gets the same TOO_MANY_NODES either way. No token
 * is shorter than half a character (a flow list of one-character items is the densest text), so a
 * text of at most MAX_NODES / 4 characters is far within the limit; assessments are up to ~25 KB.
 */
const MAX_FAST_LENGTH = MAX_NODES / 4;

/**
 * What the subset leaves out, found conservatively in the raw text: node properties and explicit
 * keys (`&a`, `*a`, `!tag`, `? ` where a node may start), directives, document markers, merge and
 * prototype keys, `\U` escapes (js-yaml accepts code points past U+10FFFF, which YAML refuses), tabs,
 * lone carriage returns, control characters and a byte-order mark. A match in
 * a comment or a string only sends that file the positioned way.
 */
const OUTSIDE = /(?:^|[:\-,[{]) *[&*!?]|^%|^(?:---|\.\.\.)(?:\s|$)|<<|__proto__|\\U|[\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff]|\r(?!\n)/m;

/**
 * Characters without which OUTSIDE cannot match (each of its alternatives needs one: `&*!?%<\\`,
 * a tab, control or format character, `\r`, two underscores, a document marker): most texts have
 * none, and this test costs a third of OUTSIDE's.
 */
const MAY_BE_OUTSIDE = /[&*!?%<\\\t\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff]|__|^(?:---|\.\.\.)/m;

const QUOTED = `"(?:[^"\\\\]|\\\\.)*"|'(?:[^']|'')*'`;
const PLAIN_KEY = '[^\\s#"\'{}\\[\\],&*!|>%@`?:-][^:#]*';
// A `-` starts a plain scalar only before a character other than a space (`- 'x'#c` is not one).
const PLAIN = '(?:[^\\s"\'{}[\\],:|>&*!%@`#-]|-(?! |$))(?:[^:#]|:(?! |$)|(?<! )#)*';
const END = '(?: *| +#.*)$';
/**
 * The shape of every line outside a block scalar: dashes, then a key and a one-line value, or a
 * one-line value after a dash. A scalar or flow collection that goes on to the next line is outside
 * the subset (js-yaml is laxer than eemeli/yaml about its indentation).
 */
export const LINE = new RegExp(`^(?<dash>(?:- +|-$)*)(?:(?<key>${QUOTED}|${PLAIN_KEY}):(?: +|$))?(?:(?<block>[|>][-+1-9]{0,2}${END})|(?<flow>[{[].*)|(?:${QUOTED})${END}|${PLAIN}(?: +#.*)?|#.*)?$`);

/**
 * The commonest lines, `key: words` and `- "text"`, in a shape LINE takes with none of the checks
 * below applying (a key, no flow, no block scalar, a short dash): tested in place, which is several
 * times cheaper than LINE on a slice. It cannot cross a line end; a match that stops short of it
 * leaves the line to LINE.
 */
const COMMON_LINE = /(?:[A-Za-z0-9_]+:(?: +[A-Za-z0-9][A-Za-z0-9 .,\/()_+-]*)?|- "[^"\\\r\n]*")/y;

/** Whether text[from, to) is a common line (COMMON_LINE, the whole of it). */
export function commonLineAt(text: string, from: number, to: number): boolean {
  COMMON_LINE.lastIndex = from;
  return COMMON_LINE.test(text) && COMMON_LINE.lastIndex === to;
}

/**
 * A flow collection that closes on its own line, with nothing but a comment after it, and has no
 * empty key (`{: 1}`: eemeli/yaml's key is "", js-yaml's "null") and no collection for a key (`{{a}}`,
 * `{[a]: 1}`, `[{a}: 1]`: js-yaml reads them, eemeli/yaml with string keys refuses them).
 */
function flowClosedOnItsLine(text: string): boolean {
  const open: string[] = [];
  let quote = '';
  let previous = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const before = previous;
    if (c !== ' ') previous = c;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    const entryStart = before === '{' || before === ',' || before === '[';
    if (c === ':' && entryStart) return false;
    if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') {
      // An entry of a flow mapping is a key: a collection there is a collection key.
      if (open.at(-1) === '{' && entryStart) return false;
      open.push(c);
      if (open.length > MAX_FAST_DEPTH) return false;
    } else if (c === '}' || c === ']') {
      if (open.pop() === undefined) return false;
      if (open.length === 0) return /^(?: *| +#.*)$/.test(text.slice(i + 1));
      // A collection followed by `:` inside another is a key.
      if (/^ *:/.test(text.slice(i + 1))) return false;
    } else if (c === '#' && text[i - 1] === ' ') return false;
  }
  return false;
}

/**
 * Longer lines take the positioned path (found by review): an implicit key ends at most 1024
 * characters after its start (YAML's limit, which eemeli/yaml holds files to and js-yaml does not),
 * and LINE takes time quadratic in a line's length where a long value ends in spaces and `:`.
 */
const MAX_FAST_LINE = 1024;

/** A block scalar's header after its indicator: no keep (`+`) or indentation indicator, then spaces or a comment. */
const BLOCK_HEADER = /^[|>]-?(?: *| +#.*)$/;

/**
 * Every line has a shape the subset reads (LINE), and every block scalar the one shape where js-yaml
 * and eemeli/yaml agree (as the line reader's): its lines at one indent deeper than its header's, the
 * first not blank, no line of spaces, no trailing spaces, a line break after the last. A line less
 * indented than its block's lines ends the block and is read as a line of its own (review found
 * `{a}: x` after a block taken for block text, where js-yaml then read a flow mapping as a key).
 */
export function linesInSubset(text: string): boolean {
  /** The open block scalar: its header's indent and its lines' (-1 until its first line). */
  let blockIndent = -1;
  let contentIndent = -1;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineEnd = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    let i = start;
    while (text.charCodeAt(i) === 32) i++;
    const indent = i - start;
    if (lineEnd - start > MAX_FAST_LINE) return false;
    if (blockIndent >= 0) {
      if (i === lineEnd) {
        // a blank line, inside the block or after it; not a line of spaces, nor before its first line
        if (i > start || contentIndent < 0) return false;
        start = end + 1;
        continue;
      }
      if (contentIndent < 0 && indent > blockIndent) contentIndent = indent;
      if (contentIndent >= 0 && indent >= contentIndent) {
        if (indent > contentIndent || text.charCodeAt(lineEnd - 1) === 32 || end === text.length) return false;
        start = end + 1;
        continue;
      }
      if (contentIndent < 0) return false; // an empty block scalar
      blockIndent = -1;
      contentIndent = -1;
    }
    if (i < lineEnd && text.charCodeAt(i) !== 35) {
      if (indent > MAX_FAST_INDENT) return false;
      if (commonLineAt(text, i, lineEnd)) {
        start = end + 1;
        continue;
      }
      const match = LINE.exec(text.slice(i, lineEnd));
      if (!match) return false;
      const { dash, key, block, flow } = match.groups!;
      if (!dash && key === undefined) return false;
      // A dash with nothing after it but spaces or a comment: js-yaml lets such a list go on at a
      // shallower indent (a:\n  -\n- y, "q":\n - \n- x).
      if (dash && key === undefined && /^ *(?:#.*)?$/.test(match[0].slice(dash.length))) return false;
      if (dash && dash.length > MAX_FAST_INDENT) return false;
      if (flow !== undefined && !flowClosedOnItsLine(flow)) return false;
      if (block !== undefined) {
        if (!BLOCK_HEADER.test(block)) return false;
        // Its lines go deeper than its key's column, or than the dashes before it (conservative).
        blockIndent = indent + (dash?.length ?? 0);
      }
    }
    start = end + 1;
  }
  return blockIndent < 0 || contentIndent >= 0;
}

/** A plain scalar as written; its meaning is decided by resolvePlain. */
class Plain {
  constructor(readonly source: string) {}
  // js-yaml turns a key into a string with String(key) when its class has its own tag.
  get [Symbol.toStringTag]() {
    return 'Plain';
  }
  toString() {
    return this.source;
  }
}

let schema: Schema | undefined;
/** js-yaml's failsafe schema, with every plain scalar kept as written (a Plain): made on first use, as js-yaml is loaded. */
function plainSchema(): Schema {
  if (schema) return schema;
  const { FAILSAFE_SCHEMA, Type } = jsYaml();
  return (schema = FAILSAFE_SCHEMA.extend({ implicit: [new Type('tag:spbe,plain', { kind: 'scalar', resolve: () => true, construct: (text: string) => new Plain(text) })] }));
}

// eemeli/yaml's core schema (yaml/dist/schema/core), in its order.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** Starts no null, boolean or number: a letter other than those of null, true and false. */
const PLAIN_STRING_START = /^[A-Za-z]/;
const NOT_KEYWORD_START = /^[^nNtTfF]/;

export function resolvePlain(text: string): unknown {
  // Most plain scalars of a file are names and words, and most others whole numbers: decided first
  // (the patterns below do not overlap with these answers).
  if (PLAIN_STRING_START.test(text) && NOT_KEYWORD_START.test(text)) return text;
  if (INT.test(text)) return parseInt(text, 10);
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (INT_OCT.test(text)) return parseInt(text.substring(2), 8);
  if (INT.test(text)) return parseInt(text, 10);
  if (INT_HEX.test(text)) return parseInt(text.substring(2), 16);
  if (FLOAT_NAN.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return parseFloat(text);
  return text;
}

export interface FastRead {
  data: unknown;
  /** The source text of every number not written in its value's shortest form, by JSON pointer. */
  numbers: Map<string, string>;
}

/** A key as a JSON pointer segment (RFC 6901). */
const segment = (key: string | number): string => (typeof key === 'number' ? String(key) : key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key);

/**
 * Plain scalars resolved in place, the source text of each number kept by its pointer (built as
 * the walk descends: `numbers` null keeps none); false when the tree is deeper than the subset allows.
 */
function resolveTree(node: unknown, depth: number, pointer: string, numbers: Map<string, string> | null): boolean {
  if (depth > MAX_FAST_DEPTH) return false;
  const resolveAt = (value: unknown, key: string | number, set: (v: unknown) => void): boolean => {
    if (value instanceof Plain) {
      const resolved = resolvePlain(value.source);
      // A number written as its own shortest form (`3`, `2.5`) reads the same from its value
      // (document/values.ts exactValue): only the others (`3.0`, `4.99999999999999999999`, `+1`) keep their text.
      if (numbers && typeof resolved === 'number' && value.source !== String(resolved)) numbers.set(`${pointer}/${segment(key)}`, value.source);
      set(resolved);
      return true;
    }
    if (typeof value !== 'object' || value === null) return true;
    return resolveTree(value, depth + 1, numbers ? `${pointer}/${segment(key)}` : '', numbers);
  };
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) if (!resolveAt(node[i], i, (v) => (node[i] = v))) return false;
    return true;
  }
  const object = node as Record<string, unknown>;
  for (const key of Object.keys(object)) if (!resolveAt(object[key], key, (v) => (object[key] = v))) return false;
  return true;
}

/** The plain data of a text inside the subset, or undefined: then parse.ts decides. */
export function fastRead(text: string): FastRead | undefined {
  const numbers = new Map<string, string>();
  const data = readData(text, numbers);
  return data === undefined ? undefined : { data, numbers };
}

/** The plain data alone (what a batch reads of a file before evaluating it: run/task.ts), or undefined as fastRead. */
export function fastReadData(text: string): unknown {
  return readData(text, null);
}

/** The subset's length and characters: what both readers need before they look at lines. */
const inCharacterSubset = (text: string): boolean => text.length <= MAX_FAST_LENGTH && !(MAY_BE_OUTSIDE.test(text) && OUTSIDE.test(text));

/** Whether a text is inside the subset the fast reader takes (its length, characters and line shapes). */
export function inFastSubset(text: string): boolean {
  return inCharacterSubset(text) && linesInSubset(text);
}

function readData(text: string, numbers: Map<string, string> | null): unknown {
  if (!inCharacterSubset(text)) return undefined;
  // Most files are inside the line reader's narrower subset; the others are read by js-yaml.
  const lines = lineRead(text, resolvePlain, numbers, MAX_FAST_DEPTH);
  if (lines !== undefined) return lines;
  numbers?.clear(); // what the line reader kept before it refused
  if (!linesInSubset(text)) return undefined;
  let data: unknown;
  try {
    data = jsYaml().load(text, { schema: plainSchema() });
  } catch {
    return undefined; // syntax, duplicate keys, several documents: parse.ts words them
  }
  if (data instanceof Plain) data = resolvePlain(data.source);
  if (typeof data !== 'object' || data === null) return undefined; // empty, or a scalar: parse.ts words it
  return resolveTree(data, 0, '', numbers) ? data : undefined;
}

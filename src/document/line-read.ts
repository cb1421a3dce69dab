/**
 * The line reader: the narrow, common core of the fast reader's subset (fast-read.ts) read line by
 * line, without js-yaml. Assessments are block mappings and lists of one-line keys and values, with
 * folded or literal penjelasan: each line is one key, one list item or one line of a block scalar,
 * so a file is read in one pass over its lines with a stack of open collections, where js-yaml walks
 * it a character at a time. That walk is most of the cost of a file read once in V8's interpreter
 * (`spbe score FILE`), and a part of every file of a batch.
 *
 * It refuses (returns undefined) whatever is outside its narrower subset, and fast-read.ts then
 * reads the text with js-yaml: flow collections that nest or go on to another line, keys that are
 * not plain words or are longer than YAML allows, escapes, scalars on several lines other than block
 * scalars whose lines share one indent, block scalars with an indentation or keep indicator, a list
 * at its key's own indent, a root that is not a mapping, a duplicate key, trailing spaces in a block
 * scalar, and any indentation it does not expect. It is
 * called only on texts that passed the subset's character checks (fast-read.ts OUTSIDE): no tabs,
 * anchors, tags, directives, document markers or control characters reach it.
 * test/fast-path.test.ts checks it against eemeli/yaml's positioned document, over the same
 * 100,000 inputs as the rest of the fast path and over inputs made to be near its own edges.
 */

/** A plain scalar's meaning (fast-read.ts resolvePlain: eemeli/yaml's core schema). */
type ResolvePlain = (source: string) => unknown;

interface Open {
  /** The column of its keys or dashes. */
  indent: number;
  node: Record<string, unknown> | unknown[];
  /** Its JSON pointer, when number sources are kept. */
  pointer: string;
}

/**
 * A plain key: letters, digits, `_`, `.` and `-`, not starting with the last two; then `:` and a
 * space or the line's end. Such a key is its own JSON pointer segment (it has no `~` or `/`).
 */
const KEY = /[A-Za-z0-9_][A-Za-z0-9_.-]*:(?=[ \r\n]|$)/y;
/**
 * YAML puts an implicit key's `:` at most 1024 characters after the key's start, and eemeli/yaml
 * holds files to it; a longer key is left to the other readers (found by review).
 */
const MAX_KEY_LENGTH = 1024;
/** A plain scalar's first character: no indicator, quote, space or flow character (a `-` only before a digit or `.`). */
const PLAIN_START = /[^-?:,[\]{}#&*!|>'"%@`\s]|-[0-9.]/y;
/** A plain scalar's characters, to its trailing spaces or to a comment. */
const PLAIN_BODY = /(?:[^ \r\n]| +(?=[^ #\r\n]))*/y;
/**
 * A plain scalar of letters, digits and `_ .,/()+-`, starting with a letter, digit or `_` and not
 * ending in a space, that runs to the line's end: PLAIN_START, PLAIN_BODY and LINE_REST all take it,
 * and it holds no `: ` and no final `:`.
 */
const SIMPLE_VALUE = /[A-Za-z0-9_](?:[A-Za-z0-9_ .,/()+-]*[A-Za-z0-9_.,/()+-])?(?=\r?\n|$)/y;
/** A key in a flow mapping, with its `:` and the spaces after it. */
const FLOW_KEY = /[A-Za-z0-9_][A-Za-z0-9_.-]*: +/y;
/** A plain scalar in a flow collection: no flow indicator, to its trailing spaces or to a comment. */
const FLOW_PLAIN = /(?:[^ ,[\]{}\r\n]| +(?=[^ #,[\]{}\r\n]))*/y;
/** What may follow a value on its line: spaces, or a comment after at least one. */
const LINE_REST = /(?: *| +#.*)(?:\r?\n|$)/y;

/** What a value's reader returns when the text is outside the subset. */
const REFUSED = Symbol('refused');

/**
 * The data of a text inside the line reader's subset, each number not written in its shortest form
 * kept in `numbers` by its pointer (as fast-read.ts keeps them); undefined for any other text.
 */
export function lineRead(text: string, resolvePlain: ResolvePlain, numbers: Map<string, string> | null, maxDepth: number): Record<string, unknown> | undefined {
  const root: Record<string, unknown> = {};
  const stack: Open[] = [{ indent: 0, node: root, pointer: '' }];
  /** A key whose value starts on a later line (a collection) or nowhere (null). */
  let pending: { into: Record<string, unknown>; key: string; indent: number; pointer: string } | undefined;
  let keys = 0;
  /** Where the line after the last value read starts, and where the last quoted and plain scalar and flow collection end. */
  let next = 0;
  let quotedEnd = 0;
  let plainEnd = 0;
  let flowEnd = 0;

  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineEnd = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    let at = start;
    while (text.charCodeAt(at) === 32) at++;
    if (at === lineEnd || text.charCodeAt(at) === 35) {
      start = end + 1; // a blank line or a comment
      continue;
    }
    const indent = at - start;
    if (pending) {
      if (indent > pending.indent) {
        if (stack.length >= maxDepth) return undefined;
        const node: Record<string, unknown> | unknown[] = text.charCodeAt(at) === 45 ? [] : {};
        pending.into[pending.key] = node;
        stack.push({ indent, node, pointer: pending.pointer });
      } else pending.into[pending.key] = null;
      pending = undefined;
    }
    while (stack.length > 1 && stack[stack.length - 1]!.indent > indent) stack.pop();
    let open = stack[stack.length - 1]!;
    if (open.indent !== indent) return undefined;

    if (Array.isArray(open.node)) {
      // A list item: `- value`, or `- key: value` opening a mapping at the key's column.
      const list = open.node;
      if (text.charCodeAt(at) !== 45 || text.charCodeAt(at + 1) !== 32) return undefined;
      at += 2;
      while (text.charCodeAt(at) === 32) at++;
      const first = text.charCodeAt(at);
      if (at === lineEnd || first === 35 || first === 45) return undefined;
      KEY.lastIndex = at;
      const keyed = KEY.test(text);
      if (keyed && KEY.lastIndex - 1 - at > MAX_KEY_LENGTH) return undefined;
      if (!keyed) {
        const value = scalarAt(at, lineEnd, end, indent + 1, open.pointer, list.length);
        if (value === REFUSED) return undefined;
        list.push(value);
        start = next;
        continue;
      }
      if (stack.length >= maxDepth) return undefined;
      const map: Record<string, unknown> = {};
      list.push(map);
      open = { indent: at - start, node: map, pointer: numbers ? `${open.pointer}/${list.length - 1}` : '' };
      stack.push(open);
    }

    // A key of a mapping, and its value on this line or below.
    const map = open.node as Record<string, unknown>;
    KEY.lastIndex = at;
    if (!KEY.test(text) || KEY.lastIndex - 1 - at > MAX_KEY_LENGTH) return undefined;
    const key = text.slice(at, KEY.lastIndex - 1);
    if (Object.hasOwn(map, key)) return undefined; // js-yaml, then eemeli/yaml, word the duplicate
    keys++;
    at = KEY.lastIndex;
    while (text.charCodeAt(at) === 32) at++;
    if (at === lineEnd || text.charCodeAt(at) === 35) {
      pending = { into: map, key, indent: open.indent, pointer: numbers ? `${open.pointer}/${key}` : '' };
      start = end + 1;
      continue;
    }
    const value = scalarAt(at, lineEnd, end, open.indent, open.pointer, key);
    if (value === REFUSED) return undefined;
    map[key] = value;
    start = next;
  }
  if (pending) pending.into[pending.key] = null;
  return keys > 0 ? root : undefined;

  /**
   * The scalar starting at `from` on the line that ends at `lineEnd` (its line break at `end`), whose
   * parent node's column is `parent` and whose pointer is `parentPointer` and `segment` (built only
   * when needed); sets `next` to where the line after it starts.
   */
  function scalarAt(from: number, lineEnd: number, end: number, parent: number, parentPointer: string, segment: string | number): unknown {
    const first = text.charCodeAt(from);
    let value: unknown;
    let after: number;
    // The commonest value, a word or number to the line's end: what the plain branch below reads it as, with fewer patterns.
    SIMPLE_VALUE.lastIndex = from;
    if (SIMPLE_VALUE.test(text)) {
      next = end + 1;
      return resolved(text.slice(from, SIMPLE_VALUE.lastIndex), parentPointer, segment);
    }
    if (first === 34 || first === 39) {
      value = quotedAt(from, lineEnd);
      if (value === REFUSED) return REFUSED;
      after = quotedEnd;
    } else if (first === 62 || first === 124) return blockScalar(from, end, parent);
    else if (first === 123 || first === 91) {
      value = flowAt(from, lineEnd, numbers ? `${parentPointer}/${segment}` : '');
      if (value === REFUSED) return REFUSED;
      after = flowEnd;
    } else {
      value = plainAt(from, PLAIN_BODY, parentPointer, segment);
      if (value === REFUSED) return REFUSED;
      after = plainEnd;
    }
    LINE_REST.lastIndex = after;
    if (!LINE_REST.test(text)) return REFUSED;
    next = end + 1;
    return value;
  }

  /** A plain scalar from `from` to where `body` stops (PLAIN_BODY on a line, FLOW_PLAIN in a flow collection); sets `plainEnd` there. */
  function plainAt(from: number, body: RegExp, parentPointer: string, segment: string | number): unknown {
    PLAIN_START.lastIndex = from;
    if (!PLAIN_START.test(text)) return REFUSED;
    body.lastIndex = from;
    body.test(text);
    plainEnd = body.lastIndex;
    const source = text.slice(from, plainEnd);
    // `: ` or a final `:` would make it a key
    if (source.includes(': ') || source.endsWith(':')) return REFUSED;
    return resolved(source, parentPointer, segment);
  }

  /** A plain scalar's value; a number not written in its shortest form keeps its source text by its pointer. */
  function resolved(source: string, parentPointer: string, segment: string | number): unknown {
    const value = resolvePlain(source);
    if (numbers && typeof value === 'number' && source !== String(value)) numbers.set(`${parentPointer}/${segment}`, source);
    return value;
  }

  /** A quoted scalar on one line: "..." without escapes, or '...' with '' for a quote; sets `quotedEnd` after it. */
  function quotedAt(from: number, lineEnd: number): string | typeof REFUSED {
    if (text.charCodeAt(from) === 34) {
      const close = text.indexOf('"', from + 1);
      if (close < 0 || close > lineEnd) return REFUSED;
      const inner = text.slice(from + 1, close);
      if (inner.includes('\\')) return REFUSED;
      quotedEnd = close + 1;
      return inner;
    }
    let read = '';
    for (let at = from + 1; ; ) {
      const close = text.indexOf("'", at);
      if (close < 0 || close > lineEnd) return REFUSED;
      read += text.slice(at, close);
      if (text.charCodeAt(close + 1) !== 39) {
        quotedEnd = close + 1;
        return read;
      }
      read += "'";
      at = close + 2;
    }
  }

  /**
   * A flow collection on one line, `{key: value, ...}` or `[value, ...]`, of plain keys and of plain
   * or quoted scalars (nothing nested, no empty entry, no trailing comma); sets `flowEnd` after it.
   */
  function flowAt(from: number, lineEnd: number, pointer: string): unknown {
    if (stack.length >= maxDepth) return REFUSED;
    const isMap = text.charCodeAt(from) === 123;
    const close = isMap ? 125 : 93;
    const node: Record<string, unknown> | unknown[] = isMap ? {} : [];
    let at = from + 1;
    while (text.charCodeAt(at) === 32) at++;
    if (text.charCodeAt(at) === close) {
      flowEnd = at + 1;
      return node;
    }
    for (let index = 0; ; index++) {
      let key = '';
      if (isMap) {
        FLOW_KEY.lastIndex = at;
        if (!FLOW_KEY.test(text) || FLOW_KEY.lastIndex > lineEnd) return REFUSED;
        key = text.slice(at, text.indexOf(':', at));
        if (Object.hasOwn(node, key)) return REFUSED;
        at = FLOW_KEY.lastIndex;
      }
      let value: unknown;
      const first = text.charCodeAt(at);
      if (first === 34 || first === 39) {
        value = quotedAt(at, lineEnd);
        if (value === REFUSED) return REFUSED;
        at = quotedEnd;
      } else {
        value = plainAt(at, FLOW_PLAIN, pointer, isMap ? key : index);
        if (value === REFUSED) return REFUSED;
        at = plainEnd;
      }
      if (isMap) (node as Record<string, unknown>)[key] = value;
      else (node as unknown[]).push(value);
      while (text.charCodeAt(at) === 32) at++;
      const separator = text.charCodeAt(at);
      if (at >= lineEnd) return REFUSED;
      if (separator === close) {
        flowEnd = at + 1;
        return node;
      }
      if (separator !== 44 || text.charCodeAt(at + 1) !== 32) return REFUSED;
      at += 2;
      while (text.charCodeAt(at) === 32) at++;
    }
  }

  /**
   * A block scalar, `>`, `>-`, `|` or `|-`, whose lines all start at one column deeper than its
   * parent's, each ended by a line break, with blank lines only between them.
   */
  function blockScalar(from: number, end: number, parent: number): unknown {
    const folded = text.charCodeAt(from) === 62;
    const strip = text.charCodeAt(from + 1) === 45;
    LINE_REST.lastIndex = from + (strip ? 2 : 1);
    if (!LINE_REST.test(text)) return REFUSED;
    let value = '';
    let contentIndent = -1;
    let blanks = 0;
    let start = end + 1;
    while (start < text.length) {
      let lineBreak = text.indexOf('\n', start);
      if (lineBreak < 0) lineBreak = text.length;
      const stop = text.charCodeAt(lineBreak - 1) === 13 ? lineBreak - 1 : lineBreak;
      if (stop === start) {
        if (contentIndent < 0) return REFUSED; // a blank first line: a line break of the value
        blanks++;
        start = lineBreak + 1;
        continue;
      }
      let at = start;
      while (text.charCodeAt(at) === 32) at++;
      if (at === stop) return REFUSED; // a line of spaces
      const indent = at - start;
      if (contentIndent < 0) {
        if (indent <= parent) return REFUSED; // empty
        contentIndent = indent;
        value = text.slice(at, stop);
      } else if (indent < contentIndent) break;
      else {
        const joint = folded ? (blanks === 0 ? ' ' : '\n'.repeat(blanks)) : '\n'.repeat(blanks + 1);
        value = `${value}${joint}${text.slice(at, stop)}`;
      }
      // more indented lines (kept as they are when folded), trailing spaces, a last line without a break
      if (indent > contentIndent || text.charCodeAt(stop - 1) === 32 || lineBreak === text.length) return REFUSED;
      blanks = 0;
      start = lineBreak + 1;
    }
    if (contentIndent < 0) return REFUSED;
    next = start;
    return strip ? value : `${value}\n`;
  }
}

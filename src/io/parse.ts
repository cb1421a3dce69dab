/**
 * YAML text -> a positioned document and syntax findings. Uses eemeli/yaml with a LineCounter so
 * every node keeps its source range; converts to plain data only when the syntax is clean
 * (toJS() would silently convert a broken tree).
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node as YamlNode, type YAMLError } from 'yaml';
import { createFinding, type Finding, type FindingCode, type Position } from '../core/findings.js';
import { excessiveNesting, MAX_DEPTH } from './depth.js';

/** Aliases are never needed in an assessment; a small allowance keeps anchors usable without billion-laughs expansion. */
const MAX_ALIAS_COUNT = 50;

export interface ParsedSource {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain data, when there were no syntax errors. */
  data?: unknown;
  findings: Finding[];
}

const YAML_CODES: Partial<Record<string, FindingCode>> = {
  DUPLICATE_KEY: 'DUPLICATE_KEY',
  MULTIPLE_DOCS: 'MULTIPLE_DOCUMENTS',
  TAB_AS_INDENT: 'YAML_TAB_INDENT',
};

function positionAt(lineCounter: LineCounter, start: number, end?: number): Position {
  const from = lineCounter.linePos(start);
  const position: Position = { line: Math.max(from.line, 1), column: from.col };
  if (end !== undefined && end > start) {
    const to = lineCounter.linePos(end);
    position.endLine = Math.max(to.line, 1);
    position.endColumn = to.col;
  }
  return position;
}

function syntaxFinding(error: YAMLError, lineCounter: LineCounter, text: string): Finding {
  const code = YAML_CODES[error.code] ?? 'YAML_SYNTAX';
  const params: Record<string, string> = {};
  if (code === 'YAML_SYNTAX') params.detail = error.message.replace(/\s+at line \d+, column \d+:[\s\S]*$/, '');
  if (code === 'DUPLICATE_KEY') params.key = text.slice(error.pos[0], error.pos[1]).trim() || '(empty)';
  return createFinding(code, params, '', positionAt(lineCounter, error.pos[0], error.pos[1]));
}

export function parseYaml(text: string): ParsedSource {
  const deep = excessiveNesting(text);
  if (deep) {
    // Not parsed at all (that is the point): index the lines up to the offset by hand for the
    // position, and stand an empty document in for the one that was never built.
    const lineCounter = new LineCounter();
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0 && i < deep.offset; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
    return { doc: parseDocument(''), lineCounter, findings: [createFinding('TOO_DEEP', { limit: MAX_DEPTH }, '', positionAt(lineCounter, deep.offset))] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    strict: true,
    uniqueKeys: true,
    // Indicator numbers are keys: read every key as a string so that pointers such as
    // /indicators/12 find them (map lookups compare keys with ===).
    stringKeys: true,
  });
  // After the first syntax error the parser's later complaints are mostly its consequences:
  // keep the first, plus every duplicate key (each one is a separate mistake).
  const firstSyntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  const findings = doc.errors.filter((e) => e === firstSyntax || e.code === 'DUPLICATE_KEY').map((e) => syntaxFinding(e, lineCounter, text));
  if (findings.length > 0) return { doc, lineCounter, findings };
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return { doc, lineCounter, findings: [createFinding('EMPTY_FILE', {}, '', { line: 1, column: 1 })] };
  }
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { doc, lineCounter, data, findings };
  } catch (error) {
    // toJS throws ReferenceError for alias bombs and unresolved aliases; neither is in doc.errors.
    return { doc, lineCounter, findings: [aliasFinding(doc, lineCounter, error as Error)] };
  }
}

function aliasFinding(doc: Document.Parsed, lineCounter: LineCounter, error: Error): Finding {
  const unresolved = /unresolved alias/i.test(error.message);
  let at: { range: [number, number]; source: string } | undefined;
  visit(doc, {
    Alias(_, node) {
      if (!at && node.range && (!unresolved || node.resolve(doc) === undefined)) at = { range: [node.range[0], node.range[1]], source: node.source };
    },
  });
  const position = at ? positionAt(lineCounter, at.range[0], at.range[1]) : { line: 1, column: 1 };
  return unresolved
    ? createFinding('UNKNOWN_ALIAS', { alias: at?.source ?? '' }, '', position)
    : createFinding('ALIAS_LIMIT', { limit: MAX_ALIAS_COUNT }, '', position);
}

// ---- Pointers to positions ------------------------------------------------------------------

export function pointerToSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function segmentsToPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

type Target = 'value' | 'key';

function childOf(node: unknown, segment: string): { key?: YamlNode; value?: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
    if (!pair) return undefined;
    const found: { key?: YamlNode; value?: unknown } = { value: pair.value };
    if (isScalar(pair.key)) found.key = pair.key;
    return found;
  }
  if (isSeq(node)) {
    const index = Number(segment);
    if (!Number.isInteger(index) || index < 0 || index >= node.items.length) return undefined;
    return { value: node.items[index] };
  }
  return undefined;
}

/**
 * The source position of a pointer: of the value, or of its key (`target: 'key'`); when the path
 * does not exist, of the nearest existing ancestor (as Spectral's "closest" lookup does).
 */
export function locate(parsed: Pick<ParsedSource, 'doc' | 'lineCounter'>, pointer: string, target: Target = 'value'): Position {
  const segments = pointerToSegments(pointer);
  let node: unknown = parsed.doc.contents;
  let best = node as YamlNode | null | undefined;
  for (const [i, segment] of segments.entries()) {
    const child = childOf(node, segment);
    if (!child) break;
    const value = child.value as YamlNode | null | undefined;
    const wantKey = target === 'key' && i === segments.length - 1;
    best = (wantKey ? child.key : value?.range ? value : child.key) ?? best;
    node = child.value;
  }
  const range = best?.range;
  if (!range) return { line: 1, column: 1 };
  return positionAt(parsed.lineCounter, range[0], range[1]);
}

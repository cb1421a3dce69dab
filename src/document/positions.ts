/**
 * Pointers to source positions. Checks report pointers only; attachPositions gives every finding its
 * line and column in one pass afterwards, anchored as its code says (core/findings.ts).
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import { FINDING_ANCHOR, type Finding, type Position } from '../core/findings.js';
import { pointerToSegments } from './pointers.js';

export interface Positioned {
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/** A document read from a table (document/tabular/): positions by pointer instead of a YAML tree. */
export interface CellPositions {
  cells: ReadonlyMap<string, Position>;
  keys: ReadonlyMap<string, Position>;
}

/** Anything whose pointers have source positions: a YAML document or a table's cells. */
export type Locatable = Positioned | CellPositions;

const isCells = (source: Locatable): source is CellPositions => 'cells' in source;

/** A table's position of a pointer, or of its nearest ancestor that has one. */
function locateCell(source: CellPositions, pointer: string, target: Target): Position {
  const own = (target === 'key' ? source.keys : source.cells).get(pointer);
  if (own) return { ...own };
  let at = pointer;
  while (at !== '') {
    at = at.slice(0, at.lastIndexOf('/'));
    const found = source.cells.get(at);
    if (found) return { ...found };
  }
  return { line: 1, column: 1 };
}

export function positionAt(lineCounter: LineCounter, start: number, end?: number): Position {
  const from = lineCounter.linePos(start);
  const position: Position = { line: Math.max(from.line, 1), column: from.col };
  if (end !== undefined && end > start) {
    const to = lineCounter.linePos(end);
    position.endLine = Math.max(to.line, 1);
    position.endColumn = to.col;
  }
  return position;
}

export { pointerToSegments, segmentsToPointer } from './pointers.js';

type Target = 'value' | 'key';

/**
 * Each mapping's pairs by key, indexed once when a pointer first goes through it: a lookup per
 * finding by a linear search was quadratic in a mapping with many keys (100,000 unknown indicators).
 */
const pairIndex = new WeakMap<object, Map<string, Pair>>();

function pairsOf(node: YAMLMap): Map<string, Pair> {
  let index = pairIndex.get(node);
  if (!index) {
    index = new Map();
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (!index.has(key)) index.set(key, pair); // the first of duplicate keys, as a search would find
    }
    pairIndex.set(node, index);
  }
  return index;
}

function childOf(node: unknown, segment: string): { key?: YamlNode; value?: unknown } | undefined {
  if (isMap(node)) {
    const pair = pairsOf(node).get(segment);
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

/** The YAML node at a pointer, when the path exists. */
export function nodeAt(parsed: Positioned, pointer: string): unknown {
  let node: unknown = parsed.doc.contents;
  for (const segment of pointerToSegments(pointer)) {
    const child = childOf(node, segment);
    if (!child) return undefined;
    node = child.value;
  }
  return node;
}

/**
 * The source position of a pointer: of the value, or of its key (`target: 'key'`); when the path
 * does not exist, of the nearest existing ancestor (as Spectral's "closest" lookup does).
 */
export function locate(parsed: Locatable, pointer: string, target: Target = 'value'): Position {
  if (isCells(parsed)) return locateCell(parsed, pointer, target);
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

/** Adds the position of every finding that has none yet, from its pointer and its code's anchor. */
export function attachPositions<T extends Finding>(findings: T[], parsed: Locatable): T[] {
  for (const finding of findings) {
    if (finding.line !== undefined) continue;
    const anchor = FINDING_ANCHOR[finding.code];
    const pointer = anchor === 'parentKey' ? finding.pointer.slice(0, finding.pointer.lastIndexOf('/')) : finding.pointer;
    Object.assign(finding, locate(parsed, pointer, anchor ? 'key' : 'value'));
  }
  return findings;
}

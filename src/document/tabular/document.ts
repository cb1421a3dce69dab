/**
 * A document read from a table: the same plain data a YAML assessment gives (so the same checks,
 * codes and scores apply), with the position of every value, of every key, and the exact text of
 * every number (a cell's text, never a float), all by RFC 6901 pointer.
 */
import type { Finding, Position } from '../../core/findings.js';
import { segmentsToPointer } from '../positions.js';

export interface CellMap {
  /** pointer -> where its value was read. */
  cells: Map<string, Position>;
  /** pointer -> where the key naming it stands (the indicator number, a header, a metadata label). */
  keys: Map<string, Position>;
  /** pointer -> the exact text of a number ("2.5" for a cell "2,5"). */
  texts: Map<string, string>;
}

export interface TabularDocument extends CellMap {
  data: Record<string, unknown>;
  findings: Finding[];
}

type Data = Record<string, unknown>;

const DECIMAL = /^[+]?\d+(\.\d+)?$/;
const FRACTION = /^\d+(\.\d+)?\/[1-9]\d*$/;

/** A cell's text as a number where it is one (a decimal comma accepted), else the text itself. */
export function numberCell(text: string): { value: unknown; exact?: string } {
  const trimmed = text.trim();
  const dotted = /^[+]?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  if (DECIMAL.test(dotted)) return { value: Number(dotted), exact: dotted.replace(/^\+/, '') };
  if (FRACTION.test(dotted)) return { value: dotted };
  return { value: text };
}

export function booleanCell(text: string): unknown {
  const t = text.trim().toLowerCase();
  if (['true', 'ya', 'yes', '1'].includes(t)) return true;
  if (['false', 'tidak', 'no', '0'].includes(t)) return false;
  return text;
}

export class DocumentBuilder implements TabularDocument {
  data: Data = {};
  findings: Finding[] = [];
  cells = new Map<string, Position>();
  keys = new Map<string, Position>();
  texts = new Map<string, string>();

  constructor(origin: Position) {
    this.cells.set('', origin);
  }

  /** Places a value at a path, making the mappings on the way; the positions of its value and key. */
  set(path: readonly (string | number)[], value: unknown, at: Position, keyAt: Position = at, exact?: string): void {
    let node: Data = this.data;
    for (let i = 0; i < path.length - 1; i++) {
      const segment = String(path[i]);
      const next = node[segment];
      if (typeof next === 'object' && next !== null && !Array.isArray(next)) node = next as Data;
      else if (Array.isArray(next)) node = next as unknown as Data;
      else {
        const made: unknown = typeof path[i + 1] === 'number' ? [] : {};
        node[segment] = made;
        node = made as Data;
      }
      this.place(path.slice(0, i + 1), at, keyAt, false);
    }
    node[String(path[path.length - 1])] = value;
    this.place(path, at, keyAt, true);
    if (exact !== undefined) this.texts.set(segmentsToPointer(path), exact);
  }

  /** A number-like value: the number for the schema, its text for the exact reader. */
  setNumber(path: readonly (string | number)[], text: string, at: Position, keyAt?: Position): void {
    const { value, exact } = numberCell(text);
    this.set(path, value, at, keyAt, exact);
  }

  private place(path: readonly (string | number)[], at: Position, keyAt: Position, own: boolean): void {
    const pointer = segmentsToPointer(path);
    if (own || !this.cells.has(pointer)) this.cells.set(pointer, at);
    if (own || !this.keys.has(pointer)) this.keys.set(pointer, keyAt);
  }
}

/**
 * Exact values read through a positioned document: the source text YAML kept in its scalars, or
 * the text a table kept for each number cell (document/tabular/document.ts).
 */
import { isScalar } from 'yaml';
import { nodeAt, type Locatable } from './positions.js';
import { remembering, type ValueReader } from './values.js';

export function valueReader(document: Locatable & { texts?: ReadonlyMap<string, string> }): ValueReader {
  if ('cells' in document) return remembering((pointer) => document.texts?.get(pointer));
  return remembering((pointer) => {
    const node = nodeAt(document, pointer);
    return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
  });
}

/** The sentence of a problem (core/errors.ts) in the run's language. */
import type { Problem } from '../core/errors.js';
import { escapeDeep } from '../format/escape-deep.js';
import { visible } from '../format/escape.js';
import type { Catalog } from '../messages/catalog.js';

/** Its parameters (paths, values from argv or files) are input: made visible. */
export function problemText(p: Problem, catalog: Catalog): string {
  return (catalog.phrases[p.phrase] as (params: typeof p.params) => string)(escapeDeep(p.params, visible));
}

/** The batch over inputs of every kind, in input order (the readers of other kinds load only when one is given). */
import type { FileResult } from '../core/result.js';
import { evaluateInputs, type BatchOptions } from './batch.js';
import type { Input } from './inputs.js';
import { sourceKind } from './source-kind.js';
import { compactResult } from '../core/compact-result.js';

/**
 * The batch over mixed inputs, in input order: runs of YAML inputs go through evaluateInputs (worker
 * threads for large runs); a CSV file, workbook or JSON file of records is expanded here.
 */
export async function* evaluateAllInputs(inputs: readonly Input[], options: BatchOptions = {}): AsyncGenerator<FileResult> {
  let run: Input[] = [];
  const keep = (result: FileResult) => (options.keepText ? result : compactResult(result));
  for (const input of inputs) {
    if (input.stdin || sourceKind(input.path!) === 'yaml') {
      run.push(input);
      continue;
    }
    if (run.length > 0) yield* evaluateInputs(run, options);
    run = [];
    const { evaluateMany } = await import('./records.js');
    const many = await evaluateMany({ file: input.file, path: input.path! }, options);
    if (many) for (const result of many) yield keep(result);
    else run.push(input);
  }
  if (run.length > 0) yield* evaluateInputs(run, options);
}

/**
 * `spbe convert INPUT -o OUTPUT`: an assessment between YAML, the workbook and the CSV shapes, by the
 * output's extension (.yaml/.yml, .xlsx, .csv: long for one assessment, wide for several, or as
 * --shape says). The input is read and validated like any other (an invalid one is not converted);
 * what the output shape cannot carry is refused, or dropped with a warning under --lossy.
 */
import { resolve } from 'node:path';
import { problem, UserError } from '../../core/errors.js';
import { isScored, type FileResult, type ScoredResult } from '../../core/result.js';
import { uncarried, type Shape } from '../../format/assessment-table.js';
import { formatFindings } from '../../format/findings.js';
import { evaluateSource } from '../../io/evaluate.js';
import { sourceKind } from '../../io/source-kind.js';
import type { Catalog } from '../../messages/catalog.js';
import { createPalette } from '../color.js';
import { EXIT_OK, exitCodeFor } from '../exit-code.js';
import type { CliIo } from '../io.js';
import { writeOutput } from '../output-file.js';

export interface ConvertOptions {
  output?: string;
  to?: 'yaml' | 'xlsx' | 'csv';
  shape?: 'long' | 'wide';
  decimalComma?: boolean;
  lossy?: boolean;
}

async function readAll(input: string, io: CliIo): Promise<FileResult[]> {
  const path = resolve(io.cwd, input);
  if (sourceKind(path) !== 'yaml') {
    const { evaluateMany } = await import('../../io/records.js');
    const many = await evaluateMany({ file: input, path }, { followPrevious: false });
    if (many) return many;
  }
  return [await evaluateSource({ file: input, path }, { followPrevious: false })];
}

function targetOf(options: ConvertOptions): 'yaml' | 'xlsx' | 'csv' {
  if (options.to) return options.to;
  const kind = options.output ? sourceKind(options.output) : 'yaml';
  return kind === 'json' ? 'yaml' : kind;
}

export async function runConvert(input: string, options: ConvertOptions, io: CliIo, catalog: Catalog): Promise<number> {
  const results = await readAll(input, io);
  const unreadable = results.find((r) => r.findings.some((f) => f.code === 'FILE_UNREADABLE'))?.findings.find((f) => f.code === 'FILE_UNREADABLE');
  if (unreadable?.code === 'FILE_UNREADABLE') throw new UserError(problem('cannotRead', { path: input, reason: unreadable.params.reason }));
  if (results.some((r) => !r.valid || !isScored(r))) {
    io.stderr(formatFindings(results, await createPalette(false), catalog));
    return exitCodeFor({ results });
  }
  const scored = results as ScoredResult[];
  const to = targetOf(options);
  const shape: Shape = to === 'xlsx' ? 'workbook' : to === 'yaml' ? 'workbook' : (options.shape ?? (scored.length > 1 ? 'wide' : 'long'));
  if ((to === 'yaml' || shape === 'long') && scored.length > 1) throw new UserError(problem('convertOneOnly', { count: scored.length, format: to === 'yaml' ? 'YAML' : 'CSV (long)' }));
  if (to !== 'yaml') {
    const lost = scored.flatMap((r) => uncarried(r.assessment, shape));
    if (lost.length > 0 && !options.lossy) throw new UserError(problem('convertLoses', { what: lost.slice(0, 10).join(', '), count: lost.length }));
    if (lost.length > 0) io.stderr(`${catalog.phrases.convertDropped({ what: lost.slice(0, 10).join(', '), count: lost.length })}\n`);
  }
  if (shape === 'wide' && new Set(scored.map((r) => r.score.framework.id)).size > 1) throw new UserError(problem('convertMixedFrameworks', undefined));
  let output: string | Uint8Array;
  if (to === 'xlsx') {
    if (!options.output) throw new UserError(problem('needsOutputFile', { format: 'xlsx' }));
    const { assessmentWorkbook } = await import('../../format/assessment-workbook.js');
    output = await assessmentWorkbook(scored.map((r) => ({ framework: r.score.framework, assessment: r.assessment })), catalog);
  } else {
    const text = await import('../../format/assessment-text.js');
    const csv = { separator: options.decimalComma ? ';' : ',', decimalComma: options.decimalComma === true };
    const first = scored[0]!;
    output = to === 'yaml' ? text.assessmentYaml(first.assessment)
      : shape === 'wide' ? text.assessmentsWideCsv(first.score.framework, scored.map((r) => r.assessment), catalog, csv)
      : text.assessmentLongCsv(first.score.framework, first.assessment, catalog, csv);
  }
  await writeOutput(options.output, io, [resolve(io.cwd, input)], [output]);
  return EXIT_OK;
}

/** `spbe score FILES...`: validate, score and show each file, with the change from its previous year. */
import { resolve } from 'node:path';
import { previousFromScore, type PreviousYear } from '../../core/compare.js';
import { getBuiltInFramework, builtInFrameworkIds } from '../../core/registry.js';
import type { PredicateBasis } from '../../core/score.js';
import { evaluateSource, type EvaluateOptions, type FileResult, type Source } from '../../io/evaluate.js';
import { formatFindings } from '../../format/findings.js';
import { formatJson, formatJsonl } from '../../format/json.js';
import type { Detail } from '../../format/detail.js';
import { VERSION } from '../../generated/version.js';
import { createStyle, wantsColor } from '../color.js';
import { InputError, UsageError } from '../errors.js';
import { exitCodeFor } from '../exit-code.js';
import type { CliIo } from '../io.js';

export type ScoreFormat = 'table' | 'json' | 'jsonl';
export const SCORE_FORMATS: readonly ScoreFormat[] = ['table', 'json', 'jsonl'];

export interface ScoreCommandOptions {
  format: ScoreFormat;
  detail?: Detail[];
  predicateBasis: PredicateBasis;
  compare?: string;
  framework?: string;
  color?: boolean;
}

async function loadComparison(path: string, options: EvaluateOptions, io: CliIo): Promise<PreviousYear | FileResult> {
  const result = await evaluateSource({ file: path, path: resolve(io.cwd, path) }, { ...options, followPrevious: false });
  const unreadable = result.findings.find((f) => f.code === 'FILE_UNREADABLE');
  if (unreadable) throw new InputError(`cannot read --compare ${path}: ${String(unreadable.params?.reason)}`);
  if (!result.score || !result.assessment) return result;
  return previousFromScore(result.score, result.assessment.year, path);
}

function resolveFramework(id: string | undefined) {
  if (id === undefined) return undefined;
  const framework = getBuiltInFramework(id);
  if (!framework) throw new UsageError(`unknown framework "${id}"`, `built-in frameworks: ${builtInFrameworkIds().join(', ')}`);
  return framework;
}

export async function runScore(files: string[], options: ScoreCommandOptions, io: CliIo): Promise<number> {
  const framework = resolveFramework(options.framework);
  const evaluateOptions: EvaluateOptions = { predicateBasis: options.predicateBasis, ...(framework ? { framework } : {}) };
  if (options.compare !== undefined) {
    const compared = await loadComparison(options.compare, evaluateOptions, io);
    if ('findings' in compared) {
      const style = await createStyle(wantsColor(options.color, io));
      io.stderr(formatFindings([compared], style));
      return exitCodeFor({ results: [compared] });
    }
    evaluateOptions.compare = compared;
  }

  const sources: Source[] = files.map((file) => ({ file, path: resolve(io.cwd, file) }));
  const results: FileResult[] = [];
  let inputProblems = 0;
  for (const source of sources) {
    const result = await evaluateSource(source, evaluateOptions);
    // A path named on the command line that cannot be read is a usage problem (exit 2), not a finding.
    const unreadable = result.findings.length === 1 && result.findings[0]!.code === 'FILE_UNREADABLE' ? result.findings[0] : undefined;
    if (unreadable) {
      inputProblems++;
      io.stderr(`spbe: error: cannot read ${source.file}: ${String(unreadable.params?.reason)}\n`);
      continue;
    }
    results.push(result);
  }

  await writeScores(results, options, io);
  return exitCodeFor({ results, inputProblems });
}

async function writeScores(results: FileResult[], options: ScoreCommandOptions, io: CliIo): Promise<void> {
  switch (options.format) {
    case 'json':
      io.stdout(formatJson(results, { name: 'spbe', version: VERSION }));
      return;
    case 'jsonl':
      io.stdout(formatJsonl(results));
      return;
    case 'table': {
      const style = await createStyle(wantsColor(options.color, io));
      const { formatScoreTable } = await import('../../format/table.js');
      const tables = results
        .filter((r) => r.score)
        .map((r) => formatScoreTable(r, { detail: options.detail ?? [], style, columns: io.columns ?? 133 }));
      if (tables.length > 0) io.stdout(tables.join('\n'));
      io.stderr(formatFindings(results, style));
    }
  }
}

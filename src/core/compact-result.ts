/**
 * A result as a batch keeps it (io/all-inputs.ts, io/batch.ts, run/task.ts, cli/quick.ts): its own
 * module so that the quick bundle of `spbe score FILE` takes it without the wire format's framework
 * files (and their validator and eemeli/yaml).
 */
import { LevelMap } from './level-map.js';
import type { FileResult } from './result.js';

/**
 * Drops what a batch view never shows (penjelasan, bukti dukung), so that thousands of results
 * stay small in memory.
 */
export function compactResult(result: FileResult): FileResult {
  if (!result.assessment) return result;
  if (result.assessment.indicators instanceof LevelMap) return result;
  return { ...result, assessment: { ...result.assessment, indicators: LevelMap.from(result.assessment.indicators, true) } };
}

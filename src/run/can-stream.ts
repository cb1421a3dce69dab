/**
 * Whether a batch run can be streamed (run/stream.ts). A run streams when its format is one piece
 * per result and nothing of the whole run is needed before a piece can be written: no ranking or
 * cohort (--benchmark, --latest), nothing that may refuse the run after files are read
 * (--what-if, --project-to, gates still to be checked against the frameworks found), and only YAML
 * files (tables and standard input are read in the main thread, whole).
 */
import type { Command } from '../core/report.js';
import { FORMATS, type Format } from '../format/formats.js';
import type { Input } from '../io/inputs.js';
import { sourceKind } from '../io/source-kind.js';

/** What only a whole run can do: any of these keeps the run unstreamed. */
export interface WholeRunNeeds {
  benchmark: boolean;
  latest: boolean;
  whatIf: boolean;
  projectTo: boolean;
  /** Gate settings (a predikat, domains) still to be checked against the frameworks the files name. */
  settingsUnchecked: boolean;
}

/** Whether a run may stream, whatever its inputs are. */
export function mayStream(format: Format, command: Command, needs: WholeRunNeeds): boolean {
  const spec = FORMATS[format];
  return spec.loadResultFormatter !== undefined && !spec.findingsOnStderr(command) && !Object.values(needs).some(Boolean);
}

export function canStream(format: Format, command: Command, inputs: readonly Input[], needs: WholeRunNeeds): boolean {
  return mayStream(format, command, needs) && inputs.length > 0 && inputs.every((i) => i.path !== undefined && !i.stdin && sourceKind(i.path) === 'yaml');
}

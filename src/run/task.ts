/**
 * The work of a streamed batch on one file, the same in a worker thread and in this one: read the
 * file's link key (phase 1), or evaluate it, complete it with its linked previous year, and format
 * its piece of the output (phase 2). Only small, plain data crosses back: the piece, the file's
 * previous-year figures when another file may need them, and its tally.
 */
import { compactResult } from '../core/compact-result.js';
import { compareYears } from '../core/compare.js';
import { countFindings } from '../core/findings.js';
import type { Gates } from '../core/gates.js';
import { previousOfResult, type LinkKey } from '../core/link.js';
import { completeResult, prepareResult, type Command, type Detail, type ReportOptions } from '../core/report.js';
import { isScored, type ScoredResult } from '../core/result.js';
import type { LevelComparison } from '../core/analysis.js';
import { escapeDeep } from '../format/escape-deep.js';
import { FORMATS, type Format, type ResultFormatter, type StreamContext } from '../format/formats.js';
import { evaluateSource, type SourceOptions } from '../io/evaluate.js';
import type { Input } from '../io/inputs.js';
import { DEFAULT_MAX_FILE_SIZE, readSource } from '../io/source.js';
import { previousFromWire, toWire, type WirePrevious, type WireResult } from '../io/wire.js';
import { fromWorkerOptions, type WorkerSourceOptions } from '../io/worker-options.js';
import { catalogFor, type Lang } from '../messages/catalog.js';
import { keyOfRead } from './link-keys.js';
import { packPrevious, unpackPrevious, type PackedPrevious } from './packed-previous.js';

/** Everything a run's tasks need, as plain data (it is a worker's workerData). */
export interface StreamSetup {
  source: WorkerSourceOptions;
  report: { command: Command; detail?: readonly Detail[]; gates?: Gates; errorsOnly?: boolean; compare?: WirePrevious };
  format: Format;
  lang: Lang;
  context: Omit<StreamContext, 'catalog'>;
  keepText: boolean;
  /** The output prints the run's statistics: each scored result sends its stat record. */
  statistics: boolean;
}

/** A result task carries the key phase 1 read of its file (when linking): a file changed since is neither linked nor a link. */
export type Task = { kind: 'key'; index: number; input: Input } | { kind: 'result'; index: number; input: Input; key?: LinkKey; previous?: PackedPrevious; keepPrevious: boolean };

/** What the run counts of a result: the summary, gates, exit code and notices come from these. */
export interface Tally {
  valid: boolean;
  errors: number;
  warnings: number;
  internalError: boolean;
  failedGates: number;
  /** A provisional framework it was scored on (the CLI tells of it once). */
  provisional?: string;
  /** Its agency, when scored (--compare with another agency's file is warned of). */
  agency?: string;
  /** Compared across frameworks (formats without room for the decomposition say so). */
  acrossFrameworks: boolean;
}

export type Reply =
  | { kind: 'key'; index: number; key: LinkKey | undefined }
  /** The piece is text, or its UTF-8 bytes when it comes from a worker (transferred, not copied). */
  | { kind: 'result'; index: number; piece: string | Uint8Array; /** It scored, as the file phase 1 read: it may be another file's previous year. */ linkable: boolean; previous?: PackedPrevious; tally: Tally; stat?: StatRecord };

/** What the run's statistics read of a scored result (core/report.ts runStatistics): its year, agency, score and self-assessment per domain. */
export interface StatRecord {
  result: WireResult;
  selfDomains?: LevelComparison['domains'];
}

function statRecord(result: ScoredResult): StatRecord {
  const { year, agency, stage } = result.assessment;
  const wire = toWire({ file: result.file, valid: true, findings: [], assessment: { year, agency, stage, indicators: new Map() }, score: result.score });
  return { result: wire, ...(result.self ? { selfDomains: result.self.domains } : {}) };
}

export type Runner = (task: Task) => Promise<Reply>;

/** The runner of a run's tasks (built once per thread). */
export async function createRunner(setup: StreamSetup): Promise<Runner> {
  const source: SourceOptions = fromWorkerOptions(setup.source);
  const { compare, ...rest } = setup.report;
  const report: ReportOptions = { ...rest, ...(compare ? { compare: previousFromWire(compare) } : {}) };
  const spec = FORMATS[setup.format];
  const format: ResultFormatter = await spec.loadResultFormatter!();
  const context: StreamContext = { ...setup.context, catalog: catalogFor(setup.lang) };

  /** The key of a file the fast reader does not take, or that did not read: from its evaluation (a file that does not score has none). */
  const evaluatedKey = async (input: Input): Promise<LinkKey | undefined> => {
    const result = await evaluateSource({ file: input.file, path: input.path! }, { ...source, followPrevious: false });
    if (!isScored(result)) return undefined;
    return { agency: result.assessment.agency.id, year: result.assessment.year, ownPrevious: result.comparison !== undefined || result.assessment.previous !== undefined };
  };

  return async (task) => {
    if (task.kind === 'key') {
      const key = keyOfRead(readSource(task.input.path!, source.maxFileSize ?? DEFAULT_MAX_FILE_SIZE));
      return { kind: 'key', index: task.index, key: key === 'unread' ? await evaluatedKey(task.input) : key };
    }
    const evaluated = await evaluateSource({ file: task.input.file, path: task.input.path! }, source);
    const prepared = prepareResult(setup.keepText ? evaluated : compactResult(evaluated), report);
    // Read again since phase 1: if its agency or year changed meanwhile, its link (either way) was decided for another file.
    const linkable = isScored(prepared) && (!task.key || (prepared.assessment.agency.id === task.key.agency && prepared.assessment.year === task.key.year)) ? prepared : undefined;
    const linked = task.previous && linkable ? compareYears(linkable.score, unpackPrevious(task.previous), linkable.assessment.indicators) : undefined;
    const result = completeResult(prepared, linked, report);
    const piece = format(spec.escape ? escapeDeep(result, spec.escape) : result, report.command, context);
    const tally: Tally = {
      valid: result.valid,
      errors: countFindings(result.findings, 'error'),
      warnings: countFindings(result.findings, 'warning'),
      internalError: result.findings.some((f) => f.code === 'INTERNAL_ERROR'),
      failedGates: result.gates?.length ?? 0,
      acrossFrameworks: result.comparison !== undefined && !result.comparison.likeForLike,
    };
    if (result.score?.framework.status === 'provisional') tally.provisional = result.score.framework.id;
    if (result.assessment && result.score) tally.agency = result.assessment.agency.id;
    return {
      kind: 'result',
      index: task.index,
      piece,
      linkable: linkable !== undefined,
      ...(task.keepPrevious && linkable ? { previous: packPrevious(previousOfResult(linkable)) } : {}),
      tally,
      ...(setup.statistics && isScored(result) ? { stat: statRecord(result) } : {}),
    };
  };
}

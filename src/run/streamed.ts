/** A streamed run's output (run/stream.ts), in worker threads or in this thread as the batch's size and --jobs say. */
import { runStatistics, type Command, type Detail, type GroupBy } from '../core/report.js';
import type { LevelComparison } from '../core/analysis.js';
import type { ScoredResult } from '../core/result.js';
import type { Gates } from '../core/gates.js';
import type { PreviousYear } from '../core/compare.js';
import { FORMATS, type Format, type StreamContext } from '../format/formats.js';
import { frameworkResolver, workerCount, type BatchOptions } from '../io/batch.js';
import type { Input } from '../io/inputs.js';
import { fromWire, previousToWire } from '../io/wire.js';
import { toWorkerOptions } from '../io/worker-options.js';
import { catalogFor, type Lang } from '../messages/catalog.js';
import type { EarlyWorkers } from './early-workers.js';
import type { LinkKeys } from './link-keys.js';
import { inThread, inWorkers } from './pool.js';
import { emptyOutcome, streamBatch, type StreamOutcome } from './stream.js';
import type { StatRecord, StreamSetup } from './task.js';

export interface StreamRequest {
  command: Command;
  format: Format;
  inputs: readonly Input[];
  batch: BatchOptions;
  detail?: readonly Detail[];
  gates?: Gates;
  errorsOnly?: boolean;
  compare?: PreviousYear;
  groupBy?: GroupBy;
  /** Link keys read already (by the folder scan); phase 1 reads the rest. */
  keys?: LinkKeys;
  /** Workers started during the folder scan. */
  early?: EarlyWorkers;
  lang: Lang;
  context: Omit<StreamContext, 'catalog'>;
}

export function streamOutput(request: StreamRequest): { chunks: AsyncIterable<string | Uint8Array>; outcome: StreamOutcome } {
  const setup: StreamSetup = {
    source: toWorkerOptions(request.batch, ['readStdin', 'keepText', 'jobs']),
    report: {
      command: request.command,
      ...(request.detail ? { detail: request.detail } : {}),
      ...(request.gates ? { gates: request.gates } : {}),
      ...(request.errorsOnly ? { errorsOnly: true } : {}),
      ...(request.compare ? { compare: previousToWire(request.compare) } : {}),
    },
    format: request.format,
    lang: request.lang,
    context: request.context,
    keepText: request.batch.keepText === true,
    statistics: false,
  };
  const outcome = emptyOutcome();
  const workers = workerCount(request.inputs.length, request.batch.jobs);
  async function* chunks(): AsyncGenerator<string | Uint8Array> {
    const frame = await FORMATS[request.format].loadStreamFrame?.();
    const context: StreamContext = { ...request.context, catalog: catalogFor(request.lang) };
    if (frame) {
      setup.statistics = frame.statistics && request.command === 'score';
      yield frame.head(context);
    }
    if (workers <= 1) void request.early?.dispose();
    const executor = workers > 1 ? await inWorkers(setup, workers, request.early?.take()) : await inThread(setup);
    yield* streamBatch(request.inputs, setup, executor, outcome, request.keys, frame?.separator);
    if (!frame) return;
    const statistics = setup.statistics ? runStatistics(scoredRecords(outcome.records, request.batch), request.groupBy) : {};
    yield frame.tail({ summary: outcome.summary, ...statistics, pieces: request.inputs.length }, context);
  }
  return { chunks: chunks(), outcome };
}

/** The stat records back as scored results (in input order), their frameworks looked up here as the batch's workers do. */
function scoredRecords(records: readonly (StatRecord | undefined)[], batch: BatchOptions): ScoredResult[] {
  const frameworkOf = frameworkResolver(batch);
  return records.flatMap((record) => {
    if (!record) return [];
    const result = fromWire(record.result, frameworkOf) as ScoredResult;
    return [record.selfDomains ? { ...result, self: { domains: record.selfDomains } as LevelComparison } : result];
  });
}

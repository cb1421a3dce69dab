/** A streamed run's output (run/stream.ts), in worker threads or in this thread as the batch's size and --jobs say. */
import type { Command, Detail } from '../core/report.js';
import type { Gates } from '../core/gates.js';
import type { PreviousYear } from '../core/compare.js';
import type { Format, StreamContext } from '../format/formats.js';
import { workerCount, type BatchOptions } from '../io/batch.js';
import type { Input } from '../io/inputs.js';
import { previousToWire } from '../io/wire.js';
import { toWorkerOptions } from '../io/worker-options.js';
import type { Lang } from '../messages/catalog.js';
import { inThread, inWorkers } from './pool.js';
import { emptyOutcome, streamBatch, type StreamOutcome } from './stream.js';
import type { StreamSetup } from './task.js';

export interface StreamRequest {
  command: Command;
  format: Format;
  inputs: readonly Input[];
  batch: BatchOptions;
  detail?: readonly Detail[];
  gates?: Gates;
  errorsOnly?: boolean;
  compare?: PreviousYear;
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
  };
  const outcome = emptyOutcome();
  const workers = workerCount(request.inputs.length, request.batch.jobs);
  async function* chunks(): AsyncGenerator<string | Uint8Array> {
    const executor = workers > 1 ? await inWorkers(setup, workers) : await inThread(setup);
    yield* streamBatch(request.inputs, setup, executor, outcome);
  }
  return { chunks: chunks(), outcome };
}

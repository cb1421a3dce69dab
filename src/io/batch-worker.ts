/** A worker thread of the batch: evaluates the inputs it is sent and posts their results back. */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerSetup } from './batch.js';
import type { FileResult } from '../core/result.js';
import { evaluateSource, type SourceOptions } from './evaluate.js';
import type { Input } from './inputs.js';
import { compactResult } from '../core/compact-result.js';
import { toWire } from './wire.js';
import { fromWorkerOptions } from './worker-options.js';

const { options: setup, keepText } = workerData as WorkerSetup;
const options: SourceOptions = fromWorkerOptions(setup);

const keep = (result: FileResult) => (keepText ? result : compactResult(result));

parentPort!.on('message', async (tasks: { index: number; input: Input }[]) => {
  const results = await Promise.all(
    tasks.map(async ({ index, input }) => ({ index, result: toWire(keep(await evaluateSource({ file: input.file, path: input.path! }, options))) })),
  );
  parentPort!.postMessage(results);
});

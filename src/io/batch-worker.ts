/** A worker thread of the batch: evaluates the inputs it is sent and posts their results back. */
import { parentPort, workerData } from 'node:worker_threads';
import { compileFramework } from '../core/framework.js';
import type { WorkerSetup } from './batch.js';
import { evaluateSource, type EvaluateOptions, type FileResult } from './evaluate.js';
import type { Input } from './inputs.js';
import { compactResult, toWire } from './wire.js';
import { useLanguage } from '../messages/catalog.js';

const { options: setup, keepText, lang } = workerData as WorkerSetup;
useLanguage(lang);
const { frameworkDefinition, ...rest } = setup;
const options: EvaluateOptions = { ...rest, ...(frameworkDefinition ? { framework: compileFramework(frameworkDefinition) } : {}) };

const keep = (result: FileResult) => (keepText ? result : compactResult(result));

parentPort!.on('message', async (tasks: { index: number; input: Input }[]) => {
  const results = await Promise.all(
    tasks.map(async ({ index, input }) => ({ index, result: toWire(keep(await evaluateSource({ file: input.file, path: input.path! }, options))) })),
  );
  parentPort!.postMessage(results);
});

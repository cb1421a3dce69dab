/**
 * Evaluates many inputs and yields their results in input order. Small batches run in this thread
 * with bounded concurrency (reading overlaps parsing); large ones are spread over worker threads
 * running the same evaluateSource, since YAML parsing is CPU-bound.
 */
import { availableParallelism } from 'node:os';
import type { Framework } from '../core/framework.js';
import { getBuiltInFramework } from '../core/registry.js';
import type { FileResult } from '../core/result.js';
import { evaluateSource, type SourceOptions } from './evaluate.js';
import type { Input } from './inputs.js';
import { decodeText, DEFAULT_MAX_FILE_SIZE, type BytesResult } from './source.js';
import { compactResult } from '../core/compact-result.js';
import { fromWire, type WireResult } from './wire.js';
import { toWorkerOptions, type WorkerSourceOptions } from './worker-options.js';

export interface BatchOptions extends SourceOptions {
  /** Worker threads: 0 = this thread only; undefined = automatic (several threads for large batches). */
  jobs?: number;
  readStdin?: (maxFileSize: number) => Promise<BytesResult>;
  /** Keep penjelasan and bukti dukung in results (reports need them; batch views do not). */
  keepText?: boolean;
}

/** Below this many files, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 200;
/** Files read at once in this thread (reading overlaps parsing); also the streamed batch's (run/pool.ts). */
export const IN_THREAD_CONCURRENCY = 8;
/** Files per message to a worker: messaging then costs little per file. */
export const TASKS_PER_MESSAGE = 16;
/**
 * A worker keeps nothing between files: a small heap makes V8 collect early instead of growing. A
 * worker's live heap is ~7 MiB (its code, most of it); 18 MiB of old generation against 24 took
 * 5 MiB off the peak of 10,000 long-form files, no slower. A file too large for it (a 1 MB line, a
 * 5 MB file) stops the worker: its files are evaluated in the main thread, where the heap is the
 * process's, and a fresh worker takes its place (isOutOfHeap).
 */
export const WORKER_RESOURCE_LIMITS = { maxOldGenerationSizeMb: 18, maxYoungGenerationSizeMb: 8 };

/** A worker stopped by its resource limits: a file was too large for its heap, and a fresh worker may take the next. */
export function isOutOfHeap(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/** The framework a result from a worker names by id: --framework, a built-in, or one the config registers. */
export function frameworkResolver({ framework, frameworks = [] }: Pick<SourceOptions, 'framework' | 'frameworks'>): (id: string) => Framework {
  return (id) => (framework && framework.id === id ? framework : (getBuiltInFramework(id) ?? frameworks.find((f) => f.id === id)!));
}

/** Worker threads for a batch of this many files: --jobs, else none below WORKER_THRESHOLD and one per core (at most 8) above. */
export function workerCount(inputs: number, jobs: number | undefined): number {
  if (jobs !== undefined) return Math.min(jobs, inputs);
  if (inputs < WORKER_THRESHOLD) return 0;
  return Math.min(availableParallelism(), 8);
}

async function evaluateInput(input: Input, options: BatchOptions): Promise<FileResult> {
  if (input.stdin) {
    const read = await options.readStdin!(options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    const decoded = 'finding' in read ? read : decodeText(read.bytes);
    if ('finding' in decoded) return { file: input.file, valid: false, findings: [decoded.finding] };
    return evaluateSource({ file: input.file, text: decoded.text, ...(input.anchor ? { anchor: input.anchor } : {}) }, options);
  }
  return evaluateSource({ file: input.file, path: input.path! }, options);
}

async function* inThread(inputs: readonly Input[], options: BatchOptions): AsyncGenerator<FileResult> {
  const pending: Promise<FileResult>[] = [];
  let next = 0;
  const fill = () => {
    while (next < inputs.length && pending.length < IN_THREAD_CONCURRENCY) pending.push(evaluateInput(inputs[next++]!, options));
  };
  fill();
  while (pending.length > 0) {
    const result = await pending.shift()!;
    fill();
    yield options.keepText ? result : compactResult(result);
  }
}

/** What a worker needs to evaluate like this thread would. */
export interface WorkerSetup {
  options: WorkerSourceOptions;
  keepText: boolean;
}

async function* inWorkers(inputs: readonly Input[], options: BatchOptions, count: number): AsyncGenerator<FileResult> {
  const { Worker } = await import('node:worker_threads');
  const setup: WorkerSetup = { options: toWorkerOptions(options, ['readStdin', 'keepText', 'jobs']), keepText: options.keepText === true };
  const frameworkOf = frameworkResolver(options);

  const results = new Map<number, FileResult>();
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  let nextTask = 0;
  const inFlight = new Map<InstanceType<typeof Worker>, Map<number, Input>>();
  const keep = (result: FileResult) => (options.keepText ? result : compactResult(result));

  /** Files the main thread evaluates itself: those of a worker that died, and all of them once none is left. */
  const inMainThread = async (tasks: [number, Input][]) => {
    for (const [index, input] of tasks) {
      results.set(index, keep(await evaluateInput(input, options)));
      notify();
    }
  };
  const sendWork = (worker: InstanceType<typeof Worker>) => {
    const tasks: { index: number; input: Input }[] = [];
    while (tasks.length < TASKS_PER_MESSAGE && nextTask < inputs.length) {
      const input = inputs[nextTask]!;
      tasks.push({ index: nextTask++, input });
    }
    for (const task of tasks) inFlight.get(worker)!.set(task.index, task.input);
    if (tasks.length > 0) worker.postMessage(tasks);
  };
  /**
   * A worker that dies (a file too large for its small heap, most often) loses no work: its files
   * are evaluated here, where the heap is the process's, the others go on, and one that ran out of
   * heap is replaced.
   */
  let closing = false;
  const lose = (worker: InstanceType<typeof Worker>, error?: unknown) => {
    const lost = inFlight.get(worker);
    if (!lost || closing) return;
    inFlight.delete(worker);
    const rest: [number, Input][] = [...lost];
    if (isOutOfHeap(error)) start();
    else if (inFlight.size === 0) {
      while (nextTask < inputs.length) rest.push([nextTask, inputs[nextTask++]!]);
    }
    void inMainThread(rest);
  };
  const start = () => {
    const worker = new Worker(new URL('./batch-worker.js', import.meta.url), { workerData: setup, resourceLimits: WORKER_RESOURCE_LIMITS });
    inFlight.set(worker, new Map());
    worker.on('message', (message: { index: number; result: WireResult }[]) => {
      for (const { index, result } of message) {
        inFlight.get(worker)?.delete(index);
        results.set(index, fromWire(result, frameworkOf));
      }
      sendWork(worker);
      notify();
    });
    worker.on('error', (error) => lose(worker, error));
    worker.on('exit', () => lose(worker));
    // Two messages in flight per worker, so that it never waits for the main thread.
    sendWork(worker);
    sendWork(worker);
  };
  for (let i = 0; i < count; i++) start();
  try {
    for (let index = 0; index < inputs.length; index++) {
      while (!results.has(index)) await new Promise<void>((resolve) => (wake = resolve));
      const result = results.get(index)!;
      results.delete(index);
      yield result;
    }
  } finally {
    closing = true;
    await Promise.all([...inFlight.keys()].map((w) => w.terminate()));
  }
}

export function evaluateInputs(inputs: readonly Input[], options: BatchOptions = {}): AsyncGenerator<FileResult> {
  const viaStdin = inputs.some((i) => i.stdin);
  const count = viaStdin ? 0 : workerCount(inputs.length, options.jobs);
  return count > 1 ? inWorkers(inputs, options, count) : inThread(inputs, options);
}

/**
 * Where a streamed batch's tasks run: worker threads (tasks sent a message of several at a time, so
 * that messaging costs little per file; how many, run/message-size.ts says), or this thread. A
 * worker that dies (a file too large for its small heap, most often) loses no work: its tasks run
 * in this thread, the others go on, and one that ran out of heap is replaced (isOutOfHeap); a task
 * that fails here too (a bug) rejects, and the run ends with an internal error.
 */
import type { Worker } from 'node:worker_threads';
import { IN_THREAD_CONCURRENCY, isOutOfHeap } from '../io/batch.js';
import { bootWorkers, type BootedWorker } from './early-workers.js';
import { runningInThread } from './heap-settings.js';
import { createRunner, type Reply, type Runner, type StreamSetup, type Task } from './task.js';
import { MessageSize } from './message-size.js';
import type { FromWorker, ToWorker } from './worker-messages.js';

export interface Executor {
  run(task: Task): Promise<Reply>;
  /** Tasks worth keeping in flight (it may change as the run goes on: run/message-size.ts). */
  readonly capacity: number;
  /** A piece (bytes) is copied out and will not be read again: its buffer may be filled again. */
  written(piece: Uint8Array): void;
  close(): Promise<void>;
}


export async function inThread(setup: StreamSetup): Promise<Executor> {
  runningInThread();
  const run = await createRunner(setup);
  return { run, capacity: IN_THREAD_CONCURRENCY, written: () => {}, close: async () => {} };
}

type Pending = { task: Task; resolve: (reply: Reply) => void; reject: (error: unknown) => void };

/** Messages a worker has in flight: one it works on and one waiting, so that it never waits for the main thread. */
const MESSAGES_PER_WORKER = 2;

/** `early`: workers started during the folder scan (run/early-workers.ts); more are started if they are fewer than `count`, and the rest stopped. */
export async function inWorkers(setup: StreamSetup, count: number, early: BootedWorker[] = []): Promise<Executor> {
  const booted = [...early];
  for (const spare of booted.splice(count)) void spare.worker.terminate();
  if (booted.length < count) booted.push(...bootWorkers(count - booted.length));
  let local: Promise<Runner> | undefined;
  const runHere = (pending: readonly Pending[]) => {
    local ??= createRunner(setup);
    for (const p of pending) local.then((run) => run(p.task)).then(p.resolve, p.reject);
  };
  const live = new Map<Worker, Map<number, Pending[]>>();
  /** Each piece buffer from a worker: the worker, and how many of its pieces are still to be written. */
  const buffers = new Map<ArrayBuffer, { worker: Worker; unwritten: number }>();
  let nextMessage = 0;
  let closing = false;
  let queue: Pending[] = [];
  /** Files whose tasks were in flight at a worker that ran out of heap: their later tasks run here too, or the same file would stop the fresh worker. */
  const tooLarge = new Set<number>();
  const size = new MessageSize();

  const lose = (worker: Worker, error?: unknown) => {
    const messages = live.get(worker);
    if (!messages || closing) return;
    live.delete(worker);
    const lost = [...messages.values()].flat();
    runHere(lost);
    if (isOutOfHeap(error)) {
      for (const { task } of lost) tooLarge.add(task.index);
      bootWorkers(1).forEach(attach);
    }
    flushSoon(); // tasks waiting for this worker go to another, or run here
  };
  const attach = ({ worker, exited }: BootedWorker) => {
    // One that stopped before this run took it (it failed to start) takes no work.
    if (exited) return;
    const messages = new Map<number, Pending[]>();
    live.set(worker, messages);
    worker.postMessage({ setup } satisfies ToWorker);
    worker.on('message', ({ id, replies, buffer }: FromWorker) => {
      if (buffer) buffers.set(buffer, { worker, unwritten: replies.filter((r) => r.kind === 'result' && r.piece instanceof Uint8Array).length });
      const pending = messages.get(id)!;
      messages.delete(id);
      for (const reply of replies) if (reply.kind === 'result') size.add(reply.piece.length);
      replies.forEach((reply, j) => pending[j]!.resolve(reply));
      // After the replies' own work (which may make more tasks ready), so that they go together.
      flushSoon();
    });
    worker.on('error', (error) => lose(worker, error));
    worker.on('exit', () => lose(worker));
  };
  booted.forEach(attach);

  /**
   * Sends the ready tasks, at most MESSAGES_PER_WORKER messages in flight per worker. An idle worker
   * takes whatever is ready; a busy one only a full message, and the rest wait to go together. In
   * a batch whose files are linked year to year, a file is ready only once its previous year is
   * back, one at a time: sent as soon as each was ready, messages shrank to one or two tasks, each
   * a round trip for one file, and one worker sat idle a third of the time.
   */
  const flush = () => {
    while (queue.length > 0) {
      // The worker with the fewest messages in flight.
      let best: Worker | undefined;
      for (const [worker, messages] of live) if (!best || messages.size < live.get(best)!.size) best = worker;
      if (!best) {
        runHere(queue.splice(0));
        return;
      }
      const busy = live.get(best)!.size;
      const tasks = size.tasks;
      if (busy >= MESSAGES_PER_WORKER || (busy > 0 && queue.length < tasks)) return;
      const chunk = queue.splice(0, tasks);
      const id = nextMessage++;
      live.get(best)!.set(id, chunk);
      best.postMessage({ id, tasks: chunk.map((p) => p.task) } satisfies ToWorker);
    }
  };
  let flushing = false;
  const flushSoon = () => {
    if (flushing) return;
    flushing = true;
    queueMicrotask(() => {
      flushing = false;
      flush();
    });
  };

  // Every worker's heap is set up (or it failed) before this thread goes on: V8 set the young
  // generations' growth factor back to 2 meanwhile, and bootWorkers holds them again then.
  await Promise.all(booted.map((b) => b.started));

  return {
    run: (task) =>
      new Promise<Reply>((resolve, reject) => {
        if (tooLarge.has(task.index)) return runHere([{ task, resolve, reject }]);
        queue.push({ task, resolve, reject });
        flushSoon();
      }),
    get capacity() {
      return count * size.tasks * MESSAGES_PER_WORKER;
    },
    written: (piece) => {
      const buffer = piece.buffer as ArrayBuffer;
      const source = buffers.get(buffer);
      if (!source || --source.unwritten > 0) return;
      buffers.delete(buffer);
      if (live.has(source.worker)) source.worker.postMessage({ recycle: buffer } satisfies ToWorker, [buffer]);
    },
    close: async () => {
      closing = true;
      await Promise.all([...live.keys()].map((w) => w.terminate()));
    },
  };
}

/**
 * Where a streamed batch's tasks run: worker threads (tasks sent a message of several at a time, so
 * that messaging costs little per file), or this thread. A worker that dies (a file too large for
 * its small heap, most often) loses no work: its tasks run in this thread, and the others go on; a
 * task that fails here too (a bug) rejects, and the run ends with an internal error.
 */
import type { Worker } from 'node:worker_threads';
import { IN_THREAD_CONCURRENCY, TASKS_PER_MESSAGE, WORKER_RESOURCE_LIMITS } from '../io/batch.js';
import { createRunner, type Reply, type Runner, type StreamSetup, type Task } from './task.js';

export interface Executor {
  run(task: Task): Promise<Reply>;
  /** Tasks worth keeping in flight. */
  readonly capacity: number;
  close(): Promise<void>;
}


export async function inThread(setup: StreamSetup): Promise<Executor> {
  const run = await createRunner(setup);
  return { run, capacity: IN_THREAD_CONCURRENCY, close: async () => {} };
}

type Pending = { task: Task; resolve: (reply: Reply) => void; reject: (error: unknown) => void };

export async function inWorkers(setup: StreamSetup, count: number): Promise<Executor> {
  const { Worker } = await import('node:worker_threads');
  let local: Promise<Runner> | undefined;
  const runHere = (pending: readonly Pending[]) => {
    local ??= createRunner(setup);
    for (const p of pending) local.then((run) => run(p.task)).then(p.resolve, p.reject);
  };
  const live = new Map<Worker, Map<number, Pending[]>>();
  let nextMessage = 0;
  let closing = false;
  let queue: Pending[] = [];

  const lose = (worker: Worker) => {
    const messages = live.get(worker);
    if (!messages || closing) return;
    live.delete(worker);
    runHere([...messages.values()].flat());
  };
  for (let i = 0; i < count; i++) {
    const worker = new Worker(new URL('./stream-worker.js', import.meta.url), { workerData: setup, resourceLimits: WORKER_RESOURCE_LIMITS });
    const messages = new Map<number, Pending[]>();
    live.set(worker, messages);
    worker.on('message', ({ id, replies }: { id: number; replies: Reply[] }) => {
      const pending = messages.get(id)!;
      messages.delete(id);
      replies.forEach((reply, j) => pending[j]!.resolve(reply));
    });
    worker.on('error', () => lose(worker));
    worker.on('exit', () => lose(worker));
  }

  const flush = () => {
    const tasks = queue;
    queue = [];
    for (let start = 0; start < tasks.length; start += TASKS_PER_MESSAGE) {
      const chunk = tasks.slice(start, start + TASKS_PER_MESSAGE);
      // The worker with the fewest messages in flight.
      let best: Worker | undefined;
      for (const [worker, messages] of live) if (!best || messages.size < live.get(best)!.size) best = worker;
      if (!best) {
        runHere(chunk);
        continue;
      }
      const id = nextMessage++;
      live.get(best)!.set(id, chunk);
      best.postMessage({ id, tasks: chunk.map((p) => p.task) });
    }
  };

  return {
    run: (task) =>
      new Promise<Reply>((resolve, reject) => {
        if (queue.length === 0) queueMicrotask(flush);
        queue.push({ task, resolve, reject });
      }),
    capacity: count * TASKS_PER_MESSAGE * 2,
    close: async () => {
      closing = true;
      await Promise.all([...live.keys()].map((w) => w.terminate()));
    },
  };
}

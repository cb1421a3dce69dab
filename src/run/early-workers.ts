/**
 * A streamed batch's worker threads, started while the folder scan reads the files' heads: a
 * worker takes ~100 ms to boot and load its code (Node 20, measured from its creation to its first
 * line), which otherwise came after the scan, with the other core idle. They start as soon as the
 * scan has listed as many files as a batch that runs on workers (io/batch.ts workerCount), and take
 * the run's setup in their first message (run/pool.ts). Workers the run does not use (fewer files
 * after all, a run that cannot stream) are stopped.
 */
import { Worker } from 'node:worker_threads';
import { WORKER_RESOURCE_LIMITS, workerCount } from '../io/batch.js';
import { workersRunning, workersStarting } from './heap-settings.js';

export interface BootedWorker {
  worker: Worker;
  /** Resolves once it runs (or failed to start). */
  started: Promise<void>;
  /** It has stopped (an error at start, most often): it takes no work. */
  exited: boolean;
}

/** Worker threads of run/stream-worker.ts, without their setup yet: started at once (the scan that tells of files goes on without a pause). */
export function bootWorkers(count: number): BootedWorker[] {
  workersStarting();
  const booted = Array.from({ length: count }, (): BootedWorker => {
    const worker = new Worker(new URL('./stream-worker.js', import.meta.url), { resourceLimits: WORKER_RESOURCE_LIMITS });
    const entry: BootedWorker = { worker, started: Promise.resolve(), exited: false };
    worker.once('exit', () => (entry.exited = true));
    entry.started = new Promise((resolve) => ['online', 'error', 'exit'].forEach((event) => worker.once(event, () => resolve())));
    return entry;
  });
  // Every worker's heap is set up (or it failed) before the young generations are held again: V8 set their growth factor back to 2 meanwhile (run/heap-settings.ts).
  void Promise.all(booted.map((b) => b.started)).then(workersRunning);
  return booted;
}

export class EarlyWorkers {
  private booted: BootedWorker[] | undefined;

  constructor(private readonly jobs: number | undefined) {}

  /**
   * The scan has listed this many files so far (told again as it goes on). Once workers start, each
   * call holds this thread's young generation again: each worker's heap set-up puts V8's growth
   * factor back to 2 (run/heap-settings.ts), and the scan, which keeps what it reads, would double
   * it before the workers' start could be seen (measured: 14 -> 19 MiB of heap at 10,000 files).
   */
  listed(count: number): void {
    if (this.booted) return workersRunning();
    const workers = workerCount(count, this.jobs);
    if (workers > 1) this.booted = bootWorkers(workers);
  }

  /** The workers started, for the run to use (it stops those it does not need); undefined if none were. */
  take(): BootedWorker[] | undefined {
    const booted = this.booted;
    this.booted = undefined;
    return booted;
  }

  /** Stops workers no run took. */
  async dispose(): Promise<void> {
    const booted = this.take();
    if (booted) await Promise.all(booted.map((b) => b.worker.terminate()));
  }
}

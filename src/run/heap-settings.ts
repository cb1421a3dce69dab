/**
 * V8's heap sizing for a batch: the one place that sets V8 flags at run time (v8.setFlagsFromString).
 *
 * Old generations: a batch's main thread keeps little per file (its name, link key and candidates)
 * and a worker nothing between files, but V8 lets an old generation grow to up to four times what
 * was live after its last full collection before it collects again, and a long batch promotes
 * garbage there steadily: at 50,000 short files the main thread's old generation reached 44 MiB
 * with 28 MiB live. A growing factor of 1.5 (V8 picks one between 1.1 and 4 from how fast it
 * collects) is read each time V8 sets a limit, in every thread: 153 / 232 / 170 MiB at 10,000 /
 * 50,000 short and 10,000 long-form files without it, 143 / 190 / 160 MiB with it, at the same speed.
 *
 * Young generations, in a streamed batch on worker threads: V8 doubles a young generation whenever
 * what survived its collections since it last grew exceeds its size, so over a long run the main
 * thread's, which allocates little but keeps some of it, grew from 1 to 16 MiB. The growth factor
 * is read at each doubling, so a factor of 1 holds every young generation at the size it has.
 * Node 20's V8 puts a factor below 2 back to 2 whenever it sets up an isolate's heap, each worker's
 * too (Node 24's does not): it is set before the folder scan and again once every worker is
 * running, and the workers, which allocate most, start at the full size their resource limits
 * allow (test/heap-settings.test.ts). Measured side by side: 135-144 / 186-192 / 162 MiB at 10,000
 * / 50,000 short and 10,000 long-form files before, 119 / 149 / 132 MiB after, no slower; on Node
 * 24, 162 -> 143 MiB at 10,000 short files. A run in this thread alone (--jobs 0, small batches)
 * lets its young generation grow again: there it does all the work, and a small one cost a fifth
 * more time.
 */
import { setFlagsFromString } from 'node:v8';
import { WORKER_RESOURCE_LIMITS } from '../io/batch.js';

const BATCH_HEAP_FLAGS = ['--heap-growing-percent=50'] as const;
const HOLD_YOUNG = '--semi-space-growth-factor=1';
const GROW_YOUNG = '--semi-space-growth-factor=2';

/**
 * The workers' semi-spaces start at their largest: a young generation of maxYoungGenerationSizeMb
 * is three semi-spaces' worth (two, and as much again for large objects), and V8 caps a larger start.
 */
const WORKER_START = `--min-semi-space-size=${Math.ceil(WORKER_RESOURCE_LIMITS.maxYoungGenerationSizeMb / 3)}`;

/** Every flag this module sets (test/heap-settings.test.ts checks each against this Node's V8). */
export const ALL_HEAP_FLAGS = [...BATCH_HEAP_FLAGS, HOLD_YOUNG, GROW_YOUNG, WORKER_START] as const;

let set = false;

/** Before a batch's folder scan; `streaming` when its output may be streamed (run/can-stream.ts mayStream). */
export function setBatchHeapFlags(streaming: boolean): void {
  if (set) return;
  set = true;
  for (const flag of BATCH_HEAP_FLAGS) setFlagsFromString(flag);
  if (streaming) setFlagsFromString(HOLD_YOUNG);
}

/** Before a streamed batch's workers are created (with WORKER_RESOURCE_LIMITS). */
export function workersStarting(): void {
  setFlagsFromString(WORKER_START);
}

/** Once every worker runs (its heap set up, and the growth factor put back to 2). */
export function workersRunning(): void {
  setFlagsFromString(HOLD_YOUNG);
}

/** A streamed batch that runs in this thread alone. */
export function runningInThread(): void {
  setFlagsFromString(GROW_YOUNG);
}

/** What the main thread and a streamed batch's workers (run/stream-worker.ts) send each other. */
import type { Reply, StreamSetup, Task } from './task.js';

/** The run's setup (the first message: a worker may start before the run's setup is known), tasks to run, or a buffer of pieces written out (FromWorker.buffer), to be filled again. */
export type ToWorker = { setup: StreamSetup } | { id: number; tasks: Task[] } | { recycle: ArrayBuffer };

/** A message's replies; their pieces are views of `buffer`, which comes back once they are written. */
export interface FromWorker {
  id: number;
  replies: Reply[];
  buffer?: ArrayBuffer;
}

/** About what a message's files come to in output (run/message-size.ts sizes messages by it). */
export const MESSAGE_OUTPUT_BYTES = 96 * 1024;
/** The smallest piece buffer: a message's output fits, with room for a file larger than the others. */
export const PIECE_BUFFER_SIZE = MESSAGE_OUTPUT_BYTES + 32 * 1024;
/** Buffers a worker keeps to fill again (the rest are left to be collected). */
export const SPARE_PIECE_BUFFERS = 4;

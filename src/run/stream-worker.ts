/**
 * A worker thread of a streamed batch: runs the tasks it is sent (run/task.ts) and posts their
 * replies back, a message per message (named by its id: a message's tasks may finish before an
 * earlier one's). It may start before the run's setup is known (run/early-workers.ts): the setup
 * is its first message.
 */
import { Buffer } from 'node:buffer';
import { parentPort } from 'node:worker_threads';
import { createRunner, type Reply, type Runner } from './task.js';
import { PIECE_BUFFER_SIZE, SPARE_PIECE_BUFFERS, type FromWorker, type ToWorker } from './worker-messages.js';

let runner: Promise<Runner> | undefined;
const encoder = new TextEncoder();
/** Piece buffers the main thread has written out and sent back. */
const spare: ArrayBuffer[] = [];

/**
 * A message's pieces as UTF-8 bytes in one buffer, transferred: the main thread writes them without
 * copying or decoding, and its heap never holds the output. The buffer comes back to be filled
 * again once written: left to be collected, buffers were freed only when the main thread next
 * collected its young objects, thousands of files later, and the tens of megabytes they had held
 * stayed with the process.
 */
function packPieces(replies: Reply[]): ArrayBuffer | undefined {
  let size = 0;
  for (const reply of replies) if (reply.kind === 'result' && typeof reply.piece === 'string') size += Buffer.byteLength(reply.piece);
  if (size === 0) return undefined;
  const found = spare.findIndex((b) => b.byteLength >= size);
  const buffer = found >= 0 ? spare.splice(found, 1)[0]! : new ArrayBuffer(Math.max(size, PIECE_BUFFER_SIZE));
  let offset = 0;
  for (const reply of replies) {
    if (reply.kind !== 'result' || typeof reply.piece !== 'string') continue;
    const { written } = encoder.encodeInto(reply.piece, new Uint8Array(buffer, offset));
    reply.piece = new Uint8Array(buffer, offset, written);
    offset += written;
  }
  return buffer;
}

parentPort!.on('message', async (message: ToWorker) => {
  if ('setup' in message) {
    runner = createRunner(message.setup);
    return;
  }
  if ('recycle' in message) {
    if (spare.length < SPARE_PIECE_BUFFERS) spare.push(message.recycle);
    return;
  }
  const run = await runner!;
  const replies: Reply[] = [];
  for (const task of message.tasks) replies.push(await run(task));
  const buffer = packPieces(replies);
  const reply: FromWorker = { id: message.id, replies, ...(buffer ? { buffer } : {}) };
  parentPort!.postMessage(reply, buffer ? [buffer] : []);
});

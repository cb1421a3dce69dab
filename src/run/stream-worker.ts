/** A worker thread of a streamed batch: runs the tasks it is sent (run/task.ts) and posts their replies back, a message per message (named by its id: a message's tasks may finish before an earlier one's). */
import { parentPort, workerData } from 'node:worker_threads';
import { createRunner, type Reply, type StreamSetup, type Task } from './task.js';

const run = await createRunner(workerData as StreamSetup);
const encoder = new TextEncoder();
// Pieces go back as UTF-8 bytes in buffers of their own, transferred: the main thread writes them
// without copying or decoding, and its heap never holds the output.
parentPort!.on('message', async ({ id, tasks }: { id: number; tasks: Task[] }) => {
  const replies: Reply[] = [];
  for (const task of tasks) replies.push(await run(task));
  const buffers: ArrayBuffer[] = [];
  for (const reply of replies) {
    if (reply.kind !== 'result' || typeof reply.piece !== 'string') continue;
    reply.piece = encoder.encode(reply.piece);
    buffers.push(reply.piece.buffer as ArrayBuffer);
  }
  parentPort!.postMessage({ id, replies }, buffers);
});

/** A worker thread of a streamed batch: runs the tasks it is sent (run/task.ts) and posts their replies back, a message per message (named by its id: a message's tasks may finish before an earlier one's). */
import { parentPort, workerData } from 'node:worker_threads';
import { createRunner, type StreamSetup, type Task } from './task.js';

const run = await createRunner(workerData as StreamSetup);
parentPort!.on('message', async ({ id, tasks }: { id: number; tasks: Task[] }) => {
  parentPort!.postMessage({ id, replies: await Promise.all(tasks.map(run)) });
});

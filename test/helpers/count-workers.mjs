// Preloaded (node --import) into a binary that a test runs: counts the worker threads the run
// starts and writes the count to the file $SPBE_TEST_WORKER_COUNT names when the process exits.
import { writeFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  const threads = createRequire(import.meta.url)('node:worker_threads');
  const { Worker } = threads;
  let started = 0;
  threads.Worker = class extends Worker {
    constructor(...args) {
      super(...args);
      started++;
    }
  };
  // The CLI imports { Worker } from 'node:worker_threads': its ESM binding follows the change.
  syncBuiltinESMExports();
  process.on('exit', () => writeFileSync(process.env.SPBE_TEST_WORKER_COUNT, String(started)));
}

/** Entry point of the `spbe` binary (bin/spbe.js imports this). */
import { main } from './cli/main.js';
import { processIo } from './cli/io.js';

// A reader that goes away (spbe score ... | head) closes the pipe: stop quietly, as cat and grep do,
// instead of dying on an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

process.exitCode = await main(process.argv.slice(2), processIo());

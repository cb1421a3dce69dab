/**
 * The quick path's stdout: synchronous writes to file descriptor 1. Touching process.stdout builds
 * a stream (and, for a pipe, loads net and stream: ~5-8 ms of a ~60 ms start); one small JSON
 * answer does not need one. As cli/pipes.ts does for the stream: a reader that went away (EPIPE)
 * drops the rest quietly; any other write error is one line and exit 2. A descriptor that would
 * block (EAGAIN: a non-blocking pipe) hands the rest to process.stdout, which waits for it.
 */
import { writeSync } from 'node:fs';
import { quietOnClosedPipes, stdoutFailed } from './pipes.js';

export function fdStdout(): (text: string) => void {
  let closed = false;
  let stream = false;
  return (text) => {
    if (closed) return;
    if (stream) return void (process.stdout.destroyed || process.stdout.write(text));
    let bytes = Buffer.from(text);
    while (bytes.length > 0) {
      try {
        bytes = bytes.subarray(writeSync(1, bytes));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') closed = true;
        else if (code === 'EAGAIN') {
          stream = true;
          quietOnClosedPipes();
          process.stdout.write(bytes);
        } else stdoutFailed(code);
        return;
      }
    }
  };
}

/**
 * A reader that goes away (spbe score ... | head) closes the pipe: stop quietly, as cat and grep do,
 * instead of dying on an unhandled EPIPE with a stack trace.
 */
export function quietOnClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
}

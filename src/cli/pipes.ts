/**
 * A reader that goes away (spbe score ... | head) closes the pipe: stop quietly, as cat and grep do,
 * instead of dying on an unhandled EPIPE with a stack trace.
 */
export function quietOnClosedPipes(): void {
  // Once per process: the quick bundle sets it up before writing, and the full CLI it may hand over to does too.
  const installed = Symbol.for('spbe.quietOnClosedPipes');
  if ((process as unknown as Record<symbol, boolean>)[installed]) return;
  (process as unknown as Record<symbol, boolean>)[installed] = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
}

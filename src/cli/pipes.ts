/**
 * The process's own output streams failing. A reader that goes away (spbe score ... | head)
 * closes the pipe: the run goes on without writing more (io.ts stops writing to a destroyed
 * stdout), so that its exit code still tells of findings and gates, as a `pipefail` shell expects.
 * Any other write error (a full disk: > /dev/full) ends the run with one line and exit 2, never
 * Node's stack trace.
 */
import { catalogFor } from '../messages/catalog.js';
import { EXIT_USAGE } from './exit-code.js';
import { chooseLanguage } from './language.js';

export function quietOnClosedPipes(): void {
  // Once per process: the quick bundle sets it up before writing, and the full CLI it may hand over to does too.
  const installed = Symbol.for('spbe.quietOnClosedPipes');
  if ((process as unknown as Record<symbol, boolean>)[installed]) return;
  (process as unknown as Record<symbol, boolean>)[installed] = true;
  for (const [stream, name] of [[process.stdout, 'stdout'], [process.stderr, 'stderr']] as const) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') return;
      if (name === 'stdout') stdoutFailed(error.code);
      process.exit(EXIT_USAGE);
    });
  }
}

/** A write to stdout failed for another reason than a reader gone: one line, exit 2. */
export function stdoutFailed(code: string | undefined): never {
  if (!process.stderr.destroyed) {
    const catalog = catalogFor(chooseLanguage(process.argv.slice(2), process.env));
    process.stderr.write(`spbe: ${catalog.ui.error}: ${catalog.phrases.cannotWrite({ path: 'stdout', reason: code ?? 'EIO' })}\n`);
  }
  process.exit(EXIT_USAGE);
}

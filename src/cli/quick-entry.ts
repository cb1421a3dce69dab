/** The quick entry of the `spbe` binary: bin/spbe.js runs the full CLI when this answers false. */
import { fdStdout } from './fd-output.js';
import type { CliIo } from './io.js';
import { quietOnClosedPipes } from './pipes.js';
import { quickScore } from './quick.js';

/** What the quick path touches of the process: neither process.stdout nor stdin is built. */
function quickIo(): CliIo {
  return {
    stdout: fdStdout(),
    // Only a provisional framework's notice: then, and only then, the streams are built and guarded.
    stderr: (text) => {
      quietOnClosedPipes();
      if (!process.stderr.destroyed) process.stderr.write(text);
    },
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: false,
    readStdin: () => Promise.reject(new Error('the quick path reads no standard input')),
  };
}

export async function runQuick(argv: readonly string[]): Promise<boolean> {
  let code: number | undefined;
  try {
    code = await quickScore(argv, quickIo());
  } catch {
    return false; // the full CLI runs again and words whatever went wrong
  }
  if (code === undefined) return false;
  process.exitCode = code;
  return true;
}

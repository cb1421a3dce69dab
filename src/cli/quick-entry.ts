/** The quick entry of the `spbe` binary: bin/spbe.js runs the full CLI when this answers false. */
import { processIo } from './io.js';
import { quietOnClosedPipes } from './pipes.js';
import { quickScore } from './quick.js';

export async function runQuick(argv: readonly string[]): Promise<boolean> {
  let code: number | undefined;
  quietOnClosedPipes(); // before anything is written
  try {
    code = await quickScore(argv, processIo());
  } catch {
    return false; // the full CLI runs again and words whatever went wrong
  }
  if (code === undefined) return false;
  process.exitCode = code;
  return true;
}

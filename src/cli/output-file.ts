/**
 * Writing a command's output: to `-o FILE` (never one of the run's inputs; atomic, io/output.ts) or
 * to standard output. Every refusal and every failure to write the file is "cannot write" (exit 2),
 * not an internal error.
 */
import { resolve } from 'node:path';
import { problem, UserError } from '../core/errors.js';
import { OutputRefused, outputSink, writeAll, writerSink } from '../io/output.js';
import { errnoCode } from '../io/source.js';
import type { CliIo } from './io.js';

export async function writeOutput(output: string | undefined, io: CliIo, inputs: readonly string[], chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>): Promise<void> {
  if (output === undefined) return writeAll(writerSink(io.stdoutAsync ?? io.stdout, io.stdoutBytes), chunks);
  let sink;
  try {
    sink = await outputSink(resolve(io.cwd, output), inputs);
  } catch (error) {
    throw new UserError(problem('cannotWrite', { path: output, reason: error instanceof OutputRefused ? error.reason : errnoCode(error) }));
  }
  try {
    await writeAll(sink, chunks);
  } catch (error) {
    // A full disk or a rename refused is the output's problem.
    if ((error as NodeJS.ErrnoException).code) throw new UserError(problem('cannotWrite', { path: output, reason: errnoCode(error) }));
    throw error;
  }
}

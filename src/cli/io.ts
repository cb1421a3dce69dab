import { readStreamBounded, type BytesResult } from '../io/source.js';

/** What the CLI may touch of the process: injected, so main() runs in-process in tests. */
export interface CliIo {
  stdout(text: string): void;
  /** Writes and waits while the reader is behind (backpressure), for long reports; else stdout(). */
  stdoutAsync?(text: string): Promise<void>;
  /** UTF-8 text as bytes, as a streamed batch's workers hand it over (never decoded here); else it is decoded for stdout(). */
  stdoutBytes?(bytes: Uint8Array): Promise<void>;
  stderr(text: string): void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY: boolean;
  /** Terminal width, when stdout is a terminal. */
  columns?: number;
  /** Standard input, read to at most maxFileSize bytes (a longer stream is a FILE_TOO_LARGE finding). */
  readStdin(maxFileSize: number): Promise<BytesResult>;
}

/** Resolves when the stream can take more, or when it is gone (a closed pipe never drains). */
function untilDrainedOrClosed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.once('drain', done);
    stream.once('close', done);
  });
}

export function processIo(): CliIo {
  return {
    // A stdout whose reader went away (cli/pipes.ts) is destroyed: the rest of the output is dropped.
    stdout: (text) => void (process.stdout.destroyed || process.stdout.write(text)),
    stdoutAsync: (text) => (process.stdout.destroyed || process.stdout.write(text) ? Promise.resolve() : untilDrainedOrClosed(process.stdout)),
    stdoutBytes: (bytes) => (process.stdout.destroyed || process.stdout.write(bytes) ? Promise.resolve() : untilDrainedOrClosed(process.stdout)),
    stderr: (text) => void (process.stderr.destroyed || process.stderr.write(text)),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
    readStdin: (maxFileSize) => readStreamBounded(process.stdin, maxFileSize),
  };
}

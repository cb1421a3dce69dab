/**
 * Where a report goes: stdout, or a file written atomically (a temporary file beside it, renamed
 * over it at the end), so that a reader never sees a half-written report.
 */
import { open, rename, unlink } from 'node:fs/promises';
import { Buffer } from 'node:buffer';
import { basename, dirname, join } from 'node:path';

export interface Sink {
  write(chunk: string | Uint8Array): Promise<void>;
  /** Makes the output visible (renames the temporary file); call once, after the last write. */
  commit(): Promise<void>;
  /** Drops a partial file after a failure. */
  abort(): Promise<void>;
}

export function writerSink(write: (text: string) => void | Promise<void>): Sink {
  return {
    write: async (chunk) => write(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('latin1')),
    commit: async () => {},
    abort: async () => {},
  };
}

export async function atomicFileSink(path: string): Promise<Sink> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await open(temporary, 'w');
  let buffered = '';
  const flush = async () => {
    if (buffered) await handle.write(buffered);
    buffered = '';
  };
  return {
    write: async (chunk) => {
      if (typeof chunk !== 'string') {
        await flush();
        await handle.write(chunk);
        return;
      }
      buffered += chunk;
      if (buffered.length > 1 << 16) await flush();
    },
    commit: async () => {
      await flush();
      await handle.sync();
      await handle.close();
      await rename(temporary, path);
    },
    abort: async () => {
      await handle.close().catch(() => {});
      await unlink(temporary).catch(() => {});
    },
  };
}

export async function writeAll(sink: Sink, chunks: Iterable<string | Uint8Array>): Promise<void> {
  try {
    for (const chunk of chunks) await sink.write(chunk);
    await sink.commit();
  } catch (error) {
    await sink.abort();
    throw error;
  }
}

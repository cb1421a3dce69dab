/**
 * Where a report goes: stdout, or a file written atomically (a temporary file beside it, renamed
 * over it at the end), so that a reader never sees a half-written report.
 */
import { open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface Sink {
  write(chunk: string | Uint8Array): Promise<void>;
  /** Makes the output visible (renames the temporary file); call once, after the last write. */
  commit(): Promise<void>;
  /** Drops a partial file after a failure. */
  abort(): Promise<void>;
}

/** A sink over a text writer; bytes (UTF-8 text) go to `writeBytes` when there is one, else they are decoded. */
export function writerSink(write: (text: string) => void | Promise<void>, writeBytes?: (bytes: Uint8Array) => Promise<void>): Sink {
  const decoder = new TextDecoder();
  return {
    write: async (chunk) => (typeof chunk === 'string' ? write(chunk) : writeBytes ? writeBytes(chunk) : write(decoder.decode(chunk))),
    commit: async () => {},
    abort: async () => {},
  };
}

/** Why -o cannot write where it was asked to: an errno code, or one of these (the catalogs word them). */
export class OutputRefused extends Error {
  constructor(readonly reason: 'EISDIR' | 'NOT_REGULAR' | 'IS_INPUT') {
    super(reason);
    this.name = 'OutputRefused';
  }
}

/**
 * The sink for `-o PATH`. A symbolic link is followed: the file it points to is replaced
 * atomically and the link stays (a dangling link is replaced by the file). A directory is refused
 * (EISDIR), and so is any input of the run (IS_INPUT: the report must not replace an assessment;
 * compared by device and inode, so a hard link or another spelling of the path is caught). A
 * character device (/dev/null, a terminal) is written by opening it, never renamed over; a FIFO,
 * socket or block device is refused (NOT_REGULAR). Anything else is a new or regular file, written
 * atomically.
 */
export async function outputSink(path: string, inputs: readonly string[]): Promise<Sink> {
  const real = await realpath(path).catch(() => path);
  const info = await stat(real).catch(() => undefined);
  if (!info) return atomicFileSink(real);
  if (info.isDirectory()) throw new OutputRefused('EISDIR');
  for (const input of inputs) {
    const other = await stat(input).catch(() => undefined);
    if (other && other.dev === info.dev && other.ino === info.ino) throw new OutputRefused('IS_INPUT');
  }
  if (info.isCharacterDevice()) return deviceSink(real);
  if (!info.isFile()) throw new OutputRefused('NOT_REGULAR');
  return atomicFileSink(real);
}

/** A device is written in place: there is no temporary file to rename (and renaming would replace the device node). */
async function deviceSink(path: string): Promise<Sink> {
  const handle = await open(path, 'w');
  return {
    write: async (chunk) => void (typeof chunk === 'string' ? await handle.write(chunk) : await handle.write(chunk)),
    commit: async () => handle.close(),
    abort: async () => handle.close().catch(() => {}),
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

/** Writes every chunk, then commits; a streamed batch's chunks arrive as its files are done. */
export async function writeAll(sink: Sink, chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>): Promise<void> {
  try {
    for await (const chunk of chunks) await sink.write(chunk);
    await sink.commit();
  } catch (error) {
    await sink.abort();
    throw error;
  }
}

/** Reading an input's text: regular files only, UTF-8 only, size-limited, with failures as findings rather than throws. */
import { Buffer, isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { createFinding, type Finding } from '../core/findings.js';

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export type ReadResult = { text: string } | { finding: Finding };
export type BytesResult = { bytes: Uint8Array } | { finding: Finding };

/** The reason (worded by the catalogs) for a path that is a device, a FIFO or a socket. */
export const NOT_REGULAR = 'NOT_REGULAR';

/** The errno code of a failed file operation (ENOENT, EACCES, ...); the catalogs word it. */
export function errnoCode(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code ?? e.message ?? String(error);
}

export function tooLarge(size: number, limit: number): { finding: Finding } {
  return { finding: createFinding('FILE_TOO_LARGE', { size, limit }, '') };
}

export function decodeText(bytes: Uint8Array): ReadResult {
  // isUtf8 is a fast native check; a fatal TextDecoder costs milliseconds of ICU set-up per process.
  if (!isUtf8(bytes)) {
    // Windows tools often save UTF-16 with a byte-order mark: name it, so the fix is obvious
    // (FF FE 00 00 is UTF-32LE, not UTF-16LE followed by a NUL).
    const b = bytes;
    const utf32 = b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0 ? 'UTF-32LE' : b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff ? 'UTF-32BE' : undefined;
    const utf16 = utf32 ?? (b[0] === 0xff && b[1] === 0xfe ? 'UTF-16LE' : b[0] === 0xfe && b[1] === 0xff ? 'UTF-16BE' : undefined);
    return { finding: createFinding('NOT_UTF8', utf16 ? { encoding: utf16 } : {}, '', 'error', { line: 1, column: 1 }) };
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  // Drop a UTF-8 byte-order mark: editors on Windows add one, and it is not content.
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/**
 * The bytes of a regular file, at most maxFileSize of them. The file is opened without blocking
 * (a FIFO would otherwise wait for a writer forever) and judged by fstat of what was opened, not
 * of the path (no race with a swapped file): a device, FIFO or socket is refused ("not a regular
 * file"), and reading stops one byte past the limit, so a file that grows while it is read, or
 * reports a wrong size, never makes an unbounded read.
 *
 * Synchronous on purpose: a few sync calls cost less than the promise API's thread-pool round
 * trips for a small file; batch parallelism comes from worker threads, not from overlapping reads.
 */
export function readBytes(path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): BytesResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { finding: createFinding('FILE_UNREADABLE', { reason: errnoCode(error) }, '') };
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) return { finding: createFinding('FILE_UNREADABLE', { reason: 'EISDIR' }, '') };
    if (!info.isFile()) return { finding: createFinding('FILE_UNREADABLE', { reason: NOT_REGULAR }, '') };
    if (info.size > maxFileSize) return tooLarge(info.size, maxFileSize);
    let buffer = Buffer.allocUnsafe(Math.min(info.size, maxFileSize) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxFileSize) return tooLarge(length, maxFileSize);
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxFileSize + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxFileSize) return tooLarge(length, maxFileSize);
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { finding: createFinding('FILE_UNREADABLE', { reason: errnoCode(error) }, '') };
  } finally {
    closeSync(fd);
  }
}

export function readSource(path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): ReadResult {
  const read = readBytes(path, maxFileSize);
  return 'finding' in read ? read : decodeText(read.bytes);
}

/**
 * A stream (standard input) read to at most maxFileSize bytes: a longer stream is FILE_TOO_LARGE,
 * found as soon as the limit is passed (the rest is not read).
 */
export async function readStreamBounded(stream: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<BytesResult> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      length += bytes.length;
      if (length > maxFileSize) return tooLarge(length, maxFileSize);
      chunks.push(bytes);
    }
  } catch (error) {
    return { finding: createFinding('FILE_UNREADABLE', { reason: errnoCode(error) }, '') };
  }
  return { bytes: Buffer.concat(chunks, length) };
}

/** Reading an input's text: UTF-8 only, size-limited, with failures as findings rather than throws. */
import { Buffer, isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { createFinding, type Finding } from '../core/findings.js';

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export type ReadResult = { text: string } | { finding: Finding };


/** The errno code of a failed file operation (ENOENT, EACCES, ...); the catalogs word it. */
export function errnoCode(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code ?? e.message ?? String(error);
}

export function decodeText(bytes: Uint8Array): ReadResult {
  // isUtf8 is a fast native check; a fatal TextDecoder costs milliseconds of ICU set-up per process.
  if (!isUtf8(bytes)) {
    // Windows tools often save UTF-16 with a byte-order mark: name it, so the fix is obvious.
    const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'UTF-16LE' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'UTF-16BE' : undefined;
    return { finding: createFinding('NOT_UTF8', utf16 ? { encoding: utf16 } : {}, '', 'error', { line: 1, column: 1 }) };
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  // Drop a UTF-8 byte-order mark: editors on Windows add one, and it is not content.
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/**
 * Synchronous on purpose: one readFileSync is a single call where the promise API makes four
 * thread-pool round trips (open, fstat, read, close), a third of the cost of a small file; batch
 * parallelism comes from worker threads, not from overlapping reads.
 */
export function readSource(path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): ReadResult {
  try {
    const info = statSync(path);
    if (info.isDirectory()) return { finding: createFinding('FILE_UNREADABLE', { reason: 'EISDIR' }, '') };
    if (info.size > maxFileSize) return { finding: createFinding('FILE_TOO_LARGE', { size: info.size, limit: maxFileSize }, '') };
    return decodeText(readFileSync(path));
  } catch (error) {
    return { finding: createFinding('FILE_UNREADABLE', { reason: errnoCode(error) }, '') };
  }
}

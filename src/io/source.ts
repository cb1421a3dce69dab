/** Reading an input's text: UTF-8 only, size-limited, with failures as findings rather than throws. */
import { readFile, stat } from 'node:fs/promises';
import { createFinding, type Finding } from '../core/findings.js';

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export type ReadResult = { text: string } | { finding: Finding };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function describeIoError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'it is a directory';
    case 'ELOOP': return 'too many symbolic links';
    default: return e.message ?? String(error);
  }
}

export function decodeText(bytes: Uint8Array): ReadResult {
  try {
    // Drop a UTF-8 byte-order mark: editors on Windows add one, and it is not content.
    const text = decoder.decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { finding: createFinding('NOT_UTF8', {}, '', { line: 1, column: 1 }) };
  }
}

export async function readSource(path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<ReadResult> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { finding: createFinding('FILE_UNREADABLE', { reason: describeIoError({ code: 'EISDIR' }) }, '') };
    if (info.size > maxFileSize) return { finding: createFinding('FILE_TOO_LARGE', { size: info.size, limit: maxFileSize }, '') };
    return decodeText(await readFile(path));
  } catch (error) {
    return { finding: createFinding('FILE_UNREADABLE', { reason: describeIoError(error) }, '') };
  }
}

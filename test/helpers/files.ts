/** Temporary folders of assessment files for tests. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function tempTree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'spbe-test-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Makes a value on first use and gives the same one after: a fixture shared by the runs that only read it. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** A temporary folder made on first use and shared after (for cases that only read it). */
export const sharedTree = (files: Record<string, string>): (() => string) => once(() => tempTree(files));

/** A new temporary folder on every call (for cases that write into it: one per run). */
export const freshTree = (files: Record<string, string>): (() => string) => () => tempTree(files);

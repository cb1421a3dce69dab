/**
 * The link keys of a streamed batch (phase 1 of run/stream.ts), by input position. Most are read
 * by the folder scan: it reads the head of every file it finds (io/inputs.ts), and a short file's
 * head is the whole file, so its key costs no second read; phase 1 sends only the others to the
 * workers. A key is read the same way wherever it is read (keyOfRead), and an agency's files share
 * one copy of its id.
 */
import { Buffer } from 'node:buffer';
import type { LinkKey } from '../core/link.js';
import { readLinkKey } from '../document/link-key.js';
import { sourceKind } from '../io/source-kind.js';
import { decodeText, type ReadResult } from '../io/source.js';

/** A file's key: undefined when it has none (it does not read), 'unread' when only its evaluation can tell. */
export function keyOfRead(read: ReadResult): LinkKey | undefined | 'unread' {
  return 'finding' in read ? undefined : readLinkKey(read.text);
}

export class LinkKeys {
  /** By position: a key, null when the file has none, undefined while it is not read. */
  readonly byPosition: (LinkKey | null | undefined)[] = [];
  private readonly agencies = new Map<string, string>();

  set(position: number, key: LinkKey | undefined): void {
    if (!key) {
      this.byPosition[position] = null;
      return;
    }
    let agency = this.agencies.get(key.agency);
    if (agency === undefined) {
      // A copy: an id read from a file's text may be a slice of it, and would keep the whole text.
      agency = Buffer.from(key.agency).toString();
      this.agencies.set(agency, agency);
    }
    this.byPosition[position] = { agency, year: key.year, ownPrevious: key.ownPrevious };
  }

  /** The key of a file the folder scan read whole, read as phase 1 would; a file phase 1 reads otherwise (too large, not YAML, only its evaluation tells) is left to it. */
  readWhole(position: number, path: string, bytes: Uint8Array, maxFileSize: number): void {
    if (bytes.length > maxFileSize || sourceKind(path) !== 'yaml') return;
    const key = keyOfRead(decodeText(bytes));
    if (key !== 'unread') this.set(position, key);
  }

  has(position: number): boolean {
    return this.byPosition[position] !== undefined;
  }

  /** The key sent with a file's result task, forgotten then (it is read once). */
  take(position: number): LinkKey | undefined {
    const key = this.byPosition[position] ?? undefined;
    this.byPosition[position] = null;
    return key;
  }
}

/**
 * The link keys of a streamed batch (phase 1 of run/stream.ts), by input position. Most are read
 * by the folder scan: it reads the head of every file it finds (io/inputs.ts), and a short file's
 * head is the whole file, so its key costs no second read; phase 1 sends only the others to the
 * workers. A key is read the same way wherever it is read (keyOfRead), and an agency's files share
 * one copy of its id.
 */
import { Buffer } from 'node:buffer';
import type { LinkKey, LinkKeyTable } from '../core/link.js';
import { readLinkKey } from '../document/link-key.js';
import { sourceKind } from '../io/source-kind.js';
import { decodeText, type ReadResult } from '../io/source.js';

/** A file's key: undefined when it has none (it does not read), 'unread' when only its evaluation can tell. */
export function keyOfRead(read: ReadResult): LinkKey | undefined | 'unread' {
  return 'finding' in read ? undefined : readLinkKey(read.text);
}

/** By position: not read yet, read and without a key, or a key (naming its own previous year or not). */
const NOT_READ = 0;
const NO_KEY = 1;
const KEY = 2;
const KEY_OWN_PREVIOUS = 3;

/** A copy of `from`, `size` long. */
function grown<T extends Uint8Array | Int32Array | Float64Array>(from: T, size: number): T {
  const to = new (from.constructor as new (size: number) => T)(size);
  to.set(from);
  return to;
}

/**
 * Held in flat arrays by position (its agency as a number, its year, its state), not an object per
 * file: a batch keeps them from the folder scan to the end of its run (~45 bytes a file less).
 */
export class LinkKeys implements LinkKeyTable {
  private states = new Uint8Array(0);
  private agencyNumbers = new Int32Array(0);
  private years = new Float64Array(0);
  /** Agency ids by number, and numbers by id. */
  private readonly agencyIds: string[] = [];
  private readonly numbers = new Map<string, number>();
  /** One more than the last position set. */
  length = 0;

  set(position: number, key: LinkKey | undefined): void {
    if (position >= this.states.length) {
      const size = Math.max(position + 1, this.states.length * 2, 1024);
      this.states = grown(this.states, size);
      this.agencyNumbers = grown(this.agencyNumbers, size);
      this.years = grown(this.years, size);
    }
    this.length = Math.max(this.length, position + 1);
    if (!key) {
      this.states[position] = NO_KEY;
      return;
    }
    let number = this.numbers.get(key.agency);
    if (number === undefined) {
      number = this.agencyIds.length;
      // A copy: an id read from a file's text may be a slice of it, and would keep the whole text.
      const agency = Buffer.from(key.agency).toString();
      this.agencyIds.push(agency);
      this.numbers.set(agency, number);
    }
    this.states[position] = key.ownPrevious ? KEY_OWN_PREVIOUS : KEY;
    this.agencyNumbers[position] = number;
    this.years[position] = key.year;
  }

  /** The key of a file the folder scan read whole, read as phase 1 would; a file phase 1 reads otherwise (too large, not YAML, only its evaluation tells) is left to it. */
  readWhole(position: number, path: string, bytes: Uint8Array, maxFileSize: number): void {
    if (bytes.length > maxFileSize || sourceKind(path) !== 'yaml') return;
    const key = keyOfRead(decodeText(bytes));
    if (key !== 'unread') this.set(position, key);
  }

  has(position: number): boolean {
    return (this.states[position] ?? NOT_READ) !== NOT_READ;
  }

  /** A file's key: null when it has none, undefined while it is not read. */
  get(position: number): LinkKey | null | undefined {
    const state = this.states[position] ?? NOT_READ;
    if (state === NOT_READ) return undefined;
    if (state === NO_KEY) return null;
    return { agency: this.agency(position)!, year: this.years[position]!, ownPrevious: state === KEY_OWN_PREVIOUS };
  }

  agency(position: number): string | undefined {
    const state = this.states[position] ?? NOT_READ;
    return state === KEY || state === KEY_OWN_PREVIOUS ? this.agencyIds[this.agencyNumbers[position]!] : undefined;
  }

  year(position: number): number {
    return this.years[position]!;
  }

  ownPrevious(position: number): boolean {
    return this.states[position] === KEY_OWN_PREVIOUS;
  }
}

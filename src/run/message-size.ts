/**
 * How many files go in a message to a streamed batch's worker: as many as make about
 * MESSAGE_OUTPUT_BYTES of output, by the mean size of the pieces back so far, from 4 to 16 (16
 * before the first). The main thread holds the output of each file done ahead of the first one
 * not yet written, and in a batch linked year to year that one waits for its previous years, each
 * a round trip behind the messages in flight at its worker: what is held grows with a message's
 * output. Measured at 10,000 files, side by side (jsonl; long-form ~16 KB a file, short ~11 KB):
 *
 * | files a message | long-form       | short           |
 * |-----------------|-----------------|-----------------|
 * | 16              | 5.5 s, 124 MiB  | 2.02 s, 111 MiB |
 * | 8               | 4.8 s, 117 MiB  | 2.04 s, 109 MiB |
 * | 6               | 4.8 s, 114 MiB  | 2.09 s, 109 MiB |
 *
 * Fewer files a message cost short files time (each message has its own cost); long-form files
 * gain it, a year's link waiting behind fewer files. Sized by their output (6 long-form files a
 * message, 8 short ones): 4.7 s, 114 MiB and 1.98 s, 109 MiB.
 */
import { MESSAGE_OUTPUT_BYTES } from './worker-messages.js';

const FEWEST = 4;
const MOST = 16;

export class MessageSize {
  private bytes = 0;
  private pieces = 0;

  /** A file's piece came back, this long (bytes; UTF-16 units for a string, near enough). */
  add(length: number): void {
    this.bytes += length;
    this.pieces++;
  }

  get tasks(): number {
    if (this.bytes === 0) return MOST;
    return Math.min(MOST, Math.max(FEWEST, Math.floor((MESSAGE_OUTPUT_BYTES * this.pieces) / this.bytes)));
  }
}

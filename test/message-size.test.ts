// How many files a streamed batch sends a worker at once (run/message-size.ts): about 96 KiB
// (98,304 bytes) of output a message by the mean piece so far, never fewer than 4 nor more than 16.
import { describe, expect, test } from 'vitest';
import { MessageSize } from '../src/run/message-size.js';

const after = (lengths: number[]) => {
  const size = new MessageSize();
  for (const length of lengths) size.add(length);
  return size.tasks;
};

describe('files per message to a streamed worker', () => {
  test('before any piece is back (phase 1 reads link keys, which have none): 16', () => {
    expect(after([])).toBe(16);
  });

  test.each([
    // 98,304 / mean, rounded down
    [[11_000], 8], // 8.94: short files in jsonl
    [[16_000, 16_000, 16_000], 6], // 6.14: long-form files in jsonl
    [[12_288], 8], // exactly 8
    [[12_289], 7],
    [[10_000, 30_000], 4], // mean 20,000: 4.9
    [[6_000], 16], // 16.4, at most 16
    [[120], 16], // a line of text a file
    [[1_000_000], 4], // 0.1, at least 4
  ])('pieces of %j bytes: %i a message', (lengths, tasks) => {
    expect(after(lengths)).toBe(tasks);
  });

  test('a run of empty pieces (a format that prints nothing per file) sends the most', () => {
    expect(after([0, 0, 0])).toBe(16);
  });
});

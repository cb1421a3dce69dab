/**
 * A batch whose format is one piece per result (formats.ts loadResultFormatter) is streamed: each
 * file is formatted where it is evaluated, written as soon as the files before it are, and
 * forgotten, so that time is spent in the workers and memory stays flat in the number of files.
 *
 * Year linking needs, before a file is formatted, the nearest earlier scored year of its agency in
 * the run. Phase 1 reads every file's link key (its agency and year: a fast read, no scoring; the
 * folder scan has read most short files' already, run/link-keys.ts) and decides each file's
 * candidates (core/link.ts linkCandidates). Phase 2 evaluates and formats the
 * files in input order; a file is sent once its first candidate that scores is known, with that
 * candidate's figures. Only the figures of files that another file may still need are kept; a
 * candidate later in the input than its file is evaluated first and its piece waits its turn.
 */
import { LinkCandidates, linkCandidates } from '../core/link.js';
import { linksYears, type Summary } from '../core/report.js';
import { Buffer } from 'node:buffer';
import type { Input } from '../io/inputs.js';
import type { PackedPrevious } from './packed-previous.js';
import { LinkKeys } from './link-keys.js';
import type { Executor } from './pool.js';
import type { Reply, StatRecord, StreamSetup, Tally } from './task.js';

/** What the run counted, for its summary, exit code and notices (filled while the pieces are written). */
export interface StreamOutcome {
  summary: Summary;
  failedGates: number;
  internalError: boolean;
  /** Provisional frameworks scored on, each with the first position that was. */
  provisional: Map<string, number>;
  /** Scored results and their agencies, by position (only kept when --compare is given). */
  agencies: { index: number; file: string; agency: string }[];
  acrossFrameworks: boolean;
  /** The stat records of scored results, by position (only when the output prints statistics). */
  records: (StatRecord | undefined)[];
}

/** Pieces written at once, to keep writes few. */
const WRITE_CHUNK = 1 << 16;

export function emptyOutcome(): StreamOutcome {
  return { summary: { files: 0, valid: 0, invalid: 0, errors: 0, warnings: 0 }, failedGates: 0, internalError: false, provisional: new Map(), agencies: [], acrossFrameworks: false, records: [] };
}

function count(outcome: StreamOutcome, index: number, file: string, tally: Tally, keepAgencies: boolean): void {
  const { summary } = outcome;
  summary.files++;
  if (tally.valid) summary.valid++;
  else summary.invalid++;
  summary.errors += tally.errors;
  summary.warnings += tally.warnings;
  outcome.failedGates += tally.failedGates;
  outcome.internalError ||= tally.internalError;
  outcome.acrossFrameworks ||= tally.acrossFrameworks;
  if (tally.provisional && !(outcome.provisional.get(tally.provisional)! <= index)) outcome.provisional.set(tally.provisional, index);
  if (keepAgencies && tally.agency !== undefined) outcome.agencies.push({ index, file, agency: tally.agency });
}

/** Phase 1: the link keys the folder scan did not read, read in parallel. */
async function readKeys(inputs: readonly Input[], executor: Executor, keys: LinkKeys): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < inputs.length) {
      const index = next++;
      if (keys.has(index)) continue;
      const reply = await executor.run({ kind: 'key', index, input: inputs[index]! });
      if (reply.kind === 'key') keys.set(index, reply.key);
    }
  };
  await Promise.all(Array.from({ length: executor.capacity }, lane));
}

/** Whether some file may need a file's figures (1), by position: from the first candidate of any file of its agency on. */
function neededFigures(candidates: LinkCandidates, positions: number): Uint8Array {
  const needed = new Uint8Array(positions);
  for (const position of candidates.positions()) {
    const order = candidates.order(position)!;
    for (let i = candidates.from(position); i < order.length; i++) {
      if (needed[order[i]!]) break; // the rest of this agency's list is in already
      needed[order[i]!] = 1;
    }
  }
  return needed;
}

/** Pieces as one chunk, always a copy (the pieces' buffers are filled again): text when all are text, else bytes. */
function joined(parts: readonly (string | Uint8Array)[]): string | Uint8Array {
  if (parts.every((p) => typeof p === 'string')) return parts.join('');
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
}

/** The pieces in input order (`separator` between two), as chunks to write. */
export async function* streamBatch(inputs: readonly Input[], setup: StreamSetup, executor: Executor, outcome: StreamOutcome, keys = new LinkKeys(), separator = ''): AsyncGenerator<string | Uint8Array> {
  try {
    yield* streamPieces(inputs, setup, executor, outcome, keys, separator);
  } finally {
    // Workers left running would keep the process alive after an error.
    await executor.close();
  }
}

async function* streamPieces(inputs: readonly Input[], setup: StreamSetup, executor: Executor, outcome: StreamOutcome, keys: LinkKeys, separator: string): AsyncGenerator<string | Uint8Array> {
  const linking = linksYears(setup.report);
  if (linking) await readKeys(inputs, executor, keys);
  const candidates = linking ? linkCandidates(keys) : new LinkCandidates(0);
  const needed = neededFigures(candidates, inputs.length);
  // An agency's figures are dropped once all its files that may be linked are sent.
  const waiting = new Map<readonly number[], number>();
  for (const position of candidates.positions()) {
    const order = candidates.order(position)!;
    waiting.set(order, (waiting.get(order) ?? 0) + 1);
  }
  let failure: unknown;
  const keepAgencies = setup.report.compare !== undefined;

  const SENT = 1;
  const DONE = 2;
  const NONE = -1;
  const state = new Uint8Array(inputs.length);
  /** Of files whose figures may be needed: whether each may be a previous year, and its figures. */
  const figures = new Map<number, { linkable: boolean; previous?: PackedPrevious }>();
  const pieces = new Map<number, string | Uint8Array>();
  let written = 0;
  let inFlight = 0;
  let wake: (() => void) | undefined;

  /** The candidate a file waits for (the first not yet done before one that may be its previous year), or NONE: its previous year is known. */
  const waitsFor = (index: number): number => {
    const order = candidates.order(index);
    if (!order) return NONE;
    for (let i = candidates.from(index); i < order.length; i++) {
      const candidate = order[i]!;
      if (state[candidate] !== DONE) return candidate;
      if (figures.get(candidate)!.linkable) return NONE;
    }
    return NONE;
  };

  /** A file's previous year, once waitsFor says it is known. */
  const previousOf = (index: number): PackedPrevious | undefined => {
    const order = candidates.order(index);
    if (!order) return undefined;
    for (let i = candidates.from(index); i < order.length; i++) {
      const known = figures.get(order[i]!)!;
      if (known.linkable) return known.previous;
    }
    return undefined;
  };

  const release = (index: number) => {
    const order = candidates.order(index);
    if (!order) return;
    const left = waiting.get(order)! - 1;
    waiting.set(order, left);
    if (left > 0) return;
    waiting.delete(order);
    for (const position of order) {
      figures.delete(position);
      needed[position] = 0;
    }
  };

  const send = (index: number, previous: PackedPrevious | undefined) => {
    state[index] = SENT;
    inFlight++;
    release(index);
    const received = (reply: Reply) => {
      if (reply.kind !== 'result') return;
      state[index] = DONE;
      inFlight--;
      if (needed[index]) figures.set(index, { linkable: reply.linkable, ...(reply.previous ? { previous: reply.previous } : {}) });
      pieces.set(index, reply.piece);
      if (reply.stat) outcome.records[index] = reply.stat;
      count(outcome, index, inputs[index]!.file, reply.tally, keepAgencies);
      wake?.();
    };
    const key = keys.get(index) ?? undefined;
    executor.run({ kind: 'result', index, input: inputs[index]!, ...(key ? { key } : {}), ...(previous ? { previous } : {}), keepPrevious: needed[index] === 1 }).then(received, (error: unknown) => {
      failure ??= error;
      wake?.();
    });
  };

  /** Sends what can go: files in input order within the window, or for a file that waits, the file it waits for (which may be far ahead). */
  let scan = 0;
  const fill = () => {
    while (scan < inputs.length && state[scan] !== 0) scan++;
    // The executor's capacity may change as the run goes on (run/message-size.ts). Files are sent
    // ahead of the first not yet written up to four times what is in flight, for year-linked chains.
    const capacity = executor.capacity;
    const ahead = written + Math.max(capacity * 4, 64);
    for (let index = scan; index < inputs.length && index < ahead && inFlight < capacity; index++) {
      let at = index;
      while (state[at] === 0) {
        const waitFor = waitsFor(at);
        if (waitFor === NONE) {
          send(at, previousOf(at));
          break;
        }
        at = waitFor;
      }
    }
  };

  while (written < inputs.length) {
    if (failure !== undefined) throw failure;
    fill();
    const parts: (string | Uint8Array)[] = [];
    let size = 0;
    while (pieces.has(written) && size < WRITE_CHUNK) {
      const piece = pieces.get(written)!;
      if (separator && written > 0) parts.push(separator);
      parts.push(piece);
      size += piece.length;
      pieces.delete(written++);
    }
    if (parts.length > 0) {
      const chunk = joined(parts);
      for (const part of parts) if (typeof part !== 'string') executor.written(part);
      yield chunk;
      continue;
    }
    await new Promise<void>((resolve) => (wake = resolve));
    wake = undefined;
  }
}

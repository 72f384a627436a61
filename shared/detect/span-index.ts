import type { ScanContext } from './recognizer.ts';
import type { NumberRun, NumberSpan } from './numbers.ts';

// The group-aligned spans of a scan as rows of typed arrays (run, first and
// last group, digit count); a span's object is made the first time a
// recognizer visits it, and kept, so every recognizer sees the same object
// (the guards keep their answers on it). Most spans of a long run are never
// visited: a megabyte of "0912345 678901 …" has a third of a million spans,
// and no recognizer without a label to look for asks about the 6- and
// 7-digit ones.

export interface SpanIndex {
  size: number;
  runs: NumberRun[];
  run: Int32Array;
  g0: Int32Array;
  g1: Int32Array;
  digits: Uint8Array;
  /** Per row: 1 + the position of its object in `made`, 0 until visited. */
  slot: Int32Array;
  /** The span objects made so far, in the order made. */
  made: NumberSpan[];
}

export function createSpanIndex(runs: NumberRun[]): SpanIndex {
  return { size: 0, runs, run: new Int32Array(64), g0: new Int32Array(64), g1: new Int32Array(64), digits: new Uint8Array(64), slot: new Int32Array(0), made: [] };
}

function grow(index: SpanIndex): void {
  const size = index.run.length * 2;
  const run = new Int32Array(size);
  const g0 = new Int32Array(size);
  const g1 = new Int32Array(size);
  const digits = new Uint8Array(size);
  run.set(index.run);
  g0.set(index.g0);
  g1.set(index.g1);
  digits.set(index.digits);
  index.run = run;
  index.g0 = g0;
  index.g1 = g1;
  index.digits = digits;
}

/** Adds the span of groups g0..g1 of run `r` (an index into `runs`), of `digits` digits. */
export function addSpan(index: SpanIndex, r: number, g0: number, g1: number, digits: number): void {
  const k = index.size;
  if (k === index.run.length) grow(index);
  index.run[k] = r;
  index.g0[k] = g0;
  index.g1[k] = g1;
  index.digits[k] = digits;
  index.size = k + 1;
}

/** Ends the rows: room for their objects' slots. */
export function closeSpanIndex(index: SpanIndex): void {
  index.slot = new Int32Array(index.size);
}

/** Row i's object, or undefined before it is made. */
export function madeSpan(index: SpanIndex, i: number): NumberSpan | undefined {
  const k = index.slot[i];
  return k === 0 ? undefined : index.made[k - 1];
}

export function keepMadeSpan(index: SpanIndex, i: number, span: NumberSpan): void {
  index.slot[i] = index.made.push(span);
}

const indexes = new WeakMap<ScanContext, SpanIndex>();

export function keptSpanIndex(ctx: ScanContext): SpanIndex | undefined {
  return indexes.get(ctx);
}

export function keepSpanIndex(ctx: ScanContext, index: SpanIndex): void {
  indexes.set(ctx, index);
}

export function forgetSpanIndex(ctx: ScanContext): void {
  indexes.delete(ctx);
}

import type { NumberRun, NumberSpan } from './numbers.ts';

// The group-aligned spans of a scan as rows of one typed array (run, first
// and last group, digit count); a span's object is made the first time a
// recognizer visits it, and kept, so every recognizer sees the same object
// (the guards keep their answers on it). Most spans of a long run are never
// visited: a megabyte of "0912345 678901 …" has a third of a million spans,
// and no recognizer without a label to look for asks about the 6- and
// 7-digit ones. A recognizer's pass reads the digit counts of the rows, not
// the objects.

export interface SpanIndex {
  size: number;
  runs: NumberRun[];
  /** Per row, four numbers: run (index into `runs`), g0, g1, digit count. */
  rows: Int32Array;
  /** Per row: 1 + the position of its object in `made`, 0 until visited. */
  slot: Int32Array;
  made: NumberSpan[];
}

export function createSpanIndex(runs: NumberRun[]): SpanIndex {
  return { size: 0, runs, rows: new Int32Array(256), slot: new Int32Array(0), made: [] };
}

/** Adds the span of groups g0..g1 of run `r` (an index into `runs`), of `digits` digits. */
export function addSpan(index: SpanIndex, r: number, g0: number, g1: number, digits: number): void {
  const k = index.size * 4;
  if (k === index.rows.length) {
    const rows = new Int32Array(k * 2);
    rows.set(index.rows);
    index.rows = rows;
  }
  index.rows[k] = r;
  index.rows[k + 1] = g0;
  index.rows[k + 2] = g1;
  index.rows[k + 3] = digits;
  index.size++;
}


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

// The rows and slots of the scan's index live in buffers every scan reuses
// (numbers.ts keeps one scan's index at a time, made anew when another scan
// asks): two typed arrays made per scan were a quarter of scanning a short
// message, whose index is nearly always empty.
let rowsBuffer = new Int32Array(256);
let slotBuffer = new Int32Array(64);

/** A new index in the shared buffers: any index made before it is no longer to be read. */
export function createSpanIndex(runs: NumberRun[]): SpanIndex {
  return { size: 0, runs, rows: rowsBuffer, slot: slotBuffer, made: [] };
}

/** Gives the index its slots, all 0 (no object made yet), once every row is added. */
export function sealSpanIndex(index: SpanIndex): void {
  if (slotBuffer.length < index.size) slotBuffer = new Int32Array(Math.max(index.size, 2 * slotBuffer.length));
  else slotBuffer.fill(0, 0, index.size);
  index.slot = slotBuffer;
}

/** Adds the span of groups g0..g1 of run `r` (an index into `runs`), of `digits` digits. */
export function addSpan(index: SpanIndex, r: number, g0: number, g1: number, digits: number): void {
  const k = index.size * 4;
  if (k === index.rows.length) {
    const rows = new Int32Array(k * 2);
    rows.set(index.rows);
    index.rows = rowsBuffer = rows;
  }
  index.rows[k] = r;
  index.rows[k + 1] = g0;
  index.rows[k + 2] = g1;
  index.rows[k + 3] = digits;
  index.size++;
}


import type { ScanContext } from './recognizer.ts';
import { loadWords, type Words } from './keyword-index.ts';

// The context windows around a candidate (context.ts) are asked about by
// every recognizer that scores the candidate, and the recognizers walk the
// text one after another, so the same positions come back once per
// recognizer, far apart. Each window's bound and words are kept for the rest
// of the scan, packed in one growing array ([pos, bound, count, then start,
// end, hash per word]) and found through a table indexed by position (a Map
// lookup per call cost more than the copy; only the positions used are
// cleared between scans): a position costs one read of its window per scan
// instead of one per recognizer.

export interface WindowMemo {
  ctx: ScanContext | null;
  size: number;
  /** Per position: 1 + the window's offset in `pool`, 0 when none is kept. */
  slotAt: Int32Array;
  pool: Int32Array;
  used: number;
}

export function createWindowMemo(): WindowMemo {
  return { ctx: null, size: -1, slotAt: new Int32Array(0), pool: new Int32Array(1024), used: 0 };
}

/** The bound kept for the window at (pos, size), its words loaded into `into`; -1 when none is kept. */
export function recallWindow(memo: WindowMemo, ctx: ScanContext, pos: number, size: number, into: Words): number {
  if (ctx !== memo.ctx || size !== memo.size || pos >= memo.slotAt.length) return -1;
  const slot = memo.slotAt[pos];
  if (slot === 0) return -1;
  const at = slot - 1;
  loadWords(into, ctx.folded, memo.pool, at + 3, memo.pool[at + 2]);
  return memo.pool[at + 1];
}

/** Empties the table by clearing only the positions the pool holds (no pass over the whole table). */
function clearSlots(memo: WindowMemo): void {
  const pool = memo.pool;
  for (let at = 0; at < memo.used; at += 3 + 3 * pool[at + 2]) memo.slotAt[pool[at]] = 0;
  memo.used = 0;
}

/** Keeps the window at `pos` whose other bound is `bound`, just read into `w` (one size per scan: the first asked for). */
export function rememberWindow(memo: WindowMemo, ctx: ScanContext, pos: number, size: number, bound: number, w: Words): void {
  if (ctx !== memo.ctx) {
    clearSlots(memo);
    memo.ctx = ctx;
    memo.size = size;
    const n = ctx.folded.length + 1;
    if (memo.slotAt.length < n) memo.slotAt = new Int32Array(n);
  }
  if (size !== memo.size || pos >= memo.slotAt.length) return;
  const need = 3 + 3 * w.count;
  if (memo.used + need > memo.pool.length) {
    const bigger = new Int32Array(Math.max(memo.pool.length * 2, memo.used + need));
    bigger.set(memo.pool.subarray(0, memo.used));
    memo.pool = bigger;
  }
  const pool = memo.pool;
  const used = memo.used;
  memo.slotAt[pos] = used + 1;
  pool[used] = pos;
  pool[used + 1] = bound;
  pool[used + 2] = w.count;
  for (let k = 0, j = used + 3; k < w.count; k++, j += 3) {
    pool[j] = w.start[k];
    pool[j + 1] = w.end[k];
    pool[j + 2] = w.hash[k];
  }
  memo.used = used + need;
}

/** Drops the scan's windows (and tables grown large by a big text). */
export function forgetWindows(memo: WindowMemo): void {
  clearSlots(memo);
  memo.ctx = null;
  memo.size = -1;
  if (memo.pool.length > 1 << 16) memo.pool = new Int32Array(1024);
  if (memo.slotAt.length > 1 << 16) memo.slotAt = new Int32Array(0);
}

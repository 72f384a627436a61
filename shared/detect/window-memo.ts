import type { ScanContext } from './recognizer.ts';
import { loadWords, type Words } from './keyword-index.ts';

// The window before a candidate (context.ts) is asked about by every
// recognizer that scores the candidate, and the recognizers walk the text one
// after another, so the same positions come back once per recognizer, far
// apart. Each window's start and words are kept here for the rest of the
// scan, packed in one growing array ([pos, from, count, then start, end,
// hash per word]) and found through a table indexed by position (a Map
// lookup per call cost more than the copy; only the positions used are
// cleared between scans): a position costs one read of its window per scan
// instead of one per recognizer.

let memoCtx: ScanContext | null = null;
let memoSize = -1;
/** Per position: 1 + the window's offset in `pool`, 0 when none is kept. */
let slotAt = new Int32Array(0);
let pool = new Int32Array(1024);
let used = 0;

/** The start of the window kept for (pos, size), its words loaded into `into`; -1 when none is kept. */
export function recallWindow(ctx: ScanContext, pos: number, size: number, into: Words): number {
  if (ctx !== memoCtx || size !== memoSize || pos >= slotAt.length) return -1;
  const slot = slotAt[pos];
  if (slot === 0) return -1;
  const at = slot - 1;
  loadWords(into, ctx.folded, pool, at + 3, pool[at + 2]);
  return pool[at + 1];
}

/** Empties the table by clearing only the positions the pool holds (no pass over the whole table). */
function clearSlots(): void {
  for (let at = 0; at < used; at += 3 + 3 * pool[at + 2]) slotAt[pool[at]] = 0;
  used = 0;
}

/** Keeps the window [from, pos) just read into `w` (windows of one size per scan: the first asked for). */
export function rememberWindow(ctx: ScanContext, pos: number, size: number, from: number, w: Words): void {
  if (ctx !== memoCtx) {
    clearSlots();
    memoCtx = ctx;
    memoSize = size;
    const n = ctx.folded.length + 1;
    if (slotAt.length < n) slotAt = new Int32Array(n);
  }
  if (size !== memoSize || pos >= slotAt.length) return;
  const need = 3 + 3 * w.count;
  if (used + need > pool.length) {
    const bigger = new Int32Array(Math.max(pool.length * 2, used + need));
    bigger.set(pool.subarray(0, used));
    pool = bigger;
  }
  slotAt[pos] = used + 1;
  pool[used] = pos;
  pool[used + 1] = from;
  pool[used + 2] = w.count;
  for (let k = 0, j = used + 3; k < w.count; k++, j += 3) {
    pool[j] = w.start[k];
    pool[j + 1] = w.end[k];
    pool[j + 2] = w.hash[k];
  }
  used += need;
}

/** Drops the scan's windows (and tables grown large by a big text). */
export function forgetWindows(): void {
  clearSlots();
  memoCtx = null;
  memoSize = -1;
  if (pool.length > 1 << 16) pool = new Int32Array(1024);
  if (slotAt.length > 1 << 16) slotAt = new Int32Array(0);
}

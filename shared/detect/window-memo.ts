import type { ScanContext } from './recognizer.ts';
import { loadWords, type Words } from './keyword-index.ts';

// The window before a candidate (context.ts) is asked about by every
// recognizer that scores the candidate, and the recognizers walk the text one
// after another, so the same positions come back once per recognizer, far
// apart. Each window's start and words are kept here for the rest of the
// scan, packed in one growing array and found by position: a position costs
// one read of its window per scan instead of one per recognizer.

/** Windows of this size or more are not kept (none is asked for today). */
const MAX_SIZE = 128;

let memoCtx: ScanContext | null = null;
const slots = new Map<number, number>();
let pool = new Int32Array(1024);
let used = 0;

/** The start of the window kept for (pos, size), its words loaded into `into`; -1 when none is kept. */
export function recallWindow(ctx: ScanContext, pos: number, size: number, into: Words): number {
  if (ctx !== memoCtx || size >= MAX_SIZE) return -1;
  const at = slots.get(pos * MAX_SIZE + size);
  if (at === undefined) return -1;
  loadWords(into, ctx.folded, pool, at + 2, pool[at + 1]);
  return pool[at];
}

/** Keeps the window [from, pos) just read into `w`. */
export function rememberWindow(ctx: ScanContext, pos: number, size: number, from: number, w: Words): void {
  if (size >= MAX_SIZE) return;
  if (ctx !== memoCtx) {
    memoCtx = ctx;
    slots.clear();
    used = 0;
  }
  const need = 2 + 3 * w.count;
  if (used + need > pool.length) {
    const bigger = new Int32Array(Math.max(pool.length * 2, used + need));
    bigger.set(pool.subarray(0, used));
    pool = bigger;
  }
  slots.set(pos * MAX_SIZE + size, used);
  pool[used] = from;
  pool[used + 1] = w.count;
  for (let k = 0, j = used + 2; k < w.count; k++, j += 3) {
    pool[j] = w.start[k];
    pool[j + 1] = w.end[k];
    pool[j + 2] = w.hash[k];
  }
  used += need;
}

/** Drops the scan's windows (and a pool grown large by a big text). */
export function forgetWindows(): void {
  memoCtx = null;
  slots.clear();
  used = 0;
  if (pool.length > 1 << 16) pool = new Int32Array(1024);
}

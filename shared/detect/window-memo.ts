import type { ScanContext } from './recognizer.ts';
import { appendWords, createWords, type Words } from './keyword-index.ts';

// The context windows around a candidate (context.ts) are asked about by
// every recognizer that scores the candidate, and the recognizers walk the
// text one after another, so the same positions come back once per
// recognizer, far apart. Each window's bound and words are kept for the rest
// of the scan: the words of all windows back to back in one `Words`, read in
// place by index range (no copy per look-up), and each window found through
// a table indexed by position (a Map lookup per call cost more than the
// rest; only the positions used are cleared between scans). A position costs
// one read of its window per scan instead of one per recognizer.

/** Windows are kept for texts up to a large paste (128 k characters), and the table for the next scan. */
const MAX_KEPT_TABLE = 1 << 17;

export interface WindowMemo {
  ctx: ScanContext | null;
  size: number;
  /** Per position: 1 + the index of its entry, 0 when none is kept. */
  slotAt: Int32Array;
  /** Per entry: position, bound, first word, end of words (stride 4). */
  entries: Int32Array;
  entryCount: number;
  /** The kept windows' words, back to back. */
  words: Words;
  /** The last window recalled: its bound and its words as words[lo, hi). */
  bound: number;
  lo: number;
  hi: number;
}

export function createWindowMemo(): WindowMemo {
  return { ctx: null, size: -1, slotAt: new Int32Array(0), entries: new Int32Array(256), entryCount: 0, words: createWords(), bound: -1, lo: 0, hi: 0 };
}

/** Whether the window at (pos, size) is kept; if so its bound and word range are in memo.bound/lo/hi. */
export function recallWindow(memo: WindowMemo, ctx: ScanContext, pos: number, size: number): boolean {
  if (ctx !== memo.ctx || size !== memo.size || pos >= memo.slotAt.length) return false;
  const slot = memo.slotAt[pos];
  if (slot === 0) return false;
  const e = (slot - 1) * 4;
  memo.bound = memo.entries[e + 1];
  memo.lo = memo.entries[e + 2];
  memo.hi = memo.entries[e + 3];
  return true;
}

/**
 * Empties the table by clearing only the positions kept (no pass over the
 * whole table), unless they are so many that one sequential pass is cheaper
 * than scattered writes.
 */
function clearSlots(memo: WindowMemo): void {
  if (memo.entryCount * 8 > memo.slotAt.length) memo.slotAt.fill(0);
  else for (let e = 0; e < memo.entryCount * 4; e += 4) memo.slotAt[memo.entries[e]] = 0;
  memo.entryCount = 0;
  memo.words.count = 0;
  memo.words.s = '';
}

/** Keeps the window at `pos` whose other bound is `bound`, just read into `w` (one size per scan: the first asked for). */
export function rememberWindow(memo: WindowMemo, ctx: ScanContext, pos: number, size: number, bound: number, w: Words): void {
  // Beyond a large paste nothing is kept (recallWindow then never answers):
  // the windows of a megabyte of identifiers fill megabytes no cache holds,
  // and reading one back cost more than reading its 48 characters again
  // (the 1 MB line of identifiers scanned ~6% faster without them).
  if (ctx.folded.length >= MAX_KEPT_TABLE) return;
  if (ctx !== memo.ctx) {
    clearSlots(memo);
    memo.ctx = ctx;
    memo.size = size;
    const n = ctx.folded.length + 1;
    if (memo.slotAt.length < n) memo.slotAt = new Int32Array(n);
  }
  if (size !== memo.size || pos >= memo.slotAt.length) return;
  if ((memo.entryCount + 1) * 4 > memo.entries.length) {
    const bigger = new Int32Array(memo.entries.length * 2);
    bigger.set(memo.entries);
    memo.entries = bigger;
  }
  const e = memo.entryCount * 4;
  memo.entries[e] = pos;
  memo.entries[e + 1] = bound;
  memo.entries[e + 2] = memo.words.count;
  appendWords(memo.words, w);
  memo.entries[e + 3] = memo.words.count;
  memo.entryCount++;
  memo.slotAt[pos] = memo.entryCount;
}

/** Drops the scan's windows (and tables grown large by a big text). */
export function forgetWindows(memo: WindowMemo): void {
  clearSlots(memo);
  memo.ctx = null;
  memo.size = -1;
  if (memo.entries.length > 1 << 16) memo.entries = new Int32Array(256);
  if (memo.words.start.length > 1 << 16) memo.words = createWords();
}


import type { ScanContext } from '../recognizer.ts';
import { foldedUnitsOf } from '../scan-context.ts';

/**
 * The words of `folded` (runs of a–z and 0–9), found once per scan and shared
 * by every soft recognizer: start, end and a hash of the leading letters.
 * Walking this list is several times cheaper than walking the characters
 * again in each recognizer.
 */
export interface WordIndex {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
}

const ALNUM = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ALNUM[c] = 1;
for (let c = 97; c <= 122; c++) ALNUM[c] = 1;

const cache = new WeakMap<ScanContext, WordIndex>();

/** Hash of the leading letters of s[start, end), as `wordIndex` computes it. */
export function letterHash(s: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) break;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return h;
}

export function wordIndex(ctx: ScanContext): WordIndex {
  const cached = cache.get(ctx);
  if (cached) return cached;
  const units = foldedUnitsOf(ctx);
  const index = units !== null ? indexUnits(units, ctx.folded.length) : indexString(ctx.folded);
  cache.set(ctx, index);
  return index;
}

function emptyIndex(n: number): WordIndex {
  // Words average five characters; grown if the text is unusually dense.
  const capacity = (n >> 2) + 16;
  return { count: 0, starts: new Int32Array(capacity), ends: new Int32Array(capacity), hashes: new Int32Array(capacity) };
}

function push(index: WordIndex, start: number, end: number, h: number): void {
  if (index.count === index.starts.length) {
    const grow = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    index.starts = grow(index.starts);
    index.ends = grow(index.ends);
    index.hashes = grow(index.hashes);
  }
  index.starts[index.count] = start;
  index.ends[index.count] = end;
  index.hashes[index.count] = h;
  index.count++;
}

/**
 * The word list read from the scan's folded units (the fast path); must
 * equal `indexString` of the same text (word-index.test.ts).
 */
export function indexUnits(u: Uint16Array, n: number): WordIndex {
  const index = emptyIndex(n);
  let i = 0;
  while (i < n) {
    let c = u[i];
    if (c >= 128 || ALNUM[c] === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    // Leading letters into the hash, then any letters and digits after a digit.
    while (c >= 97) {
      h = (Math.imul(h, 31) + c) | 0;
      c = ++i < n ? u[i] : 0;
      if (c >= 123) break;
    }
    while (c < 128 && ALNUM[c] === 1) c = ++i < n ? u[i] : 0;
    push(index, start, i, h);
  }
  return index;
}

/** The word list read from a string (a context whose units were reused by a later scan). */
export function indexString(s: string): WordIndex {
  const n = s.length;
  const index = emptyIndex(n);
  let i = 0;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (c >= 128 || ALNUM[c] === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    // Never read past the end: charCodeAt's NaN would make c a double for the whole loop.
    while (c >= 97) {
      h = (Math.imul(h, 31) + c) | 0;
      c = ++i < n ? s.charCodeAt(i) : 0;
      if (c >= 123) break;
    }
    while (c < 128 && ALNUM[c] === 1) c = ++i < n ? s.charCodeAt(i) : 0;
    push(index, start, i, h);
  }
  return index;
}

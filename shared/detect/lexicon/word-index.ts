import type { ScanContext } from '../recognizer.ts';

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
  const s = ctx.folded;
  const n = s.length;
  // Words average five characters; grow if the text is unusually dense.
  let capacity = (n >> 2) + 16;
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let hashes = new Int32Array(capacity);
  let count = 0;
  let i = 0;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (c >= 128 || ALNUM[c] === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    // Leading letters into the hash, then any letters and digits after a digit.
    // Never read past the end: charCodeAt's NaN would make c a double for the whole loop.
    while (c >= 97) {
      h = (Math.imul(h, 31) + c) | 0;
      c = ++i < n ? s.charCodeAt(i) : 0;
      if (c >= 123) break;
    }
    while (c < 128 && ALNUM[c] === 1) c = ++i < n ? s.charCodeAt(i) : 0;
    if (count === capacity) {
      capacity *= 2;
      const grow = (a: Int32Array) => {
        const b = new Int32Array(capacity);
        b.set(a);
        return b;
      };
      starts = grow(starts);
      ends = grow(ends);
      hashes = grow(hashes);
    }
    starts[count] = start;
    ends[count] = i;
    hashes[count] = h;
    count++;
  }
  const index = { count, starts, ends, hashes };
  cache.set(ctx, index);
  return index;
}

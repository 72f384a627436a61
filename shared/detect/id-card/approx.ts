// Approximate substring search (Sellers' variant of edit distance): where does
// `needle` occur in `hay` with at most `k` letters wrong, missing or extra?
// OCR drops or swaps a letter or two in a long heading; an exact search would
// miss the card for one bad glyph.

export interface ApproxHit {
  /** End (exclusive) of the best match in `hay`. */
  end: number;
  /** Start of that match (approximate: found by walking back). */
  start: number;
  errors: number;
}

export function findApprox(hay: string, needle: string, k: number): ApproxHit | null {
  const m = needle.length;
  if (m === 0) return null;
  if (k === 0) {
    const at = hay.indexOf(needle);
    return at === -1 ? null : { start: at, end: at + m, errors: 0 };
  }
  // prev[i] = least edits to turn needle[0..i) into a suffix of hay[0..j).
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let best: ApproxHit | null = null;
  for (let j = 1; j <= hay.length; j++) {
    cur[0] = 0;
    const h = hay[j - 1];
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1] + (needle[i - 1] === h ? 0 : 1);
      cur[i] = Math.min(sub, prev[i] + 1, cur[i - 1] + 1);
    }
    if (cur[m] <= k && (!best || cur[m] < best.errors)) {
      best = { end: j, start: Math.max(0, j - m), errors: cur[m] };
      if (cur[m] === 0) break;
    }
    [prev, cur] = [cur, prev];
  }
  return best;
}

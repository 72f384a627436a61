/**
 * The hash of s[from, to) that every word table of the engine keys words by
 * (keyword-index.ts, the lexicon's words and phrases, person names): one
 * function, so that a word hashed by one module is found by the others.
 */
export function hashOf(s: string, from: number, to: number): number {
  return hashOn(0, s, from, to);
}

/** The hash `h` of a text's beginning, carried on over s[from, to): hashOf(a + b) is hashOn(hashOf(a), b). */
export function hashOn(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** The hash of two words' hashes in order, as the word tables key a pair of words (a phrase's first two, or last two). */
export function pairHash(first: number, second: number): number {
  return (Math.imul(first, 0x01000193) ^ second) | 0;
}

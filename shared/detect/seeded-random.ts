// A seeded generator for the engine's generated-text tests: a failure shows
// its seed and the same texts come back on every run.

/** Numbers in [0, 1) from a linear congruential generator seeded with `seed`. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** `min` to `min + spread - 1` words from `words`, each followed by one of `separators`. */
export function randomText(r: () => number, words: readonly string[], separators: readonly string[], min: number, spread: number): string {
  let s = '';
  const n = min + Math.floor(r() * spread);
  for (let i = 0; i < n; i++) s += words[Math.floor(r() * words.length)] + separators[Math.floor(r() * separators.length)];
  return s;
}

import type { ScanContext } from '../recognizer.ts';
import { foldText } from '../scan-context.ts';
import { letterHash, wordIndex } from './word-index.ts';

/** A phrase found in folded text: [start, end) and its folded, single-spaced key. */
export interface PhraseMatch {
  start: number;
  end: number;
  key: string;
}

export interface PhraseMatcher {
  /** Longest phrase at each word start of folded[from, to), left to right, non-overlapping. */
  scan(folded: string, from?: number, to?: number): PhraseMatch[];
  /** The same over the whole text, walking the scan's shared word list instead of its characters. */
  scanAll(ctx: ScanContext): PhraseMatch[];
}

const ALNUM = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ALNUM[c] = 1;
for (let c = 97; c <= 122; c++) ALNUM[c] = 1;

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function hashRun(s: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

interface Entry {
  key: string;
  tokens: string[];
  /** Letter hash of the second token (0 for one-word phrases): most candidates fail on it without a string compare. */
  second: number;
  checkSecond: boolean;
}

/**
 * Many phrases matched in one left-to-right pass without a regular
 * expression: the first word of each phrase is hashed into a table, so most
 * words cost one hash and one lookup, no allocation. Words of a phrase may be
 * split by several spaces or one line break (OCR, hurried typing: "tạm
 * giam", "tội⏎phạm"). Linear in the text: a phrase is at most a few words.
 */
export function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  const byFirst = new Map<number, Entry[]>();
  for (const key of new Set(phrases.map((p) => foldText(p).replace(/\s+/g, ' ').trim()))) {
    if (!key) continue;
    const tokens = key.split(' ');
    // Hash the first token's leading letters: "p" must be found in "p5", "spo2" under "spo".
    let k = 0;
    while (k < tokens[0].length && tokens[0].charCodeAt(k) >= 97 && tokens[0].charCodeAt(k) <= 122) k++;
    const h = hashRun(tokens[0], 0, k);
    const list = byFirst.get(h) ?? [];
    // Only a second token that starts with a letter can be checked by hash ("hiv (+)" cannot).
    const checkable = tokens.length > 1 && tokens[1].charCodeAt(0) >= 97 && tokens[1].charCodeAt(0) <= 122;
    list.push({ key, tokens, second: checkable ? letterHash(tokens[1], 0, tokens[1].length) : 0, checkSecond: checkable });
    byFirst.set(h, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.key.length - a.key.length);

  function matchAt(s: string, at: number, to: number, entry: Entry): number {
    let i = at;
    for (let t = 0; t < entry.tokens.length; t++) {
      const token = entry.tokens[t];
      if (t > 0) {
        const gapStart = i;
        let newlines = 0;
        while (i < to && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 10)) {
          if (s.charCodeAt(i) === 10 && ++newlines > 1) return -1;
          i++;
        }
        if (i === gapStart) return -1;
      }
      if (i + token.length > to || !s.startsWith(token, i)) return -1;
      i += token.length;
    }
    // Whole words only: the phrase may be glued to digits, never to letters.
    const next = i < s.length ? s.charCodeAt(i) : 0;
    if (next >= 97 && next <= 122 && isAlnum(s.charCodeAt(i - 1))) return -1;
    return i;
  }

  // A bit per hash bucket: most words are rejected without touching the map.
  const bits = new Uint8Array(1 << 16);
  for (const h of byFirst.keys()) bits[h & 0xffff] = 1;

  return {
    scan(s, from = 0, to = s.length) {
      const out: PhraseMatch[] = [];
      let i = from;
      // Start inside a word only when the range starts there.
      if (i > 0 && isAlnum(s.charCodeAt(i - 1))) while (i < to && isAlnum(s.charCodeAt(i))) i++;
      while (i < to) {
        let c = s.charCodeAt(i);
        while (!(c < 128 && ALNUM[c] === 1)) {
          if (++i >= to) return out;
          c = s.charCodeAt(i);
        }
        const start = i;
        let h = 0;
        let letters = true;
        do {
          if (letters && c >= 97) h = (Math.imul(h, 31) + c) | 0;
          else letters = false;
          c = s.charCodeAt(++i);
        } while (i < to && c < 128 && ALNUM[c] === 1);
        if (bits[h & 0xffff] === 0) continue;
        const list = byFirst.get(h);
        if (!list) continue;
        let best = -1;
        let bestKey = '';
        for (const entry of list) {
          const end = matchAt(s, start, to, entry);
          if (end > best) {
            best = end;
            bestKey = entry.key;
          }
        }
        if (best > 0) {
          out.push({ start, end: best, key: bestKey });
          if (best > i) i = best;
        }
      }
      return out;
    },
    scanAll(ctx) {
      const s = ctx.folded;
      const words = wordIndex(ctx);
      const out: PhraseMatch[] = [];
      let covered = 0;
      for (let w = 0; w < words.count; w++) {
        const h = words.hashes[w];
        if (bits[h & 0xffff] === 0) continue;
        const start = words.starts[w];
        if (start < covered) continue;
        const list = byFirst.get(h);
        if (!list) continue;
        const next = w + 1 < words.count ? words.hashes[w + 1] : 0;
        let best = -1;
        let bestKey = '';
        for (const entry of list) {
          if (entry.checkSecond && entry.second !== next) continue;
          const end = matchAt(s, start, s.length, entry);
          if (end > best) {
            best = end;
            bestKey = entry.key;
          }
        }
        if (best > 0) {
          out.push({ start, end: best, key: bestKey });
          covered = best;
        }
      }
      return out;
    },
  };
}

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

// Every matcher's first-word hashes in one registry, so a scan looks each
// word up once for all matchers (person names, addresses, topics,
// credentials) instead of once per matcher: the shared pass keeps only the
// words that open some phrase, each with its registry id, and every matcher
// then walks that short list, finding its entries by id in an array.
const registry = new Map<number, number>();
const registryBits = new Uint8Array(1 << 16);

function registerFirst(h: number): number {
  let id = registry.get(h);
  if (id === undefined) {
    id = registry.size;
    registry.set(h, id);
    registryBits[h & 0xffff] = 1;
  }
  return id;
}

/** Words of a scan that open a phrase of some matcher: word number and registry id. */
interface Openers {
  count: number;
  words: Int32Array;
  ids: Int32Array;
  /** Registry size when built: a matcher made later (new first words) rebuilds it. */
  size: number;
}

const openersCache = new WeakMap<ScanContext, Openers>();

function openersOf(ctx: ScanContext): Openers {
  const cached = openersCache.get(ctx);
  if (cached && cached.size === registry.size) return cached;
  const index = wordIndex(ctx);
  const hashes = index.hashes;
  const n = index.count;
  let words = new Int32Array(64);
  let ids = new Int32Array(64);
  let count = 0;
  for (let w = 0; w < n; w++) {
    const h = hashes[w];
    if (registryBits[h & 0xffff] === 0) continue;
    const id = registry.get(h);
    if (id === undefined) continue;
    if (count === words.length) {
      const moreWords = new Int32Array(count * 2);
      moreWords.set(words);
      words = moreWords;
      const moreIds = new Int32Array(count * 2);
      moreIds.set(ids);
      ids = moreIds;
    }
    words[count] = w;
    ids[count] = id;
    count++;
  }
  const openers = { count, words, ids, size: registry.size };
  openersCache.set(ctx, openers);
  return openers;
}

/** A first word's entries, ready for the shared word list. */
interface Group {
  /** Entries whose second word is not checked by hash (one-word phrases, "hiv (+)"). */
  unchecked: Entry[];
  /** By the second word's hash: the entries with that second word and the unchecked ones. */
  bySecond: Map<number, Entry[]>;
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
  // This matcher's entries by registry id (holes for other matchers' words),
  // split by the second word's hash: "nguyen" opens 26 "nguyen van"-like
  // pairs, and a word should cost one lookup, not 26 compares.
  const byId: (Group | undefined)[] = [];
  for (const [h, list] of byFirst) {
    const unchecked = list.filter((e) => !e.checkSecond);
    const bySecond = new Map<number, Entry[]>();
    for (const e of list) {
      if (e.checkSecond && !bySecond.has(e.second)) bySecond.set(e.second, list.filter((x) => !x.checkSecond || x.second === e.second));
    }
    byId[registerFirst(h)] = { unchecked, bySecond };
  }

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
      const openers = openersOf(ctx);
      const out: PhraseMatch[] = [];
      let covered = 0;
      for (let k = 0; k < openers.count; k++) {
        const group = byId[openers.ids[k]];
        if (group === undefined) continue;
        const w = openers.words[k];
        const start = words.starts[w];
        if (start < covered) continue;
        // Entries in their length order, those whose second word is not this one left out.
        let list = group.unchecked;
        if (group.bySecond.size > 0) list = group.bySecond.get(w + 1 < words.count ? words.hashes[w + 1] : 0) ?? list;
        let best = -1;
        let bestKey = '';
        for (const entry of list) {
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

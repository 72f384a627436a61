import { hashOf } from './word-hash.ts';
// Keyword lookup by words instead of by regular expression: a window of
// folded text is split into words (runs of a–z), and each keyword set
// answers "does a keyword end (or start) at this word?" with one lookup of the
// word's hash. The words of a window go into reused typed arrays, so a lookup
// allocates nothing; its cost is the handful of words in the window, whatever
// the number of keywords, which keeps context scoring off the throughput
// budget.
//
// Words of a keyword may be separated by spaces, underscores or punctuation
// in the text, or written together ("ngaySinh", "so_dien_thoai",
// "ngày  sinh"), so JSON keys, CSV headers and OCR spacing all match.

export interface Token {
  word: string;
  start: number;
  end: number;
}

export function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

const EMPTY: Token[] = [];

/** Words (a–z runs) of `s` between `from` and `to`, in order (a shared empty array when none). */
export function tokenize(s: string, from: number, to: number): Token[] {
  let out: Token[] | null = null;
  let i = from;
  while (i < to) {
    while (i < to && !isLetter(s.charCodeAt(i))) i++;
    const start = i;
    while (i < to && isLetter(s.charCodeAt(i))) i++;
    if (i > start) (out ??= []).push({ word: s.slice(start, i), start, end: i });
  }
  return out ?? EMPTY;
}


/** A keyword as a sequence of words, plus the phrase to report. */
export interface Entry {
  words: string[];
  hashes: number[];
  phrase: string;
  /** Its hits by distance (entryHit), made on first use. */
  hits: (KeywordHit | null)[] | null;
}

/** A keyword found near a candidate: context.ts's ContextHit. */
export interface KeywordHit {
  readonly word: string;
  readonly distance: number;
}

/** Distances whose hits an entry keeps (a window before is 48 characters). */
const KEPT_DISTANCES = 64;

/**
 * The hit of entry `e` at `distance`, one frozen object for every candidate
 * that far from the phrase: an object per look-up was a tenth of what a
 * megabyte of labelled identifiers allocated, and no reader changes a hit.
 */
export function entryHit(e: Entry, distance: number): KeywordHit {
  if (distance >= KEPT_DISTANCES || distance < 0) return { word: e.phrase, distance };
  const hits = e.hits ?? (e.hits = new Array<KeywordHit | null>(KEPT_DISTANCES).fill(null));
  return hits[distance] ?? (hits[distance] = Object.freeze({ word: e.phrase, distance }));
}

export interface KeywordIndex {
  /** Keywords by the hash of their last word (and of their words written together). */
  byLast: Map<number, Entry[]>;
  /** Keywords by the hash of their first word. */
  byFirst: Map<number, Entry[]>;
  /**
   * A bit per hash bucket of byLast / byFirst, 32 to an int: most words are
   * rejected without a map lookup. Packed, a set's two filters take 1 KB
   * (a byte per bucket took 8 KB, and the tables of the twenty-odd sets
   * each candidate asks did not stay in cache: the load was most of a
   * window's look-up).
   */
  lastBits: Int32Array;
  firstBits: Int32Array;
  /**
   * byLast as runs of keys and lists per bucket: lastStart[bucket] is where
   * the bucket's run starts in lastKeys / lastLists (0: no run), and a null
   * list ends a run.
   */
  lastStart: Int32Array;
  lastKeys: Int32Array;
  lastLists: (Entry[] | null)[];
}

const BUCKETS = 1 << 12;

export function buildIndex(phrases: readonly string[]): KeywordIndex {
  const byLast = new Map<number, Entry[]>();
  const byFirst = new Map<number, Entry[]>();
  const add = (map: Map<number, Entry[]>, key: string, entry: Entry) => {
    const h = hashOf(key, 0, key.length);
    const list = map.get(h);
    if (list) list.push(entry);
    else map.set(h, [entry]);
  };
  const entry = (words: string[], phrase: string): Entry => ({ words, hashes: words.map((w) => hashOf(w, 0, w.length)), phrase, hits: null });
  for (const phrase of phrases) {
    const words = tokenize(phrase, 0, phrase.length).map((t) => t.word);
    if (words.length === 0) continue;
    const e = entry(words, phrase);
    add(byLast, words[words.length - 1], e);
    add(byFirst, words[0], e);
    // Letters alone written together are another abbreviation: "sn" is sinh năm, not S/N.
    if (words.some((w) => w.length > 1)) {
      const joined = entry([words.join('')], phrase);
      add(byLast, joined.words[0], joined);
      add(byFirst, joined.words[0], joined);
    }
  }
  // Longest keyword first, so "số điện thoại" is reported rather than "điện thoại".
  for (const [h, list] of byLast) byLast.set(h, firstOfEach(list.sort((a, b) => b.words.length - a.words.length)));
  for (const [h, list] of byFirst) byFirst.set(h, firstOfEach(list.sort((a, b) => b.words.length - a.words.length)));
  const lastBits = new Int32Array(BUCKETS >>> 5);
  const firstBits = new Int32Array(BUCKETS >>> 5);
  for (const h of byLast.keys()) lastBits[(h & (BUCKETS - 1)) >>> 5] |= 1 << (h & 31);
  for (const h of byFirst.keys()) firstBits[(h & (BUCKETS - 1)) >>> 5] |= 1 << (h & 31);
  const runs = new Map<number, number[]>();
  for (const h of byLast.keys()) {
    const run = runs.get(h & (BUCKETS - 1));
    if (run) run.push(h);
    else runs.set(h & (BUCKETS - 1), [h]);
  }
  const lastStart = new Int32Array(BUCKETS);
  const keys = [0];
  const lastLists: (Entry[] | null)[] = [null];
  for (const [bucket, run] of runs) {
    lastStart[bucket] = keys.length;
    for (const h of run) {
      keys.push(h);
      lastLists.push(byLast.get(h)!);
    }
    keys.push(0);
    lastLists.push(null);
  }
  return { byLast, byFirst, lastBits, firstBits, lastStart, lastKeys: Int32Array.from(keys), lastLists };
}

/**
 * The list without the entries whose words an entry before them has: a
 * look-up returns the first entry whose words match, so those are never
 * returned ("ngày tháng năm sinh", "ngày/tháng/năm sinh"; a one-word keyword
 * and the same word as written together), and each was compared per window.
 */
function firstOfEach(list: Entry[]): Entry[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = e.words.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The words of one window, in reused arrays: start, end and hash of word k.
 * Valid until the next `readWords` call (lookups are synchronous and never
 * nest).
 */
export interface Words {
  s: string;
  count: number;
  start: Int32Array;
  end: Int32Array;
  hash: Int32Array;
  /** Bumped on every read, so a caller can tell whether its window is still the one held. */
  serial: number;
}

/**
 * A buffer of its own for a caller that keeps one window's words across calls
 * (the context window before a candidate, asked about by every keyword set of
 * every recognizer that looks at it), so reads of other windows do not evict it.
 */
export function createWords(): Words {
  return { s: '', count: 0, start: new Int32Array(64), end: new Int32Array(64), hash: new Int32Array(64), serial: 0 };
}

const shared: Words = createWords();

/** Doubles a word buffer's arrays, keeping what they hold. */
export function growWords(words: Words): void {
  const size = words.start.length * 2;
  const start = new Int32Array(size);
  const end = new Int32Array(size);
  const hash = new Int32Array(size);
  start.set(words.start);
  end.set(words.end);
  hash.set(words.hash);
  words.start = start;
  words.end = end;
  words.hash = hash;
}

/** Splits s[from, to) into words (a–z runs) into `words` (the shared buffer unless given). */
export function readWords(s: string, from: number, to: number, words: Words = shared): Words {
  let count = 0;
  let i = from;
  while (i < to) {
    let c = s.charCodeAt(i);
    while (!isLetter(c)) {
      if (++i >= to) break;
      c = s.charCodeAt(i);
    }
    if (i >= to) break;
    const start = i;
    let h = 0;
    while (i < to && isLetter(c)) {
      h = (Math.imul(h, 31) + c) | 0;
      c = s.charCodeAt(++i);
    }
    if (count === words.start.length) growWords(words);
    words.start[count] = start;
    words.end[count] = i;
    words.hash[count] = h;
    count++;
  }
  words.s = s;
  words.count = count;
  words.serial++;
  return words;
}

/**
 * readWords of s[from, to) from `u`, the scan's folded units of `s`
 * (foldedUnitsOf; the 0 after the text ends a last word): a context window
 * read by typed-array loads instead of charCodeAt, for every candidate of
 * every number recognizer (their finds about 5–9% faster on mixed text).
 * Must equal readWords (keyword-index.test.ts).
 */
export function readWindowWords(s: string, u: Uint16Array, from: number, to: number, words: Words): Words {
  let count = 0;
  let i = from;
  while (i < to) {
    let c = u[i];
    while (!isLetter(c)) {
      if (++i >= to) break;
      c = u[i];
    }
    if (i >= to) break;
    const start = i;
    let h = 0;
    while (i < to && isLetter(c)) {
      h = (Math.imul(h, 31) + c) | 0;
      c = u[++i];
    }
    if (count === words.start.length) growWords(words);
    words.start[count] = start;
    words.end[count] = i;
    words.hash[count] = h;
    count++;
  }
  words.s = s;
  words.count = count;
  words.serial++;
  return words;
}

/**
 * Words this long or shorter, runs of a–z, are equal when their lengths and
 * hashes are (below). Two such words of length L differ in hash by
 * Σ d·31^k, each d within ±25: under 31, so it is 0 only when every d is
 * (read it modulo 31, digit by digit), and at most 25·(31^L − 1)/30, which
 * for L = 6 is 739,586,400 < 2^32, so the 32-bit hashes cannot wrap onto
 * each other. Most keyword words are this short, and their texts are then
 * not compared (a startsWith call per word matched was a tenth of the
 * context look-ups on a line of labelled identifiers).
 */
export const HASH_EXACT_LENGTH = 6;

function wordIs(w: Words, k: number, word: string, hash: number): boolean {
  return w.hash[k] === hash && w.end[k] - w.start[k] === word.length && (word.length <= HASH_EXACT_LENGTH || w.s.startsWith(word, w.start[k]));
}

/** The keyword ending at word `i` and starting at word `first` or later (its phrase), or null. */
export function endingAt(index: KeywordIndex, w: Words, i: number, first = 0): string | null {
  const e = endingEntry(index, w, i, first);
  return e === null ? null : e.phrase;
}

/** endingAt's keyword as its entry. */
export function endingEntry(index: KeywordIndex, w: Words, i: number, first = 0): Entry | null {
  const list = lastList(index, w.hash[i]);
  if (list === null) return null;
  for (const e of list) {
    const n = e.words.length;
    if (i - (n - 1) < first) continue;
    let ok = true;
    // First word first: the last is the one the list is keyed by, equal in
    // every entry, so starting there compared its text once per entry.
    for (let k = n - 1; k >= 0 && ok; k--) ok = wordIs(w, i - k, e.words[n - 1 - k], e.hashes[n - 1 - k]);
    if (ok) return e;
  }
  return null;
}

/**
 * byLast.get(h), by bucket (null for none): most hashes that pass the bucket
 * are keys, and a Map look-up by number (boxed beyond 31 bits) cost more than
 * the rest.
 */
function lastList(index: KeywordIndex, h: number): Entry[] | null {
  // The packed filter first: the run table (16 KB a set) is loaded for the few words it passes.
  if (!hasBit(index.lastBits, h)) return null;
  let k = index.lastStart[h & (BUCKETS - 1)];
  if (k === 0) return null;
  const keys = index.lastKeys;
  const lists = index.lastLists;
  let list = lists[k];
  while (keys[k] !== h) {
    list = lists[++k];
    if (list === null) return null;
  }
  return list;
}

/** Whether hash `h`'s bucket bit is set in a packed filter (lastBits, firstBits). */
function hasBit(bits: Int32Array, h: number): boolean {
  return (bits[(h & (BUCKETS - 1)) >>> 5] & (1 << (h & 31))) !== 0;
}

/** Whether a keyword of `index` may end with a word of hash `h` (one that ends no keyword, mostly one load). */
export function mayEndWord(index: KeywordIndex, h: number): boolean {
  return hasBit(index.lastBits, h) && index.byLast.has(h);
}

/** The keyword starting at word `i` and ending before word `limit` (its phrase), or null. */
export function startingAt(index: KeywordIndex, w: Words, i: number, limit = w.count): string | null {
  const h = w.hash[i];
  if (!hasBit(index.firstBits, h)) return null;
  const list = index.byFirst.get(h);
  if (!list) return null;
  for (const e of list) {
    const n = e.words.length;
    if (i + n > limit) continue;
    let ok = true;
    // Last word first, the first being the list's key (as in endingAt).
    for (let k = n - 1; k >= 0 && ok; k--) ok = wordIs(w, i + k, e.words[k], e.hashes[k]);
    if (ok) return e.phrase;
  }
  return null;
}

/** hashOf over units: the hash of u[from, to) (word-hash.ts). */
function hashOfUnits(u: Uint16Array, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + u[i]) | 0;
  return h;
}

/**
 * False when no word of the text ending within `near` characters before
 * `pos` (the word running into `pos` cut there, as a window ending at `pos`
 * reads it) can end a keyword of `index`; true when one may. A word reaching
 * further back than `reach` (the window's size) is cut, as in the window, and
 * no word. A few characters and hashes instead of a window read, for callers
 * that only want keywords close to a candidate. Read from the scan's folded
 * units `u` (foldedUnitsOf): a typed-array load each instead of a charCodeAt
 * (every date asks this before its windows are read: the date-of-birth
 * recognizer about a tenth faster on report prose).
 */
export function mayEndNear(index: KeywordIndex, u: Uint16Array, pos: number, near: number, reach: number): boolean {
  const low = pos - near;
  const limit = Math.max(0, pos - reach);
  // A gap is read no further back than just past `low`: a word ending there
  // is too far whatever it is (a date in a column of dates read the whole
  // 48-character reach of digits before it, for a 24-character distance:
  // 132 → 116 ms a megabyte of them).
  const stop = Math.max(limit, low - 1);
  let i = pos;
  for (;;) {
    while (i > stop && !isLetter(u[i - 1])) i--;
    if (i <= limit || i < low) return false;
    // The word's hash read backwards as its letters are passed (hashOfUnits
    // of the word: the same sum of letter × 31^place, modulo 2^32), not in a
    // second pass over them.
    let h = 0;
    let place = 1;
    while (i > 0 && isLetter(u[i - 1])) {
      // Cut by the window's edge: not a word of the window (nor is any before it).
      if (--i < limit) return false;
      h = (h + Math.imul(u[i], place)) | 0;
      place = Math.imul(place, 31);
    }
    if (hasBit(index.lastBits, h) && mayEndWith(index, h, u, i, limit)) return true;
  }
}

/**
 * Whether a keyword of `index` may end with the word of hash `h` starting at
 * `start`: one of one word does; a longer one needs its word before to be the
 * word before `start` ("ngày" ends "sinh ngày", but "trước ngày" is no label).
 */
function mayEndWith(index: KeywordIndex, h: number, u: Uint16Array, start: number, limit: number): boolean {
  const list = lastList(index, h);
  if (list === null) return false;
  let i = start;
  while (i > limit && !isLetter(u[i - 1])) i--;
  const end = i;
  let cut = false;
  let before = 0;
  let place = 1;
  while (i > 0 && isLetter(u[i - 1])) {
    if (--i < limit) {
      cut = true; // by the window's edge: no word before
      break;
    }
    before = (before + Math.imul(u[i], place)) | 0;
    place = Math.imul(place, 31);
  }
  const whole = !cut && end > i;
  for (const e of list) {
    const n = e.words.length;
    if (n === 1 || (whole && e.hashes[n - 2] === before)) return true;
  }
  return false;
}

/**
 * False when no word starting within `near` characters after `end` and
 * ending by `to` (the window's end) can start a keyword of `index`; true
 * when one may (a word running past `to` is cut, as in the window, and no
 * word). Read from the scan's folded units, as mayEndNear; the 0 after the
 * text ends its last word.
 */
export function mayStartNear(index: KeywordIndex, u: Uint16Array, end: number, near: number, to: number): boolean {
  const high = end + near;
  const limit = to;
  let i = end;
  for (;;) {
    while (i < limit && !isLetter(u[i])) i++;
    if (i >= limit || i > high) return false;
    const start = i;
    while (isLetter(u[i])) {
      // Cut by the window's end: not a word of the window (and the last).
      if (++i > limit) return false;
    }
    if (hasBit(index.firstBits, hashOfUnits(u, start, i))) return true;
  }
}

/** Appends the words of `from` after those of `into` (same text), growing `into` in place. */
export function appendWords(into: Words, from: Words): void {
  const at = into.count;
  while (into.start.length < at + from.count) growWords(into);
  // A loop, not set(subarray()): a window holds a few words, and a typed
  // array view per call costs more than copying them.
  for (let k = 0; k < from.count; k++) {
    into.start[at + k] = from.start[k];
    into.end[at + k] = from.end[k];
    into.hash[at + k] = from.hash[k];
  }
  into.s = from.s;
  into.count = at + from.count;
}

/** Lets go of the last text read (its words are stale from now on). */
export function forgetWords(words: Words = shared): void {
  words.s = '';
  words.count = 0;
  words.serial++;
}

/** The shared words buffer as last filled (compare its `serial` before reusing it). */
export const currentWords: Words = shared;

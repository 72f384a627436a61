import type { ScanContext } from '../recognizer.ts';
import { atFirstScan } from '../first-scan.ts';
import { foldText } from '../scan-context.ts';
import { firstWordFrom, letterHash, wordIndex, type WordIndex } from './word-index.ts';
import { IntTable } from './int-table.ts';
import { hashOf as hashRun, pairHash } from '../word-hash.ts';
import { scanCache } from '../scan-cache.ts';

/** A phrase found in folded text: [start, end) and its folded, single-spaced key. */
export interface PhraseMatch {
  start: number;
  end: number;
  key: string;
}

/** Matches as parallel lists, kept and refilled by their owner (PhraseMatcher.scanInto). */
export interface MatchList {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** Each match's key by its number (PhraseMatcher.keys). */
  keys: Int32Array;
}

export function matchList(): MatchList {
  return { count: 0, starts: new Int32Array(0), ends: new Int32Array(0), keys: new Int32Array(0) };
}

export interface PhraseMatcher {
  /** Longest phrase at each word start of folded[from, to), left to right, non-overlapping. */
  scan(folded: string, from?: number, to?: number): PhraseMatch[];
  /**
   * The same over the whole text, walking the scan's shared word list instead
   * of its characters. `keep` drops matches before they are built (a caller's
   * cheap necessary condition); a dropped match still covers its words,
   * unless `uncovered`: then the words after its first are read on as if it
   * were not there (a phrase spelled as another word: "nước tiểu dương tính"
   * folds to hold "tiểu đường", which must not hide "dương tính"), and keep
   * is asked only of a match another phrase opens inside (the caller judges
   * the others itself). `keepsEnd` (not with `uncovered`): what keep needs
   * of a match's end alone, asked where only one-word phrases of one length
   * may match, before any is tried: an opener failing it is passed over
   * (such a match, dropped, would cover only its own word).
   */
  scanAll(ctx: ScanContext, keep?: (start: number, end: number, key: string) => boolean, uncovered?: boolean, keepsEnd?: (end: number) => boolean): PhraseMatch[];
  /**
   * scanAll(ctx, keep, uncovered, keepsEnd) written into `out` (its lists
   * grown as needed), no object made per match: a line of addresses, its
   * unit words each a match object, allocated a third of its garbage there,
   * and a table of topic rows a quarter of its topics'.
   */
  scanInto(ctx: ScanContext, out: MatchList, keepsEnd?: (end: number) => boolean, keep?: (start: number, end: number, key: string) => boolean, uncovered?: boolean): MatchList;
  /** The keys by number, as scanInto writes them (filled at the first scan). */
  keys(): readonly string[];
  /**
   * scan(ctx.folded, from, to), reading only the words of the range that
   * the shared pass found opening one of the matcher's phrases (the first
   * found by a search of that list): a window holds a few words to a few
   * dozen characters (topic context, once per sentence of a dense text),
   * and reading each of its words cost a table of topic rows more than the
   * rest of the window. A range without a match gets one shared, frozen empty
   * list (most windows of a dense table have none: an array each was a
   * twentieth of what its topics allocated).
   */
  scanWords(ctx: ScanContext, from: number, to: number): readonly PhraseMatch[];
  /**
   * scanWords written over `out`'s first items (objects reused, added when
   * too few), their count returned: a window's caller that keeps one list
   * makes no array and no object per window (a table of topic rows has one
   * per row).
   */
  scanWordsInto(ctx: ScanContext, from: number, to: number, out: PhraseMatch[]): number;
}

/** scanWords' answer for a range without a match. */
const NONE_FOUND: PhraseMatch[] = Object.freeze([]) as unknown as PhraseMatch[];

/** Match n of `out` set to [start, end) and key, its object reused when there is one. */
function putMatch(out: PhraseMatch[], n: number, start: number, end: number, key: string): void {
  if (n < out.length) {
    const m = out[n];
    m.start = start;
    m.end = end;
    m.key = key;
  } else out.push({ start, end, key });
}

/** What a matcher's bucket bits are until the first scan fills them (first-scan.ts). */
const NO_BITS = new Uint8Array(1 << 16);
const ALNUM = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ALNUM[c] = 1;
for (let c = 97; c <= 122; c++) ALNUM[c] = 1;

/** A token the word list reads as one word: a–z and 0–9 only. */
function wholeWord(token: string): boolean {
  for (let i = 0; i < token.length; i++) if (!isAlnum(token.charCodeAt(i))) return false;
  return token.length > 0;
}

/**
 * Where the word after the first begins in a one-token key ("mat_khau": the
 * k), as the word list splits it at the units that are no word's; -1 when
 * no letter opens one ("hiv/+", "covid-19").
 */
export function secondWordAt(token: string): number {
  let i = 0;
  while (i < token.length && isAlnum(token.charCodeAt(i))) i++;
  if (i === 0) return -1;
  while (i < token.length && !isAlnum(token.charCodeAt(i))) i++;
  const c = token.charCodeAt(i);
  return c >= 97 && c <= 122 ? i : -1;
}

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}


interface Entry {
  key: string;
  /** The key's place in the matcher's list of keys. */
  number: number;
  tokens: string[];
  /** Letter hash of the second token (0 for one-word phrases): most candidates fail on it without a string compare. */
  second: number;
  checkSecond: boolean;
  /**
   * Letter hash of the third token, checked against the word list's word two
   * after the first (0: not checked). Only when the first two tokens are
   * whole words of the list (a–z, 0–9) does a match put the third token at
   * that word: "điều trị" opens seven phrases, and most fail only there.
   */
  third: number;
}

// Every matcher's first-word hashes in one registry, so a scan looks each
// word up once for all matchers (person names, addresses, topics,
// credentials) instead of once per matcher: the shared pass hands each
// matcher the words that open one of its phrases, and the matcher walks only
// those, finding its entries by registry id in a dense array.
const registry = new Map<number, number>();
/** Registry id → the matchers (by number) with a phrase opening on that word. */
const owners: number[][] = [];
let matcherCount = 0;

// The registry again as an open-addressing table in one typed array: the
// shared pass looks up every word, and a Map lookup per word cost more than
// the rest. A slot's four fields sit side by side (one cache line per probe):
/** The first word's letter hash. */
const KEY = 0;
/**
 * The registry id's complement, ~id (0: empty slot): negative in a full slot,
 * so the probe's test reads it as its own mask.
 */
const ID = 1;
/** A bit per matcher (by number) with a phrase opening on the slot's word. */
const OWNERS = 2;
/**
 * Of those, the matchers whose every phrase opening on the word is checked by
 * its second word: the word opens nothing for them unless the next word is
 * one of those second words. Most common words open only such phrases for
 * the topics ("bệnh viện", "điều trị"), so this keeps them out of the lists.
 * Stored complemented (a bit per matcher not needing the pair), one operation
 * fewer a word in the pass.
 */
const PAIR_ONLY = 3;
/**
 * A fixed table, a constant the opener pass reads without loading it through
 * a variable (a fifth of that pass). At most a quarter full, so a probe
 * rarely goes past its slot: 1024 first words, where the product's four
 * matchers register about 280; a matcher that would fill it more walks the
 * characters instead.
 */
const slotBits = 12;
const slots = new Int32Array(4 << slotBits);
/** Registry id → the matchers (bits) needing the second word, as above. */
const pairOnly: number[] = [];
/**
 * Per hash of (first word, second word), 2^16 of them, a bit per matcher
 * (by number) with a pair-only phrase opening on that pair: a set bit lets
 * the word through to that matcher, where the second word is checked again,
 * so a collision only lets more through. Read without a branch, unlike a
 * table probe, which mispredicted on about every other word. A bit per
 * matcher, not one for all: a pair of one matcher ("điều trị" of the topics)
 * let the first word through to every other needing some pair there (the
 * topics' context words), on every row of a table under a topic column; the
 * mixed text's openers fell by a fifth. Bytes, a load sign-extended: the
 * matchers from 7 on share the top bit, which reads as all of theirs.
 */
const pairOwners = new Int8Array(1 << 16);

function slotOf(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> (32 - slotBits);
}

function place(h: number, id: number): void {
  const mask = (1 << slotBits) - 1;
  let k = slotOf(h);
  while (slots[(k << 2) + ID] !== 0) k = (k + 1) & mask;
  const at = k << 2;
  slots[at + KEY] = h;
  slots[at + ID] = ~id;
  let bits = 0;
  for (const m of owners[id]) bits |= 1 << m;
  slots[at + OWNERS] = bits;
  slots[at + PAIR_ONLY] = ~pairOnly[id];
}

function registerFirst(h: number, matcher: number, seconds: readonly number[] | null): number {
  let id = registry.get(h);
  if (id === undefined) {
    id = registry.size;
    registry.set(h, id);
    owners.push([]);
    pairOnly.push(0);
  }
  owners[id].push(matcher);
  if (seconds !== null) {
    pairOnly[id] |= 1 << matcher;
    for (const second of seconds) {
      const key = pairHash(h, second);
      // The low bits: the high ones let about twice as many words through.
      pairOwners[key & 0xffff] |= 1 << Math.min(matcher, 7);
    }
  }
  const mask = (1 << slotBits) - 1;
  let k = slotOf(h);
  while (slots[(k << 2) + ID] !== 0 && slots[(k << 2) + KEY] !== h) k = (k + 1) & mask;
  if (slots[(k << 2) + ID] === 0) place(h, id);
  else {
    slots[(k << 2) + OWNERS] |= 1 << matcher;
    slots[(k << 2) + PAIR_ONLY] = ~pairOnly[id];
  }
  return id;
}

/**
 * Per matcher (by number), the scan's words that open one of its phrases:
 * word number and registry id, interleaved, in `words` from `from[m]`,
 * `counts[m]` values long.
 */
interface Openers {
  words: Int32Array;
  from: Int32Array;
  counts: Int32Array;
}

const openersCache = scanCache<Openers>();

// One buffer, a region of 2 × words per matcher, reused by every scan and
// grown to the largest text: the scan's lists are read where they were
// written (copying them out cost a sixteenth of the pass, and garbage per
// scan). Scans do not interleave on a thread, and a later scan's lists
// replace this one's in openersCache, so a context asking again after
// another scan rebuilds its own.
let scratch = new Int32Array(0);
let openers: Openers = { words: scratch, from: new Int32Array(0), counts: new Int32Array(0) };

/** `openers` with room for `words` words per matcher. */
function openersFor(words: number): Openers {
  const region = 2 * words;
  if (scratch.length < region * matcherCount) scratch = new Int32Array(region * matcherCount + 1024);
  if (openers.counts.length !== matcherCount) openers = { words: scratch, from: new Int32Array(matcherCount), counts: new Int32Array(matcherCount) };
  openers.words = scratch;
  for (let m = 0; m < matcherCount; m++) openers.from[m] = m * region;
  return openers;
}

function openersOf(ctx: ScanContext): Openers {
  const cached = openersCache.key === ctx ? openersCache.value : null;
  // A matcher made after the pass (none in the product, maybe in tests) has no list yet: redo it.
  if (cached && cached.counts.length === matcherCount) return cached;
  const index = wordIndex(ctx);
  const hashes = index.hashes;
  const n = index.count;
  const out = openersFor(n);
  const buf = out.words;
  // Where each matcher's next word goes: its list's end, in `counts` until the lists are done.
  const ends = out.counts;
  ends.set(out.from);
  // The word after the last reads as hash 0, as the other lookups read it.
  hashes[n] = 0;
  listOpeners(hashes, n, buf, ends);
  for (let m = 0; m < matcherCount; m++) ends[m] -= out.from[m];
  openersCache.key = ctx;
  return (openersCache.value = out);
}

/**
 * The loop of openersOf, alone in a function that ends with it: a 1 MB text
 * is read inside the loop's on-stack-replaced code, and code after the loop
 * there (no feedback yet when it was compiled) threw that code away on
 * every long scan, the next scan's loop running unoptimised until replaced
 * again.
 */
function listOpeners(hashes: Int32Array, n: number, buf: Int32Array, ends: Int32Array): void {
  const table = slots;
  const mask = (4 << slotBits) - 1;
  const shift = 32 - slotBits;
  // Each hash loaded once and kept for the next word (the list ends with a 0):
  // loading it again for the pair cost the pass about a tenth of its time.
  let next = hashes[0];
  for (let w = 0; w < n; w++) {
    const h = next;
    next = hashes[w + 1];
    let at = (Math.imul(h, 0x9e3779b1) >>> shift) << 2;
    // Probed on only when the first slot holds another word (a few words in
    // a hundred); an empty slot's owners are none, whatever its key.
    // (Both tests in one sign bit: a branch on the key alone mispredicts.)
    let x = table[at + KEY] ^ h;
    let id = table[at + ID];
    while (((x | -x) & id) < 0) {
      at = (at + 4) & mask;
      x = table[at + KEY] ^ h;
      id = table[at + ID];
    }
    // One bit per matcher with a phrase opening on this word, less those
    // whose phrases here all need a second word that does not follow.
    const key = pairHash(h, next);
    const bits0 = table[at + OWNERS] & (table[at + PAIR_ONLY] | pairOwners[key & 0xffff]);
    if (bits0 === 0) continue;
    let bits = bits0;
    do {
      const m = 31 - Math.clz32(bits);
      bits ^= 1 << m;
      const at = ends[m];
      buf[at] = w;
      buf[at + 1] = ~id;
      ends[m] = at + 2;
    } while (bits !== 0);
  }
}

// Where the last search of an opener list ended: windows move rightwards
// through a text, as for firstWordFrom (word-index.ts), and the search
// trusts it only as a lower bound after checking it.
let openerHint = 0;

/**
 * The first of the openers list[first, last) (word number and registry id,
 * interleaved) whose word starts at or after `from` (last when none).
 */
function firstOpenerFrom(list: Int32Array, first: number, last: number, starts: Int32Array, from: number): number {
  // In pairs from `first`: the k-th opener's word is list[first + 2k].
  let lo = 0;
  let hi = (last - first) >> 1;
  const hint = (openerHint - first) >> 1;
  if (openerHint >= first && hint < hi && starts[list[first + 2 * hint]] < from) {
    // Every opener up to the hint starts before `from`: gallop on from it.
    lo = hint + 1;
    for (let step = 1; ; step *= 2) {
      const probe = lo + step - 1;
      if (probe >= hi) break;
      if (starts[list[first + 2 * probe]] >= from) {
        hi = probe;
        break;
      }
      lo = probe + 1;
    }
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[list[first + 2 * mid]] < from) lo = mid + 1;
    else hi = mid;
  }
  openerHint = first + 2 * lo;
  return openerHint;
}

/** Grows `list`'s arrays to hold `n` matches. */
function room(list: MatchList, n: number): void {
  if (list.starts.length >= n) return;
  const size = Math.max(n, 2 * list.starts.length, 64);
  list.starts = new Int32Array(size);
  list.ends = new Int32Array(size);
  list.keys = new Int32Array(size);
}

function put(list: MatchList, start: number, end: number, key: number): void {
  list.starts[list.count] = start;
  list.ends[list.count] = end;
  list.keys[list.count] = key;
  list.count++;
}

/** A first word's entries, ready for the shared word list. */
interface Group {
  /** Entries whose second word is not checked by hash (one-word phrases, "hiv (+)"). */
  unchecked: Entry[];
  /** The second words' hashes that the other entries check. */
  seconds: number[];
  /** Second word's hash → index in `lists`: the entries with that second word and the unchecked ones. */
  bySecond: IntTable;
  lists: Entry[][];
  /**
   * The length of every unchecked entry when each is one whole word (a–z,
   * 0–9) of that length, so a match among them ends there; else 0.
   */
  oneWordLength: number;
}

/** Group.oneWordLength of `unchecked`. */
function oneWordLengthOf(unchecked: readonly Entry[]): number {
  if (unchecked.length === 0) return 0;
  const length = unchecked[0].key.length;
  return unchecked.every((e) => e.tokens.length === 1 && e.key.length === length && wholeWord(e.key)) ? length : 0;
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
  const keyList: string[] = [];
  // A bit per hash bucket: most words are rejected without touching the map.
  let bits = NO_BITS;
  atFirstScan(() => {
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
    const third = tokens.length > 2 && wholeWord(tokens[0]) && wholeWord(tokens[1]) ? letterHash(tokens[2], 0, tokens[2].length) : 0;
    // A key written as one token ("dan_toc", "cu_mk") is two words to the word list, and checked by its second:
    // unchecked, every "dân" and "cư" of a text opened it (about one word in a hundred of the bench's prose).
    const joined = tokens.length === 1 ? secondWordAt(tokens[0]) : -1;
    const second = checkable ? letterHash(tokens[1], 0, tokens[1].length) : joined > 0 ? letterHash(tokens[0], joined, tokens[0].length) : 0;
    list.push({ key, number: keyList.length, tokens, second, checkSecond: checkable || joined > 0, third });
    keyList.push(key);
    byFirst.set(h, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.key.length - a.key.length);
  bits = new Uint8Array(1 << 16);
  for (const h of byFirst.keys()) bits[h & 0xffff] = 1;
  });

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
      // Compared unit by unit: tokens are a few letters, and startsWith is a
      // call out of the optimized code per try.
      const length = token.length;
      if (i + length > to) return -1;
      for (let k = 0; k < length; k++) if (s.charCodeAt(i + k) !== token.charCodeAt(k)) return -1;
      i += length;
    }
    // Whole words only: the phrase may be glued to digits, never to letters.
    const next = i < s.length ? s.charCodeAt(i) : 0;
    if (next >= 97 && next <= 122 && isAlnum(s.charCodeAt(i - 1))) return -1;
    return i;
  }

  // This matcher's entries by registry id (holes for other matchers' words),
  // split by the second word's hash: "nguyen" opens 26 "nguyen van"-like
  // pairs, and a word should cost one lookup, not 26 compares.
  // Registered with the shared pass on first use (a matcher scanned only in
  // windows too, the topics' context words: its openers cost that pass a
  // few stores, where reading every word of each window cost more).
  let matcher = -1;
  let byId: (Group | undefined)[] = [];
  /** Each first word's entries split by the second word's hash, as the shared pass and windows read them. */
  let groups: Map<number, Group> | null = null;
  /** The same as a first word's hash → its number in `groupList` (a Map lookup per word of a window cost as much as the rest). */
  let groupNumbers = new IntTable([]);
  let groupList: Group[] = [];
  function groupsByFirst(): Map<number, Group> {
    if (groups !== null) return groups;
    groups = new Map();
    for (const [h, list] of byFirst) {
      const unchecked = list.filter((e) => !e.checkSecond);
      const seconds = [...new Set(list.filter((e) => e.checkSecond).map((e) => e.second))];
      const lists = seconds.map((second) => list.filter((x) => !x.checkSecond || x.second === second));
      groups.set(h, { unchecked, seconds, bySecond: new IntTable(seconds.map((second, k) => [second, k] as const)), lists, oneWordLength: oneWordLengthOf(unchecked) });
    }
    groupList = [...groups.values()];
    groupNumbers = new IntTable([...groups.keys()].map((h, k) => [h, k] as const));
    return groups;
  }
  function register(): void {
    // A matcher is a bit in the registry's owner masks; the product makes
    // four, and any past 31 (tests making many) or past the table's room walk the characters instead.
    if (matcherCount === 31 || (registry.size + byFirst.size) * 4 > 1 << slotBits) {
      matcher = -2;
      return;
    }
    matcher = matcherCount++;
    const registered: [number, Group][] = [];
    for (const [h, group] of groupsByFirst()) {
      // With no unchecked entry, scanAll finds nothing here unless the second word is one of these.
      registered.push([registerFirst(h, matcher, group.unchecked.length === 0 ? group.seconds : null), group]);
    }
    // Dense (no holes), so a lookup stays a plain array load.
    byId = Array.from({ length: Math.max(0, ...registered.map(([id]) => id + 1)) }, () => undefined);
    for (const [id, group] of registered) byId[id] = group;
  }

  /** The key of the entry longestAt found last. */
  let longestKey = '';
  /** Its number. */
  let longestNumber = -1;

  /**
   * The end of the longest of `list`'s entries matching at `start` (its key
   * in longestKey), or -1. With `listed`, `third` is the hash of the word
   * list's word two after the one at `start`, 0 when there is none (a
   * checked third token opens with a letter, so it is never 0 either: a row's
   * number after "ung thư⏎" rules out "ung thư vú").
   */
  function longestAt(s: string, start: number, to: number, list: readonly Entry[], listed: boolean, third: number): number {
    let best = -1;
    for (const entry of list) {
      if (listed && entry.third !== 0 && entry.third !== third) continue;
      const end = matchAt(s, start, to, entry);
      if (end > best) {
        best = end;
        longestKey = entry.key;
        longestNumber = entry.number;
      }
    }
    return best;
  }

  /** The entries of `group` that may match where the next word's hash is `next`, longest first. */
  function candidates(group: Group, next: number): Entry[] {
    if (group.bySecond.size === 0) return group.unchecked;
    const at = group.bySecond.get(next);
    return at >= 0 ? group.lists[at] : group.unchecked;
  }

  /**
   * The end of the longest phrase of `group` opening at word `w` and ending
   * by `to` (0 when none; its key in longestKey), as both word walks read it:
   * the entries in their length order, those whose second word is not the
   * next one left out.
   */
  function longestOpening(s: string, words: WordIndex, w: number, to: number, group: Group): number {
    const { hashes, count } = words;
    const list = candidates(group, w + 1 < count ? hashes[w + 1] : 0);
    return longestAt(s, words.starts[w], to, list, true, w + 2 < count ? hashes[w + 2] : 0);
  }

  /**
   * scanWords for a matcher past the shared pass's room (tests): the
   * range's words read from the word list one by one.
   */
  function wordsWalked(ctx: ScanContext, from: number, to: number, out: PhraseMatch[]): number {
    groupsByFirst();
    const s = ctx.folded;
    const words = wordIndex(ctx);
    const { starts, hashes, count } = words;
    let n = 0;
    // The first word starting at or after `from` (one inside a word at `from` is not read, as scan reads it).
    const first = firstWordFrom(words, from);
    let covered = from;
    for (let w = first; w < count; w++) {
      const start = starts[w];
      if (start >= to) break;
      if (start < covered) continue;
      const h = hashes[w];
      if (bits[h & 0xffff] === 0) continue;
      const number = groupNumbers.get(h);
      if (number < 0) continue;
      const best = longestOpening(s, words, w, to, groupList[number]);
      if (best > 0) {
        putMatch(out, n++, start, best, longestKey);
        covered = best;
      }
    }
    return n;
  }

  const api: PhraseMatcher = {
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
        const best = longestAt(s, start, to, list, false, 0);
        if (best > 0) {
          out.push({ start, end: best, key: longestKey });
          if (best > i) i = best;
        }
      }
      return out;
    },
    scanWords(ctx, from, to) {
      const out: PhraseMatch[] = [];
      return api.scanWordsInto(ctx, from, to, out) === 0 ? NONE_FOUND : out;
    },
    scanWordsInto(ctx, from, to, out) {
      if (matcher === -1) register();
      if (matcher === -2) return wordsWalked(ctx, from, to, out);
      const s = ctx.folded;
      const words = wordIndex(ctx);
      const { starts } = words;
      const openers = openersOf(ctx);
      const mine = openers.words;
      const first = openers.from[matcher];
      const last = first + openers.counts[matcher];
      let n = 0;
      let covered = from;
      for (let k = firstOpenerFrom(mine, first, last, starts, from); k < last; k += 2) {
        const w = mine[k];
        const start = starts[w];
        if (start >= to) break;
        if (start < covered) continue;
        const best = longestOpening(s, words, w, to, byId[mine[k + 1]]!);
        if (best > 0) {
          putMatch(out, n++, start, best, longestKey);
          covered = best;
        }
      }
      return n;
    },
    keys() {
      return keyList;
    },
    scanInto(ctx, out, keepsEnd, keep, uncovered = false) {
      if (matcher === -1) register();
      out.count = 0;
      if (matcher === -2) {
        const found = api.scanAll(ctx, keep, uncovered, keepsEnd);
        room(out, found.length);
        for (const m of found) put(out, m.start, m.end, keyList.indexOf(m.key));
        return out;
      }
      const s = ctx.folded;
      const words = wordIndex(ctx);
      const openers = openersOf(ctx);
      const mine = openers.words;
      const from = openers.from[matcher];
      const to = from + openers.counts[matcher];
      // At most a match per opener.
      room(out, (to - from) >> 1);
      const { starts, ends, keys } = out;
      let n = 0;
      let covered = 0;
      for (let k = from; k < to; k += 2) {
        const group = byId[mine[k + 1]]!;
        const w = mine[k];
        const start = words.starts[w];
        if (start < covered) continue;
        const next = w + 1 < words.count ? words.hashes[w + 1] : 0;
        // As in scanAll: one-word entries whose known end keepsEnd rules out are not tried.
        if (keepsEnd !== undefined && group.oneWordLength > 0 && !uncovered && !keepsEnd(start + group.oneWordLength) && (group.bySecond.size === 0 || group.bySecond.get(next) < 0)) continue;
        const best = longestAt(s, start, s.length, candidates(group, next), true, w + 2 < words.count ? words.hashes[w + 2] : 0);
        if (best > 0) {
          // As in scanAll (read before keep, which may run this matcher again).
          const number = longestNumber;
          const hides = uncovered && k + 2 < to && words.starts[mine[k + 2]] < best;
          if (keep === undefined || (uncovered && !hides) || keep(start, best, keyList[number])) {
            starts[n] = start;
            ends[n] = best;
            keys[n] = number;
            n++;
            covered = best;
          } else if (!uncovered) covered = best;
        }
      }
      out.count = n;
      return out;
    },
    scanAll(ctx, keep, uncovered = false, keepsEnd) {
      if (matcher === -1) register();
      // (Past the shared pass's room, tests only: a dropped match covers its words here.)
      if (matcher === -2) return api.scan(ctx.folded).filter((m) => !keep || keep(m.start, m.end, m.key));
      const s = ctx.folded;
      const words = wordIndex(ctx);
      const openers = openersOf(ctx);
      const mine = openers.words;
      const from = openers.from[matcher];
      const to = from + openers.counts[matcher];
      const out: PhraseMatch[] = [];
      let covered = 0;
      for (let k = from; k < to; k += 2) {
        const group = byId[mine[k + 1]]!;
        const w = mine[k];
        const start = words.starts[w];
        if (start < covered) continue;
        const next = w + 1 < words.count ? words.hashes[w + 1] : 0;
        // Only the one-word entries may match where no second word follows:
        // their end, known, may rule them all out untried (most of an
        // address's unit words in prose: "số lượng", "tổ chức").
        if (keepsEnd !== undefined && group.oneWordLength > 0 && !uncovered && !keepsEnd(start + group.oneWordLength) && (group.bySecond.size === 0 || group.bySecond.get(next) < 0)) continue;
        // Entries in their length order, those whose second word is not this one left out.
        const list = candidates(group, next);
        const best = longestAt(s, start, s.length, list, true, w + 2 < words.count ? words.hashes[w + 2] : 0);
        if (best > 0) {
          // (Read before keep, which may run this matcher again.)
          const key = longestKey;
          // Uncovered, a match no other opener starts inside hides nothing: kept unasked, its caller judges it.
          const hides = uncovered && k + 2 < to && words.starts[mine[k + 2]] < best;
          if (keep === undefined || (uncovered && !hides) || keep(start, best, key)) {
            out.push({ start, end: best, key });
            covered = best;
          } else if (!uncovered) covered = best;
        }
      }
      return out;
    },
  };
  return api;
}

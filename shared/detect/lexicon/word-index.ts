import type { ScanContext } from '../recognizer.ts';
import { foldedUnitsOf, foldedWordsOf, plainUnitsOf } from '../scan-context.ts';
import { scanCache } from '../scan-cache.ts';
import { doubled } from '../typed-arrays.ts';

/**
 * The words of `folded` (runs of a–z and 0–9), found once per scan and shared
 * by every soft recognizer: start and a hash of the leading letters (not the
 * end: one reader wanted it, and storing it cost the reading loop a seventh
 * of its time).
 * Walking this list is several times cheaper than walking the characters
 * again in each recognizer.
 */
export interface WordIndex {
  count: number;
  starts: Int32Array;
  hashes: Int32Array;
  /**
   * The numbers of the words whose first character is an upper-case letter
   * (A–Z in `plain`), in order: person names start only there, and walking
   * these few instead of every word is most of what that recognizer saves.
   * Filled only when the plain text is given.
   */
  capitals: Int32Array;
  capitalCount: number;
}

const cache = scanCache<WordIndex>();

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

/** 1 for A–Z, else 0: c − 91 negative and c − 65 not, read from the sign bits (no compare for the compiler to branch on). */
function upperAt(c: number): number {
  return ((c - 91) & ~(c - 65)) >>> 31;
}

// The list of the scan that holds the typed units (the latest long one) lives
// in arrays reused by the next such scan: allocating and zeroing four arrays
// for a 100 k-character paste cost about as much as reading its words. A
// context that lost the units to a later scan may have lost these arrays
// too, and reads its words again.
// One object for good (only its arrays are replaced), so a cached list that
// is this object is known to be possibly another scan's.
const pool: WordIndex = emptyIndex(0);
// Short texts (a chat message, a keystroke's window) and contexts that lost
// their units read theirs into one more such set of arrays: three typed
// arrays made per scan were a fifth of scanning a message of a few words.
// A list cached for a context is this object's only while no other scan has
// read its words since (that would have taken the cache).
const stringPool: WordIndex = emptyIndex(256);

export function wordIndex(ctx: ScanContext): WordIndex {
  const units = foldedUnitsOf(ctx);
  const cached = cache.key === ctx ? cache.value : null;
  if (cached !== null && (cached !== pool || units !== null)) return cached;
  const n = ctx.folded.length;
  const plainUnits = plainUnitsOf(ctx);
  let index: WordIndex;
  const read = foldedWordsOf(ctx);
  if (read !== null && plainUnits !== null) {
    // Read by the folding loop (scan-context.ts): the pool takes its arrays.
    pool.starts = read.starts;
    pool.hashes = read.hashes;
    if (pool.capitals.length < read.starts.length) pool.capitals = new Int32Array(read.starts.length);
    pool.count = read.count;
    markCapitals(pool, plainUnits);
    index = pool;
  } else if (units !== null && plainUnits !== null) {
    if (pool.starts.length < (n >> 2) + 16) Object.assign(pool, emptyIndex(n));
    index = indexUnits(units, n, plainUnits, pool);
  } else index = indexString(ctx.folded, ctx.plain, stringPool);
  cache.key = ctx;
  return (cache.value = index);
}

function emptyIndex(n: number): WordIndex {
  // Words average five characters; grown if the text is unusually dense.
  const capacity = (n >> 2) + 16;
  const a = () => new Int32Array(capacity);
  return { count: 0, starts: a(), hashes: a(), capitals: a(), capitalCount: 0 };
}

/**
 * Lists the words that start with a capital, in a pass of its own over the
 * word starts: branch-free and sequential (inside the reading loop it cost
 * more, the loop having no register to spare).
 */
function markCapitals(index: WordIndex, plain: Uint16Array | string): void {
  const { starts, capitals, count } = index;
  let capitalCount = 0;
  if (typeof plain === 'string') {
    for (let w = 0; w < count; w++) {
      // Stored always and kept only for a capital: no branch on the case.
      capitals[capitalCount] = w;
      capitalCount += upperAt(plain.charCodeAt(starts[w]));
    }
  } else {
    for (let w = 0; w < count; w++) {
      capitals[capitalCount] = w;
      capitalCount += upperAt(plain[starts[w]]);
    }
  }
  index.capitalCount = capitalCount;
}

/** Doubles the index's arrays (a text denser in words than the first guess). */
function grow(index: WordIndex): void {
  index.starts = doubled(index.starts);
  index.hashes = doubled(index.hashes);
  index.capitals = doubled(index.capitals);
}

// Per unit: 1 for a–z and 0–9, and 1 for a–z alone. Indexed by any UTF-16
// unit, so the reading loop below has no branch on the character.
export const WORD_UNIT = new Uint8Array(65536);
WORD_UNIT.fill(1, 48, 58).fill(1, 97, 123);
// Both in one table for the reading loop (one load per unit, not two): bit 0 a word's unit, bit 1 a letter.
const UNIT_CLASS = new Uint8Array(65536);
UNIT_CLASS.fill(1, 48, 58).fill(3, 97, 123);

// The same classes as masks, 0 or −1, for the paired loop, which is bound by
// its count of operations, not by the hash's chain (folding two units into
// the hash at once, a shorter chain but more operations, was 7% slower):
// masks from the tables need no shift, negation or "− 1" to become masks
// (with the reset below, indexUnits ~6% faster).
const WORD_MASK = new Int8Array(65536);
WORD_MASK.fill(-1, 48, 58).fill(-1, 97, 123);
const LETTER_MASK = new Int8Array(65536);
LETTER_MASK.fill(-1, 97, 123);

let pairedUnits: Uint16Array | null = null;
let pairs: Uint32Array | null = null;
const littleEndian = new Uint16Array(new Uint8Array([1, 0]).buffer)[0] === 1;

/**
 * `units` two at a time, when its buffer allows and a 0 follows the text
 * (as it does the scan's folded units): an odd text's last pair then ends
 * with that 0, which opens no word, and one loop reads every text (a loop
 * for the odd unit, never run on even texts, left the compiled code without
 * feedback there). The view is kept: the scan's units are one reused array.
 */
function pairsOf(units: Uint16Array, n: number): Uint32Array | null {
  if (units.length <= n || units[n] !== 0) return null;
  if (units !== pairedUnits) {
    pairedUnits = units;
    pairs = littleEndian && units.byteOffset % 4 === 0 ? new Uint32Array(units.buffer, units.byteOffset, units.length >> 1) : null;
  }
  return pairs;
}

/**
 * The word list read from the scan's folded units (the fast path); must
 * equal `indexString` of the same text (word-index.test.ts). Without a
 * branch on the text: words are a few letters long, and the loops that
 * branched at each word's two ends mispredicted there about as often as
 * there were words (this reads a megabyte of prose in about two thirds of
 * their time). Every unit (every pair of units, read two at a time)
 * stores a word's start and hash whether it is one or not, into the slot
 * that the counts then keep or overwrite. Read
 * two units at a time where it can (one load for both, half the loop's own
 * work: about a fifth less time).
 */
export function indexUnits(u: Uint16Array, n: number, plain?: Uint16Array, into?: WordIndex): WordIndex {
  const index = into ?? emptyIndex(n);
  index.count = readUnits(u, n, pairsOf(u, n), index);
  if (plain !== undefined) markCapitals(index, plain);
  return index;
}

/**
 * The reading loop of indexUnits, returning the word count: alone in a
 * function that ends with it, since code after a loop that a megabyte keeps
 * running (compiled by on-stack replacement before that code had run) threw
 * the compiled loop away at the end of every long scan.
 */
function readUnits(u: Uint16Array, n: number, paired: Uint32Array | null, index: WordIndex): number {
  // The arrays and counts in locals (a store to the index object per word cost as much as the reading).
  let { starts, hashes } = index;
  let count = 0;
  // 0 or 1 in the loop of one unit at a time, 0 or −1 in the paired one (a call runs one of them only).
  let inWord = 0;
  let leading = 0;
  let h = 0;
  let i = 0;
  while (i < n) {
    // A word takes at least two units (itself and a separator): a stretch
    // this long cannot overflow the arrays, so the loop tests no capacity.
    let room = starts.length - count - 2;
    if (room < 64) {
      grow(index);
      ({ starts, hashes } = index);
      room = starts.length - count - 2;
    }
    const stop = Math.min(n, i + 2 * room);
    if (paired !== null) {
      // From an even i (a stretch is an even number of units) past stop, into the 0 after an odd text.
      // The loop counts pairs alone and i follows after it (one register fewer, ~2%).
      const end = (stop + 1) >> 1;
      for (let q = i >> 1; q < end; q++) {
        const both = paired[q];
        const c0 = both & 0xffff;
        const c1 = both >>> 16;
        const word0 = WORD_MASK[c0];
        const word1 = WORD_MASK[c1];
        const opens0 = word0 & ~inWord;
        const opens1 = word1 & ~word0;
        // One start and one hash stored a pair, not one a unit (two stores
        // fewer, indexUnits ~8% faster): at most one of the two units opens
        // a word, and the first's hash needs a slot of its own only where
        // the second ends its word, which leaves the hash as the first made it.
        starts[count] = (q << 1) + 1 + opens0;
        // One mask for both units: at most one opens (count takes it with
        // one operation, not two; indexUnits 3-4% faster).
        const opens = opens0 | opens1;
        count -= opens;
        // A word opening at either unit resets the hash before the first:
        // where the second opens, the first is no letter and leaves it.
        h &= ~opens;
        leading = (leading | opens0) & LETTER_MASK[c0];
        h = (h + ((Math.imul(h, 30) + c0) & leading)) | 0;
        leading = (leading | opens1) & LETTER_MASK[c1];
        h = (h + ((Math.imul(h, 30) + c1) & leading)) | 0;
        hashes[count + (word0 | word1)] = h;
        inWord = word1;
      }
      i = end << 1;
      continue;
    }
    for (; i < stop; i++) {
      const c = u[i];
      const kind = UNIT_CLASS[c];
      const word = kind & 1;
      const opens = word & (inWord ^ 1);
      starts[count] = i;
      count += opens;
      // The hash takes the word's leading letters only ("p5", "spo2").
      leading = (leading | opens) & (kind >> 1);
      h &= opens - 1;
      // h·31 + c as h + (h·30 + c), the second term masked: two operations
      // fewer than choosing between the two values (indexUnits ~4% faster).
      h = (h + ((Math.imul(h, 30) + c) & -leading)) | 0;
      // Outside a word this lands in the next word's slot, which its first unit overwrites.
      hashes[count - word] = h;
      inWord = word;
    }
  }
  return count;
}

/** The word list read from a string (a context whose units were reused by a later scan). */
export function indexString(s: string, plain?: string, into?: WordIndex): WordIndex {
  const n = s.length;
  const index = into ?? emptyIndex(n);
  let { starts, hashes } = index;
  let count = 0;
  let i = 0;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (WORD_UNIT[c] === 0) {
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
    while (WORD_UNIT[c] === 1) c = ++i < n ? s.charCodeAt(i) : 0;
    // One slot to spare: readers take the slot after the last word for the hash 0 that ends the list.
    if (count + 1 >= starts.length) {
      grow(index);
      ({ starts, hashes } = index);
    }
    starts[count] = start;
    hashes[count] = h;
    count++;
  }
  index.count = count;
  if (plain !== undefined) markCapitals(index, plain);
  return index;
}

// Where the last search for a word ended: windows move rightwards through a
// text, so the next search starts there (a search of the whole list per
// window was a third of reading a window's words). Any value serves: the
// search only trusts it as a lower bound after checking it.
let hint = 0;

/** The number of the first word of `index` that starts at or after `from` (count when none). */
export function firstWordFrom(index: WordIndex, from: number): number {
  const { starts, count } = index;
  let lo = 0;
  let hi = count;
  if (hint < count && starts[hint] < from) {
    // Every word up to the hint starts before `from`: gallop on from it to a word that does not.
    lo = hint + 1;
    for (let step = 1; ; step *= 2) {
      const probe = lo + step - 1;
      if (probe >= count) break;
      if (starts[probe] >= from) {
        hi = probe;
        break;
      }
      lo = probe + 1;
    }
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  hint = lo;
  return lo;
}

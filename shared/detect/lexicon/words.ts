import { IntTable, intSet } from './int-table.ts';
import { hashOf as hashRange } from '../word-hash.ts';

// Word-level helpers over `folded`/`plain` (same length, ASCII letters for
// Vietnamese). Recognizers call them only at candidates, never per character.

/** Letters of plain/folded text: ASCII letters, and any non-ASCII code (other scripts stay inside their word). */
export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c >= 0xc0;
}

/** isWordCode by unit, 1 or 0: for loops that read many units (a table look-up instead of four range tests). */
export const WORD_CODE = new Uint8Array(65536).fill(1, 48, 58).fill(1, 65, 91).fill(1, 97, 123).fill(1, 0xc0);

export function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c >= 0xc0;
}

/** isLetterCode by unit, 1 or 0 (as WORD_CODE is isWordCode's). */
export const LETTER_CODE = new Uint8Array(65536).fill(1, 65, 91).fill(1, 97, 123).fill(1, 0xc0);

export function isUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}

export { isDigit as isDigitCode } from '../numbers.ts';

export interface TextWord {
  start: number;
  end: number;
  key: string;
}

/** The words of folded[from, to) and their offsets, a word being a run of units `isWord` accepts. */
export function wordsIn(folded: string, from: number, to: number, isWord: (c: number) => boolean = isLetterCode): TextWord[] {
  const words: TextWord[] = [];
  let i = from;
  while (i < to) {
    while (i < to && !isWord(folded.charCodeAt(i))) i++;
    const start = i;
    while (i < to && isWord(folded.charCodeAt(i))) i++;
    if (i > start) words.push({ start, end: i, key: folded.slice(start, i) });
  }
  return words;
}

// The words wordsBefore and phraseEndingAt read, as bounds in arrays reused
// by every call (nearest first): phraseBefore reads them at thousands of
// candidates a megabyte, and an array and a string per word there cost it
// most of its time.
let wordStarts = new Int32Array(8);
let wordEnds = new Int32Array(8);

/** Makes room for `max` words in wordStarts/wordEnds. */
function roomForWords(max: number): void {
  if (wordStarts.length < max) {
    wordStarts = new Int32Array(max);
    wordEnds = new Int32Array(max);
  }
}

/** Reads the words before `pos` as wordsBefore does into wordStarts/wordEnds; returns how many. */
function readWordsBefore(folded: string, pos: number, max: number): number {
  roomForWords(max);
  const floor = Math.max(0, pos - 48);
  let i = pos - 1;
  let count = 0;
  while (count < max) {
    while (i >= floor && folded.charCodeAt(i) === 32) i--;
    if (i < floor) break;
    if (folded.charCodeAt(i) === 46) i--;
    const end = i + 1;
    while (i >= floor && (isWordCode(folded.charCodeAt(i)) || folded.charCodeAt(i) === 47)) i--;
    if (i + 1 === end) break;
    wordStarts[count] = i + 1;
    wordEnds[count++] = end;
    // A word that opened its clause is the last one.
    if (i >= floor && folded.charCodeAt(i) !== 32) break;
  }
  return count;
}

/**
 * Up to `max` words right before `pos`, nearest last, within the same clause:
 * words are joined by spaces; a word may end with '.' ("TP.") or hold '/'
 * ("đ/c"); a line break, tab, comma, colon or other punctuation ends it.
 */
export function wordsBefore(folded: string, pos: number, max = 3): string[] {
  const count = readWordsBefore(folded, pos, max);
  const out: string[] = [];
  for (let k = count - 1; k >= 0; k--) out.push(folded.slice(wordStarts[k], wordEnds[k]));
  return out;
}

/**
 * endsWithPhrase(wordsBefore(folded, pos, max).slice(0, -1), phrases): a
 * phrase ending with the word before the nearest one ("… của tôi là").
 * Those two words are read first, and the rest only where that word ends
 * some phrase: most do not, and six words read and sliced before every
 * linking word were most of an address label's look-up past one.
 */
export function phraseBeforeNearest(folded: string, pos: number, max: number, phrases: ReadonlySet<string>): string | null {
  if (max < 2 || readWordsBefore(folded, pos, 2) < 2) return null;
  // (A phrase's last word is the text after its last space, as lastWordsOf hashes it; words read hold no space.)
  if (!lastWordsOf(phrases).hashes.has(hashRange(folded, wordStarts[1], wordEnds[1]))) return null;
  return endsWithPhrase(wordsBefore(folded, pos, max).slice(0, -1), phrases);
}

// endsWithPhrase builds the phrases shortest first, growing leftwards: a
// word, then "word phrase". Their hashes grow the same way, with no string
// (hashRange is a polynomial: the hash of a + b is hash(a)·31^|b| + hash(b)),
// so a phrase's string is made only when its hash is some listed phrase's.

/** 31^length, the factor a string that long shifts a hash by. */
export function scaleOf(length: number): number {
  let p = 1;
  for (let k = 0; k < length; k++) p = Math.imul(p, 31);
  return p;
}

/** The hash of word + ' ' + phrase, from the word's hash and the phrase's hash and scale. */
export function joinedHash(word: number, phrase: number, scale: number): number {
  return (Math.imul(word, Math.imul(scale, 31)) + Math.imul(32, scale) + phrase) | 0;
}

/** Whether the words right before `pos` end with one of `phrases` (folded, space-separated). */
export function endsWithPhrase(before: readonly string[], phrases: ReadonlySet<string>): string | null {
  const listed = lastWordsOf(phrases).phrases;
  let best: string | null = null;
  // The phrase so far: its hash, 31^its length, and its length (0: empty, and a word then stands alone).
  let h = 0;
  let scale = 1;
  let length = 0;
  for (let k = before.length - 1; k >= 0; k--) {
    const word = before[k];
    const w = hashRange(word, 0, word.length);
    if (length === 0) {
      h = w;
      scale = scaleOf(word.length);
      length = word.length;
    } else {
      h = joinedHash(w, h, scale);
      scale = Math.imul(scale, scaleOf(word.length + 1));
      length += word.length + 1;
    }
    if (listed.has(h)) {
      const phrase = joinFrom(before, k);
      if (phrases.has(phrase)) best = phrase;
    }
  }
  return best;
}

/** before[k…] as endsWithPhrase reads it: "word phrase", a word alone while the phrase is empty. */
function joinFrom(before: readonly string[], k: number): string {
  let phrase = '';
  for (let j = before.length - 1; j >= k; j--) phrase = phrase ? `${before[j]} ${phrase}` : before[j];
  return phrase;
}

/**
 * endsWithPhrase(wordsBefore(folded, pos, max), phrases) read from the
 * reused word bounds: no array, and a string only for a phrase whose hash
 * is listed. (These words are never empty.)
 */
function phraseEndingAt(folded: string, pos: number, max: number, phrases: ReadonlySet<string>, table: LastWords): string | null {
  const { list, numbers, tails } = table;
  roomForWords(max);
  const starts = wordStarts;
  const ends = wordEnds;
  let best: string | null = null;
  let h = 0;
  let scale = 1;
  // The words read back one by one as readWordsBefore reads them, each
  // hashed on the way (read last unit first, hashRange's sum of each unit
  // times 31 to the number of units after it), as far as some label may
  // still end with them: one pass over a word, no call per word.
  const floor = Math.max(0, pos - 48);
  let i = pos - 1;
  for (let k = 0; k < max; k++) {
    while (i >= floor && folded.charCodeAt(i) === 32) i--;
    if (i < floor) break;
    if (folded.charCodeAt(i) === 46) i--;
    const end = i + 1;
    let w = 0;
    let p = 1;
    for (; i >= floor; i--) {
      const c = folded.charCodeAt(i);
      if (WORD_CODE[c] === 0 && c !== 47) break;
      w = (w + Math.imul(c, p)) | 0;
      p = Math.imul(p, 31);
    }
    if (i + 1 === end) break;
    starts[k] = i + 1;
    ends[k] = end;
    h = k === 0 ? w : joinedHash(w, h, scale);
    // No label ends with these words: none ends with more of them either.
    if (!tails.has(h)) break;
    scale = Math.imul(scale, k === 0 ? p : Math.imul(p, 31));
    const n = numbers.get(h);
    if (n >= 0) {
      // The label compared in place (a string made only for a hash two labels share).
      if (n < list.length) {
        if (wordsAre(folded, k, list[n])) best = list[n];
      } else {
        const phrase = wordsFrom(folded, k);
        if (phrases.has(phrase)) best = phrase;
      }
    }
    // A word that opened its clause is the last one.
    if (i >= floor && folded.charCodeAt(i) !== 32) break;
  }
  return best;
}

/** Whether words k…0 of the reused bounds, joined by single spaces, are `phrase`. */
function wordsAre(folded: string, k: number, phrase: string): boolean {
  let p = 0;
  for (let j = k; j >= 0; j--) {
    if (j < k && phrase.charCodeAt(p++) !== 32) return false;
    for (let i = wordStarts[j]; i < wordEnds[j]; i++) if (folded.charCodeAt(i) !== phrase.charCodeAt(p++)) return false;
  }
  return p === phrase.length;
}

/** Words k…0 of the reused bounds joined by single spaces, as wordsBefore and endsWithPhrase would give them. */
function wordsFrom(folded: string, k: number): string {
  let phrase = folded.slice(wordStarts[k], wordEnds[k]);
  for (let j = k - 1; j >= 0; j--) phrase = `${phrase} ${folded.slice(wordStarts[j], wordEnds[j])}`;
  return phrase;
}

/**
 * The label separators (':' and tab) after a word, one row per separator
 * across these arrays: a text of chat has tens of thousands a megabyte, and
 * few follow a label, so a record per separator was most of what finding
 * them allocated.
 */
interface Separators {
  count: number;
  /** Where the separator is. */
  at: Int32Array;
  /** Where the words before it end. */
  end: Int32Array;
  /** Where a JSON or code key ("dia_chi") starts; -1 for words before the separator. */
  key: Int32Array;
  /** Hash of the nearest word (as wordsBefore reads it), or of a key's last part: a label can only match if it ends with that word. */
  lastHash: Int32Array;
  tab: Uint8Array;
  /** By row, a JSON or code key's parts ("dia", "chi"), split once some label's last word matches (the words before a separator are read in place). */
  words: (string[] | undefined)[];
}

function emptySeparators(capacity: number): Separators {
  return {
    count: 0,
    at: new Int32Array(capacity),
    end: new Int32Array(capacity),
    key: new Int32Array(capacity),
    lastHash: new Int32Array(capacity),
    tab: new Uint8Array(capacity),
    words: [],
  };
}

/** Doubles the rows' room. */
function growSeparators(rows: Separators): void {
  const bigger = emptySeparators(rows.at.length * 2);
  bigger.at.set(rows.at);
  bigger.end.set(rows.end);
  bigger.key.set(rows.key);
  bigger.lastHash.set(rows.lastHash);
  bigger.tab.set(rows.tab);
  rows.at = bigger.at;
  rows.end = bigger.end;
  rows.key = bigger.key;
  rows.lastHash = bigger.lastHash;
  rows.tab = bigger.tab;
}

const SEPARATOR_WORDS = 6;


/** Where the word ending at `end` starts: letters, and an apostrophe inside a name ("K'Rốt"). */
function wordStartBefore(folded: string, end: number): number {
  let k = end;
  while (k > 0 && (isLetterCode(folded.charCodeAt(k - 1)) || folded.charCodeAt(k - 1) === 39)) k--;
  return k;
}

/**
 * The capitalised words, at most `max`, that end at `end` (read back, one
 * space between them, an apostrophe inside a name): where the first starts
 * and how many there are ("bà Tạ Thị Vân" before " (", "Ksor Thuan" before
 * " (SN 1994").
 */
export function capitalisedRunBefore(folded: string, plain: string, end: number, max: number): { start: number; words: number } {
  let start = end;
  let words = 0;
  for (let i = end; words < max; ) {
    let k = i;
    // (An apostrophe or a hyphen inside a word: "H'Mai", "MIN-JI".)
    while (k > 0 && (isLetterCode(folded.charCodeAt(k - 1)) || (folded.charCodeAt(k - 1) === 39 && isLetterCode(folded.charCodeAt(k - 2))) || (folded.charCodeAt(k - 1) === 45 && isLetterCode(folded.charCodeAt(k - 2)) && isLetterCode(folded.charCodeAt(k))))) k--;
    if (k === i || !isUpperCode(plain.charCodeAt(k))) break;
    words++;
    start = k;
    if (k === 0 || folded.charCodeAt(k - 1) !== 32 || !isUpperCode(plain.charCodeAt(wordStartBefore(folded, k - 1)))) break;
    i = k - 1;
  }
  return { start, words };
}

export function hasLetterIn(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLetterCode(s.charCodeAt(i))) return true;
  return false;
}

/**
 * Separators after a word. Unless `letterless` is set, only those whose
 * nearest word holds a letter: a label ending in a letterless word is the only
 * one that could follow "038190012345<TAB>", and a tab-separated grid of
 * numbers would otherwise keep one record per cell.
 */
function findSeparators(folded: string, letterless: boolean, rows: Separators): Separators {
  rows.count = 0;
  for (const sep of [58, 9]) {
    const ch = String.fromCharCode(sep);
    for (let p = folded.indexOf(ch); p >= 0; p = folded.indexOf(ch, p + 1)) {
      let end = p;
      // A web form marks a required field: "Họ và tên*:", "Số điện thoại (*):".
      while (end > 0 && folded.charCodeAt(end - 1) === 32) end--;
      if (folded.startsWith('(*)', end - 3)) end -= 3;
      while (end > 0 && (folded.charCodeAt(end - 1) === 32 || folded.charCodeAt(end - 1) === 42)) end--;
      // JSON and code keys: "dia_chi": "…", ho_ten: …
      if (end > 0 && (folded.charCodeAt(end - 1) === 34 || folded.charCodeAt(end - 1) === 39)) end--;
      if (end === 0 || !isWordCode(folded.charCodeAt(end - 1))) continue;
      let key = end;
      let underscore = false;
      while (key > 0 && end - key < 24) {
        const c = folded.charCodeAt(key - 1);
        if (c === 95) underscore = true;
        else if (!isWordCode(c)) break;
        key--;
      }
      const snake = underscore && folded.charCodeAt(key - 1) !== 32;
      // The nearest word as wordsBefore reads it: word characters and '/' back from `end`.
      let first = end - 1;
      const floor = Math.max(0, end - 48);
      while (first >= floor && (isWordCode(folded.charCodeAt(first)) || folded.charCodeAt(first) === 47)) first--;
      // A key's last part (after its last '_') is the word matched against the labels' last words.
      const last = snake ? folded.lastIndexOf('_', end - 1) + 1 : first + 1;
      if (!letterless && !hasLetterIn(folded, last, end)) continue;
      if (rows.count === rows.at.length) growSeparators(rows);
      const row = rows.count++;
      rows.at[row] = p;
      rows.end[row] = end;
      rows.key[row] = snake ? key : -1;
      rows.lastHash[row] = hashRange(folded, last, end);
      rows.tab[row] = sep === 9 ? 1 : 0;
    }
  }
  rows.words = new Array(rows.count);
  return rows;
}

// Names and addresses both look for labels before every separator of the
// same text: the separators and their words are found once and shared (the
// last text scanned; scans do not interleave on a thread). Kept past the
// scan, unlike the other caches of one scan (scan-cache.ts): a text scanned
// again (a 1 MB grid of tabs, 20 ms of separators) finds them, and one
// scan's separators are all it keeps.
let lastFolded: string | null = null;
const lastSeparators = emptySeparators(256);

interface LastWords {
  hashes: IntTable;
  /** Hashes of the whole labels (endsWithPhrase makes a label's string only when its hash is one of these). */
  phrases: IntTable;
  /** The labels, and by a label's hash its number there (list.length for a hash two labels share: compared as a string). */
  list: string[];
  numbers: IntTable;
  /** Hashes of every label's tails after a space ("chi", "dia chi"): words that end no label's tail end no label. */
  tails: IntTable;
  /** Some label ends with a word without a letter ("mẫu 02"): separators after such words are needed too. */
  letterless: boolean;
}

const lastWordHashes = new WeakMap<ReadonlySet<string>, LastWords>();

/** The hash of a phrase and of each of its tails after a space. */
function tailHashes(phrase: string): number[] {
  const hashes = [hashRange(phrase, 0, phrase.length)];
  for (let i = 1; i < phrase.length; i++) if (phrase.charCodeAt(i - 1) === 32) hashes.push(hashRange(phrase, i, phrase.length));
  return hashes;
}

/** Hashes of the labels' last words. */
function lastWordsOf(labels: ReadonlySet<string>): LastWords {
  let table = lastWordHashes.get(labels);
  if (!table) {
    const list = [...labels];
    const words = list.map((p) => p.slice(p.lastIndexOf(' ') + 1));
    const phraseHashes = list.map((p) => hashRange(p, 0, p.length));
    const shared = (h: number) => phraseHashes.indexOf(h) !== phraseHashes.lastIndexOf(h);
    table = {
      hashes: intSet(words.map((w) => hashRange(w, 0, w.length))),
      phrases: intSet(phraseHashes),
      list,
      numbers: new IntTable(phraseHashes.map((h, k) => [h, shared(h) ? list.length : k] as const)),
      tails: intSet(list.flatMap(tailHashes)),
      letterless: words.some((w) => !hasLetterIn(w, 0, w.length)),
    };
    lastWordHashes.set(labels, table);
  }
  return table;
}

/**
 * Positions of label separators (':' and tab) whose preceding words end with
 * one of `labels`: "Họ và tên:", "Địa chỉ<TAB>". Driven by the separators,
 * which are rare, instead of matching every label everywhere.
 */
export function labelledPositions(folded: string, labels: ReadonlySet<string>, maxWords: number): { label: string; sep: number; tab: boolean }[] {
  let rows: Separators;
  const wide = maxWords > SEPARATOR_WORDS;
  const { hashes: ends, letterless } = lastWordsOf(labels);
  if (wide || letterless) rows = findSeparators(folded, letterless, emptySeparators(64));
  else {
    if (lastFolded !== folded) {
      findSeparators(folded, false, lastSeparators);
      lastFolded = folded;
    }
    rows = lastSeparators;
  }
  const table = lastWordsOf(labels);
  const out: { label: string; sep: number; tab: boolean }[] = [];
  let sorted = true;
  let lastSep = -1;
  for (let row = 0; row < rows.count; row++) {
    if (!ends.has(rows.lastHash[row])) continue;
    let label: string | null;
    if (rows.key[row] >= 0) {
      let parts = rows.words[row];
      if (parts === undefined) rows.words[row] = parts = folded.slice(rows.key[row], rows.end[row]).split('_');
      label = endsWithPhrase(parts, labels);
    } else {
      // The nearest `maxWords` words, read in place: a text of labelled
      // fields has a label at every separator, and their words as strings
      // were most of what finding them cost.
      label = phraseEndingAt(folded, rows.end[row], maxWords, labels, table);
    }
    if (label) {
      const sep = rows.at[row];
      if (sep < lastSep) sorted = false;
      lastSep = sep;
      out.push({ label, sep, tab: rows.tab[row] === 1 });
    }
  }
  // The rows are the colons in order, then the tabs: in order already unless both come.
  return sorted ? out : out.sort((a, b) => a.sep - b.sep);
}

/**
 * endsWithPhrase(wordsBefore(folded, pos, max), phrases), without reading
 * the words when the nearest one ends no phrase: candidates ask at every
 * name and address, and at most of them nothing of the kind comes before.
 */
export function phraseBefore(folded: string, pos: number, max: number, phrases: ReadonlySet<string>): string | null {
  readNearestWord(folded, pos);
  const table = lastWordsOf(phrases);
  if (nearStart >= nearEnd || !table.hashes.has(hashRange(folded, nearStart, nearEnd))) return null;
  return phraseEndingAt(folded, pos, max, phrases, table);
}

/**
 * The hash of the nearest word before `pos` as phraseBefore reads it (0, the
 * empty word's, when there is none): a phrase can end before `pos` only if
 * its last word has this hash.
 */
export function wordHashBefore(folded: string, pos: number): number {
  readNearestWord(folded, pos);
  return hashRange(folded, nearStart, nearEnd);
}

// The bounds readNearestWord found last (two numbers: no object per call).
let nearStart = 0;
let nearEnd = 0;

/** The nearest word before `pos` as wordsBefore reads it (spaces and a period skipped, 48 characters back at most), into nearStart/nearEnd. */
function readNearestWord(folded: string, pos: number): void {
  const floor = Math.max(0, pos - 48);
  let i = pos - 1;
  while (i >= floor && folded.charCodeAt(i) === 32) i--;
  if (i >= floor && folded.charCodeAt(i) === 46) i--;
  const end = i + 1;
  while (i >= floor && (isWordCode(folded.charCodeAt(i)) || folded.charCodeAt(i) === 47)) i--;
  nearStart = i + 1;
  nearEnd = end;
}

/** The hashes of the last words of `phrases`, as wordHashBefore reads them. */
export function phraseEndHashes(phrases: ReadonlySet<string>): number[] {
  return [...phrases].map((p) => hashRange(p, p.lastIndexOf(' ') + 1, p.length));
}

// Bounded searches for one unit: a per-match indexOf or lastIndexOf that
// finds nothing reads on to the text's end, quadratic time on a long text.

/** The first index of `unit` in s[from, to), or -1. */
export function unitIn(s: string, unit: number, from: number, to: number): number {
  const end = Math.min(to, s.length);
  for (let i = Math.max(0, from); i < end; i++) if (s.charCodeAt(i) === unit) return i;
  return -1;
}

/** The last index of `unit` in s[from, to), or -1. */
export function lastUnitIn(s: string, unit: number, from: number, to: number): number {
  const floor = Math.max(0, from);
  for (let i = Math.min(to, s.length) - 1; i >= floor; i--) if (s.charCodeAt(i) === unit) return i;
  return -1;
}

/** Start of the line (or tab-separated cell) holding `pos`. */
export function lineStart(text: string, pos: number, maxBack = 200): number {
  const floor = Math.max(0, pos - maxBack);
  for (let i = pos - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i + 1;
  }
  return floor;
}

/** End of the line holding `pos`. */
export function lineEnd(text: string, pos: number, maxAhead = 200): number {
  const ceil = Math.min(text.length, pos + maxAhead);
  for (let i = pos; i < ceil; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return ceil;
}

/**
 * A label<TAB>value row (two columns), not a header row of a wider table:
 * no other tab on the line before the label's, nor from the value's start on.
 */
export function twoColumnRow(folded: string, tab: number, valueStart = tab + 1): boolean {
  return !tabOnLineBefore(folded, tab) && !tabOnLineFrom(folded, valueStart);
}

// Each read only to the nearest tab or line break: a search to the line's
// ends per label cost a megabyte-long row of tabbed labels quadratic time.

/** Whether a tab stands on the line before `pos`. */
function tabOnLineBefore(folded: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = folded.charCodeAt(i);
    if (c === 9) return true;
    if (c === 10) return false;
  }
  return false;
}

/** Whether a tab stands on the line from `pos` on. */
function tabOnLineFrom(folded: string, pos: number): boolean {
  for (let i = pos; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c === 9) return true;
    if (c === 10) return false;
  }
  return false;
}

/** The cells of a line split by runs of two or more spaces (or tabs): [start, end) pairs. */
export function wideCells(s: string, start: number, end: number): number[] {
  const cells: number[] = [];
  let i = start;
  while (i < end) {
    while (i < end && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
    if (i >= end) break;
    const from = i;
    while (i < end && !(s.charCodeAt(i) === 9 || (s.charCodeAt(i) === 32 && (s.charCodeAt(i + 1) === 32 || s.charCodeAt(i + 1) === 9)))) i++;
    let to = i;
    while (to > from && s.charCodeAt(to - 1) === 32) to--;
    cells.push(from, to);
  }
  return cells;
}

import type { ScanContext } from './recognizer.ts';
import { createWords, forgetWords, growWords, isLetter, readWords, type Words } from './keyword-index.ts';
import { foldedUnitsOf } from './scan-context.ts';

// The words of a big text, read once: word-presence.ts reads them for its
// bitmap, and the context windows of its candidates, which the window memo
// does not keep beyond a large paste, are then ranges of them instead of a
// read each (a megabyte of identifiers reads its 48-character windows once
// per recognizer that scores a number: several times the text's length).

const textWords: { ctx: ScanContext | null; words: Words; near: number } = { ctx: null, words: createWords(), near: 0 };

/** Where a context window's words are: source[lo, hi). */
interface WindowWords {
  source: Words;
  lo: number;
  hi: number;
}

/** The words of ctx.folded (read on the first call for a scan). */
export function readTextWords(ctx: ScanContext): Words {
  if (textWords.ctx !== ctx) {
    const units = foldedUnitsOf(ctx);
    const n = ctx.folded.length;
    // From the scan's units when it holds them (a 0 after the text ends its last word).
    if (units !== null && units.length > n && units[n] === 0) readUnitWords(ctx.folded, units, textWords.words);
    else readWords(ctx.folded, 0, n, textWords.words);
    textWords.ctx = ctx;
  }
  return textWords.words;
}

/**
 * readWords of the whole text from its units, without a branch on the text:
 * a megabyte of prose has a word every six units, and the reading loop that
 * branched at both ends of each mispredicted about as often (about 6 ms a
 * megabyte, a fifth of a big paste's scan). Every unit stores a start, an end
 * and a hash into the slots that the counts then keep or overwrite, as
 * indexUnits (lexicon/word-index.ts) reads its words. Must equal readWords of
 * the text (text-words.test.ts).
 */
export function readUnitWords(s: string, u: Uint16Array, words: Words): Words {
  const n = s.length;
  let count = 0;
  let inWord = 0;
  let h = 0;
  let i = 0;
  // Through the 0 after the text, which closes a last word.
  while (i <= n) {
    // A word takes two units at least (itself and what ends it): a stretch
    // this long cannot overflow the arrays, so the loop tests no capacity.
    let room = words.start.length - count - 2;
    if (room < 64) {
      growWords(words);
      room = words.start.length - count - 2;
    }
    i = readStretch(u, i, Math.min(n + 1, i + 2 * room), count, inWord, h, words);
    count = stretchCount;
    inWord = stretchInWord;
    h = stretchHash;
  }
  words.s = s;
  words.count = count;
  words.serial++;
  return words;
}

// What readStretch leaves for the next stretch (three numbers: no object per stretch).
let stretchCount = 0;
let stretchInWord = 0;
let stretchHash = 0;

/** Reads u[from, to) on from a word count and state; returns `to`. The loop alone in its function (code after a long loop deoptimised it). */
function readStretch(u: Uint16Array, from: number, to: number, count: number, inWord: number, h: number, words: Words): number {
  const { start, end, hash } = words;
  for (let i = from; i < to; i++) {
    const c = u[i];
    // 1 for a–z: c − 123 negative and c − 97 not.
    const letter = ((c - 123) & ~(c - 97)) >>> 31;
    const opens = letter & (inWord ^ 1);
    start[count] = i;
    count += opens;
    // A word closing here ends at i; any other unit writes the next word's slot, which its own close overwrites.
    end[count - (inWord & (letter ^ 1))] = i;
    // h·31 + c, from nothing at a word's first letter.
    h = (Math.imul(h & -inWord, 31) + c) | 0;
    // Inside a word the word's own slot; outside it the next word's, which its letters overwrite.
    hash[count - letter] = h;
    inWord = letter;
  }
  stretchCount = count;
  stretchInWord = inWord;
  stretchHash = h;
  return to;
}

/**
 * The first word starting at `pos` or later, looked for a few words either
 * side of `near` first: windows come in text order, each close to the last.
 */
function firstFrom(w: Words, pos: number, near: number): number {
  const start = w.start;
  let i = Math.min(near, w.count);
  for (let k = 0; k < 16; k++) {
    if (i > 0 && start[i - 1] >= pos) i--;
    else if (i < w.count && start[i] < pos) i++;
    else return i;
  }
  let lo = 0;
  let hi = w.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (start[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Points `view` at the words of folded[from, to) among the text's words,
 * when they were read for this scan and the window cuts no word at `to`
 * (a word cut at its other edge is left out, which is how context.ts reads
 * a window: a cut word is no word). False otherwise: the window is read.
 * The view's last range is where the search starts (windows come in text
 * order).
 */
export function wordsOfText(ctx: ScanContext, from: number, to: number, view: WindowWords): boolean {
  const s = ctx.folded;
  if (textWords.ctx !== ctx || (from < to && isLetter(s.charCodeAt(to - 1)) && isLetter(s.charCodeAt(to)))) return false;
  view.source = textWords.words;
  view.lo = firstFrom(view.source, from, view.lo);
  view.hi = firstFrom(view.source, to, view.lo);
  return true;
}

/**
 * Whether folded[from, to) holds a letter, from the text's words when they
 * were read for this scan; null when they were not (the caller reads the
 * text). A few loads wherever the nearest word is: a column of dates under
 * its header had each date's windows read for letters it did not hold.
 */
export function lettersIn(ctx: ScanContext, from: number, to: number): boolean | null {
  if (textWords.ctx !== ctx) return null;
  const w = textWords.words;
  // The last word starting before `to` holds the last letters before it (words are whole runs of letters).
  const next = firstFrom(w, to, textWords.near);
  textWords.near = next;
  return from < to && next > 0 && w.end[next - 1] > from;
}

/**
 * Lets go of the last text; its words' arrays are kept for the next big
 * text (grown again from nothing, doubling, they cost a megabyte of
 * identifiers a third of reading its words).
 */
export function forgetTextWords(): void {
  textWords.ctx = null;
  forgetWords(textWords.words);
}

import type { ScanContext } from './recognizer.ts';
import { createWords, forgetWords, isLetter, readWords, type Words } from './keyword-index.ts';

// The words of a big text, read once: word-presence.ts reads them for its
// bitmap, and the context windows of its candidates, which the window memo
// does not keep beyond a large paste, are then ranges of them instead of a
// read each (a megabyte of identifiers reads its 48-character windows once
// per recognizer that scores a number: several times the text's length).

const textWords: { ctx: ScanContext | null; words: Words } = { ctx: null, words: createWords() };

/** Where a context window's words are: source[lo, hi). */
interface WindowWords {
  source: Words;
  lo: number;
  hi: number;
}

/** The words of ctx.folded (read on the first call for a scan). */
export function readTextWords(ctx: ScanContext): Words {
  if (textWords.ctx !== ctx) {
    readWords(ctx.folded, 0, ctx.folded.length, textWords.words);
    textWords.ctx = ctx;
  }
  return textWords.words;
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
 * Lets go of the last text; its words' arrays are kept for the next big
 * text (grown again from nothing, doubling, they cost a megabyte of
 * identifiers a third of reading its words).
 */
export function forgetTextWords(): void {
  textWords.ctx = null;
  forgetWords(textWords.words);
}

import { clearUsed } from './scan-cache.ts';
import type { KeywordIndex } from './keyword-index.ts';
import type { ScanContext } from './recognizer.ts';
import { forgetTextWords, readTextWords } from './text-words.ts';
import { numberGroupCount } from './numbers.ts';

// Which words (a–z runs of the folded text) a big text holds at all, as a
// bitmap of their hashes. A keyword set none of whose last (or first) words
// occurs anywhere cannot match in any context window, so the window reads and
// look-ups for it are skipped: on a megabyte of plates, OCR-read numbers or
// repeated identifiers most keyword sets are absent, and each candidate asked
// each of them in turn. Hashes are those of keyword-index.ts; a collision
// only keeps a look-up that finds nothing.

/**
 * Texts shorter than this are not indexed: the index is a pass over every
 * character (3–5 ms per MB), which cost the structured-only scan of 100 k
 * chunks of mixed text a quarter of its throughput, where keyword sets mostly
 * occur and little is saved. Pastes and files beyond it are where a megabyte
 * of candidates asks about absent sets.
 */
export const MIN_PRESENCE_TEXT = 1 << 17;

/**
 * Nor is a big text whose numbers are sparse: its candidates are few, their
 * keyword sets mostly occur, and the pass is pure cost. Generated report prose
 * in 1 MB pastes (a digit group per 147 characters) ran 15 % faster without
 * it, identifier-dense text (one per 53) 11 % slower, alternated in one
 * process; plates and OCR-read numbers (one per 4–15) need it most. Indexed
 * from one group per this many characters.
 */
const MAX_CHARS_PER_GROUP = 100;
let weighed: ScanContext | null = null;
let worthIndexing = false;

function denseInNumbers(ctx: ScanContext): boolean {
  if (weighed !== ctx) {
    worthIndexing = numberGroupCount(ctx) * MAX_CHARS_PER_GROUP >= ctx.folded.length;
    weighed = ctx;
  }
  return worthIndexing;
}

const BITS = 1 << 20;
const bits = new Int32Array(BITS >>> 5);
// Keyed by the scan context's identity: comparing texts would cost their length.
let indexed: ScanContext | null = null;

function index(ctx: ScanContext): void {
  const w = readTextWords(ctx);
  bits.fill(0);
  for (let k = 0; k < w.count; k++) {
    const b = w.hash[k] & (BITS - 1);
    bits[b >>> 5] |= 1 << (b & 31);
  }
  indexed = ctx;
}

/** Whether `ctx`'s words are the bitmap's (tests). */
export function indexedFor(ctx: ScanContext): boolean {
  return indexed === ctx;
}

function present(h: number): boolean {
  const b = h & (BITS - 1);
  return (bits[b >>> 5] & (1 << (b & 31))) !== 0;
}

// Per keyword index, for the text last indexed: may a keyword end (before) or
// start (after) at a word of it?
const endsMemo = new Map<KeywordIndex, boolean>();
const startsMemo = new Map<KeywordIndex, boolean>();

function prepare(ctx: ScanContext): void {
  if (indexed === ctx) return;
  index(ctx);
  clearUsed(endsMemo);
  clearUsed(startsMemo);
}

/** Whether some keyword's last word occurs as a word of the text (always true for short texts). */
export function mayEndIn(ctx: ScanContext, kw: KeywordIndex): boolean {
  return anyPresent(ctx, kw, kw.byLast, endsMemo);
}

/** Whether some keyword's first word occurs as a word of the text (always true for short texts). */
export function mayStartIn(ctx: ScanContext, kw: KeywordIndex): boolean {
  return anyPresent(ctx, kw, kw.byFirst, startsMemo);
}

function anyPresent(ctx: ScanContext, kw: KeywordIndex, words: Map<number, unknown>, memo: Map<KeywordIndex, boolean>): boolean {
  if (ctx.folded.length < MIN_PRESENCE_TEXT || !denseInNumbers(ctx)) return true;
  prepare(ctx);
  let may = memo.get(kw);
  if (may === undefined) {
    may = false;
    for (const h of words.keys()) if (present(h)) may = true;
    memo.set(kw, may);
  }
  return may;
}

/** Lets go of the last text (the engine calls this when a scan ends). */
export function forgetPresence(): void {
  indexed = null;
  weighed = null;
  forgetTextWords();
  clearUsed(endsMemo);
  clearUsed(startsMemo);
}

import type { ScanContext } from './recognizer.ts';
import type { Keywords } from './context.ts';
import { mayEndIn, mayStartIn } from './word-presence.ts';
import { spanCount } from './numbers.ts';

// Whether a type that exists only beside a label can find one anywhere in a
// big text. A label is a keyword matched on whole words of the text: before
// a number (a group never opens with a letter read as a digit right after
// another letter, so the window's last word is never cut), after it, or in
// its column header; SQL column lists are the exception, as their names lose
// their quotes and spaces ("`st k`" reads "stk"). When the text's word
// bitmap (word-presence.ts) holds no word that could end or start a keyword
// and no SQL is pasted, no number has a label, and such a recognizer need
// not visit one: a megabyte of plates or OCR-read numbers has ninety
// thousand, each read for two keyword sets.

function mayOccur(ctx: ScanContext, kw: Keywords): boolean {
  return mayEndIn(ctx, kw.index) || mayStartIn(ctx, kw.index);
}

/**
 * True only when no number of the text can have a label from `positive` (or
 * the weak words): then labelOf answers undefined for every number span. For
 * short texts (no word bitmap) it is always false.
 */
export function labelsAbsent(ctx: ScanContext, positive: Keywords, weak?: Keywords): boolean {
  // Without a span nothing is visited anyway: the word bitmap, a pass over
  // the text, is not built for it.
  if (spanCount(ctx) === 0 || mayOccur(ctx, positive) || (weak !== undefined && mayOccur(ctx, weak))) return false;
  const s = ctx.folded;
  return !(s.includes('(') && s.includes('values'));
}

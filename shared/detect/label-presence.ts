import type { ScanContext } from './recognizer.ts';
import type { Keywords } from './context.ts';
import { groupStart, numberRuns } from './numbers.ts';
import { mayEndIn, mayStartIn } from './word-presence.ts';

// Whether a type that exists only beside a label can find one anywhere in a
// big text. A label is a keyword matched on words of the text: before a span
// (a window's words are whole words of the text unless the span starts with
// a letter, an OCR-read group "O912…"), after it (always whole words), or in
// its column header (whole words of a header line, but for SQL column lists,
// whose names lose their quotes and spaces). When the text's word bitmap
// (word-presence.ts) holds no word that could end or start a keyword, no
// group opens with a letter and no SQL is pasted, no span has a label, and
// such a recognizer need not visit a span: a megabyte of plates or OCR-read
// numbers has ninety thousand, each read for two keyword sets.

let checkedCtx: ScanContext | null = null;
let plainOnly = false;

/** No number group of the text opens with a letter, and no SQL column list can name a value. */
function plainNumbers(ctx: ScanContext): boolean {
  if (ctx === checkedCtx) return plainOnly;
  const s = ctx.folded;
  let plain = !(s.includes('(') && s.includes('values'));
  const runs = numberRuns(ctx);
  for (let r = 0; r < runs.length && plain; r++) {
    const run = runs[r];
    for (let g = 0; g < run.groups; g++) {
      const c = s.charCodeAt(groupStart(run, g));
      if (c < 48 || c > 57) {
        plain = false;
        break;
      }
    }
  }
  checkedCtx = ctx;
  plainOnly = plain;
  return plain;
}

function mayOccur(ctx: ScanContext, kw: Keywords): boolean {
  return mayEndIn(ctx, kw.index) || mayStartIn(ctx, kw.index);
}

/**
 * True only when no span of the text can have a label from `positive` (or
 * the weak words): then labelOf answers undefined for every span. For short
 * texts (no word bitmap) it is always false.
 */
export function labelsAbsent(ctx: ScanContext, positive: Keywords, weak?: Keywords): boolean {
  if (!checkingLabels || mayOccur(ctx, positive) || (weak !== undefined && mayOccur(ctx, weak))) return false;
  return plainNumbers(ctx);
}

/** Lets go of the last text (the engine calls this when a scan ends). */
export function forgetLabelPresence(): void {
  checkedCtx = null;
}

// Tests only: turn the shortcut off, to compare with every span visited.
let checkingLabels = true;
export function checkLabelsForTests(on: boolean): void {
  checkingLabels = on;
}

import type { Candidate, Recognizer, ScanContext } from '../recognizer.ts';
import { headerHit, keywords, nearestBefore, negativeKeywords } from '../context.ts';
import { digitsIn, groupEnd, groupStart, numberRuns } from '../numbers.ts';
import { neverFinding } from '../guards.ts';
import { afterNumberWord, candidate, labelsPossible, scoreLabelled, type ContextRule } from '../span-score.ts';

// Passport numbers: one letter and 7 digits (C1234567). Product codes share
// the shape, so only a passport label makes one. Foreign guests' passports
// (a hotel's register, a tour's list) take other shapes under the same
// label: two letters and 7 digits (China's EG3817720, Australia's
// PA4487213, Japan's TK6650182) or 9 digits (the United Kingdom's, the
// United States').

const rule: ContextRule = {
  positive: keywords([
    'hộ chiếu', 'số hộ chiếu', 'hc', 'số hc', 'passport', 'passport no', 'passport number', 'pp', 'pp no', 'hộ chiếu số',
    // A border pass, the travel document of the border's residents ("giấy thông hành số B0537214").
    'giấy thông hành', 'số giấy thông hành', 'gth', 'số gth', 'so_gth', 'giấy thông hành biên giới',
  ]),
  negative: negativeKeywords(),
  boost: 0.5,
};

/**
 * A travel document's number under a label that names no kind
 * ("so_giay_to", "doc_no", "Số giấy tờ"): a letter or two before the digits
 * is a passport's shape (an ID card's number has none), so it counts for
 * those shapes only.
 */
const documentRule: ContextRule = {
  positive: keywords(['số giấy tờ', 'so_giay_to', 'giấy tờ', 'doc_no', 'doc no', 'document no', 'document number', 'travel document']),
  negative: negativeKeywords(),
  boost: 0.45,
};

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function find(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  if (!labelsPossible(ctx)) return out;
  const p = ctx.plain;
  const runs = numberRuns(ctx);
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    const groups = run.groups;
    for (let g = 0; g < groups; g++) {
      const gs = groupStart(run, g);
      const ge = groupEnd(run, g);
      const length = ge - gs;
      if (length < 7 || length > 9) continue;
      if (isLetter(p.charCodeAt(ge)) || p.charCodeAt(ge) > 0x7f) continue;
      const lead = leadingLetters(ctx, gs);
      // One letter before 7 or 8 digits, two upper-case ones before 7, or 9 digits alone.
      if (lead === 1 ? length === 9 : lead === 2 ? length !== 7 : lead !== 0 || length !== 9 || wordBefore(p, gs)) continue;
      const span = { run, g0: g, g1: g, start: gs, end: ge, digits: digitsIn(run, g, g), guard: undefined, guardGrouped: undefined };
      if (neverFinding(ctx, span) !== null) continue;
      const start = gs - lead;
      const upper = lead === 0 || p.charCodeAt(start) <= 90;
      const base = (upper ? 0.45 : 0.35) - (length === 7 ? 0 : 0.05);
      // Nine digits are a passport only under its label, not before one ("CMND số: 025471836  Hộ chiếu …").
      if (lead === 0 && nearestBefore(ctx, rule.positive, start) === null && headerHit(ctx, rule.positive, start) === null) continue;
      let scored = scoreLabelled(ctx, start, ge, base, rule);
      if (!scored.supported && lead > 0) scored = scoreLabelled(ctx, start, ge, base, documentRule);
      if (!scored.supported) continue;
      const shape = lead === 0 ? '9 digits' : `${lead === 1 ? 'letter' : 'two letters'} and ${length} digits`;
      out.push(candidate('passport', start, ge, scored, 'passport.context', `${shape} after a passport label`));
    }
  }
  return out;
}

/**
 * How many letters open the number at `gs`: 1 ("C1234567", or "sốB2873164"
 * with "số" glued to it), 2 when both are upper case and follow no letter
 * ("EG3817720"), else 0 (digits alone) or -1 (a longer word or code: "ABC1234567").
 */
function leadingLetters(ctx: ScanContext, gs: number): number {
  const p = ctx.plain;
  if (!isLetter(p.charCodeAt(gs - 1))) return wordBefore(p, gs) ? -1 : 0;
  const second = p.charCodeAt(gs - 2);
  if (second >= 48 && second <= 57) return -1;
  if (!(isLetter(second) || second > 0x7f) || afterNumberWord(ctx.folded, gs - 1)) return 1;
  const third = p.charCodeAt(gs - 3);
  return isUpperLetter(second) && isUpperLetter(p.charCodeAt(gs - 1)) && !(isLetter(third) || third > 0x7f) ? 2 : -1;
}

function isUpperLetter(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** A letter or digit right before `gs` (a code the digits end: "KH-123456789" is not). */
function wordBefore(p: string, gs: number): boolean {
  const c = p.charCodeAt(gs - 1);
  return isLetter(c) || (c >= 48 && c <= 57) || c > 0x7f || c === 45;
}

export const passport: Recognizer = {
  id: 'passport',
  types: ['passport'],
  contextWords: [...rule.positive.words, ...documentRule.positive.words],
  negativeContextWords: rule.negative.words,
  find,
};

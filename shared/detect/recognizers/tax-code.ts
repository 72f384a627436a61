import type { Candidate, Recognizer, ScanContext } from '../recognizer.ts';
import { columnHeader, keywords, nearestBefore, negativeKeywords } from '../context.ts';
import { forEachSpan, groupEnd, groupSize, groupStart, splitsGroupedNumber, type NumberSpan } from '../numbers.ts';
import { neverFinding } from '../guards.ts';
import { taxCodeValid } from '../checksums.ts';
import { cccdStructure } from './cccd.ts';
import { candidate, labelsPossible, scoreLabelled, scoreLabelledWith, scoreSpan, type ContextRule } from '../span-score.ts';
import { lastUnitIn } from '../lexicon/words.ts';

// Mã số thuế: 10 digits whose last is a check digit, or 10 + '-' + 3 for a
// dependent unit. Since 1 Jul 2025 an individual's tax code is the 12-digit
// personal ID number: such a number is a tax code only when a label says so.

const rule: ContextRule = {
  positive: keywords([
    'mã số thuế', 'mst', 'mã số thuế cá nhân', 'mstcn', 'mã số doanh nghiệp', 'msdn', 'tax code', 'tax id',
    'tax identification number', 'mã thuế', 'mã số thuế người nộp thuế', 'người nộp thuế',
  ]),
  negative: negativeKeywords(),
  boost: 0.16,
};

/**
 * Whether a tax label claims a 12-digit ID over its ID label: the ID label
 * names the number's form, a tax label its use ("mã số thuế cá nhân (số định
 * danh) 0010…" with no other number between, "dùng số CCCD 0010… làm MST",
 * "sử dụng số định danh cá nhân 0010… thay cho mã số thuế").
 */
function taxLabelClaims(ctx: ScanContext, start: number, end: number): boolean {
  const before = nearestBefore(ctx, rule.positive, start);
  if (before && !/\d/.test(ctx.folded.slice(start - before.distance, start))) return true;
  // A column that names both ("Số CCCD/MST cá nhân") holds them as tax codes: a payroll's.
  const header = columnHeader(ctx, start);
  if (header !== null && TAX_NAMED.test(header)) return true;
  return usedAsTaxCode(ctx, end);
}

/** "… 0010… làm MST", "… thay cho mã số thuế": the words after the number give its use. */
function usedAsTaxCode(ctx: ScanContext, end: number): boolean {
  return /^ *(?:lam|thay cho|thay) (?:mst|ma so thue)/.test(ctx.folded.slice(end, end + 24));
}

const TAX_NAMED = /\b(?:mst|ma so thue)\b/;
// A field's label from its line's start to the colon before the number, however
// long ("5. Mã số thuế hộ kinh doanh (theo số định danh cá nhân của chủ hộ): …").
// Digits only inside a bracket of the label ("Mã số thuế cá nhân (dùng số định danh theo Thông tư 86/2024/TT-BTC):").
const LINE_LABEL = /^(?:\d{1,2}[.)] *)?([^\d:\n(]{3,100}(?:\([^)\n]{0,80}\))?[^\d:\n(]{0,20}): *$/;

/** Whether the number's own line label, however long, names a tax code. */
function lineLabelNamesTax(ctx: ScanContext, start: number): boolean {
  // The label's colon first, read in place: most numbers have none right
  // before them, and the line's slice and pattern cost every 12-digit span.
  let colon = start - 1;
  while (ctx.folded.charCodeAt(colon) === 32) colon--;
  if (ctx.folded.charCodeAt(colon) !== 58) return false;
  // The line's start, or 110 characters back if that is later (looked for no further: a search to the line's start per number was quadratic on a long line).
  const from = Math.max(start - 110, lastUnitIn(ctx.folded, 10, start - 110, start) + 1);
  const label = LINE_LABEL.exec(ctx.folded.slice(from, start));
  return label !== null && TAX_NAMED.test(label[1]);
}

/** A dependent unit's code only as written: ten digits with a valid check digit, a hyphen, a three-digit unit number. */
function unitCode(ctx: ScanContext, span: NumberSpan): boolean {
  const run = span.run;
  if (span.g1 !== span.g0 + 1 || groupSize(run, span.g0) !== 10) return false;
  return ctx.folded.slice(groupEnd(run, span.g0), groupStart(run, span.g1)) === '-' && taxCodeValid(span.digits.slice(0, 10));
}

function find(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  const labelled = labelsPossible(ctx, rule);
  // A 13-digit span not written as a unit's code is none: passed over before the guards read it.
  forEachSpan(ctx, 10, 13, (span) => {
    const d = span.digits;
    if (d.length === 11 || (d.length === 13 && !unitCode(ctx, span))) return;
    const valid = d.length === 10 && taxCodeValid(d);
    if (!labelled && !valid && d.length !== 13) return;
    // A slice of a number written in short groups is not a code of its own.
    const split = splitsGroupedNumber(ctx, span) ? 0.25 : 0;
    if (neverFinding(ctx, span) !== null) return;
    if (d.length === 10) {
      const base = (valid ? (d[0] === '0' ? 0.62 : 0.55) : 0.3) - split;
      const scored = (valid ? scoreSpan : scoreLabelled)(ctx, span.start, span.end, base, rule);
      if (!valid && !scored.supported) return;
      out.push(candidate('tax_code', span.start, span.end, scored, 'tax_code.check_digit', valid ? 'check digit ok' : 'check digit wrong'));
    } else if (d.length === 13) {
      const scored = scoreSpan(ctx, span.start, span.end, 0.85, rule);
      out.push(candidate('tax_code', span.start, span.end, scored, 'tax_code.dependent_unit', 'check digit ok, unit suffix'));
    } else {
      const longLabel = lineLabelNamesTax(ctx, span.start) || usedAsTaxCode(ctx, span.end);
      const scored = longLabel
        ? scoreLabelledWith(ctx, span.start, span.end, 0.8 - split, rule, { word: 'ma so thue', distance: 0 })
        : scoreLabelled(ctx, span.start, span.end, 0.8 - split, rule);
      if (!scored.supported) return;
      // Claimed, it beats the ID's own label even at the same distance (a header naming both).
      if (longLabel || taxLabelClaims(ctx, span.start, span.end)) scored.distance = -1;
      const structure = cccdStructure(d).validator;
      out.push(candidate('tax_code', span.start, span.end, scored, 'tax_code.personal_id', `personal ID as tax code; ${structure}`));
    }
  });
  return out;
}

export const taxCode: Recognizer = {
  id: 'tax_code',
  types: ['tax_code'],
  contextWords: rule.positive.words,
  negativeContextWords: rule.negative.words,
  find,
};

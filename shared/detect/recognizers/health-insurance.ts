import type { Candidate, Recognizer, ScanContext } from '../recognizer.ts';
import { keywords, negativeKeywords } from '../context.ts';
import { forEachSpan } from '../numbers.ts';
import { neverFinding } from '../guards.ts';
import { candidate, scoreSpan, type ContextRule } from '../span-score.ts';
import { isLetter as isLower } from '../keyword-index.ts';
import { isUpperCode as isUpper } from '../lexicon/words.ts';

// BHYT card code, 15 characters: 2-letter beneficiary code, benefit level 1–5,
// 2-digit province code, 10-digit BHXH number (HS4010120878811).

/** Beneficiary codes seen on cards (the official list is unconfirmed). */
const BENEFICIARY = new Set(
  'DN HX CH NN TK HC XK HT TB NO CT XB TN CS QN CA CY XN MS CC CK CB KC HD TE BT HN DT DK XD TS TC TQ TV TA TY HG LS PV CN HS SV GB GD'.split(
    ' ',
  ),
);

const rule: ContextRule = {
  positive: keywords([
    'bhyt', 'thẻ bhyt', 'mã thẻ bhyt', 'số thẻ bhyt', 'mã bhyt', 'số bhyt', 'bảo hiểm y tế', 'thẻ bảo hiểm y tế',
    'mã thẻ', 'số thẻ', 'health insurance', 'health insurance card',
  ]),
  negative: negativeKeywords(),
  boost: 0.2,
};

function find(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  const p = ctx.plain;
  forEachSpan(ctx, 13, 13, (span) => {
    if (span.g0 !== 0) return;
    const level = span.digits.charCodeAt(0) - 48;
    if (level < 1 || level > 5) return;
    // Two letters glued to the digits or one space before them.
    let l = span.start;
    if (p.charCodeAt(l - 1) === 32 || p.charCodeAt(l - 1) === 45) l--;
    const a = p.charCodeAt(l - 2);
    const b = p.charCodeAt(l - 1);
    const bothUpper = isUpper(a) && isUpper(b);
    if (!bothUpper && !(isLower(a) && isLower(b))) return;
    const before = p.charCodeAt(l - 3);
    if (isUpper(before) || isLower(before) || (before >= 48 && before <= 57) || before > 0x7f) return;
    if (neverFinding(ctx, span) !== null) return;
    const code = p.slice(l - 2, l).toUpperCase();
    const known = BENEFICIARY.has(code);
    const base = known ? (bothUpper ? 0.9 : 0.7) : 0.45;
    const scored = scoreSpan(ctx, l - 2, span.end, base, rule);
    const validator = `${known ? 'known' : 'unknown'} beneficiary code, benefit level ${level}`;
    out.push(candidate('health_insurance', l - 2, span.end, scored, 'health_insurance.structure', validator));
  });
  return out;
}

export const healthInsurance: Recognizer = {
  id: 'health_insurance',
  types: ['health_insurance'],
  contextWords: rule.positive.words,
  negativeContextWords: rule.negative.words,
  find,
};

import type { Candidate, Recognizer, ScanContext } from '../recognizer.ts';
import { keywords, negativeKeywords } from '../context.ts';
import { forEachSpan, splitsGroupedNumber } from '../numbers.ts';
import { neverFinding } from '../guards.ts';
import { CCCD_PROVINCE_CODES } from '../provinces.ts';
import { candidate, scoreSpan, type ContextRule } from '../span-score.ts';

// 12-digit personal identification number: province code (3) + century/gender
// (1) + birth year (2) + 6 digits. No check digit exists, so the structure is
// a score signal: an impossible province code without context stays below
// the reporting threshold.

export const CCCD_KEYWORDS = [
  'căn cước', 'căn cước công dân', 'cccd', 'số cccd', 'cc', 'số định danh', 'định danh cá nhân', 'số định danh cá nhân',
  'mã định danh', 'cmnd', 'cmt', 'chứng minh nhân dân', 'cmnd/cccd', 'cccd/cmnd', 'id card', 'citizen id',
  'national id', 'identity card', 'id number', 'số cc', 'thẻ căn cước', 'vneid',
];

const rule: ContextRule = {
  positive: keywords(CCCD_KEYWORDS),
  negative: negativeKeywords(),
  boost: 0.16,
};

/** Structure of a 12-digit personal ID number, in words (never the digits). */
export function cccdStructure(digits: string): { base: number; validator: string } {
  const province = CCCD_PROVINCE_CODES.has(digits.slice(0, 3));
  const century = digits.charCodeAt(3) - 48;
  if (!province) return { base: 0.3, validator: 'province code not in the 63 codes' };
  if (century <= 3) return { base: 0.82, validator: 'province code valid, century/gender digit plausible' };
  return { base: 0.55, validator: 'province code valid, century/gender digit beyond the 21st century' };
}

function find(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  forEachSpan(ctx, 12, 12, (span) => {
    if (neverFinding(ctx, span) !== null) return;
    const { base, validator } = cccdStructure(span.digits);
    const split = splitsGroupedNumber(ctx, span) ? 0.2 : 0;
    const scored = scoreSpan(ctx, span.start, span.end, base - split, rule);
    out.push(candidate('cccd', span.start, span.end, scored, 'cccd.structure', validator));
  });
  return out;
}

export const cccd: Recognizer = {
  id: 'cccd',
  types: ['cccd'],
  contextWords: rule.positive.words,
  negativeContextWords: rule.negative.words,
  find,
};

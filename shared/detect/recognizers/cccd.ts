import type { Candidate, Recognizer, ScanContext } from '../recognizer.ts';
import { hasLetters, keywords, negativeKeywords } from '../context.ts';
import { forEachSpan, groupEnd, groupStart, splitsGroupedNumber, type NumberSpan } from '../numbers.ts';
import { neverFinding } from '../guards.ts';
import { CCCD_PROVINCE_CODES } from '../provinces.ts';
import { candidate, scoreSpanShared, type ContextRule } from '../span-score.ts';

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

// Province codes by value, and the three possible answers built once: every
// 12-digit span is asked about, so neither a slice nor an object per span.
const PROVINCE_BY_VALUE = new Uint8Array(1000);
for (const code of CCCD_PROVINCE_CODES) PROVINCE_BY_VALUE[Number(code)] = 1;
const NO_PROVINCE = Object.freeze({ base: 0.3, validator: 'province code not in the 63 codes' });
const PLAUSIBLE = Object.freeze({ base: 0.82, validator: 'province code valid, century/gender digit plausible' });
const BEYOND = Object.freeze({ base: 0.55, validator: 'province code valid, century/gender digit beyond the 21st century' });

/** Whether the first three characters are a listed province code (as CCCD_PROVINCE_CODES.has of them). */
function provinceCode(digits: string): boolean {
  const a = digits.charCodeAt(0) - 48;
  const b = digits.charCodeAt(1) - 48;
  const c = digits.charCodeAt(2) - 48;
  if (!(a >= 0 && a <= 9 && b >= 0 && b <= 9 && c >= 0 && c <= 9)) return false;
  return PROVINCE_BY_VALUE[a * 100 + b * 10 + c] === 1;
}

/** Structure of a 12-digit personal ID number, in words (never the digits). */
export function cccdStructure(digits: string): { readonly base: number; readonly validator: string } {
  const century = digits.charCodeAt(3) - 48;
  if (!provinceCode(digits)) return NO_PROVINCE;
  if (century <= 3) return PLAUSIBLE;
  return BEYOND;
}

/**
 * Digits joined to the span by a hyphen on either side ("0512-20240620-000734"):
 * the span is a piece of a longer code (an invoice, a transaction), which an
 * ID number is never written inside.
 */
function insideHyphenatedCode(ctx: ScanContext, span: NumberSpan): boolean {
  const { run, g0, g1 } = span;
  const hyphen = (g: number) => groupStart(run, g + 1) - groupEnd(run, g) === 1 && ctx.folded.charCodeAt(groupEnd(run, g)) === 45;
  return (g0 > 0 && hyphen(g0 - 1)) || (g1 < run.groups - 1 && hyphen(g1));
}

function find(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  const quiet = !hasLetters(ctx);
  forEachSpan(ctx, 12, 12, (span) => {
    if (neverFinding(ctx, span) !== null) return;
    const { base, validator } = cccdStructure(span.digits);
    const split = splitsGroupedNumber(ctx, span) ? 0.2 : insideHyphenatedCode(ctx, span) ? 0.3 : 0;
    // Shared with the next span's, and copied into the candidate before then
    // (an object per span was garbage on a megabyte of identifiers).
    const scored = scoreSpanShared(ctx, span.start, span.end, base - split, rule, quiet);
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

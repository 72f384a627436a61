import type { Candidate, Recognizer, ScanContext } from '../recognizer.ts';
import { keywords, negativeKeywords } from '../context.ts';
import { forEachSpan, splitsGroupedNumber } from '../numbers.ts';
import { neverFinding } from '../guards.ts';
import { candidate, labelsPossible, scoreLabelled, type ContextRule } from '../span-score.ts';

// Mã số BHXH: 10 digits with no public structure; only a label makes it one.

const rule: ContextRule = {
  positive: keywords([
    'bhxh', 'mã số bhxh', 'mã bhxh', 'số bhxh', 'sổ bhxh', 'số sổ bhxh', 'bảo hiểm xã hội', 'mã số bảo hiểm xã hội',
    'sổ bảo hiểm', 'số sổ bảo hiểm', 'social insurance', 'social insurance number', 'msbhxh',
  ]),
  // "Bảo hiểm xã hội tỉnh Nam Định" names an office, not a number.
  negative: negativeKeywords([
    'bảo hiểm xã hội tỉnh', 'bảo hiểm xã hội thành phố', 'bảo hiểm xã hội huyện', 'bảo hiểm xã hội quận',
    'bảo hiểm xã hội việt nam', 'bảo hiểm xã hội thị xã', 'bhxh tỉnh', 'bhxh huyện', 'bhxh quận', 'bhxh thành phố',
    'bhxh tp', 'bhxh việt nam', 'bhxh vn', 'cơ quan bhxh', 'cơ quan bảo hiểm xã hội', 'mức đóng', 'tiền đóng',
  ]),
  boost: 0.42,
};

function find(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  if (!labelsPossible(ctx, rule)) return out;
  forEachSpan(ctx, 10, 10, (span) => {
    if (neverFinding(ctx, span) !== null) return;
    const split = splitsGroupedNumber(ctx, span) ? 0.25 : 0;
    const scored = scoreLabelled(ctx, span.start, span.end, 0.52 - split, rule);
    if (!scored.supported) return;
    out.push(candidate('social_insurance', span.start, span.end, scored, 'social_insurance.context', '10 digits after a BHXH label'));
  });
  return out;
}

export const socialInsurance: Recognizer = {
  id: 'social_insurance',
  types: ['social_insurance'],
  contextWords: rule.positive.words,
  negativeContextWords: rule.negative.words,
  find,
};

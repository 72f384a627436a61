import type { Candidate, Recognizer, ScanContext } from '../recognizer.ts';
import { keywords, negativeKeywords } from '../context.ts';
import { forEachSpan, splitsGroupedNumber } from '../numbers.ts';
import { neverFinding } from '../guards.ts';
import { candidate, labelsPossible, scoreLabelled, type ContextRule } from '../span-score.ts';

// The old 9-digit ID card number has no structure worth scoring: it is
// reported only when a label names it.

const rule: ContextRule = {
  positive: keywords([
    'cmnd', 'chứng minh nhân dân', 'chứng minh thư', 'cmt', 'số cm', 'số cmnd', 'giấy cmnd', 'cmnd/cccd',
    'cccd/cmnd', 'id card', 'identity card', 'số chứng minh',
  ]),
  negative: negativeKeywords(),
  boost: 0.4,
};

function find(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  if (!labelsPossible(ctx, rule)) return out;
  forEachSpan(ctx, 9, 9, (span) => {
    if (neverFinding(ctx, span, true) !== null) return;
    const split = splitsGroupedNumber(ctx, span) ? 0.25 : 0;
    const scored = scoreLabelled(ctx, span.start, span.end, 0.5 - split, rule);
    if (!scored.supported) return;
    out.push(candidate('cmnd', span.start, span.end, scored, 'cmnd.context', '9 digits after an ID-card label'));
  });
  return out;
}

export const cmnd: Recognizer = {
  id: 'cmnd',
  types: ['cmnd'],
  contextWords: rule.positive.words,
  negativeContextWords: rule.negative.words,
  find,
};

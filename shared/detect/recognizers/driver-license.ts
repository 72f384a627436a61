import type { Candidate, Recognizer, ScanContext } from '../recognizer.ts';
import { keywords, negativeKeywords } from '../context.ts';
import { forEachSpan, splitsGroupedNumber } from '../numbers.ts';
import { neverFinding } from '../guards.ts';
import { candidate, labelsPossible, scoreLabelled, type ContextRule } from '../span-score.ts';

// Driving licences have carried 12 digits since 2012, indistinguishable from a
// personal ID number: the label decides.

const rule: ContextRule = {
  positive: keywords([
    'gplx', 'số gplx', 'giấy phép lái xe', 'bằng lái', 'bằng lái xe', 'số bằng lái', 'giấy phép lái',
    'driver license', "driver's license", 'driving licence', 'driving license', 'driver licence', 'license no',
  ]),
  negative: negativeKeywords(),
  boost: 0.45,
};

function find(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  if (!labelsPossible(ctx, rule)) return out;
  forEachSpan(ctx, 12, 12, (span) => {
    if (neverFinding(ctx, span) !== null) return;
    const split = splitsGroupedNumber(ctx, span) ? 0.25 : 0;
    const scored = scoreLabelled(ctx, span.start, span.end, 0.55 - split, rule);
    if (!scored.supported) return;
    out.push(candidate('driver_license', span.start, span.end, scored, 'driver_license.context', '12 digits after a licence label'));
  });
  return out;
}

export const driverLicense: Recognizer = {
  id: 'driver_license',
  types: ['driver_license'],
  contextWords: rule.positive.words,
  negativeContextWords: rule.negative.words,
  find,
};

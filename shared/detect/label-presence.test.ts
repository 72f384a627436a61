import { describe, expect, it } from 'vitest';
import { createScanContext } from './scan-context.ts';
import { keywords, negativeKeywords } from './context.ts';
import { labelsAbsent } from './label-presence.ts';
import { numberSpans } from './numbers.ts';
import { labelOf } from './span-score.ts';
import { MIN_PRESENCE_TEXT } from './word-presence.ts';
import { RECOGNIZERS } from './recognizers/index.ts';
import { rng } from './seeded-random.ts';

/** A big text of `pieces`, with `rare` pieces dropped in now and then. */
function big(seed: number, pieces: string[], rare: string[]): string {
  const r = rng(seed);
  let text = '';
  while (text.length < MIN_PRESENCE_TEXT + 5000) {
    text += r() < 0.002 && rare.length > 0 ? rare[Math.floor(r() * rare.length)] : pieces[Math.floor(r() * pieces.length)];
  }
  return text;
}

// The labelled recognizers' positive words (an account's weak words included).
const LABELLED = ['bank_account', 'cmnd', 'driver_license', 'social_insurance'].map((id) => keywords(RECOGNIZERS.find((r) => r.id === id)!.contextWords));

describe('labels absent from a big text', () => {
  // Reads every span of five large texts: 2.6 s in CI, twice that on a loaded machine.
  it('means no number span has a label, as labelOf reads each one', { timeout: 30_000 }, () => {
    const numbers = ['30A-123.45 ', 'O9l2345678 ', '0912345 678901 ', '038012345678 ', '123456789 ', '0011004123456\t', '1234567890 '];
    const texts = [
      big(1, numbers, []),
      // Labels present somewhere.
      big(2, numbers, ['STK 0011004123456 ', 'CMND 123456789 ', 'GPLX 012345678901 ', 'BHXH 0123456789 ', 'Vietcombank ', ' ngân hàng ']),
      // Groups opened by a letter read as a digit.
      big(3, numbers, ['stkO12345678 ', 'cmnd O23456789 ', ' o12 3456789 ']),
      // A header cell; SQL column lists, whose names lose their spaces ("st k" names an account).
      big(4, numbers, ['\nSố TK\tGhi chú\n0011004123\tx\n']),
      big(5, numbers, ["\nINSERT INTO t (`st k`, `c mnd`) VALUES\n(0011004123, 123456789),\n"]),
    ];
    const negative = negativeKeywords();
    let absent = 0;
    for (const text of texts) {
      const ctx = createScanContext(text);
      const spans = numberSpans(ctx);
      for (const positive of LABELLED) {
        if (!labelsAbsent(ctx, positive)) continue;
        absent++;
        for (const span of spans) expect(labelOf(ctx, span.start, span.end, { positive, negative, boost: 0.4 })).toBeUndefined();
      }
    }
    // The shortcut applied (to the first text at least), and not to a label only SQL spells.
    expect(absent).toBeGreaterThanOrEqual(4);
    const sql = createScanContext(texts[4]);
    const stk = keywords(['stk']);
    expect(labelsAbsent(sql, stk)).toBe(false);
    expect(numberSpans(sql).some((s) => labelOf(sql, s.start, s.end, { positive: stk, negative, boost: 0.4 }) !== undefined)).toBe(true);
  });
});

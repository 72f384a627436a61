import { describe, expect, it } from 'vitest';
import { forgetScan, keywords, negativeHit, negativeHitWithin, positiveHit, positiveHitWithin } from './context.ts';
import type { ScanContext } from './recognizer.ts';
import { createScanContext } from './scan-context.ts';
import { rng } from './seeded-random.ts';

// positiveHitWithin skips the window reads when a few characters show no word
// near the candidate could be part of a keyword: on any text it must agree
// with positiveHit about every hit within its distance.

const KEYWORDS = keywords([
  'ngày sinh', 'sinh ngày', 'ns', 'năm sinh', 'sinh năm', 'ngày, tháng, năm sinh', 'dob', 'd.o.b', 'date of birth',
  'born on', 'sinh', 'ngày sn', 'ng sinh',
]);
// Keyword words and near misses, glued or apart, with the separators that
// bound the windows (line, tab, pipe, comma, quote) and digits as candidates.
const PIECES = [
  'ngày', 'sinh', 'năm', 'tháng', 'ns', 'dob', 'd', 'o', 'b', 'date', 'of', 'birth', 'born', 'on', 'sn', 'ng', 'trước',
  'ngaysinh', 'sinhx', 'xsinh', 'hoạt', 'viên', 'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz',
  ' ', ' ', ' ', '  ', ', ', '.', ':', '_', '-', '/', '\n', '\t', '|', '"', ';', '12', '1990', '05/06/1990', '7',
];

function text(random: () => number): string {
  const n = 2 + Math.floor(random() * 30);
  let out = '';
  for (let i = 0; i < n; i++) out += PIECES[Math.floor(random() * PIECES.length)];
  return out;
}

type Hit = { distance: number } | null;

/**
 * On 600 generated texts, every position and each distance in `nears`:
 * `quick` must give `full`'s hit whenever it lies within the distance, and
 * otherwise none or a farther one. The texts must exercise both answers.
 */
function agreeWithin(seed: number, nears: number[], minShare: number, full: (ctx: ScanContext, start: number, end: number) => Hit, quick: (ctx: ScanContext, start: number, end: number, near: number) => Hit): void {
  const random = rng(seed);
  let compared = 0;
  let hits = 0;
  for (let t = 0; t < 600; t++) {
    // Every other text as a detection's context, whose folded units the quick checks read.
    const ctx = createScanContext(text(random), t % 2 === 0);
    const length = ctx.folded.length;
    for (let start = 0; start <= length; start++) {
      const end = Math.min(length, start + Math.floor(random() * 6));
      for (const near of nears) {
        forgetScan();
        const expected = full(ctx, start, end);
        forgetScan();
        const got = quick(ctx, start, end, near);
        compared++;
        const where = `${JSON.stringify(ctx.folded)} [${start}, ${end}) within ${near}`;
        if (expected !== null && expected.distance <= near) {
          hits++;
          expect(got, where).toEqual(expected);
        } else {
          expect(got === null || got.distance > near, where).toBe(true);
        }
      }
    }
  }
  expect(hits).toBeGreaterThan(compared * minShare);
  expect(hits).toBeLessThan(compared / 2);
}

describe('positiveHitWithin', () => {
  it('finds every hit positiveHit finds within the distance, on generated texts', () => {
    agreeWithin(7, [0, 3, 24, 60], 1 / 20, (ctx, start, end) => positiveHit(ctx, start, end, KEYWORDS), (ctx, start, end, near) => positiveHitWithin(ctx, start, end, KEYWORDS, near));
  });
});

// negativeHitWithin reads the window only when a word near may end a negative
// keyword: it must agree with negativeHit about every hit within its distance.
const NEGATIVES = keywords(['sinh hoạt', 'sinh viên', 'trước ngày', 'tháng', 'of', 'd.o', 'ngày sinh hoạt', 'abcdefghijklmnopqrstuvwxyz']);

describe('negativeHitWithin', () => {
  it('finds every hit negativeHit finds within the distance, on generated texts', () => {
    agreeWithin(11, [0, 1, 3, 24, 60], 1 / 50, (ctx, start) => negativeHit(ctx, start, NEGATIVES), (ctx, start, _end, near) => negativeHitWithin(ctx, start, NEGATIVES, near));
  });
});

import { describe, expect, it } from 'vitest';
import { forgetScan, keywords, nearestAfter, nearestBefore } from './context.ts';
import { createScanContext } from './scan-context.ts';
import { indexedFor, MIN_PRESENCE_TEXT } from './word-presence.ts';

describe('word presence', () => {
  // The same look-ups in a big text whose numbers are dense (indexed: a
  // digit group every few characters) and in one whose numbers are sparse
  // (not indexed: its windows read the text), each against short texts.
  for (const [label, digitPieces, indexed] of [['dense', 1, true], ['sparse', 0.02, false]] as const) {
    it(`a big text ${label} in numbers answers every window look-up as the same window in a short text does`, () => {
      lookUpsAgree(digitPieces, indexed);
    });
  }
});

function lookUpsAgree(digitShare: number, indexed: boolean): void {
  const sets = [
    keywords(['số điện thoại', 'sđt', 'stk', 'tài khoản', 'abc']),
    keywords(['vietcombank', 'xyz qq', 'không có']),
    keywords(['o', 'l', 'sinh']),
    // Absent as words: 'ab' only ever inside 'abc', 'abcd' (a window may cut it out of them).
    keywords(['ab', 'bcd', 'không có']),
  ];
  const pieces = ['sdt', 'stk0912', 'O9l2345678', 'abc', 'xabc', 'abcd', '0912345678', 'tài', 'khoản', 'tàikhoản', 'ngày sinh', 'xyz', 'qq', 'x', '12/05/1990', 'Vietcombank', 'vietcombankx'];
  const gaps = [' ', ' ', ': ', '\t', '\n', ', ', '', '-', '.'];
  let seed = 3;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  let text = '';
  const wordPieces = pieces.filter((p) => !/\d/.test(p));
  while (text.length < MIN_PRESENCE_TEXT + 1000) {
    const piece = pieces[next(pieces.length)];
    text += (/\d/.test(piece) && next(1000) >= digitShare * 1000 ? wordPieces[next(wordPieces.length)] : piece) + gaps[next(gaps.length)];
  }
  const big = createScanContext(text);
  expect(big.folded.length).toBe(text.length);
  for (let k = 0; k < 3000; k++) {
    const pos = next(text.length);
    const end = Math.min(text.length, pos + 1 + next(12));
    const from = Math.max(0, pos - 64);
    const small = createScanContext(text.slice(from, Math.min(text.length, end + 32)));
    for (const kw of sets) {
      const a = [nearestBefore(big, kw, pos), nearestAfter(big, kw, end)];
      const b = [nearestBefore(small, kw, pos - from), nearestAfter(small, kw, end - from)];
      expect(a, `${pos} ${end}`).toEqual(b);
    }
  }
  expect(indexedFor(big)).toBe(indexed);
  forgetScan();
}

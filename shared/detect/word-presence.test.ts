import { describe, expect, it } from 'vitest';
import { forgetScan, keywords, nearestAfter, nearestBefore } from './context.ts';
import { createScanContext } from './scan-context.ts';
import { MIN_PRESENCE_TEXT } from './word-presence.ts';

describe('word presence', () => {
  it('a big text answers every window look-up as the same window in a short text does', () => {
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
    while (text.length < MIN_PRESENCE_TEXT + 1000) text += pieces[next(pieces.length)] + gaps[next(gaps.length)];
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
    forgetScan();
  });
});

import { describe, expect, it } from 'vitest';
import { monthAt, monthBefore } from './months.ts';

// The slicing version monthAt replaced: the reference it must agree with.
const SHORT = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const isLower = (c: number) => c >= 97 && c <= 122;

function slicingMonthAt(s: string, i: number): [number, number] | null {
  if (i > 0 && isLower(s.charCodeAt(i - 1))) return null;
  let j = i;
  while (j < s.length && j - i < 10 && isLower(s.charCodeAt(j))) j++;
  const length = j - i;
  if (length < 3 || length > 9) return null;
  const word = s.slice(i, j);
  const m = SHORT.indexOf(word.slice(0, 3));
  if (m === -1) return null;
  return length === 3 || word === FULL[m] || word === 'sept' ? [m + 1, length] : null;
}

describe('month words', () => {
  it('read full, short and "sept" names, as a whole word', () => {
    expect(monthAt('12 may 1990', 3)).toEqual([5, 3]);
    expect(monthAt('12 september 1990', 3)).toEqual([9, 9]);
    expect(monthAt('12 sept 1990', 3)).toEqual([9, 4]);
    expect(monthAt('12 septx 1990', 3)).toBeNull();
    expect(monthAt('xmay 1990', 1)).toBeNull();
    expect(monthBefore('may 12', 4)).toEqual([5, 0]);
  });

  it('agree with the slicing reading on generated words', () => {
    let seed = 5;
    const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const pieces = [...SHORT, ...FULL, 'sept', 'septe', 'ma', 'mayy', 'thang', 'ngay', 'x', 'z', 'octobers', '1', ' ', '-', 'é', '{'];
    let found = 0;
    for (let t = 0; t < 3000; t++) {
      let s = '';
      for (let k = Math.floor(next() * 6); k >= 0; k--) s += pieces[Math.floor(next() * pieces.length)];
      for (let i = 0; i <= s.length; i++) {
        const want = slicingMonthAt(s, i);
        if (want !== null) found++;
        expect(monthAt(s, i), `${JSON.stringify(s)} at ${i}`).toEqual(want);
      }
    }
    expect(found).toBeGreaterThan(300);
  });
});

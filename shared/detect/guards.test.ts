import { describe, expect, it } from 'vitest';
import { createScanContext } from './scan-context.ts';
import { groupEnd, groupStart, numberSpans } from './numbers.ts';
import { isMoney, neverFinding } from './guards.ts';
import { rng } from './seeded-random.ts';

const PIECES = [
  '0912345678', '038090012345', '1.500.000', '617.519.586.478', '$', '₫', 'vnd ', 'usd', ' VND', 'đ', ' triệu', ',5',
  '13/2023/NĐ-CP', '10:30', '2024-05-12T10:30', '12.05.1990', '1800 1234', ' ', ', ', 'số ', 'CMND ', '.', '-',
];

function texts(seed: number, count: number): string[] {
  const r = rng(seed);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let text = '';
    for (let i = 0, n = 2 + Math.floor(r() * 8); i < n; i++) text += PIECES[Math.floor(r() * PIECES.length)];
    out.push(text);
  }
  return out;
}

describe('guards', () => {
  it('answer the same whichever form (grouped or not) is asked first, as with no cached answer', () => {
    for (const text of texts(1, 400)) {
      const ctx = createScanContext(text);
      const r = rng(text.length);
      for (const span of numberSpans(ctx)) {
        const fresh = (grouped: boolean) => neverFinding(ctx, { ...span, guard: undefined, guardGrouped: undefined }, grouped);
        const want = [fresh(false), fresh(true)];
        const grouped = r() < 0.5;
        const first = neverFinding(ctx, span, grouped);
        const second = neverFinding(ctx, span, !grouped);
        expect(grouped ? [second, first] : [first, second], text).toEqual(want);
      }
    }
  });

  it('read a currency right before an amount as the slice it replaced did', () => {
    // The former isMoney, verbatim, as the reference.
    const CURRENCY_AFTER = ['d', 'vnd', 'dong', 'usd', 'eur', 'trieu', 'tr', 'nghin', 'ngan', 'ty', 'k', 'dollar', 'yen', 'cny', 'xu'];
    const SYMBOL_AFTER = new Set(['$', '%', '€', '¥', '₫']);
    const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 0x7f && c !== 0xa0);
    const isDigit = (c: number) => c >= 48 && c <= 57;
    const wordAt = (s: string, i: number) => {
      let j = i;
      while (j < s.length && j - i < 10 && isLetter(s.charCodeAt(j))) j++;
      if (j < s.length && isLetter(s.charCodeAt(j))) return '';
      return s.slice(i, j);
    };
    const reference = (s: string, span: ReturnType<typeof numberSpans>[number], groupedOk: boolean) => {
      let i = span.end;
      for (let k = 0; k < 6 && s.charCodeAt(i) === 44 && isDigit(s.charCodeAt(i + 1)); k++) {
        i++;
        while (i < s.length && isDigit(s.charCodeAt(i))) i++;
      }
      if (s.charCodeAt(i) === 32) i++;
      if (SYMBOL_AFTER.has(s[i] ?? '')) return true;
      const word = wordAt(s, i);
      if (word && CURRENCY_AFTER.includes(word) && !(word === 'ngan' && s.startsWith(' hang', i + 4))) return true;
      let b = span.start;
      if (s.charCodeAt(b - 1) === 32) b--;
      const before = s.slice(Math.max(0, b - 4), b);
      if (before.endsWith('$') || before.endsWith('vnd') || before.endsWith('usd') || before.endsWith('₫')) return true;
      const run = span.run;
      if (!groupedOk && span.g1 > span.g0) {
        const first = groupEnd(run, span.g0) - groupStart(run, span.g0);
        if (first <= 3 && s.charCodeAt(span.start) !== 48) {
          let grouped = true;
          for (let g = span.g0 + 1; g <= span.g1 && grouped; g++) {
            grouped = s.slice(groupEnd(run, g - 1), groupStart(run, g)) === '.' && groupEnd(run, g) - groupStart(run, g) === 3;
          }
          if (grouped) return true;
        }
      }
      return false;
    };
    for (const text of [...texts(2, 600), 'vnd 0912345678', 'nd 0912345678', '$0912345678', 'd 0912345678', 'STK 880312066745 ngân hàng BIDV', '500 ngàn']) {
      const ctx = createScanContext(text);
      for (const span of numberSpans(ctx)) {
        for (const grouped of [false, true]) expect(isMoney(ctx, span, grouped), text).toBe(reference(ctx.folded, span, grouped));
      }
    }
  });
});

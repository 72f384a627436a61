import { describe, expect, it } from 'vitest';
import { buildIndex, createWords, endingAt, endingEntry, entryHit, readWindowWords, readWords, type Words } from './keyword-index.ts';
import { createScanContext, foldedUnitsOf } from './scan-context.ts';
import { rng } from './seeded-random.ts';

const listed = (w: Words) => Array.from({ length: w.count }, (_, k) => [w.start[k], w.end[k], w.hash[k]]);

describe('readWindowWords (a window of the scanned text read from its units)', () => {
  it('reads the words readWords reads, on any range of generated texts', () => {
    const random = rng(11);
    const pieces = ['ngày', 'sinh', 'SĐT', 'cccd', 'x', 'abcdefghijklmnopqrstuvwxyz', '0912', ' ', '  ', ', ', '\n', '\t', '_', '-', 'Đ', 'é', '9a', 'a9'];
    for (let t = 0; t < 300; t++) {
      let text = '';
      const n = 1 + Math.floor(random() * 40);
      for (let i = 0; i < n; i++) text += pieces[Math.floor(random() * pieces.length)];
      const ctx = createScanContext(text, true);
      const u = foldedUnitsOf(ctx)!;
      const s = ctx.folded;
      for (let k = 0; k < 20; k++) {
        const from = Math.floor(random() * (s.length + 1));
        const to = from + Math.floor(random() * (s.length + 1 - from));
        expect(listed(readWindowWords(s, u, from, to, createWords())), `${JSON.stringify(s)} [${from}, ${to})`).toEqual(listed(readWords(s, from, to, createWords())));
      }
    }
  });
});

describe('endingEntry and entryHit (a keyword hit without an object per look-up)', () => {
  it('finds the entry of the phrase endingAt finds, and one frozen hit per entry and distance', () => {
    const index = buildIndex(['so cccd', 'cccd', 'ngay sinh', 'sinh', 'so tai khoan', 'stk']);
    const text = 'cccd 0380, sdt 0889, ngay sinh 14/12, stk 0011; so tai khoan 12 so cccd 9';
    const w = readWords(text, 0, text.length, createWords());
    for (let i = 0; i < w.count; i++) {
      for (const first of [0, i, Math.max(0, i - 1)]) {
        const e = endingEntry(index, w, i, first);
        expect(e?.phrase ?? null).toBe(endingAt(index, w, i, first));
        if (e === null) continue;
        const hit = entryHit(e, 7);
        expect(hit).toEqual({ word: e.phrase, distance: 7 });
        expect(entryHit(e, 7)).toBe(hit);
        expect(Object.isFrozen(hit)).toBe(true);
        // Beyond the distances kept: a new object each time, the same values.
        expect(entryHit(e, 500)).toEqual({ word: e.phrase, distance: 500 });
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { createWords, readWindowWords, readWords, type Words } from './keyword-index.ts';
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

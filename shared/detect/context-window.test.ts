import { describe, expect, it } from 'vitest';
import { createScanContext } from './scan-context.ts';
import { windowBefore, windowStart } from './context.ts';
import { rng } from './seeded-random.ts';

describe('windowStart', () => {
  it('is windowBefore at every position, with and without tabs and pipes', () => {
    const r = rng(9);
    for (const pieces of [
      ['sdt ', '0912345678', ' ', '\n', '  ', 'so cccd: ', '\r\n', 'x'],
      ['sdt ', '0912345678', '\t', '\n', ' | ', 'cccd', ' '],
      ['a', ' ', '1', '\n\n', '|'],
    ]) {
      for (let trial = 0; trial < 20; trial++) {
        let text = '';
        while (text.length < 600) text += pieces[Math.floor(r() * pieces.length)];
        const ctx = createScanContext(text);
        for (const size of [16, 48]) {
          for (let pos = 0; pos <= text.length; pos++) expect(windowStart(ctx, pos, size)).toBe(windowBefore(ctx.folded, pos, size));
        }
      }
    }
  });
});

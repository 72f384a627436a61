import { describe, expect, it } from 'vitest';
import { createScanContext } from './scan-context.ts';
import { columnHeader, windowBefore, windowStart } from './context.ts';
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

  it('is windowBefore in any order of positions, between column look-ups that share its search for tabs', () => {
    const r = rng(31);
    // Tabs rare (a table row now and then in prose) or common.
    for (const pieces of [
      ['sdt 0912345678 ', 'so cccd ', 'van ban ', '\n', 'a\tb\tc\n', ', '],
      ['1\t', 'ngay sinh\t', '0912345678', '\n', ' '],
    ]) {
      for (let trial = 0; trial < 30; trial++) {
        let text = '';
        const tabRate = r();
        while (text.length < 800) {
          const piece = pieces[Math.floor(r() * pieces.length)];
          if (!piece.includes('\t') || r() < tabRate) text += piece;
        }
        const ctx = createScanContext(text);
        let pos = Math.floor(r() * text.length);
        for (let k = 0; k < 400; k++) {
          // Mostly forward by a little, as a recognizer walks; now and then back, or anywhere (the next recognizer).
          const x = r();
          pos = x < 0.7 ? Math.min(text.length, pos + Math.floor(r() * 40)) : x < 0.9 ? Math.max(0, pos - Math.floor(r() * 80)) : Math.floor(r() * (text.length + 1));
          if (r() < 0.5) columnHeader(ctx, Math.min(pos + Math.floor(r() * 60), text.length));
          expect(windowStart(ctx, pos, 48)).toBe(windowBefore(ctx.folded, pos, 48));
        }
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { starredTail } from './masks.ts';

const plain = (c: string, n: number) => '*'.repeat(n - 2) + c.slice(-2);

describe('starredTail (kept masks of a length and tail)', () => {
  it('is stars(n - 2) and the last two characters, kept or not, for any tail', () => {
    let s = 7;
    const r = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const units = '0123456789ABCZ-.é０😀';
    // More keys than the table holds, so it is emptied on the way.
    for (let k = 0; k < 20_000; k++) {
      let c = '';
      for (let i = 0, len = 2 + Math.floor(r() * 20); i < len; i++) c += units[Math.floor(r() * units.length)];
      const n = 3 + Math.floor(r() * 40);
      expect(starredTail(c, n)).toBe(plain(c, n));
      expect(starredTail(c, n)).toBe(plain(c, n));
    }
    expect(starredTail('12', 1 << 17)).toBe(plain('12', 1 << 17));
  });
});

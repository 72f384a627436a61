import { describe, expect, it } from 'vitest';
import { nextIndex } from './next-index.ts';

describe('nextIndex', () => {
  it('equals indexOf for every start, near and far signs alike', () => {
    let seed = 13;
    const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    for (let k = 0; k < 300; k++) {
      let s = '';
      const length = Math.floor(next() * 80);
      const density = next();
      for (let i = 0; i < length; i++) s += next() < density * 0.3 ? '@' : next() < 0.5 ? 'a' : '°';
      for (const char of ['@', '°']) {
        for (let from = 0; from <= s.length + 1; from++) expect(nextIndex(s, char.charCodeAt(0), from)).toBe(s.indexOf(char, from));
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { rng } from '../seeded-random.ts';
import { opinionBeforeForTests } from './person-name.ts';

// labelledNames runs OPINION_BEFORE only where the text before a label ends
// as the pattern needs: opinionBefore must answer as the pattern does.
const PIECES = ['y kien', 'loi khai', 'trinh bay', 'chu ky', ' cua', 'cua', ' ', '  ', 'a', 'x', 'n', 'i', 'y', 'ky', 'kien', '\n', ':', 'nguoi nhan', 'e', ''];

describe('opinionBefore', () => {
  it('answers as the pattern does on the slice', () => {
    const next = rng(9);
    const wrong: [string, number, number][] = [];
    let opinions = 0;
    for (let n = 0; n < 40000; n++) {
      let text = '';
      const parts = 1 + Math.floor(next() * 6);
      for (let k = 0; k < parts; k++) text += PIECES[Math.floor(next() * PIECES.length)];
      if (next() < 0.5) text += ' ';
      const to = next() < 0.5 ? text.length : Math.floor(next() * (text.length + 1));
      const from = Math.max(0, to - Math.floor(next() * 16));
      const [fast, slow] = opinionBeforeForTests(text, from, to);
      if (slow) opinions++;
      if (fast !== slow) wrong.push([text, from, to]);
    }
    expect(wrong).toEqual([]);
    // (The slices do end with opinions.)
    expect(opinions).toBeGreaterThan(300);
  });
});

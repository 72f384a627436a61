import { describe, expect, it } from 'vitest';
import { randomText, rng } from '../seeded-random.ts';
import { prepareTables } from '../first-scan.ts';
import { phraseEndingAtForTests } from './person-name.ts';

// Titles, labels, heads and the words around them, whole and cut ("truong
// thon", "thon"; "can cu", "cu"; "dong chi"), with what ends or splits a
// clause: the answers from the last words alone must be phraseBefore's.
const WORDS = [
  'ong', 'ba', 'chi', 'cu', 'can', 'can cu', 'dong', 'dong chi', 'truong', 'thon', 'truong thon', 'ho', 'ten', 'ho va ten', 'va', 'ho ten benh nhan', 'ho_ten', 'ho, ten', 'ho va ten benh nhan',
  'nguoi', 'benh', 'nhan', 'nguoi benh', 'benh nhan', 'luat', 'su', 'luat su', 'd/c', 'ong/ba', 'xa', 'huyen', 'thi', 'tran', 'thi tran', 'bo', 'chi bo',
  'nut', 'giao', 'nut giao', 'tuyen', 'pho', 'cac', 'toi', 'la', 'toi la', 'ten la', 'nguyen', 'ha', 'noi', 'ha noi', 'tp', 'so', 'a', 'e', 'x', '12',
];
const SEPARATORS = [' ', ' ', ' ', '  ', '. ', '.', ', ', ':', '\n', '/', '\t', '_', ''];

describe('phraseEndingAt', () => {
  it("answers as phraseBefore does, for every table and reach", () => {
    prepareTables();
    const next = rng(35);
    const wrong: [string, number, number, number][] = [];
    let found = 0;
    let longer = 0;
    for (let n = 0; n < 20000; n++) {
      const text = randomText(next, WORDS, SEPARATORS, 1, 12) + (next() < 0.5 ? 'X' : '');
      const pos = next() < 0.6 ? text.length : Math.floor(next() * (text.length + 1));
      const max = 1 + Math.floor(next() * 6);
      phraseEndingAtForTests(text, pos, max).forEach(([fast, slow], table) => {
        if (slow !== null) found++;
        if (slow !== null && slow.includes(' ')) longer++;
        if (fast !== slow) wrong.push([text, pos, max, table]);
      });
    }
    expect(wrong).toEqual([]);
    // (Phrases of one word and of more do end there.)
    expect(found).toBeGreaterThan(5000);
    expect(longer).toBeGreaterThan(1000);
  });
});

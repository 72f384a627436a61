import { describe, expect, it } from 'vitest';
import { randomText, rng } from '../seeded-random.ts';
import { closingAtForTests, closingsForTests, mayOpenClosing } from './person-name.ts';

// signOffNames runs CLOSING only where mayOpenClosing says it may match:
// wherever it says no, the pattern must not match.
const PIECES = [
  'tran trong', 'than ai', 'kinh thu', 'than', 'best regards', 'kind regards', 'warm regards', 'regards', 'best wishes', 'best', 'cheers',
  'thanks a lot', 'thanks so much', 'thanks', 'thank you', 'many thanks', 'yours sincerely', 'sincerely', 'yours faithfully', 'cam on',
  'em', 'con', 'chau', 'toi', 'xin', ' cam on', 'nguyen van an', 'tr', 't', '—', '–', '--', '-', ' ', '  ', '\t', '\n', ',', '.', '!', 'ê', 'a', 'z', '',
];

describe('mayOpenClosing', () => {
  it('says no only where CLOSING does not match', () => {
    const next = rng(5);
    let matched = 0;
    const wrong: [string, number][] = [];
    for (let n = 0; n < 40000; n++) {
      let text = '';
      const parts = 1 + Math.floor(next() * 7);
      for (let k = 0; k < parts; k++) text += PIECES[Math.floor(next() * PIECES.length)];
      for (let at = 0; at <= text.length; at++) {
        const match = closingAtForTests(text, at);
        if (match) matched++;
        if (match && !mayOpenClosing(text, at)) wrong.push([text, at]);
      }
    }
    expect(wrong).toEqual([]);
    // (The texts do hold closings.)
    expect(matched).toBeGreaterThan(5000);
  });
});

// In a text of short lines signOffNames searches the rest for CLOSING_LINE's
// breaks instead of reading each line: it must find the closings that
// trying every line start finds.
describe('closingEnds', () => {
  it('finds the closings every line start finds, in texts of short lines and long', () => {
    const next = rng(6);
    let closings = 0;
    for (let n = 0; n < 300; n++) {
      let text = '';
      const lines = 200 + Math.floor(next() * 200);
      const long = next() < 0.3;
      for (let l = 0; l < lines; l++) text += `${randomText(next, PIECES, [''], 0, long ? 20 : 4)}\n`;
      const [fast, every] = closingsForTests(text);
      expect(fast, JSON.stringify(text)).toEqual(every);
      closings += every.length;
    }
    expect(closings).toBeGreaterThan(3000);
  });
});

import { describe, expect, it } from 'vitest';
import { createScanContext, foldedUnitsOf } from './scan-context.ts';
import { createWords, isLetter, readWords, type Words } from './keyword-index.ts';
import { forgetTextWords, lettersIn, readTextWords, readUnitWords, wordsOfText } from './text-words.ts';
import { forgetScan, keywords, nearestAfter, nearestBefore } from './context.ts';
import { rng } from './seeded-random.ts';

const range = (w: Words, lo: number, hi: number) => {
  const out: [number, number, number][] = [];
  for (let k = lo; k < hi; k++) out.push([w.start[k], w.end[k], w.hash[k]]);
  return out;
};

describe('text words (a big text\'s words read once, windows as ranges of them)', () => {
  it('give each window the words a read of it gives, less a word cut at its start, or refuse', () => {
    const r = rng(5);
    const pieces = ['sdt', 'so tai khoan', 'cccd', ' ', ', ', '0912345678', 'a', 'tk', '\n', 'ngay sinh ', '30A-123.45', 'x1y', '; '];
    let text = '';
    while (text.length < 200_000) text += pieces[Math.floor(r() * pieces.length)];
    const ctx = createScanContext(text);
    const s = ctx.folded;
    expect(wordsOfText(ctx, 0, 10, { source: createWords(), lo: 0, hi: 0 })).toBe(false);
    readTextWords(ctx);
    const view = { source: createWords(), lo: 0, hi: 0 };
    const read = createWords();
    let refused = 0;
    for (let k = 0; k < 40_000; k++) {
      // Mostly in text order, now and then far back, as recognizers ask.
      const from = r() < 0.05 ? Math.floor(r() * s.length) : Math.min(s.length, (k * 5) % s.length);
      const to = Math.min(s.length, from + Math.floor(r() * 60));
      readWords(s, from, to, read);
      const cutAtTo = from < to && isLetter(s.charCodeAt(to - 1)) && isLetter(s.charCodeAt(to));
      if (!wordsOfText(ctx, from, to, view)) {
        expect(cutAtTo).toBe(true);
        refused++;
        continue;
      }
      const cutAtFrom = read.count > 0 && read.start[0] === from && from > 0 && isLetter(s.charCodeAt(from - 1));
      expect(range(view.source, view.lo, view.hi)).toEqual(range(read, cutAtFrom ? 1 : 0, read.count));
    }
    expect(refused).toBeGreaterThan(0);
    forgetTextWords();
    expect(wordsOfText(ctx, 0, 10, view)).toBe(false);
  });

  it('leave every context look-up of a big text as reading its windows gives', () => {
    const r = rng(9);
    const pieces = ['sdt ', 'so tai khoan ', 'stk', 'cccd: ', ' ', ', ', '0912345678', 'a', 'tk', '\n', 'ngay sinh ', '30A-123.45 ', 'hoa don ', '; '];
    let text = '';
    while (text.length < 140_000) text += pieces[Math.floor(r() * pieces.length)];
    const ctx = createScanContext(text);
    const kw = keywords(['sdt', 'so tai khoan', 'stk', 'tk', 'cccd', 'ngay sinh', 'hoa don']);
    const positions = Array.from({ length: 5000 }, (_, k) => Math.floor((k / 5000) * text.length));
    const ask = () => positions.map((p) => [nearestBefore(ctx, kw, p), nearestAfter(ctx, kw, p)]);
    const withTextWords = ask();
    // The presence index stays, its words go: every window is read again.
    forgetTextWords();
    positions.reverse();
    const read = ask().reverse();
    positions.reverse();
    forgetScan();
    expect(withTextWords.flat().filter((h) => h !== null).length).toBeGreaterThan(1000);
    expect(withTextWords).toEqual(read);
  });

  it('tell whether a stretch holds a letter as reading it does, in any order, or refuse before they are read', () => {
    const r = rng(13);
    const pieces = ['sinh', 'stt', 'a', '1', '\t', '01/01/1990', '\n', ' ', 'ngay sinh ', '12345678901234567890'];
    let text = '';
    while (text.length < 150_000) text += pieces[Math.floor(r() * pieces.length)];
    const ctx = createScanContext(text);
    const s = ctx.folded;
    expect(lettersIn(ctx, 0, 10)).toBeNull();
    readTextWords(ctx);
    let some = 0;
    for (let k = 0; k < 40_000; k++) {
      // Mostly in text order, now and then anywhere, as windows are asked for.
      const to = r() < 0.1 ? Math.floor(r() * s.length) : Math.min(s.length, k * 4);
      const from = Math.max(0, to - Math.floor(r() * 60));
      const expected = /[a-z]/.test(s.slice(from, to));
      if (expected) some++;
      expect(lettersIn(ctx, from, to), `[${from}, ${to})`).toBe(expected);
    }
    expect(some).toBeGreaterThan(4000);
    expect(some).toBeLessThan(36_000);
    forgetTextWords();
    expect(lettersIn(ctx, 0, 10)).toBeNull();
  });

  it('reads the same words from the units as from the string, whatever the text and the buffer it starts with', () => {
    const r = rng(11);
    const pieces = ['sdt', 'a', 'zz', 'x1y', '0912', ' ', '\n', '{', '`', 'ă', 'ngay sinh', '-', 'abcdefghijklmnopqrstuvwxyz'];
    for (let t = 0; t < 200; t++) {
      let text = '';
      const length = t < 5 ? t : Math.floor(r() * 3000);
      while (text.length < length) text += pieces[Math.floor(r() * pieces.length)];
      const units = new Uint16Array(text.length + 1);
      for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
      const expected = readWords(text, 0, text.length, createWords());
      // A fresh buffer, which grows, and one left holding another text's words.
      for (const into of [createWords(), readWords('old words here', 0, 14, createWords())]) {
        const got = readUnitWords(text, units, into);
        expect(got.count).toBe(expected.count);
        expect(range(got, 0, got.count)).toEqual(range(expected, 0, expected.count));
      }
    }
  });

  it("reads a big text's words from the scan's units", () => {
    const text = 'Số điện thoại 0912345678, ngày sinh 01/02/1990; x1y zz\n'.repeat(3000);
    const ctx = createScanContext(text);
    expect(foldedUnitsOf(ctx)).not.toBeNull();
    const words = readTextWords(ctx);
    const expected = readWords(ctx.folded, 0, ctx.folded.length, createWords());
    expect(range(words, 0, words.count)).toEqual(range(expected, 0, expected.count));
    forgetTextWords();
  });
});

import { describe, expect, it } from 'vitest';
import { createScanContext, foldedUnitsOf, foldedWordsOf } from '../scan-context.ts';
import { firstWordFrom, indexString, indexUnits, wordIndex } from './word-index.ts';
import { isUpperCode } from './words.ts';
import { rng } from '../seeded-random.ts';

const PIECES = ['nguyễn', 'Văn', 'AN', 'Đỗ', 'Ｋ', '\u212a', 'Ü', 'sđt', '0912', 'p5', 'spo2', 'x', ' ', '  ', '\n', '\t', ',', '.', '/', '-', '_', 'ư', 'Ω', '１２', 'đ', '\u0301', '\u200b', '🙂', 'abc123def', '9x'];

function randomText(r: () => number, length: number): string {
  let s = '';
  while (s.length < length) s += PIECES[Math.floor(r() * PIECES.length)];
  return s;
}

const plainArrays = (x: ReturnType<typeof indexString>) => ({
  starts: [...x.starts.subarray(0, x.count)],
  hashes: [...x.hashes.subarray(0, x.count)],
});

describe('wordIndex', () => {
  it('reads the same words from the scan buffers as from the folded string', () => {
    const r = rng(7);
    for (let k = 0; k < 300; k++) {
      // Long enough for the scan to keep its typed units (short texts do not).
      const ctx = createScanContext(randomText(r, 256 + Math.floor(r() * 600)));
      expect(foldedUnitsOf(ctx)).not.toBeNull();
      const fast = wordIndex(ctx);
      const slow = indexString(ctx.folded);
      expect(fast.count).toBe(slow.count);
      expect(plainArrays(fast)).toEqual(plainArrays(slow));
    }
  });

  it('lists exactly the words that start with an upper-case letter, on both paths', () => {
    const r = rng(19);
    for (let k = 0; k < 200; k++) {
      const ctx = createScanContext(randomText(r, 256 + Math.floor(r() * 600)));
      const fast = wordIndex(ctx);
      const slow = indexString(ctx.folded, ctx.plain);
      const want: number[] = [];
      for (let w = 0; w < fast.count; w++) if (isUpperCode(ctx.plain.charCodeAt(fast.starts[w]))) want.push(w);
      expect([...fast.capitals.subarray(0, fast.capitalCount)]).toEqual(want);
      expect([...slow.capitals.subarray(0, slow.capitalCount)]).toEqual(want);
    }
  });

  it('falls back to the string once a later scan reused the buffers', () => {
    const first = createScanContext('Nguyễn Văn An, sđt 0912345678. '.repeat(10));
    expect(foldedUnitsOf(first)).not.toBeNull();
    createScanContext('something else entirely, longer than the first text was. '.repeat(10));
    expect(foldedUnitsOf(first)).toBeNull();
    expect(plainArrays(wordIndex(first))).toEqual(plainArrays(indexString(first.folded)));
    expect(wordIndex(first).count).toBe(50);
  });

  it('reads a context again once a later scan took its reused arrays', () => {
    const a = createScanContext('Nguyễn Văn An, sđt 0912345678. '.repeat(200));
    const wantA = plainArrays(indexString(a.folded));
    expect(plainArrays(wordIndex(a))).toEqual(wantA);
    const b = createScanContext('Công văn số 12/UBND về việc triển khai. '.repeat(300));
    const wantB = plainArrays(indexString(b.folded));
    expect(plainArrays(wordIndex(b))).toEqual(wantB);
    expect(plainArrays(wordIndex(a))).toEqual(wantA);
    expect(plainArrays(wordIndex(b))).toEqual(wantB);
  });

  it('does not hand a context another scan\'s words after the reused arrays were replaced by larger ones', () => {
    const a = createScanContext('Nguyễn Văn An, sđt 0912345678. '.repeat(200));
    const wantA = plainArrays(indexString(a.folded));
    wordIndex(a);
    const b = createScanContext('Công văn số 12/UBND về việc triển khai. '.repeat(160));
    wordIndex(b);
    const c = createScanContext('Trần Thị Bình, CCCD 001190012345. '.repeat(2000));
    wordIndex(c);
    expect(plainArrays(wordIndex(a))).toEqual(wantA);
    expect(plainArrays(wordIndex(b))).toEqual(plainArrays(indexString(b.folded)));
  });

  it('grows past its first guess on texts of one-letter words', () => {
    const text = 'a '.repeat(5000);
    const units = Uint16Array.from(text, (c) => c.charCodeAt(0));
    const x = indexUnits(units, text.length);
    expect(x.count).toBe(5000);
    expect(plainArrays(x)).toEqual(plainArrays(indexString(text)));
  });

  it('reads units two at a time or one at a time alike: odd lengths, no 0 after the text, units not aligned for pairs', () => {
    const r = rng(23);
    for (let k = 0; k < 60; k++) {
      const text = createScanContext(randomText(r, 1 + Math.floor(r() * 700))).folded;
      const want = plainArrays(indexString(text));
      for (const [offset, after] of [[0, 1], [0, 0], [1, 1]]) {
        const buffer = new Uint16Array(text.length + 2);
        const units = buffer.subarray(offset, offset + text.length + after);
        for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
        expect(plainArrays(indexUnits(units, text.length))).toEqual(want);
      }
    }
  });
});

// Units at the edges of the classes the reading loop tells apart: letters,
// digits and the units just outside them (/, :, `, {), units past ASCII and
// with the high bit set (a pair's halves are read from one 32-bit load).
const EDGE_UNITS = [97, 98, 122, 48, 57, 47, 58, 64, 65, 90, 96, 123, 0x7f, 0xc0, 0xe0, 0x111, 0x7fff, 0x8000, 0x8061, 0xff30, 0xffff, 32, 10, 0];

describe('indexUnits on raw units', () => {
  it('equals indexString on random runs of edge units: words of odd and even length, letters after digits and digits after letters', () => {
    const r = rng(57);
    for (let k = 0; k < 400; k++) {
      const length = 1 + Math.floor(r() * 60);
      const text = Array.from({ length }, () => {
        // Mostly letters, so that words of every length and parity occur.
        const x = r();
        return x < 0.5 ? 97 + Math.floor(r() * 26) : x < 0.6 ? 48 + Math.floor(r() * 10) : EDGE_UNITS[Math.floor(r() * EDGE_UNITS.length)];
      });
      const s = String.fromCharCode(...text);
      const want = plainArrays(indexString(s));
      for (const [offset, after] of [[0, 1], [0, 0], [1, 1]]) {
        const buffer = new Uint16Array(length + 2);
        const units = buffer.subarray(offset, offset + length + after);
        units.set(text);
        // Arrays full of stale slots, as the pooled ones are after a longer text.
        const into = { count: 0, starts: new Int32Array(length + 80).fill(-7), hashes: new Int32Array(length + 80).fill(-7), capitals: new Int32Array(length + 80), capitalCount: 0 };
        expect(plainArrays(indexUnits(units, length, undefined, into))).toEqual(want);
      }
    }
  });
});

// Texts that fold without a unit folding away, so that the folding loop reads
// their words; some read O for 0 or 0 for O (which change the folded units after the loop).
const FOLDED_PIECES = ['nguyễn', 'Văn', 'AN', 'Đỗ', 'Ｋ', '\u212a', 'Ü', 'sđt', '0912', 'p5', 'spo2', 'x', ' ', '  ', '\n', '\t', ',', '.', '/', '-', '_', 'ư', 'Ω', '１２', 'đ', '🙂', 'abc123def', '9x', 'z', '9'];
const OCR_PIECES = [...FOLDED_PIECES, 'H0', 'O31189OO4527', 'l6/ll/l987', 'mai20@', 'Số'];

describe('the words read by the folding loop of a whole detection', () => {
  it('equal indexString of the folded text: odd and even lengths, short texts, OCR readings, units that fold away', () => {
    const r = rng(61);
    let read = 0;
    for (let k = 0; k < 600; k++) {
      const x = r();
      const pieces = x < 0.6 ? FOLDED_PIECES : x < 0.8 ? OCR_PIECES : PIECES;
      let text = '';
      const length = r() < 0.3 ? 1 + Math.floor(r() * 40) : r() < 0.8 ? 1 + Math.floor(r() * 900) : 4000 + Math.floor(r() * 9000);
      while (text.length < length) text += pieces[Math.floor(r() * pieces.length)];
      const ctx = createScanContext(text, true);
      if (foldedWordsOf(ctx) !== null) read++;
      const fast = wordIndex(ctx);
      const slow = indexString(ctx.folded, ctx.plain);
      expect(fast.count, JSON.stringify(text)).toBe(slow.count);
      expect(plainArrays(fast)).toEqual(plainArrays(slow));
      expect([...fast.capitals.subarray(0, fast.capitalCount)]).toEqual([...slow.capitals.subarray(0, slow.capitalCount)]);
    }
    // Most of them by the folding loop, the others read again by indexUnits.
    expect(read).toBeGreaterThan(250);
    expect(read).toBeLessThan(600);
  });

  it('are read again, and alike, after a detection that asked for none', () => {
    const text = 'Nguyễn Văn An, sđt 0912345678. '.repeat(20) + 'X';
    const want = plainArrays(indexString(createScanContext(text).folded));
    createScanContext('Công văn số 12/UBND. '.repeat(30), true);
    const ctx = createScanContext(text, true);
    expect(foldedWordsOf(ctx)).toBeNull();
    expect(plainArrays(wordIndex(ctx))).toEqual(want);
    const again = createScanContext(text, true);
    expect(foldedWordsOf(again)).not.toBeNull();
    expect(plainArrays(wordIndex(again))).toEqual(want);
  });
});

describe('firstWordFrom', () => {
  it('finds the first word at or after a position, whichever search came before', () => {
    const r = rng(3);
    for (let t = 0; t < 100; t++) {
      const text = randomText(r, 20 + Math.floor(r() * 400));
      const index = wordIndex(createScanContext(text));
      const starts = Array.from(index.starts.subarray(0, index.count));
      let from = 0;
      for (let q = 0; q < 40; q++) {
        // Mostly rightwards, as windows come, sometimes back or past the end.
        from = r() < 0.7 ? from + Math.floor(r() * 12) : Math.floor(r() * (text.length + 5));
        const want = starts.findIndex((s) => s >= from);
        expect(firstWordFrom(index, from), `${JSON.stringify(text)} from ${from}`).toBe(want < 0 ? index.count : want);
      }
    }
  });
});

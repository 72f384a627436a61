import { describe, expect, it } from 'vitest';
import { createScanContext } from '../scan-context.ts';
import { rng, randomText as randomTextOf } from '../seeded-random.ts';
import { findNames, letterBeforeForTests, minorityOpenerForTests } from './person-name.ts';

// titledMinorityNames compares a capital's letters with the openers in place
// (minorityOpenerAt), and asks for a kin title before it reads the name.
const PIECES = ['y', 'h', 'k', 'ksor', 'siu', 'ro', 'nay', 'kpa', 'rah', 'rcom', 'hiao', 'puih', 'bya', 'rmah', 'nie', 'ks', 'kso', 'yy', 'a', 'o', 'r', ' ', "'", ','];

describe('minorityOpenerAt', () => {
  it('answers as the set does on the slice', () => {
    const next = rng(17);
    const wrong: [string, number, number][] = [];
    let openers = 0;
    for (let n = 0; n < 20000; n++) {
      const text = randomTextOf(next, PIECES, [''], 1, 4);
      const start = Math.floor(next() * (text.length + 1));
      const end = Math.min(text.length, start + Math.floor(next() * 6));
      const [fast, slow] = minorityOpenerForTests(text, start, end);
      if (slow) openers++;
      if (fast !== slow) wrong.push([text, start, end]);
    }
    expect(wrong).toEqual([]);
    expect(openers).toBeGreaterThan(1000);
  });
});

describe('titledMinorityNames', () => {
  const found = (text: string) => findNames(createScanContext(text), false).filter((c) => c.validator?.includes('minority')).map((c) => text.slice(c.start, c.end));

  it('finds a name after a kin title, whatever opens it', () => {
    expect(found("Hộ ông Rơ Mah Thuyên đã đến.")).toEqual(['Rơ Mah Thuyên']);
    expect(found("Gặp bà Siu H'Nhi hôm qua.")).toEqual(["Siu H'Nhi"]);
    expect(found("Gọi ông K' Brơi lên.")).toEqual(["K' Brơi"]);
  });

  it('without a title, only a name opened by "Y" or "H\'" before a family name', () => {
    expect(found('Hồ sơ của Y Khoa Niê đã nộp.')).toEqual(['Y Khoa Niê']);
    expect(found("Hồ sơ: H' Liên Mlô.")).toEqual(["H' Liên Mlô"]);
    expect(found("K'Ab,".repeat(50))).toEqual([]);
    expect(found('Hồ sơ của Ksor Khoa Niê đã nộp.')).toEqual([]);
  });
});

// titledMinorityNames asks titleBefore only where a letter comes before the
// word: where none does, titleBefore must answer null.
describe('letterBefore', () => {
  it('is false only where titleBefore is null', () => {
    const r = rng(29);
    const words = ['ông', 'bà', 'Ông', 'chị', 'anh', 'K\'Ab', 'Ksor', 'Y', 'Siu', 'luật sư', '12', ',', '.', '(', 'đồng chí'];
    let titles = 0;
    let none = 0;
    for (let n = 0; n < 2000; n++) {
      const text = randomTextOf(r, words, [' ', '  ', ', ', '\n', ''], 1, 8);
      const ctx = createScanContext(text);
      for (let pos = 0; pos <= text.length; pos++) {
        const [letter, title] = letterBeforeForTests(ctx, pos);
        if (title !== null) titles++;
        if (!letter) {
          none++;
          expect(title, `${JSON.stringify(text)} ${pos}`).toBeNull();
        }
      }
    }
    expect(titles).toBeGreaterThan(500);
    expect(none).toBeGreaterThan(500);
  });
});

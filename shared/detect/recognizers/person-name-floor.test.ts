import { describe, expect, it } from 'vitest';
import type { Candidate } from '../recognizer.ts';
import { createScanContext } from '../scan-context.ts';
import { rng, randomText as randomTextOf } from '../seeded-random.ts';
import { findNames, reportsFrom } from './person-name.ts';

// Names after house numbers, with titles, heads, minority names (whose
// titledMinorityNames asks whether a name starts there), upper case.
const WORDS = [
  '12', '61', '45/', '12A', '3B', 'số 5', 'No.12', '#3', '08:22', 'Huỳnh Lan Khanh', 'Nguyễn Văn An', 'Lê Lợi', 'Trần Hưng Đạo',
  'NGUYỄN THỊ HOA', 'Y Khoa Niê', "H' Liên Mlô", 'Ksor Nay', 'Siu H', 'ông', 'bà', 'Ông', 'anh', 'chị', 'phường 2', 'quận Tân',
  'đường', 'Bệnh viện', 'BỆNH VIỆN NHÂN', 'Họ và tên:', 'Công ty', 'Tân', 'Lan', 'Minh', 'Văn', 'Thị', 'Y', 'Định', 'Hà Nội',
];
const SEPARATORS = [' ', ' ', ' ', '', ', ', '\n', '  ', ' - '];

const key = (c: Candidate) => `${c.start}-${c.end} ${c.score} ${c.rule} ${c.validator} ${c.context.join('|')}`;

/** The candidates above the house number's score: the only ones a floor above it may keep from a report. */
const above = (list: Candidate[]) => list.filter((c) => c.score > 0.15).map(key).sort();

describe('a report floor (reportsFrom)', () => {
  it('changes no candidate scoring above a house number\'s', () => {
    const r = rng(41);
    let floored = 0;
    for (let n = 0; n < 1500; n++) {
      const text = randomTextOf(r, WORDS, SEPARATORS, 3, 30);
      const all = findNames(createScanContext(text), false);
      const ctx = createScanContext(text);
      reportsFrom(ctx, 0.6);
      const some = findNames(ctx, false);
      expect(above(some), JSON.stringify(text)).toEqual(above(all));
      if (some.length < all.length) floored++;
    }
    // The floor did pass names over.
    expect(floored).toBeGreaterThan(100);
  });

  it('keeps what follows a long Title Case run, a title or upper case after a number', () => {
    const texts = [
      '12 Ông Minh Lan Hùng Tâm nói', '61 Huỳnh Lan Khanh Minh Tâm', '45/Ông Minh Lan Hùng Tâm Bình', '3B Bà Lan Minh Hùng Tâm',
      '12 NGUYỄN VĂN AN', '12 ÔNG NGUYỄN VĂN AN', '12 Ông Nguyễn Văn An', '12A Y Khoa Niê', '7 Giuse Trần Văn Đoài', 'số 5 Lê Lợi',
    ];
    for (const text of texts) {
      const all = findNames(createScanContext(text), false);
      const ctx = createScanContext(text);
      reportsFrom(ctx, 0.6);
      expect(above(findNames(ctx, false)), text).toEqual(above(all));
    }
  });

  it('passes over nothing when the floor is at or below a house number\'s score', () => {
    const text = '61 Huỳnh Lan Khanh, phường 2, quận Tân';
    const ctx = createScanContext(text);
    reportsFrom(ctx, 0.15);
    expect(findNames(ctx, false).map(key)).toEqual(findNames(createScanContext(text), false).map(key));
  });
});

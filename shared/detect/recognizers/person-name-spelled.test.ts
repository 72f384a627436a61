import { describe, expect, it } from 'vitest';
import { createScanContext } from '../scan-context.ts';
import { rng } from '../seeded-random.ts';
import { findNames, keepSpellings } from './person-name.ts';

// Words that fold alike but are spelled apart (Văn, Vân, VĂN, Van), in every case, and
// made-up syllables enough to fill and overwrite the scan's slots of spellings.
const WORDS = [
  'Nguyễn', 'NGUYỄN', 'Nguyen', 'NGUYEN', 'nguyễn', 'Văn', 'Vân', 'VĂN', 'Van', 'van', 'Thị', 'Thi', 'THỊ', 'An', 'Ân', 'AN',
  'Lê', 'Le', 'Lệ', 'Định', 'Đinh', 'Dinh', 'Hà', 'Ha', 'Hạ', 'Điểu', 'Điêu', 'Quàng', 'Quang', 'Tôn', 'Nữ', 'Trần', 'TRẦN', 'Hưng',
  'ông', 'bà', 'chị', 'Công', 'ty', 'đường', 'số', 'Tày', 'điều', 'trị', 'O5', 'l2',
];
const SEPARATORS = [' ', ' ', ' ', ' ', '\t', '\n', ', ', ': ', '. '];

function syllable(r: () => number): string {
  const onsets = ['B', 'Ch', 'Đ', 'Gi', 'Kh', 'Ng', 'Ph', 'Th', 'Tr', 'X'];
  const rhymes = ['a', 'ăn', 'ấm', 'iêu', 'ương', 'oa', 'ết', 'ục', 'ơi', 'uy'];
  return onsets[Math.floor(r() * onsets.length)] + rhymes[Math.floor(r() * rhymes.length)] + (r() < 0.5 ? '' : String.fromCharCode(97 + Math.floor(r() * 26)));
}

describe('person names: spellings kept per scan', () => {
  it('finds what reading every word on its own finds, on random texts', () => {
    const r = rng(17);
    for (let k = 0; k < 60; k++) {
      let text = '';
      for (let i = 50 + Math.floor(r() * 400); i > 0; i--) {
        text += (r() < 0.7 ? WORDS[Math.floor(r() * WORDS.length)] : syllable(r)) + SEPARATORS[Math.floor(r() * SEPARATORS.length)];
      }
      keepSpellings(false);
      const alone = findNames(createScanContext(text), false);
      // A few slots: spellings that fold alike meet in one, and replace each other.
      for (const slots of [4, 1024]) {
        keepSpellings(true, slots);
        expect(findNames(createScanContext(text), false)).toEqual(alone);
      }
      keepSpellings(true);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { createScanContext } from '../scan-context.ts';
import { rng } from '../seeded-random.ts';
import { detect } from '../engine.ts';
import { forgetScanCaches } from '../scan-cache.ts';
import { findNames, heldSpellingsForTests, keepSpellings, mayBeReadOcr } from './person-name.ts';

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

describe('person names: the kept spellings outlive no scan', () => {
  it('are emptied when the engine lets go of the scan, and when another scan takes the slots', () => {
    const text = 'Ông Nguyễn Văn An và bà Trần Thị Bình, chị Lê Thị Hoa ơi, anh Phạm Minh Đức';
    findNames(createScanContext(text), false);
    // Positive control: reading names fills slots with the words' spellings.
    const held = heldSpellingsForTests();
    expect(held).toBeGreaterThan(5);
    findNames(createScanContext('Bà Đỗ Thị Mai'), false);
    expect(heldSpellingsForTests()).toBeLessThan(held);
    forgetScanCaches();
    expect(heldSpellingsForTests()).toBe(0);
    expect(detect(text).filter((f) => f.type === 'person_name').length).toBeGreaterThanOrEqual(3);
    expect(heldSpellingsForTests()).toBe(0);
    // More spellings than the list of filled slots holds: emptied all the same.
    findNames(createScanContext(Array.from({ length: 300 }, (_, i) => `Ông ${['Nguyễn', 'Trần', 'Lê'][i % 3]} Văn ${syllable(rng(i))}`).join(', ')), false);
    expect(heldSpellingsForTests()).toBeGreaterThan(64);
    forgetScanCaches();
    expect(heldSpellingsForTests()).toBe(0);
  });
});

// spelledOf compares two words written alike by their folded forms only when
// mayBeReadOcr says an OCR reading may have rewritten one: every other folded
// unit must be its written unit's fold, whatever surrounds it.
describe('person names: units an OCR reading rewrites', () => {
  it('are among those mayBeReadOcr names', () => {
    const r = rng(31);
    const pieces = ['O', 'o', '0', 'l', 'L', '1', 'I', 'i', 'ı', 'İ', '5', 'S', 's', 'Số', 'SỐ', 's0', ' ', '/', '-', '.', '\t', 'Ô', 'Ơ', 'ò', 'Lộc', 'Linh', 'KH0A', 'T0n', 'l6/ll/l987', 'O2-ll-1969', '61L3', 'mai12@x', 'a', 'b', 'Đ', 'ư', 'ý', 'x0y', '0912'];
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let i = 1 + Math.floor(r() * 12); i > 0; i--) text += pieces[Math.floor(r() * pieces.length)];
      const folded = createScanContext(text).folded;
      if (folded.length !== text.length) continue;
      for (let i = 0; i < text.length; i++) {
        const alone = createScanContext(text[i]).folded;
        const unit = folded[i];
        expect(unit === alone || (mayBeReadOcr(alone) && mayBeReadOcr(unit)), `${JSON.stringify(text)} at ${i}`).toBe(true);
      }
    }
  });
});

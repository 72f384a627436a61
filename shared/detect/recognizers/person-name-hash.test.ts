import { describe, expect, it } from 'vitest';
import { rng } from '../seeded-random.ts';
import { createScanContext, foldText } from '../scan-context.ts';
import { COMMON_SURNAMES, MARKED_SURNAMES, OTHER_SURNAMES } from '../lexicon/surnames.ts';
import { GIVEN_NAMES, MIDDLE_NAMES } from '../lexicon/name-syllables.ts';
import { NAME_LIKE_PLACES, PROVINCES } from '../lexicon/places.ts';
import { NAME_LABELS, PERSON_TITLES, PLACE_OR_ORG_HEADS } from '../lexicon/person-words.ts';
import { runHashesForTests } from './person-name.ts';

// Capitalised words next to what could end or join them: digits an OCR
// reading turns to letters and back, marks, combining marks and soft
// hyphens (units the plain text drops), letters past Latin, apostrophes.
const PIECES = [
  'Nguyễn', 'Văn', 'An', 'NGUYỄN', 'VĂN', 'Đặng', 'Ol', 'O', 'I', 'Il', 'Nguy0n', 'L0an', '0', '1', '2', ' ', ' ', '\n', ',', '.', '-', '/', "'",
  'Ánh', 'A\u0301nh', 'Nguyễn Văn An', 'Trần Thị Bích Ngọc', 'Nguyễnxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'Th\u00adu', 'Straße', 'Ωmega', 'Ä', 'x', 'mai', 'AB', 'Trần Thị', "K'Ab", '(', 'Lê', 'sdt0', 'Ô', 'Số ',
];

describe("the run words' hashes taken from the word index (reusedRun), and joined (hashOfWords)", () => {
  it("are keyHash's for every word of letters", () => {
    const next = rng(5);
    let letters = 0;
    let digits = 0;
    for (let n = 0; n < 1500; n++) {
      let text = n === 0 ? 'Ol/Il/1990 O-2O-2O-2' : '';
      const parts = 1 + Math.floor(next() * 14);
      for (let k = 0; k < parts; k++) text += PIECES[Math.floor(next() * PIECES.length)];
      // Short and long texts: copies of the units, or the scan's own.
      const ctx = createScanContext(next() < 0.5 ? text : text.repeat(Math.ceil(3000 / text.length)), true);
      for (const [folded, given, read] of runHashesForTests(ctx)) {
        // An OCR reading may fold a word's letters to digits ("Ol/Il/1990"): no hash table holds such a word.
        if (!/^[a-z]+(?: [a-z]+)*$/.test(folded)) {
          expect(folded, JSON.stringify(text)).toMatch(/^[a-z0-9]+(?: [a-z0-9]+)*$/);
          digits++;
          continue;
        }
        letters++;
        expect(given, JSON.stringify([text, folded])).toBe(read);
      }
    }
    expect(letters).toBeGreaterThan(1500);
    expect(digits).toBeGreaterThan(0);
  });

  it('look up no word that holds a digit (the lexicons hold none)', () => {
    const lists = [COMMON_SURNAMES, MARKED_SURNAMES, OTHER_SURNAMES, GIVEN_NAMES, MIDDLE_NAMES, NAME_LIKE_PLACES, PROVINCES, NAME_LABELS, PERSON_TITLES, PLACE_OR_ORG_HEADS];
    for (const list of lists) for (const word of list) expect(foldText(word), word).not.toMatch(/\d/);
  });
});

import { describe, expect, it } from 'vitest';
import { rng } from '../seeded-random.ts';
import { createScanContext } from '../scan-context.ts';
import { fieldLabelAt } from '../lexicon/field-labels.ts';
import { runForTests } from './person-name.ts';

// runBounds as it read a run before it told the words' cases in the same
// reading: the word's letters (isLetterCode), then their shape (shapeOf).
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c >= 0xc0;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isDigit = (c: number) => c >= 48 && c <= 57;

function shapeOf(plain: string, start: number, end: number): string {
  const first = plain.charCodeAt(start);
  let upper = 0;
  let lower = 0;
  for (let i = start + 1; i < end; i++) {
    const c = plain.charCodeAt(i);
    if (isUpper(c)) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else return 'other';
  }
  if (isUpper(first)) {
    if (lower === 0) return 'upper';
    if (upper === 0) return 'title';
    return 'other';
  }
  if (first >= 97 && first <= 122 && upper === 0) return 'lower';
  return 'other';
}

function referenceRun(plain: string, folded: string, start: number, limit: number): { bounds: number[]; shape: string } {
  const bounds: number[] = [];
  let shape = 'other';
  let i = start;
  while (i < limit && bounds.length < 32) {
    const wordStart = i;
    while (i < limit && isLetter(plain.charCodeAt(i))) i++;
    if (i < limit && isDigit(plain.charCodeAt(i))) break;
    const s = shapeOf(plain, wordStart, i);
    const one = i - wordStart === 1 && isUpper(plain.charCodeAt(wordStart));
    if (s !== 'title' && s !== 'upper' && !one) break;
    if (!one) {
      if (shape === 'other') shape = s;
      else if (s !== shape) break;
    }
    bounds.push(wordStart, i);
    if (i + 1 < limit && plain.charCodeAt(i) === 32 && isUpper(plain.charCodeAt(i + 1))) i++;
    else break;
  }
  // The words before a form's next label (the first word aside).
  for (let k = 1; 2 * k < bounds.length; k++) {
    if (fieldLabelAt(folded, bounds[2 * k])) {
      bounds.length = 2 * k;
      break;
    }
  }
  return { bounds, shape: shape === 'other' ? 'title' : shape };
}

const PIECES = [
  'Nguyễn', 'Văn', 'An', 'NGUYỄN', 'VĂN', 'AN', 'Đặng', 'A', 'B', 'x', 'mai', 'McDonald', 'AB', 'Ab', 'aB', 'Straße', 'STRASSE', 'Ωmega', 'Äb',
  ' ', ' ', ' ', '  ', '\n', ',', '-', '1', '2A', "'", 'Địa chỉ', 'Số', 'Ngày sinh', 'Lê', 'Ô', 'Z9',
];

describe('runBounds (the cases of a run\'s words told in one reading)', () => {
  it('reads the runs shapeOf and isLetterCode read', () => {
    const next = rng(9);
    let words = 0;
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const parts = 1 + Math.floor(next() * 12);
      for (let k = 0; k < parts; k++) text += PIECES[Math.floor(next() * PIECES.length)];
      const ctx = createScanContext(text);
      const start = Math.floor(next() * ctx.plain.length);
      const limit = start + Math.floor(next() * (ctx.plain.length - start + 1));
      const expected = referenceRun(ctx.plain, ctx.folded, start, limit);
      const got = runForTests(ctx, start, limit);
      words += got.bounds.length / 2;
      expect(got, JSON.stringify([text, start, limit])).toEqual(expected);
    }
    expect(words).toBeGreaterThan(800);
  });
});

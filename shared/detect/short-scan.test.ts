import { afterEach, describe, expect, it } from 'vitest';
import { detect } from './engine.ts';
import { keepShortUnits } from './scan-context.ts';
import { rng } from './seeded-random.ts';

// A short detection (a chat message, a form field) reads its text from the
// scan's typed units, as a long one does; before 23 Nov 2026 each pass read
// the strings or copied them. Both must find the same.
const PIECES = [
  'Anh Nguyễn Văn An', 'chị Lan ơi', 'SĐT 0912 345 678', 'CCCD 001203012345', 'sinh ngày 12/05/1987',
  'STK 0011004123456 Vietcombank', 'số 12 ngõ 34 phố Huế, Hà Nội', 'Tôn giáo: Công giáo', 'chẩn đoán ung thư',
  'mật khẩu: abc123', 'Lan: ok em', '30A-123.45', 'O9l2345678', 'Họ và tên\tNăm sinh', 'Trần Thị B\t1990',
  'TT  Họ và tên   Dân tộc', '1   Lò Văn Sơn   Thái', 'Nghị định 13/2023/NĐ-CP', 'hotline 1900 1234', '; ', '\n', ', ', ' ',
];

function message(r: () => number): string {
  let text = '';
  const parts = 1 + Math.floor(r() * 6);
  for (let i = 0; i < parts; i++) text += PIECES[Math.floor(r() * PIECES.length)] + (r() < 0.5 ? ' ' : '. ');
  return r() < 0.3 ? text.toUpperCase() : r() < 0.3 ? text.normalize('NFD') : text;
}

describe('a short detection', () => {
  afterEach(() => keepShortUnits(true));

  it('finds what it found reading the strings, on generated messages under 256 characters', () => {
    const r = rng(2311);
    const texts = Array.from({ length: 1500 }, () => message(r)).filter((t) => t.length < 256);
    expect(texts.length).toBeGreaterThan(1000);
    keepShortUnits(false);
    const before = texts.map((t) => JSON.stringify(detect(t)));
    keepShortUnits(true);
    const after = texts.map((t) => JSON.stringify(detect(t)));
    expect(after).toEqual(before);
    // Not a comparison of nothing: most messages have findings.
    expect(after.filter((f) => f !== '[]').length).toBeGreaterThan(texts.length / 2);
  });
});

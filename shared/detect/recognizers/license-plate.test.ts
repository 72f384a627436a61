import { describe, expect, it } from 'vitest';
import { detect } from '../engine.ts';
import { expectFound, expectNotFound, type Row } from '../testing.ts';

const positives: Row[] = [
  ['Biển số 30A-123.45', '30A-123.45'],
  ['xe máy 29B1-123.45', '29B1-123.45'],
  ['BKS: 51G 678.90', '51G 678.90'],
  // Bare, "o to tai bien so" is no hamlet (tổ) and house number (số) before the plate.
  ['Dieu khien xe o to tai bien so 35C-128.47', '35C-128.47'],
  ['ô tô 30A12345 đỗ sai', '30A12345'],
  ['bien so xe 29LD-12345', '29LD-12345'],
  ['Xe 43C1 234.56 vi phạm', '43C1 234.56'],
  // Typed onto its label.
  ['cccd037085011462, sdt0914772380, bsx35B2-417.36', '35B2-417.36'],
  ['BKS29A12345', '29A12345'],
];

const negatives: Row[] = [
  ['phòng 30A-123 tầng 2', '30A-123'],
  ['Mã 05A-123.45', '05A-123.45'],
  ['giá 30A-123.456', '30A-123.456'],
  ['ABC30A-123.45', '30A-123.45'],
  // Only the label itself may touch the code, not a word ending in its letters.
  ['mabsx30A-123.45', '30A-123.45'],
  // A candidate's number, a race bib and a file's number in the plate's shape.
  ['SBD | Họ và tên | Ngày sinh\n24HT0153 | NGUYỄN VĂN THỊNH | 04/02/1998', '24HT0153'],
  ['BIB\tHọ tên\tCự ly\n21K-0342\tHoàng Gia Huy\t21km', '21K-0342'],
  ['Lưu hồ sơ số: 24-KN-0331', '24-KN-0331'],
];

describe('license_plate', () => {
  it.each(positives)('finds %s', (text, value) => expectFound('license_plate', [text, value]));
  it.each(negatives)('does not report %s', (text, value) => expectNotFound('license_plate', [text, value]));
});

describe('license_plate serial look-up', () => {
  // The serial's run is looked for right after the province code's run first:
  // lines where it is there, missing, or preceded by other runs must read as
  // the plates alone would.
  it('reads each plate of a generated line as it reads the plate alone', () => {
    let seed = 31;
    const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const pieces = ['30A-123.45', '29B1-123.45', '51G 678.90', '30A12345', '61A944515', '43C1 234.56', '30A-', '30A-123', 'x 12', '7', ' 2024', '99-G7 413.70', 'so 12345'];
    const single = new Map(pieces.map((p) => [p, detect(p, { types: ['license_plate'] }).length]));
    for (let k = 0; k < 300; k++) {
      const parts: string[] = [];
      for (let i = 0; i < 1 + Math.floor(next() * 8); i++) parts.push(pieces[Math.floor(next() * pieces.length)]);
      const text = parts.join(' ; ');
      const found = detect(text, { types: ['license_plate'] });
      expect(found.length).toBe(parts.reduce((n, p) => n + single.get(p)!, 0));
      for (const f of found) expect(parts).toContain(text.slice(f.start, f.end));
    }
  });
});

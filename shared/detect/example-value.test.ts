import { describe, expect, it } from 'vitest';
import { detect } from './engine.ts';
import { isExampleAt } from './example-value.ts';
import { foldText } from './scan-context.ts';

const at = (text: string, value: string) => isExampleAt(foldText(text), text.indexOf(value));

describe('example values', () => {
  it.each([
    ['Số CCCD gồm 12 chữ số (ví dụ: 010123456789)', '010123456789'],
    ['Email: [vd: ten.cuaban@gmail.com]', 'ten.cuaban@gmail.com'],
    ['Biển số có dạng 29B1-123.45', '29B1-123.45'],
    ['ví dụ 30A-123.45 hoặc 51K-678.90', '51K-678.90'],
    ['e.g. 0912 345 678', '0912 345 678'],
    ['VD. 0912345678', '0912345678'],
  ])('is an example in %j', (text, value) => {
    expect(at(text, value)).toBe(true);
  });

  it.each([
    ['Chị Hoa, SĐT 0912 345 678', '0912 345 678'],
    // A case made concrete is no example of a format.
    ['Ví dụ như trường hợp bà Nguyễn Thị Hoa, SĐT 0912 345 678', '0912 345 678'],
    ['Xe 30A-123.45 và 51K-678.90 đỗ trước cổng', '51K-678.90'],
    ['dvd 0912345678', '0912345678'],
  ])('is no example in %j', (text, value) => {
    expect(at(text, value)).toBe(false);
  });

  it('keeps an example below the threshold and says why, and the real value beside it', () => {
    const text = 'Nhập số CCCD (ví dụ: 010123456789). Của tôi: 036192004817';
    const found = detect(text, { types: ['cccd'] });
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['036192004817']);
    const [example] = detect(text, { types: ['cccd'], threshold: 0 }).filter((f) => f.start === text.indexOf('0101'));
    expect(example.explanation).toContain('-example value');
  });
});

import { describe, expect, it } from 'vitest';
import { fieldLabelAt } from './field-labels.ts';
import { foldText } from '../scan-context.ts';

/** fieldLabelAt at the first occurrence of `at` in the folded text. */
function labelAt(text: string, at: string): boolean {
  const folded = foldText(text);
  const i = folded.indexOf(foldText(at));
  if (i < 0) throw new Error(`${at} not in ${text}`);
  return fieldLabelAt(folded, i);
}

describe('fieldLabelAt', () => {
  it.each([
    ['Nguyễn Văn Bình Địa chỉ: thôn Đông', 'Địa chỉ'],
    ['huyện Đan Phượng Số điện thoại: 0912345678', 'Số điện thoại'],
    ['Trần Thị Hoa Dân tộc : Tày', 'Dân tộc'],
    ['NGUYỄN VĂN BÌNH NGHỀ NGHIỆP: LÀM RUỘNG', 'NGHỀ NGHIỆP'],
    ['Lê Văn Tám Họ và tên chủ hộ: Lê Văn Tư', 'Họ và tên chủ hộ'],
    ['Lò Thị Ỏn Ngay sinh: 12/3/1998', 'Ngay sinh'],
  ])('a label before its colon: %s', (text, at) => {
    expect(labelAt(text, at)).toBe(true);
  });

  it.each([
    // A name's own word, a colon further on: the words up to it are no label.
    ['Nguyễn Văn Đông: em gửi hồ sơ', 'Đông'],
    ['Nguyễn Văn Bình Địa chỉ thôn Đông', 'Địa chỉ'],
    // The colon on the next line or after a tab belongs to another field.
    ['Trần Thị Hoa Địa chỉ\nSĐT: 0912345678', 'Địa chỉ'],
    ['Trần Thị Hoa Địa chỉ\tSĐT: 0912345678', 'Địa chỉ'],
    // Too far: a sentence, not a label.
    ['Lê Văn Tám Địa chỉ nhà ông ở cuối thôn gần trường tiểu học: chưa rõ', 'Địa chỉ'],
    ['Lê Văn Tám', 'Tám'],
  ])('no label: %s', (text, at) => {
    expect(labelAt(text, at)).toBe(false);
  });
});

import { describe, it } from 'vitest';
import { expectFound, expectNotFound, type Row } from '../testing.ts';

const positives: Row[] = [
  ['Mã số BHXH: 0123456789', '0123456789'],
  ['so so bhxh 7912345678', '7912345678'],
  ['Bảo hiểm xã hội: 01 2345 6789', '01 2345 6789'],
  ['BHXH0123456789', '0123456789'],
];

const negatives: Row[] = [
  ['Số 0123456789 trên phiếu', '0123456789'],
  ['mã giao dịch 0123456789', '0123456789'],
  ['BHXH: 0912345678 và SĐT 0987654321', '0987654321'],
  ['mức đóng BHXH 1.234.567.890đ', '1.234.567.890']
];

describe('social_insurance', () => {
  it.each(positives)('finds %s', (text, value) => expectFound('social_insurance', [text, value]));
  it.each(negatives)('does not report %s', (text, value) => expectNotFound('social_insurance', [text, value]));
});

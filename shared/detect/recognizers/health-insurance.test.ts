import { describe, it } from 'vitest';
import { expectFound, expectNotFound, type Row } from '../testing.ts';

const positives: Row[] = [
  ['Thẻ BHYT: HS4010120878811', 'HS4010120878811'],
  ['mã thẻ bhyt DN 4 79 1234567890', 'DN 4 79 1234567890'],
  ['Số thẻ: GD4797931234567', 'GD4797931234567'],
  ['HS4010120878811', 'HS4010120878811'],
  ['Thẻ BHYT: HS-4-01-0120878811', 'HS-4-01-0120878811'],
  ['bao hiem y te TE1010120878811', 'TE1010120878811'],
];

const negatives: Row[] = [
  ['mã HS9010120878811', 'HS9010120878811'],
  ['XYZHS4010120878811', 'XYZHS4010120878811'],
  ['mã đơn hàng QQ4010120878811', 'QQ4010120878811']
];

describe('health_insurance', () => {
  it.each(positives)('finds %s', (text, value) => expectFound('health_insurance', [text, value]));
  it.each(negatives)('does not report %s', (text, value) => expectNotFound('health_insurance', [text, value]));
});

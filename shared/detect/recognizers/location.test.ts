import { describe, it } from 'vitest';
import { expectFound, expectNotFound, type Row } from '../testing.ts';

const positives: Row[] = [
  ['Tọa độ: 21.0285, 105.8542', '21.0285, 105.8542'],
  ['vị trí 10.7769,106.7009', '10.7769,106.7009'],
  ['21°01\'42"N 105°51\'15"E', '21°01\'42"N 105°51\'15"E'],
  ['GPS: -33.8688, 151.2093', '-33.8688, 151.2093'],
];

const negatives: Row[] = [
  ['phiên bản 21.0285, 105.8542', '21.0285, 105.8542'],
  ['giá 21.028, 105.854', '21.028, 105.854'],
  ['tỷ lệ 1.5, 2.5', '1.5, 2.5']
];

describe('location', () => {
  it.each(positives)('finds %s', (text, value) => expectFound('location', [text, value]));
  it.each(negatives)('does not report %s', (text, value) => expectNotFound('location', [text, value]));
});

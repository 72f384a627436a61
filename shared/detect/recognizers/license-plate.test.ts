import { describe, it } from 'vitest';
import { expectFound, expectNotFound, type Row } from '../testing.ts';

const positives: Row[] = [
  ['Biển số 30A-123.45', '30A-123.45'],
  ['xe máy 29B1-123.45', '29B1-123.45'],
  ['BKS: 51G 678.90', '51G 678.90'],
  ['ô tô 30A12345 đỗ sai', '30A12345'],
  ['bien so xe 29LD-12345', '29LD-12345'],
  ['Xe 43C1 234.56 vi phạm', '43C1 234.56'],
];

const negatives: Row[] = [
  ['phòng 30A-123 tầng 2', '30A-123'],
  ['Mã 05A-123.45', '05A-123.45'],
  ['giá 30A-123.456', '30A-123.456'],
  ['ABC30A-123.45', '30A-123.45']
];

describe('license_plate', () => {
  it.each(positives)('finds %s', (text, value) => expectFound('license_plate', [text, value]));
  it.each(negatives)('does not report %s', (text, value) => expectNotFound('license_plate', [text, value]));
});

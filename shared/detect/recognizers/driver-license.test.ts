import { describe, it } from 'vitest';
import { expectFound, expectNotFound, type Row } from '../testing.ts';

const positives: Row[] = [
  // The number under the card's title, after a bare "Số/No:".
  ["GIẤY PHÉP LÁI XE / DRIVER'S LICENSE\nSố/No: 790123456718\nHọ tên/Full name: LE MINH KHOA", '790123456718'],
  ['GPLX: 012345678901', '012345678901'],
  ['Giấy phép lái xe số 790123456789', '790123456789'],
  ['bang lai xe 038090012345', '038090012345'],
  ['CCCD 038090012345, GPLX 038090054321', '038090054321'],
];

const negatives: Row[] = [
  ['CCCD 038090012345', '038090012345'],
  ['Số 012345678901', '012345678901'],
  ['GPLX: 038090012345, CCCD: 038090054321', '038090054321']
];

describe('driver_license', () => {
  it.each(positives)('finds %s', (text, value) => expectFound('driver_license', [text, value]));
  it.each(negatives)('does not report %s', (text, value) => expectNotFound('driver_license', [text, value]));
});

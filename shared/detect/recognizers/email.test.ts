import { describe, it } from 'vitest';
import { expectFound, expectNotFound, type Row } from '../testing.ts';

const positives: Row[] = [
  ['Email: nguyen.van.an@gmail.com', 'nguyen.van.an@gmail.com'],
  ['liên hệ an_nguyen+work@mof.gov.vn nhé', 'an_nguyen+work@mof.gov.vn'],
  ['gửi tới TRAN.THI.B@YAHOO.COM.', 'TRAN.THI.B@YAHOO.COM'],
  ['email:hoa123@cand.com.vn,', 'hoa123@cand.com.vn'],
  // Invoice and order words make a number a code; an address stays an address.
  ['Email nhận hóa đơn: tungpt.travel@yahoo.com.vn', 'tungpt.travel@yahoo.com.vn'],
];

const negatives: Row[] = [
  ['tag @nguyenvanan trên mạng', '@nguyenvanan'],
  ['a@b không phải email', 'a@b'],
  ['địa chỉ user@localhost', 'user@localhost'],
  ['giá 10@5.000đ', '10@5.000']
];

describe('email', () => {
  it.each(positives)('finds %s', (text, value) => expectFound('email', [text, value]));
  it.each(negatives)('does not report %s', (text, value) => expectNotFound('email', [text, value]));
});

import { describe, it } from 'vitest';
import { expectFound, expectNotFound, type Row } from '../testing.ts';

const positives: Row[] = [
  ['Số thẻ: 4111 1111 1111 1111', '4111 1111 1111 1111'],
  ['the tin dung 5555555555554444', '5555555555554444'],
  ['JCB 3530-1113-3330-0000', '3530-1113-3330-0000'],
  ['Thẻ ATM Vietcombank 9704 3612 3456 7891', '9704 3612 3456 7891'],
  ['card 4111111111111111 exp 12/27', '4111111111111111'],
];

const negatives: Row[] = [
  ['Số thẻ 4111 1111 1111 1112', '4111 1111 1111 1112'],
  ['mã vận đơn 4111111111111111', '4111111111111111'],
  ['số 1234567812345670', '1234567812345670'],
  ['timestamp 1716182400000', '1716182400000']
];

describe('payment_card', () => {
  it.each(positives)('finds %s', (text, value) => expectFound('payment_card', [text, value]));
  it.each(negatives)('does not report %s', (text, value) => expectNotFound('payment_card', [text, value]));
});

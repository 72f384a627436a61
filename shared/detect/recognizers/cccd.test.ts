import { describe, expect, it } from 'vitest';
import { expectFound, expectNotFound, type Row } from '../testing.ts';
import { cccdStructure } from './cccd.ts';
import { CCCD_PROVINCE_CODES } from '../provinces.ts';

const positives: Row[] = [
  // A tax label before another number labels that one.
  ['MST: 0101234567, CCCD: 001087019342', '001087019342'],
  ['Số CCCD: 038090012345', '038090012345'],
  ['CCCD số O26196Ol7852', 'O26196Ol7852'],
  // "sn" before it is sinh năm, not the serial-number negative S/N.
  ['me toi la Vo Thi Cuc sn 1949, dinh danh 052149004812', '052149004812'],
  ['căn cước công dân số 001190012345 cấp ngày 01/02/2021', '001190012345'],
  ['can cuoc cong dan 079203001234', '079203001234'],
  ['SỐ ĐỊNH DANH CÁ NHÂN: 036 085 012 345', '036 085 012 345'],
  ['CCCD 038.090.012.345', '038.090.012.345'],
  ['Số định danh: ０３８０９００１２３４５', '０３８０９００１２３４５'],
  ['cccd038090012345', '038090012345'],
  ['Nguyễn Văn An\t038090012345\t0912345678', '038090012345'],
  ['Khách hàng 038090012345 đã đăng ký', '038090012345'],
  ['Số định danh cá nhân: 001190012345'.normalize('NFD'), '001190012345'],
  ['ID card: 092301004567', '092301004567'],
  // Labelled, a number glued to the next field by a hyphen is still one.
  ['CCCD: 001090012345-0912345678', '001090012345'],
];

const negatives: Row[] = [
  ['mã đơn hàng 038090012345', '038090012345'],
  ['Số 999090012345 không rõ', '999090012345'],
  ['mã vận đơn: 038090012345', '038090012345'],
  ['số tiền 038.090.012.345 đồng', '038.090.012.345'],
  ['DH038090012345', '038090012345'],
  ['serial 038090012345', '038090012345'],
  ['0380900123456 (13 chữ số)', '038090012345'],
  ['GPLX: 038090012345', '038090012345'],
  ['Mã số thuế: 038090012345', '038090012345'],
  // A piece of a longer hyphenated code (an invoice's store, date and serial).
  ['HĐ: 0512-20240620-000734  20/06/2024 18:22', '0512-20240620'],
  // The label after it opens the next number: this one is the licence.
  ['so gplx cua e 001083016472 con cccd vo e 001185021936', '001083016472'],
];

describe('cccd', () => {
  it.each(positives)('finds %s', (text, value) => expectFound('cccd', [text, value]));
  it.each(negatives)('does not report %s', (text, value) => expectNotFound('cccd', [text, value]));
});

describe('cccdStructure', () => {
  it('reads the province code by value as the set of code strings does, for every prefix', () => {
    for (let p = 0; p < 1000; p++) {
      for (const century of ['0', '3', '4', '9']) {
        const digits = `${String(p).padStart(3, '0')}${century}90012345`;
        const province = CCCD_PROVINCE_CODES.has(digits.slice(0, 3));
        const expected = !province ? 0.3 : Number(century) <= 3 ? 0.82 : 0.55;
        expect(cccdStructure(digits).base, digits).toBe(expected);
      }
    }
    for (const odd of ['', '03', '0a8090012345', '０３８']) expect(cccdStructure(odd).base).toBe(0.3);
  });
});

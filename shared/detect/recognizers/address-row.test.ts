import { describe, expect, it } from 'vitest';
import { createScanContext, foldText } from '../scan-context.ts';
import { afterBirthYear, afterIdNumber, afterTitledName, inPersonRow, namedPlace, speakerUnit } from './address-row.ts';

// Each case marks the address's start with '§' (and its end with '¤' where the helper reads one).
function at(marked: string): { text: string; start: number; end: number } {
  const start = marked.indexOf('§');
  const text = marked.replace('§', '').replace('¤', '');
  const endMark = marked.indexOf('¤');
  return { text, start, end: endMark < 0 ? text.length : endMark - 1 };
}

describe('where an address stands in its row', () => {
  it.each([
    ['Nguyễn Văn Cường – SN 1989 – §ấp Tân Hòa, xã Tân Thành', true],
    ['Tống Văn Khuê  1972  §xã Yên Khánh', true],
    ['Năm 2024, §xã Yên Khánh đạt chuẩn', false],
  ])('after a birth year: %j', (marked, expected) => {
    const { text, start } = at(marked);
    expect(afterBirthYear(foldText(text), start)).toBe(expected);
  });

  it.each([
    ['Đặng Minh Khôi, 04/02/2007, 052207004618, §thôn Hòa Hội', true],
    ['Lê An, CMND 205184732 - §xóm 5', true],
    ['Hóa đơn 0123456789, §thôn Hòa Hội', false],
    ['mã 1052207004618, §thôn Hòa Hội', false],
  ])('after an ID number: %j', (marked, expected) => {
    const { text, start } = at(marked);
    expect(afterIdNumber(foldText(text), start)).toBe(expected);
  });

  it.each([
    ['§thôn Hòa Hội¤', true],
    ['§buôn Mùi 3¤', true],
    ['§Thôn 2¤', false],
    ['§Tổ 3¤', false],
  ])('names its place: %j', (marked, expected) => {
    const { text, start, end } = at(marked);
    expect(namedPlace(foldText(text), start, end)).toBe(expected);
  });

  it.each([
    ['Lò Thị Ỏn – NS: 1998 – Nữ – Dân tộc: Thái – §bản Nà Dạ', true],
    ['Võ An, 052207004618, lớp 10A – §thôn Hòa Hội', true],
    ['1\tBé An\t02/06/2024\tNguyễn Thị Thảo\t0356 771 092\t§Thôn Phú Hòa', true],
    ['2\tVàng Thị Dợ\t15/03/1970\tNữ\tDT2020209008813\t§thôn Lô Lô Chải', true],
    ['Họp lúc 8h, §thôn Hòa Hội', false],
    ['Tổng đài 1900 1234, §thôn Hòa Hội', false],
  ])('in a person\'s row: %j', (marked, expected) => {
    const { text, start } = at(marked);
    expect(inPersonRow(foldText(text), start)).toBe(expected);
  });

  it.each([
    ['Hộ bà Tạ Thị Vân (§thôn Thịnh Đại)', true],
    ['ông Trần Văn Lành, §tổ 2, thôn Đông Lâm', true],
    ['tố hộ ông Quan Văn Bẩy ở §thôn Bắc Sơn', true],
    ['Công ty Hoàng Long, §thôn Bắc Sơn', false],
    ['bà Lan, §thôn Bắc Sơn', false],
    ['nha ong Nguyen Huu Duc §xom 4 vua bi dot quy', true],
    ['Nguyễn Hữu Đức §xóm 4', false],
    ['Hộ bà Tạ Thị Vân §Thôn Thịnh Đại', false],
  ])('after a titled name: %j', (marked, expected) => {
    const { text, start } = at(marked);
    expect(afterTitledName(createScanContext(text), start)).toBe(expected);
  });

  it.each([
    ['[20:10] Cán bộ ĐC §xã Hiệp An¤: Chị cho anh xin tên', true],
    ['1. Hộ ông Bốn, §thôn Giáp Kiền¤: 5 nhân khẩu', false],
    ['Địa chỉ: §xã Hiệp An¤: không rõ', false],
  ])('a chat speaker\'s unit: %j', (marked, expected) => {
    const { text, start, end } = at(marked);
    expect(speakerUnit(foldText(text), start, end)).toBe(expected);
  });
});

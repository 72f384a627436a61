import { describe, expect, it } from 'vitest';
import { createScanContext } from '../../scan-context.ts';
import { prepareTables } from '../../first-scan.ts';
import { inPersonRecord } from './record-subject.ts';

prepareTables();
const at = (text: string, needle: string) => inPersonRecord(createScanContext(text), createScanContext(text).folded.indexOf(needle));

describe('inPersonRecord', () => {
  it.each([
    ['Họ tên: Quan Văn Tú\nHIV Ab: Dương tính', 'duong tinh'],
    ['KẾT QUẢ\n2. Họ và tên người bệnh: Bùi Thị Hà\nKết luận: viêm gan', 'viem gan'],
    ['Nguoi vi pham: Nguyen Van A\nHanh vi: say rượu', 'hanh vi'],
    ['Khách hàng: Mai Xuân Trường\nXác thực khuôn mặt: khớp', 'khuon mat'],
  ])('a subject label makes %j a record', (text, needle) => {
    expect(at(text, needle)).toBe(true);
  });

  it.each([
    // Officials' labels name no subject.
    ['Người lập: Hakim\nPhật giáo', 'phat giao'],
    // A label without a value, or mid-sentence, is no record.
    ['Họ tên:\nDương tính', 'duong tinh'],
    ['Cần ghi rõ họ tên: và địa chỉ. HIV', 'hiv'],
    // A policy's target group, not a named person.
    ['Đối tượng: hộ nghèo, hộ cận nghèo\nngười nhiễm HIV', 'hiv'],
  ])('%j is no record', (text, needle) => {
    expect(at(text, needle)).toBe(false);
  });

  it('reaches only so far from its label', () => {
    const text = `Họ tên: Quan Văn Tú\n${'Lorem ipsum dolor. '.repeat(100)}HIV`;
    expect(at(text, 'hiv')).toBe(false);
    expect(at(text, 'lorem')).toBe(true);
  });
});

import { describe, it } from 'vitest';
import { expectFound, expectNotFound, type Row } from '../testing.ts';

const positives: Row[] = [
  ['Số CMND: 123456789', '123456789'],
  ['chứng minh nhân dân số 012345678 cấp tại Hà Nội', '012345678'],
  ['CMT 187654321', '187654321'],
  ['so cm 024 567 890', '024 567 890'],
  ['CMND/CCCD: 273456789', '273456789'],
  ['CHỨNG MINH THƯ: 123.456.789', '123.456.789'],
  // A bare "Số" opening its line numbers the card title above it (a scanned card).
  ['GIẤY CHỨNG MINH NHÂN DÂN\nSố 085123476\nHọ tên NÔNG THỊ THU', '085123476'],
  ['GIAY CHUNG MINH NHAN DAN\nSO: 186524037', '186524037'],
  // OCR of a scanned card: "Số" read as "S0", digits as l and O.
  ['GIAY CHUNG MINH NHAN DAN\nS0 23l567O93\nHo ten KSOR H\' PHUONG', '23l567O93'],
  // A dash bullet opening the line: the answer to the question above it.
  ['- Bố ơi số CMND cũ của bố là gì ạ?\n- 186274519 con nhé', '186274519'],
];

const negatives: Row[] = [
  ['Mã hồ sơ 123456789', '123456789'],
  ['Số 123456789 trong danh sách', '123456789'],
  ['CMND: 123456789/QĐ', '123456789'],
  ['số tiền 123.456.789 đồng', '123.456.789'],
  ['hóa đơn 123456789', '123456789'],
  // Any other words on the line keep the label above away.
  ['GIẤY CHỨNG MINH NHÂN DÂN\nMã hồ sơ 123456789', '123456789'],
];

describe('cmnd', () => {
  it.each(positives)('finds %s', (text, value) => expectFound('cmnd', [text, value]));
  it.each(negatives)('does not report %s', (text, value) => expectNotFound('cmnd', [text, value]));
});

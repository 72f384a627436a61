import { describe, it } from 'vitest';
import { expectFound, expectNotFound, type Row } from '../testing.ts';

const positives: Row[] = [
  // An ID label names the form, a tax label the use: the personal ID as tax code.
  ['mã số thuế cá nhân (số định danh) 001087019342, và giấy xác nhận', '001087019342'],
  ['từ 01/07/2025 dùng số CCCD 080196001432 làm MST', '080196001432'],
  ['Từ 01/7/2025 sử dụng số định danh cá nhân 001088012735 thay cho mã số thuế', '001088012735'],
  // A field's label however long, an ID label and a circular's number inside its bracket.
  ['Mã số thuế cá nhân (dùng số định danh theo Thông tư 86/2024/TT-BTC): 031070003482', '031070003482'],
  // A line's label however long, and a column that names both.
  ['5. Mã số thuế hộ kinh doanh (theo số định danh cá nhân của chủ hộ): 036185012944', '036185012944'],
  ['STT\tHọ và tên\tSố CCCD/MST cá nhân\tLương\n1\tNguyễn Văn Tâm\t040085002193\t8.450.000', '040085002193'],
  ['Mã số thuế: 0100109106', '0100109106'],
  ['MST 0311609355', '0311609355'],
  ['ma so thue 0300588569', '0300588569'],
  ['Công ty ABC, MST: 0101248141-001', '0101248141-001'],
  ['mã số thuế cá nhân: 038090012345', '038090012345'],
  ['MST: 0100 109 106', '0100 109 106'],
  ['Đơn vị 0100109106 đã nộp', '0100109106'],
];

const negatives: Row[] = [
  ['Mã số thuế: 0100109107', '0100109107'],
  ['mã đơn hàng 0100109106', '0100109106'],
  ['CCCD 038090012345', '038090012345'],
  ['Số 1234567890 không hợp lệ', '1234567890'],
  ['hóa đơn 0311609355', '0311609355'],
  ['MST 079204711786, tài khoản 524 608 754 177 4 tại Vietcombank', '524 608 754 177']
];

describe('tax_code', () => {
  it.each(positives)('finds %s', (text, value) => expectFound('tax_code', [text, value]));
  it.each(negatives)('does not report %s', (text, value) => expectNotFound('tax_code', [text, value]));
});

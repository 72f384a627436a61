import { describe, it } from 'vitest';
import { expectFound, expectNotFound, type Row } from '../testing.ts';

const positives: Row[] = [
  ['Hộ chiếu số C1234567', 'C1234567'],
  // A bare "Số:" cell reads with the cell before it.
  ['Loại giấy tờ: Hộ chiếu | Số: C9731826 | Ngày sinh: 1988-07-22', 'C9731826'],
  ['passport: B7654321', 'B7654321'],
  ['so ho chieu N2345678', 'N2345678'],
  ['Số HC: C1234567, cấp ngày 01/01/2020', 'C1234567'],
  // "số" glued to the number it labels.
  ['hộ chiếu cũ sốB2873164 hết hạn 2019', 'B2873164'],
  // Foreign guests' passports: two letters and 7 digits, or 9 digits.
  ['ZHANG WEI | Nam | CHN | Số hộ chiếu: EG3817720 | Giấy thông hành', 'EG3817720'],
  ['Olivia Martin;21/09/1988;Passport;PA4487213;AUS;318', 'PA4487213'],
  ['the crew kept my passport (125583407, United Kingdom)', '125583407'],
  ['Họ tên\tQuốc tịch\tSố hộ chiếu\nTanaka Yuki\tJPN\tTK6650182', 'TK6650182'],
  // A border pass; a travel document under a label that names no kind, in a passport's shape.
  ['bị mất túi xách, trong đó có giấy thông hành số B0537214 cấp ngày 12/01/2023', 'B0537214'],
  ['{"ho_ten": "Lý Thị Mai", "quoc_tich": "CHN", "so_giay_to": "EJ3380164"}', 'EJ3380164'],
];

const negatives: Row[] = [
  ['Mã sản phẩm C1234567', 'C1234567'],
  ['model C1234567', 'C1234567'],
  ['Hộ chiếu: ABC1234567', '1234567'],
  ['hộ chiếu C12345678901', 'C12345678901'],
  ['kho hàng: C1234567', 'C1234567'],
  ['Hộ chiếu: 3C1234567', '3C1234567'],
  // Nine digits need the label: alone, or after a code's dash, they are something else.
  ['Mã khách hàng 125583407', '125583407'],
  ['hộ chiếu KH-125583407', '125583407'],
  ['passport: ABCD1234567', 'CD1234567'],
  ['CMND số: 025471836  Hộ chiếu số: C1234567', '025471836'],
  // Nine digits under a label that names no kind: an old ID card's shape too.
  ['{"so_giay_to": "125583407"}', '125583407'],
];

describe('passport', () => {
  it.each(positives)('finds %s', (text, value) => expectFound('passport', [text, value]));
  it.each(negatives)('does not report %s', (text, value) => expectNotFound('passport', [text, value]));
});

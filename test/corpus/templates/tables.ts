// Lists pasted from Excel: tab-separated, a title, a header row, 3–50 rows,
// names often in capitals, sometimes a total row with money.
import * as decoys from '../decoys.ts';
import { ETHNICITIES } from '../fields.ts';
import { d, join, topic, type Seg } from '../segments.ts';
import type { Person, Values } from '../values.ts';
import { tpl, type Template } from './template.ts';

interface Column {
  headers: readonly string[];
  cell(v: Values, p: Person, row: number): Seg[];
}

const COL = {
  stt: { headers: ['STT', 'TT', 'Stt'], cell: (_v, _p, row) => d`${row}` },
  name: { headers: ['Họ và tên', 'HỌ VÀ TÊN', 'Họ tên', 'Tên'], cell: (v, p) => [v.name(p, v.rng.chance(0.3) ? 'upper' : 'as_is')] },
  dob: { headers: ['Ngày sinh', 'NGÀY SINH', 'Ngày tháng năm sinh', 'NS'], cell: (v, p) => [v.dob(p)] },
  year: { headers: ['Năm sinh', 'NĂM SINH'], cell: (v, p) => [v.birthYear(p)] },
  gender: { headers: ['Giới tính', 'GT'], cell: (_v, p) => d`${p.name.female ? 'Nữ' : 'Nam'}` },
  cccd: { headers: ['Số CCCD', 'CCCD', 'Số định danh', 'SỐ CCCD/CMND'], cell: (v, p) => [v.cccd(p)] },
  phone: { headers: ['SĐT', 'Số điện thoại', 'Điện thoại', 'ĐT'], cell: (v, p) => [v.phone(p)] },
  email: { headers: ['Email', 'Thư điện tử'], cell: (v, p) => [v.email(p)] },
  address: { headers: ['Địa chỉ', 'Nơi cư trú', 'Địa chỉ thường trú', 'ĐỊA CHỈ'], cell: (v) => [v.address({ short: v.rng.chance(0.5) })] },
  bhxh: { headers: ['Mã số BHXH', 'Số sổ BHXH', 'Mã BHXH'], cell: (v) => [v.socialInsurance()] },
  bhyt: { headers: ['Mã thẻ BHYT', 'Số thẻ BHYT'], cell: (v) => [v.healthInsurance()] },
  stk: { headers: ['Số tài khoản', 'STK', 'Số TK'], cell: (v) => [v.bankAccount().seg] },
  bank: { headers: ['Ngân hàng', 'Tại NH'], cell: (v) => d`${v.rng.pick(['Agribank', 'Vietcombank', 'BIDV', 'VietinBank', 'MB', 'Techcombank'])}` },
  money: { headers: ['Số tiền', 'Số tiền (đồng)', 'Thành tiền'], cell: (v) => [decoys.money(v.rng)] },
  mst: { headers: ['MST', 'Mã số thuế', 'MST cá nhân'], cell: (v, p) => [v.rng.chance(0.4) ? v.personalTaxCode(p) : v.taxCode(false)] },
  plate: { headers: ['Biển số', 'BKS', 'Biển kiểm soát'], cell: (v) => [v.plate()] },
  unit: { headers: ['Đơn vị', 'Chức vụ', 'Ghi chú'], cell: (v) => d`${v.rng.pick(['Phòng Nội vụ', 'Văn phòng', 'Tổ 3', 'Hộ nghèo', 'Trưởng thôn', '', 'Đã nhận', 'Chuyên viên'])}` },
  ethnicity: { headers: ['Dân tộc'], cell: (v) => [topic('ethnicity', v.rng.pick(ETHNICITIES))] },
  diagnosis: { headers: ['Chẩn đoán', 'Bệnh', 'Tình trạng sức khỏe'], cell: (v) => [topic('health', v.rng.pick(['Tăng huyết áp', 'Đái tháo đường typ 2', 'Viêm phổi', 'Suy thận mạn', 'Lao phổi', 'Ung thư gan', 'Rối loạn lo âu', 'Hen phế quản']))] },
  registered: { headers: ['Ngày đăng ký', 'Ngày nộp', 'Ngày tiêm'], cell: (v) => [decoys.meetingDate(v.rng)] },
  cmnd: { headers: ['Số CMND', 'CMND'], cell: (v) => [v.cmnd()] },
  license: { headers: ['Số GPLX', 'GPLX'], cell: (v) => [v.driverLicense()] },
  passport: { headers: ['Số hộ chiếu', 'Hộ chiếu'], cell: (v) => [v.passport()] },
} satisfies Record<string, Column>;

type ColName = keyof typeof COL;

function rowCount(v: Values): number {
  return v.rng.weighted<number>([[v.rng.int(3, 8), 6], [v.rng.int(9, 20), 3], [v.rng.int(21, 50), 1]]);
}

function table(v: Values, titles: readonly string[], cols: readonly ColName[], opts: { total?: boolean } = {}): Seg[] {
  const lines: Seg[][] = [];
  if (v.rng.chance(0.8)) lines.push(d`${v.rng.pick(titles)}`);
  lines.push(d`${cols.map((c) => v.rng.pick(COL[c].headers)).join('\t')}`);
  const n = rowCount(v);
  for (let row = 1; row <= n; row++) {
    const p = v.person();
    lines.push(join(cols.map((c) => COL[c].cell(v, p, row)), '\t'));
  }
  if (opts.total) lines.push(d`Tổng cộng\t${'\t'.repeat(Math.max(0, cols.length - 2))}${decoys.money(v.rng)}`);
  return join(lines, '\n');
}

function pick(v: Values, required: readonly ColName[], optional: readonly ColName[], keep = 0.5): ColName[] {
  return [...required, ...optional.filter(() => v.rng.chance(keep))];
}

export const tableTemplates: Template[] = [
  tpl('table.voters', 'table', 'dev', (v) =>
    table(v, ['DANH SÁCH CỬ TRI', 'Danh sách cử tri tổ dân phố số 5'], ['stt', ...pick(v, ['name', 'dob'], ['gender', 'cccd', 'cmnd', 'address', 'ethnicity'], 0.4)])),
  tpl('table.payout', 'table', 'dev', (v) =>
    table(v, ['DANH SÁCH CHI TRẢ TRỢ CẤP THÁNG 10/2025', 'Danh sách chi trả chế độ'], ['stt', 'name', ...pick(v, ['stk'], ['bank', 'cccd', 'phone']), 'money'], { total: true })),
  tpl('table.staff', 'table', 'dev', (v) =>
    table(v, ['DANH SÁCH CÁN BỘ, CÔNG CHỨC', 'Danh sách trích ngang'], ['stt', ...pick(v, ['name'], ['dob', 'cccd', 'phone', 'email', 'mst', 'bhxh', 'unit'], 0.55)])),
  tpl('table.students', 'table', 'dev', (v) =>
    table(v, ['DANH SÁCH HỌC SINH LỚP 10A1', 'Danh sách học sinh nhận học bổng'], ['stt', 'name', ...pick(v, ['dob'], ['gender', 'bhyt', 'address', 'phone'])])),
  tpl('table.insured', 'table', 'dev', (v) =>
    table(v, ['DANH SÁCH THAM GIA BHXH, BHYT', 'Danh sách lao động tham gia bảo hiểm'], ['stt', 'name', ...pick(v, ['bhxh'], ['dob', 'cccd', 'bhyt', 'money'])])),
  tpl('table.vehicles', 'table', 'dev', (v) =>
    table(v, ['DANH SÁCH PHƯƠNG TIỆN VI PHẠM', 'Danh sách xe đăng ký gửi'], ['stt', 'plate', ...pick(v, ['name'], ['phone', 'license', 'registered'])])),
  tpl('table.no_title_small', 'table', 'dev', (v) => table(v, [''], pick(v, ['name', 'phone'], ['email', 'unit', 'cccd']))),
  tpl('table.two_header_rows', 'table', 'dev', (v) => {
    const lines: Seg[][] = [d`STT\tTHÔNG TIN CÁ NHÂN\t\t\tLIÊN HỆ\t`, d`\tHọ và tên\tNgày sinh\tSố CCCD\tĐiện thoại\tEmail`];
    for (let row = 1, n = v.rng.int(3, 12); row <= n; row++) {
      const p = v.person();
      lines.push(join([d`${row}`, [v.name(p)], [v.dob(p)], [v.cccd(p)], [v.phone(p)], [v.email(p)]], '\t'));
    }
    return join(lines, '\n');
  }),
  // --- holdout ---------------------------------------------------------------
  tpl('table.h_poor', 'table', 'holdout', (v) =>
    table(v, ['DANH SÁCH HỘ NGHÈO NĂM 2025', 'Danh sách hộ cận nghèo thôn Đông'], ['stt', 'name', ...pick(v, ['year', 'address'], ['cccd', 'cmnd', 'ethnicity', 'phone', 'money'])])),
  tpl('table.h_patients', 'table', 'holdout', (v) =>
    table(v, ['DANH SÁCH BỆNH NHÂN ĐIỀU TRỊ NỘI TRÚ', 'Danh sách người bệnh chuyển tuyến'], ['stt', 'name', ...pick(v, ['year', 'diagnosis'], ['bhyt', 'address', 'registered'])])),
  tpl('table.h_travel', 'table', 'holdout', (v) =>
    table(v, ['DANH SÁCH ĐOÀN CÔNG TÁC NƯỚC NGOÀI'], ['stt', 'name', ...pick(v, ['dob', 'passport'], ['unit', 'phone', 'email'])])),
];

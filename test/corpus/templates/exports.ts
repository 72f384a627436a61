// Records exported from line-of-business systems and pasted as JSON or CSV
// (into a chat, an AI assistant, a ticket): field names in camelCase or
// snake_case, ISO dates, quoted values.
import * as decoys from '../decoys.ts';
import { d, join, type Seg } from '../segments.ts';
import type { Values } from '../values.ts';
import { tpl, type Template } from './template.ts';

function isoDob(v: Values, p: ReturnType<Values['person']>): Seg {
  const { day, month, year } = p.dob;
  return { text: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, type: 'date_of_birth' };
}

function jsonRecord(v: Values, style: 'camel' | 'snake'): Seg[] {
  const p = v.person();
  const k = (camel: string, snake: string) => `"${style === 'camel' ? camel : snake}"`;
  const fields: Seg[][] = [
    d`${k('hoTen', 'ho_ten')}: "${v.name(p)}"`,
    d`${k('ngaySinh', 'ngay_sinh')}: "${v.rng.chance(0.5) ? isoDob(v, p) : v.dob(p, false)}"`,
    d`${k('soDinhDanh', 'so_cccd')}: "${v.cccd(p, false)}"`,
    d`${k('soDienThoai', 'so_dien_thoai')}: "${v.phone(p, false)}"`,
  ];
  if (v.rng.chance(0.5)) fields.push(d`${k('email', 'email')}: "${v.email(p)}"`);
  if (v.rng.chance(0.5)) fields.push(d`${k('diaChi', 'dia_chi')}: "${v.address()}"`);
  if (v.rng.chance(0.4)) fields.push(d`${k('maHoSo', 'ma_ho_so')}: "${decoys.orderCode(v.rng)}"`);
  if (v.rng.chance(0.4)) fields.push(d`${k('ngayTao', 'created_at')}: "${decoys.timestamp(v.rng)}"`);
  if (v.rng.chance(0.3)) fields.push(d`${k('soBHXH', 'ma_bhxh')}: "${v.socialInsurance()}"`);
  return d`{${join(fields, ', ')}}`;
}

export const exportTemplates: Template[] = [
  tpl('table.json_export', 'table', 'dev', (v) => {
    const n = v.rng.int(1, 4);
    const style = v.rng.pick(['camel', 'snake'] as const);
    const records = Array.from({ length: n }, () => jsonRecord(v, style));
    return n === 1 ? records[0] : d`[\n  ${join(records, ',\n  ')}\n]`;
  }),
  tpl('table.csv_export', 'table', 'dev', (v) => {
    const rows: Seg[][] = [d`ho_ten,ngay_sinh,so_cccd,sdt,ma_ho_so`];
    for (let i = 0, n = v.rng.int(2, 12); i < n; i++) {
      const p = v.person();
      rows.push(d`"${v.name(p)}",${v.dob(p, false)},${v.cccd(p, false)},${v.phone(p, false)},${decoys.orderCode(v.rng)}`);
    }
    return join(rows, '\n');
  }),
  // --- holdout ---------------------------------------------------------------
  tpl('table.h_sql', 'table', 'holdout', (v) => {
    const rows: Seg[][] = [];
    for (let i = 0, n = v.rng.int(1, 5); i < n; i++) {
      const p = v.person();
      rows.push(d`(${v.rng.int(1000, 99999)}, N'${v.name(p)}', '${isoDob(v, p)}', '${v.cccd(p, false)}', '${v.email(p)}')`);
    }
    return d`INSERT INTO cong_dan (id, ho_ten, ngay_sinh, so_cccd, email) VALUES\n${join(rows, ',\n')};`;
  }),
  tpl('table.h_semicolon_csv', 'table', 'holdout', (v) => {
    const rows: Seg[][] = [d`STT;Họ tên;Số điện thoại;Số tài khoản;Ngân hàng;Số tiền`];
    for (let i = 1, n = v.rng.int(2, 10); i <= n; i++) {
      const p = v.person();
      const a = v.bankAccount();
      rows.push(d`${i};${v.name(p)};${v.phone(p, false)};${a.seg};${a.bank};${decoys.money(v.rng)}`);
    }
    return join(rows, '\n');
  }),
];

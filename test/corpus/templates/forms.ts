// Web and paper forms pasted as "label: value" lines, each with a title and
// the non-personal fields (file code, fee, dates) that surround real data.
import { agencyLetterhead } from '../addresses.ts';
import * as decoys from '../decoys.ts';
import { fieldLine, type FieldKey } from '../fields.ts';
import { d, join, topic, type Seg } from '../segments.ts';
import type { Values } from '../values.ts';
import { tpl, type Template } from './template.ts';

function form(v: Values, title: string, keys: readonly FieldKey[], opts: { numbered?: boolean; letterhead?: boolean; sep?: string } = {}): Seg[] {
  const p = v.person();
  const lines: Seg[][] = [];
  if (opts.letterhead) lines.push(d`${agencyLetterhead(v.rng)}`);
  lines.push(d`${title}`);
  keys.forEach((k, i) => {
    const prefix = opts.numbered ? `${i + 1}. ` : v.rng.chance(0.1) ? '- ' : '';
    lines.push(d`${prefix}${fieldLine(v, p, k, opts.sep ?? ': ')}`);
  });
  return join(lines, '\n');
}

/** Keep the required fields, drop each optional one with probability 1 − keep. */
function someOf(v: Values, required: readonly FieldKey[], optional: readonly FieldKey[], keep = 0.6): FieldKey[] {
  return [...required, ...optional.filter(() => v.rng.chance(keep))];
}

export const formTemplates: Template[] = [
  tpl('form.residence', 'form', 'dev', (v) =>
    form(v, v.rng.pick(['TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ', 'Tờ khai thay đổi thông tin cư trú (CT01)']),
      someOf(v, ['name', 'dob', 'cccd'], ['gender', 'phone', 'email', 'address', 'current_address', 'job', 'ethnicity', 'religion', 'file_code']), { numbered: v.rng.chance(0.5) })),
  tpl('form.cv', 'form', 'dev', (v) =>
    form(v, v.rng.pick(['SƠ YẾU LÝ LỊCH', 'Sơ yếu lý lịch tự thuật']),
      someOf(v, ['name', 'dob', 'hometown', 'ethnicity'], ['gender', 'religion', 'cccd', 'issue_date', 'issue_place', 'address', 'phone', 'party', 'job'], 0.7), { numbered: true })),
  tpl('form.recruit', 'form', 'dev', (v) =>
    form(v, v.rng.pick(['PHIẾU ĐĂNG KÝ DỰ TUYỂN VIÊN CHỨC', 'Phiếu đăng ký dự tuyển công chức năm 2025']),
      someOf(v, ['name', 'dob', 'phone'], ['gender', 'cccd', 'issue_date', 'email', 'address', 'ethnicity', 'hometown']), { letterhead: v.rng.chance(0.3) })),
  tpl('form.allowance', 'form', 'dev', (v) =>
    form(v, v.rng.pick(['ĐƠN ĐỀ NGHỊ HƯỞNG TRỢ CẤP XÃ HỘI HÀNG THÁNG', 'Đơn đề nghị hỗ trợ người có công']),
      someOf(v, ['name', 'cccd', 'address'], ['cmnd', 'dob', 'phone', 'bank', 'social_insurance', 'fee', 'submitted']))),
  tpl('form.vehicle', 'form', 'dev', (v) =>
    form(v, v.rng.pick(['GIẤY KHAI ĐĂNG KÝ XE', 'Tờ khai đăng ký sang tên xe']),
      someOf(v, ['name', 'plate', 'driver_license'], ['cccd', 'address', 'phone', 'fee', 'file_code'])), { weight: 2 }),
  tpl('form.tax', 'form', 'dev', (v) =>
    form(v, v.rng.pick(['TỜ KHAI ĐĂNG KÝ THUẾ', 'Đăng ký người phụ thuộc giảm trừ gia cảnh']),
      someOf(v, ['name', 'tax_code'], ['dob', 'cccd', 'address', 'phone', 'email', 'bank']))),
  tpl('form.passport', 'form', 'dev', (v) =>
    form(v, v.rng.pick(['TỜ KHAI ĐỀ NGHỊ CẤP HỘ CHIẾU PHỔ THÔNG', 'Tờ khai cấp hộ chiếu (TK01)']),
      someOf(v, ['name', 'dob', 'cccd', 'passport'], ['gender', 'hometown', 'address', 'phone', 'submitted'])), { weight: 2 }),
  tpl('form.old_id', 'form', 'dev', (v) =>
    form(v, 'XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ',
      someOf(v, ['name', 'cmnd', 'cccd'], ['dob', 'address', 'issue_date', 'file_code']))),
  tpl('form.online_inline', 'form', 'dev', (v) => {
    const p = v.person();
    return d`Họ tên: ${v.name(p)} | Ngày sinh: ${v.dob(p)} | SĐT: ${v.phone(p)} | Email: ${v.email(p)} | Địa chỉ: ${v.address()}`;
  }),
  tpl('form.incident', 'form', 'dev', (v) => {
    const p = v.person();
    return d`PHIẾU TIẾP NHẬN TIN BÁO SỰ VIỆC\nThời điểm tiếp nhận: ${decoys.timestamp(v.rng)}\nNgười báo tin: ${v.name(p)}, SĐT ${v.phone(p)}\nVị trí ${v.rng.pick(['(GPS)', 'định vị', 'tọa độ'])}: ${v.location()}\nNội dung: ${v.rng.pick(['cháy nhà dân', 'tai nạn giao thông', 'người già đi lạc', 'sạt lở đất'])}`;
  }, { weight: 2 }),
  tpl('form.english', 'form', 'dev', (v) => {
    const p = v.person();
    return d`Full name: ${v.name(p, v.rng.chance(0.5) ? 'ascii_upper' : 'ascii')}\nDate of birth: ${v.dob(p)}\nID card (CCCD): ${v.cccd(p)}\nPassport No.: ${v.passport()}\nMobile: ${v.phone(p)}\nEmail: ${v.email(p)}\nPermanent address: ${v.address()}`;
  }),
  tpl('form.misspelled_labels', 'form', 'dev', (v) => {
    // Labels as people really type them: no diacritics, run together, abbreviated.
    const p = v.person();
    return d`${v.rng.pick(['hoten', 'Ho ten', 'HT'])}: ${v.name(p, 'ascii')}\n${v.rng.pick(['cancuoc', 'so cc', 'CC/CCCD', 'so cccd'])}: ${v.cccd(p)}\n${v.rng.pick(['dthoai', 'ĐT/Zalo', 'SDT/zalo', 'so dt'])}: ${v.phone(p)}\n${v.rng.pick(['ngsinh', 'NS', 'ngay sinh'])}: ${v.dob(p)}`;
  }),
  tpl('form.field_value', 'form', 'dev', (v) => {
    // What one input field holds when the extension scans it: the value alone.
    const p = v.person();
    return [v.rng.pick([() => v.phone(p), () => v.email(p), () => v.cccd(p), () => v.card(), () => v.plate(), () => v.healthInsurance(), () => v.name(p), () => v.address()])()];
  }, { weight: 2 }),
  // --- holdout ---------------------------------------------------------------
  tpl('form.h_staff', 'form', 'holdout', (v) =>
    form(v, v.rng.pick(['PHIẾU THU THẬP THÔNG TIN CÁN BỘ, CÔNG CHỨC', 'Phiếu cập nhật hồ sơ cán bộ']),
      someOf(v, ['name', 'dob', 'cccd'], ['ethnicity', 'religion', 'party', 'tax_code', 'social_insurance', 'bank', 'phone', 'email', 'address'], 0.55), { numbered: true, sep: ': ' })),
  tpl('form.h_authorization', 'form', 'holdout', (v) => {
    const a = v.person();
    const b = v.person();
    return d`GIẤY ỦY QUYỀN\nBên ủy quyền: ${v.name(a)}, sinh ngày ${v.dob(a)}, CCCD số ${v.cccd(a)}, thường trú tại ${v.address()}.\nBên được ủy quyền: ${v.name(b)}, CCCD số ${v.cccd(b)}, điện thoại ${v.phone(b)}.`;
  }),
  tpl('form.h_loan', 'form', 'holdout', (v) =>
    form(v, 'HỒ SƠ ĐỀ NGHỊ VAY VỐN NGÂN HÀNG CHÍNH SÁCH XÃ HỘI',
      someOf(v, ['name', 'cccd', 'bank'], ['dob', 'address', 'phone', 'fee', 'tax_code', 'submitted']), { sep: v.rng.pick([': ', ' : ', ':\t']) })),
  tpl('form.h_event', 'form', 'holdout', (v) => {
    const p = v.person();
    return d`Đăng ký tham dự hội nghị\nHọ và tên: ${v.name(p)}\nĐơn vị: ${v.rng.pick(['Sở Tư pháp', 'Phòng Nội vụ', 'UBND xã'])}\nĐiện thoại: ${v.phone(p)}\nEmail: ${v.email(p)}\nBiển số xe (nếu gửi xe): ${v.plate()}`;
  }),
  tpl('form.h_id_confirm', 'form', 'holdout', (v) => {
    const p = v.person();
    return d`GIẤY XÁC NHẬN SỐ CHỨNG MINH NHÂN DÂN\nHọ, chữ đệm và tên: ${v.name(p, 'upper')}\nNgày, tháng, năm sinh: ${v.dob(p)}\nSố CMND đã được cấp: ${v.cmnd()}\nSố định danh cá nhân (CCCD): ${v.cccd(p)}\nNơi thường trú: ${v.address()}`;
  }, { weight: 2 }),
  tpl('form.h_traffic', 'form', 'holdout', (v) => {
    const p = v.person();
    // Decree 356 Art. 4(g): violations held by law enforcement are sensitive, not only crimes.
    return d`${topic('criminal_record', 'BIÊN BẢN VI PHẠM HÀNH CHÍNH')} VỀ TRẬT TỰ, AN TOÀN GIAO THÔNG ĐƯỜNG BỘ\nSố: ${decoys.docNumber(v.rng)}\nHồi ${decoys.timestamp(v.rng)}, tại ${v.rng.pick(['Km 12+300 QL1A', 'ngã tư Vọng', 'cầu Rồng'])}\nNgười vi phạm: ${v.name(p)}, sinh ngày ${v.dob(p)}\nGiấy phép lái xe số: ${v.driverLicense()}, hạng ${v.rng.pick(['A1', 'B2', 'C'])}\nPhương tiện: ${v.rng.pick(['xe mô tô', 'xe ô tô con'])} BKS ${v.plate()}\nMức phạt: ${decoys.money(v.rng)}`;
  }, { weight: 2 }),
  tpl('form.h_english', 'form', 'holdout', (v) => {
    const p = v.person();
    return d`Applicant: ${v.name(p, 'ascii')} | DOB: ${v.dob(p)} | Tel: ${v.phone(p)} | ID No.: ${v.cccd(p)} | Address: ${v.address()}`;
  }),
  tpl('form.h_field_value', 'form', 'holdout', (v) => {
    const p = v.person();
    return [v.rng.pick([() => v.phone(p), () => v.email(p), () => v.cccd(p), () => v.taxCode(), () => v.name(p, 'upper'), () => v.address({ short: true })])()];
  }, { weight: 2 }),
];

// E-mails between offices and with citizens: greeting, body, signature block
// (whose name, title, phone and e-mail are personal data too).
import { agencyName } from '../addresses.ts';
import * as decoys from '../decoys.ts';
import { d, decoy, type Seg } from '../segments.ts';
import type { Values } from '../values.ts';
import { tpl, type Template } from './template.ts';

function signature(v: Values): Seg[] {
  const p = v.person();
  return v.rng.pick([
    d`\n\nTrân trọng,\n${v.rng.pick(['', '', 'TS. ', 'ThS. ', 'BS. ', 'KS. '])}${v.name(p)}\n${v.rng.pick(['Chuyên viên', 'Phó Trưởng phòng', 'Văn thư', 'Cán bộ một cửa'])} - ${agencyName(v.rng)}\nĐT: ${v.phone(p)}\nEmail: ${v.email(p)}`,
    d`\n\n--\n${v.name(p)} | ${agencyName(v.rng)} | ${v.phone(p)}`,
    d`\n\nThân,\n${v.given(p)}`,
    d`\n\nTrân trọng cảm ơn!`,
  ]);
}

export const emailTemplates: Template[] = [
  tpl('email.forward_citizen', 'email', 'dev', (v) => {
    const p = v.person();
    return d`Kính gửi anh/chị,\n\nPhòng chuyển thông tin công dân ${v.name(p)}, sinh ngày ${v.dob(p)}, số CCCD ${v.cccd(p)}, địa chỉ ${v.address()}, số điện thoại ${v.phone(p)} để xác minh hồ sơ theo Công văn số ${decoys.docNumber(v.rng)}.${signature(v)}`;
  }),
  tpl('email.meeting', 'email', 'dev', (v) => {
    const p = v.person();
    return d`Kính gửi các đồng chí,\n\nVăn phòng thông báo lịch họp giao ban vào lúc ${decoys.timestamp(v.rng)} tại phòng họp tầng 3. Đầu mối liên hệ: đồng chí ${v.name(p)}, ĐT ${v.phone(p)}.\nTài liệu kèm theo: Kế hoạch ${decoys.docNumber(v.rng)}.${signature(v)}`;
  }),
  tpl('email.account_request', 'email', 'dev', (v) => {
    const p = v.person();
    return d`Chào ${v.given(p)},\n\nMình gửi tài khoản đăng nhập hệ thống một cửa điện tử:\nTên đăng nhập: ${v.email(p)}\nMật khẩu: ${v.password()}\nEm đăng nhập lần đầu thì đổi mật khẩu giúp mình.${signature(v)}`;
  }, { weight: 2 }),
  tpl('email.complaint', 'email', 'dev', (v) => {
    const p = v.person();
    return d`Kính gửi UBND phường,\n\nTôi là ${v.name(p)}, CCCD ${v.cccd(p)}, cư trú tại ${v.address()}. Tôi phản ánh việc hồ sơ ${decoys.orderCode(v.rng)} nộp ngày ${decoys.meetingDate(v.rng)} đến nay chưa được giải quyết. Mọi liên hệ xin gọi ${v.phone(p)} hoặc gửi thư về ${v.email(p)}.\n\nXin cảm ơn.`;
  }),
  tpl('email.report_plain', 'email', 'dev', (v) =>
    d`Kính gửi Lãnh đạo Sở,\n\nThực hiện ${decoys.docNumber(v.rng)}, đơn vị đã hoàn thành rà soát ${v.rng.int(20, 900)} hồ sơ trong năm ${decoys.bareYear(v.rng)}, tổng kinh phí ${decoys.money(v.rng)}. Đề nghị gửi báo cáo trước ${decoys.meetingDate(v.rng)}. Mọi vướng mắc liên hệ đường dây nóng ${decoys.hotline(v.rng)}.${signature(v)}`),
  tpl('email.headers', 'email', 'dev', (v) => {
    // A forwarded message with its header block: names beside addresses in angle brackets.
    const from = v.person();
    const to = v.person();
    return d`---------- Forwarded message ---------\nTừ: ${v.name(from)} <${v.email(from)}>\nNgày: ${decoys.timestamp(v.rng)}\nTiêu đề: ${v.rng.pick(['Hồ sơ đề nghị cấp phép', 'V/v bổ sung tài liệu', 'Báo cáo tuần'])}\nĐến: ${v.name(to)} <${v.email(to)}>\n\n${v.rng.pick(['Em gửi anh hồ sơ đính kèm.', 'Nhờ chị xem giúp.', 'Đề nghị phối hợp xử lý.'])} SĐT: ${v.phone(from)} / ${v.phone()}`;
  }, { weight: 2 }),
  tpl('email.reset', 'email', 'dev', (v) => {
    const p = v.person();
    return v.rng.pick([
      d`Kính gửi ${v.name(p)},\nMật khẩu tạm thời truy cập hệ thống quản lý văn bản của anh/chị là: ${v.password()}\nVui lòng đổi mật khẩu trong vòng 24 giờ.`,
      d`Em gửi tài khoản VNeID mức 2 của ${v.name(p)}: tên đăng nhập ${v.cccd(p, false)}, mật khẩu ${v.password()}. Đã đổi mã PIN.`,
      d`Cấu hình kết nối LGSP:\nclient_id: ubnd-${v.rng.int(10, 99)}\nclient_secret: ${v.token()}`,
    ]);
  }),
  // --- holdout ---------------------------------------------------------------
  tpl('email.h_transfer', 'email', 'holdout', (v) => {
    const p = v.person();
    const a = v.bankAccount();
    return d`Chị ơi,\n\nEm gửi thông tin cán bộ mới chuyển công tác về: ${v.name(p)}, ngày sinh ${v.dob(p)}, MST ${v.personalTaxCode(p)}, tài khoản lương ${a.seg} tại ${a.bank}. Chị nhập giúp em vào phần mềm lương từ tháng ${v.rng.int(1, 12)}/${decoys.bareYear(v.rng)} nhé.${signature(v)}`;
  }),
  tpl('email.h_invite', 'email', 'holdout', (v) => {
    const p = v.person();
    return d`Trân trọng kính mời ông/bà ${v.name(p)} tham dự Hội nghị tổng kết vào ${decoys.timestamp(v.rng)}. Xác nhận tham dự qua số ${v.phone(p)} hoặc email ${v.email(p)} trước ${decoys.meetingDate(v.rng)}.`;
  }),
  tpl('email.h_credentials', 'email', 'holdout', (v) => {
    const p = v.person();
    return d`Gửi ${v.given(p)},\nTài khoản phần mềm kế toán: ${v.email(p)}\nPass: ${v.password()}\nToken API thuế điện tử: ${v.token()}`;
  }),
  tpl('email.h_visa', 'email', 'holdout', (v) => {
    const p = v.person(false);
    return d`Kính gửi Đại sứ quán,\nĐoàn công tác gồm ông ${v.name(p)}, hộ chiếu số ${v.passport()}, ngày sinh ${v.dob(p)}, và bà ${v.name(v.person(true))}, hộ chiếu số ${v.passport()}. Xin cấp thị thực nhập cảnh từ ${decoys.meetingDate(v.rng)}.`;
  }),
  tpl('email.h_case_summary', 'email', 'holdout', (v) => {
    const a = v.person();
    const b = v.person();
    return d`Tóm tắt vụ việc: ngày ${decoys.meetingDate(v.rng)}, bà ${v.name(v.person(true))} đến trụ sở trình báo về việc bị lừa chuyển ${decoys.money(v.rng)} vào tài khoản ${v.bankAccount().seg} mang tên ${v.name(a, 'upper')}. Đối tượng dùng số ${v.phone(a)} và Zalo tên "${v.given(a)}". Người làm chứng: ${v.name(b)}, ĐT ${v.phone(b)}. Hồ sơ chuyển Đội Cảnh sát hình sự theo ${decoys.docNumber(v.rng)}.`;
  }, { weight: 2 }),
  tpl('email.h_headers', 'email', 'holdout', (v) => {
    const from = v.person();
    return d`From: "${v.name(from, 'ascii')}" <${v.email(from)}>\nSent: ${decoys.timestamp(v.rng)}\nTo: ${v.email()}\nSubject: RE: ho so ${decoys.orderCode(v.rng)}\n\nDa nhan, lien he may le: ${v.landline()} (ext. ${v.rng.int(100, 999)})`;
  }, { weight: 2 }),
];

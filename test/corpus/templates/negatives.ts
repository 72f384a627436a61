// Texts with no personal data that a careless detector flags: letters with
// document numbers and dates, invoices and tracking codes, money, logs,
// hotlines, statistics by year, reference numbers with no context.
import { agencyLetterhead, agencyName, STREETS } from '../addresses.ts';
import * as decoys from '../decoys.ts';
import { NAMED_PLACES, personName } from '../names.ts';
import { d, decoy, join, span, type Seg } from '../segments.ts';
import type { Values } from '../values.ts';
import { INSTITUTIONAL_PHRASES, POLICY_PROSE } from './prose.ts';
import { tpl, type Template } from './template.ts';

function prose(v: Values, n: number): Seg[] {
  return join(v.rng.shuffle([...POLICY_PROSE]).slice(0, n).map((p) => decoy('policy_prose', p)), '\n');
}

export const negativeTemplates: Template[] = [
  tpl('neg.official_letter', 'negative', 'dev', (v) =>
    d`${decoy('letterhead', agencyLetterhead(v.rng))}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: ${decoys.docNumber(v.rng)}\n${v.rng.pick(['Hà Nội', 'Thanh Hóa', 'Phủ Lý', 'Quy Nhơn'])}, ${decoys.meetingDate(v.rng)}\nV/v triển khai ${decoys.docNumber(v.rng)}\n${prose(v, v.rng.int(1, 3))}`, { weight: 3 }),
  tpl('neg.meeting_notice', 'negative', 'dev', (v) =>
    v.rng.pick([
      d`THÔNG BÁO\nVề việc tổ chức họp giao ban tháng ${v.rng.int(1, 12)}\nThời gian: ${decoys.timestamp(v.rng)}\nĐịa điểm: Phòng họp số ${v.rng.int(1, 5)}, ${agencyName(v.rng)}\nThành phần: Lãnh đạo các phòng, ban.`,
      d`Lịch công tác tuần: thứ Hai ${decoys.meetingDate(v.rng)} họp Ban chỉ đạo; thứ Tư ${decoys.meetingDate(v.rng)} làm việc với đoàn kiểm tra theo ${decoys.docNumber(v.rng)}.`,
      d`Hạn cuối nộp báo cáo là ${decoys.meetingDate(v.rng)}; quá hạn hệ thống tự khóa lúc ${decoys.timestamp(v.rng)}.`,
    ]), { weight: 2 }),
  tpl('neg.order_tracking', 'negative', 'dev', (v) =>
    v.rng.pick([
      d`Đơn hàng ${decoys.orderCode(v.rng)} đã được giao thành công. Mã vận đơn: ${decoys.orderCode(v.rng)}. Tổng tiền: ${decoys.money(v.rng)}. Hotline CSKH: ${decoys.hotline(v.rng)}`,
      d`Hóa đơn số ${decoys.bareNumber(v.rng)}, ký hiệu ${decoys.orderCode(v.rng)}, ngày ${decoys.meetingDate(v.rng)}, tổng cộng ${decoys.money(v.rng)}`,
      d`Mã giao dịch ${decoys.orderCode(v.rng)}: thanh toán lệ phí ${decoys.money(v.rng)} thành công lúc ${decoys.timestamp(v.rng)}`,
    ]), { weight: 2 }),
  tpl('neg.reference_numbers', 'negative', 'dev', (v) =>
    v.rng.pick([
      d`Mã tham chiếu: ${decoys.badProvinceNumber(v.rng)}`,
      d`Số hiệu thiết bị: ${decoys.serialOrImei(v.rng)}, IMEI ${decoys.serialOrImei(v.rng)}, bảo hành đến ${decoys.meetingDate(v.rng)}`,
      d`Kết quả tra cứu hồ sơ ${decoys.badProvinceNumber(v.rng)}: đã tiếp nhận, đang xử lý.`,
      d`${decoys.bareNumber(v.rng)} ${decoys.bareNumber(v.rng)} ${decoys.bareNumber(v.rng)}`,
      d`Số biên nhận ${decoys.bareNumber(v.rng)} - hẹn trả ${decoys.meetingDate(v.rng)}`,
    ]), { weight: 2 }),
  tpl('neg.lookalikes', 'negative', 'dev', (v) =>
    v.rng.pick([
      d`Mã tài sản ${decoys.productCode(v.rng)} - máy tính xách tay, bàn giao ngày ${decoys.meetingDate(v.rng)}`,
      d`Hợp đồng điện tử số ${decoys.contractNumber(v.rng)}, giá trị ${decoys.money(v.rng)}`,
      d`Chi bộ sinh hoạt định kỳ ngày ${decoys.meetingDate(v.rng)}, nội dung: kiểm điểm giữa năm.`,
      d`Kích thước hồ sơ lưu trữ: ${decoys.measurement(v.rng)}; nhiệt độ kho ${decoys.measurement(v.rng)}`,
      d`Quốc lộ 1A, đoạn Km ${v.rng.int(10, 900)}+${v.rng.int(100, 900)} sửa chữa đến ${decoys.meetingDate(v.rng)}`,
    ]), { weight: 2 }),
  tpl('neg.bank_sms', 'negative', 'dev', (v) =>
    v.rng.pick([
      d`TK ${decoys.maskedNumber(v.rng)} -${decoys.money(v.rng)} luc ${decoys.timestamp(v.rng)}. SD: ${decoys.money(v.rng)}. ND: thanh toan hoa don ${decoys.orderCode(v.rng)}`,
      d`Thẻ ${decoys.maskedNumber(v.rng)} giao dịch ${decoys.money(v.rng)} tại SIEU THI, ${decoys.timestamp(v.rng)}. Hotline ${decoys.hotline(v.rng)}`,
    ])),
  tpl('neg.budget_codes', 'negative', 'dev', (v) =>
    v.rng.pick([
      d`Mã QHNS: ${decoys.decoyDigits(v.rng, 7)}; tài khoản dự toán tại Kho bạc Nhà nước: ${decoys.decoyDigits(v.rng, 4)}; chương ${v.rng.int(400, 899)}, khoản ${v.rng.int(100, 400)}.`,
      d`Hạch toán vào tiểu mục ${v.rng.int(6000, 7999)}, mã nguồn ${v.rng.int(10, 99)}, số chứng từ ${decoys.bareNumber(v.rng)}.`,
      d`Phiên bản phần mềm ${v.rng.int(1, 9)}.${v.rng.int(0, 20)}.${v.rng.int(0, 300)}, mã kích hoạt ${decoys.orderCode(v.rng)}, ngày hết hạn ${decoys.meetingDate(v.rng)}.`,
    ])),
  tpl('neg.bad_tax_code', 'negative', 'dev', (v) =>
    v.rng.pick([
      d`Công ty TNHH ${v.rng.pick(['Minh Phát', 'Thành Công', 'An Bình', 'Hưng Thịnh'])}, MST: ${decoys.badTaxCode(v.rng)} (mã số sai, đề nghị kiểm tra lại)`,
      d`mst ${decoys.badTaxCode(v.rng)} tra khong ra`,
      d`Mã số thuế ${decoys.badTaxCode(v.rng)} không tồn tại trên hệ thống`,
    ])),
  tpl('neg.statistics', 'negative', 'dev', (v) =>
    d`Năm ${decoys.bareYear(v.rng)}, toàn tỉnh tiếp nhận ${v.rng.int(1000, 99999).toLocaleString('de-DE')} hồ sơ trực tuyến, tăng ${v.rng.int(2, 40)},${v.rng.int(1, 9)}% so với năm ${decoys.bareYear(v.rng)}; tổng thu phí ${decoys.money(v.rng)}; giai đoạn ${v.rng.int(2016, 2021)}-${v.rng.int(2025, 2030)} đạt ${v.rng.int(60, 99)}% kế hoạch.`),
  tpl('neg.places', 'negative', 'dev', (v) =>
    v.rng.pick([
      d`${decoy('org_name', v.rng.pick(NAMED_PLACES))} tổ chức lễ khai giảng vào ${decoys.meetingDate(v.rng)}.`,
      d`Thông báo cấm đường ${decoy('street_name', v.rng.pick(STREETS))} từ ${decoys.timestamp(v.rng)} để thi công.`,
      d`Khai thác ${decoy('org_name', v.rng.pick(INSTITUTIONAL_PHRASES))} theo ${decoys.docNumber(v.rng)}.`,
      d`${decoy('letterhead', agencyName(v.rng))} trân trọng thông báo: từ ${decoys.meetingDate(v.rng)} tiếp nhận hồ sơ tại ${decoy('org_name', 'Trung tâm Phục vụ hành chính công')}, tổng đài ${decoys.hotline(v.rng)}.`,
    ]), { weight: 2 }),
  tpl('neg.signed_letter', 'negative', 'dev', (v) => {
    // The signatory of a public administrative document (Decree 30/2020/NĐ-CP
    // layout) is published with it, but is a person's name all the same:
    // eleven of thirteen blind writers marked it (the README's conventions).
    const signer = personName(v.rng);
    return d`Số: ${decoys.docNumber(v.rng)}\nV/v ${v.rng.pick(['rà soát dữ liệu dân cư', 'báo cáo công tác bảo vệ dữ liệu cá nhân', 'triển khai Đề án 06'])}\nKính gửi: ${agencyName(v.rng)}\n${v.rng.pick(['Đề nghị các đơn vị báo cáo kết quả trước ', 'Thời hạn hoàn thành: '])}${decoys.meetingDate(v.rng)}./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n${v.rng.pick(['KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG', 'GIÁM ĐỐC', 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH'])}\n${v.rng.pick(['(Đã ký)\n', '', '\n'])}\n${span('person_name', v.rng.chance(0.3) ? signer.full.toUpperCase() : signer.full)}`;
  }, { weight: 2 }),
  tpl('neg.field_value', 'negative', 'dev', (v) =>
    // A field holding a value that only looks like personal data.
    [v.rng.pick([decoys.hotline, decoys.docNumber, decoys.money, decoys.meetingDate, decoys.bareYear, decoys.badProvinceNumber, decoys.orderCode, decoys.badTaxCode])(v.rng)], { weight: 2 }),
  tpl('neg.policy_prose', 'negative', 'dev', (v) => prose(v, v.rng.int(1, 4)), { weight: 2 }),
  tpl('neg.password_policy', 'negative', 'dev', (v) =>
    v.rng.pick([
      d`Quy định: đổi mật khẩu định kỳ ${v.rng.pick([60, 90, 180])} ngày; mật khẩu tối thiểu 8 ký tự gồm chữ hoa, chữ thường, số và ký tự đặc biệt.`,
      d`Quên mật khẩu? Chọn "Lấy lại mật khẩu" và nhập mã OTP gửi về điện thoại. Hỗ trợ: ${decoys.hotline(v.rng)}`,
      d`Không chia sẻ mật khẩu, mã OTP cho bất kỳ ai, kể cả người tự xưng là cán bộ công an.`,
    ])),
  // --- holdout ---------------------------------------------------------------
  tpl('neg.h_budget', 'negative', 'holdout', (v) =>
    d`Dự toán kinh phí thực hiện ${decoys.docNumber(v.rng)}: năm ${decoys.bareYear(v.rng)} là ${decoys.money(v.rng)}, trong đó chi tập huấn ${decoys.money(v.rng)}, chi tuyên truyền ${decoys.money(v.rng)}. Thời hạn giải ngân: ${decoys.meetingDate(v.rng)}.`, { weight: 2 }),
  tpl('neg.h_system_log', 'negative', 'holdout', (v) =>
    d`[${decoys.timestamp(v.rng)}] Đồng bộ ${v.rng.int(10, 5000)} bản ghi từ hệ thống một cửa, phiên bản 3.${v.rng.int(0, 9)}.${v.rng.int(0, 20)}, mã lỗi ${decoys.bareNumber(v.rng)}; ticket ${decoys.orderCode(v.rng)}.`, { weight: 2 }),
  tpl('neg.h_shipping', 'negative', 'holdout', (v) =>
    d`VNPost: bưu gửi ${decoys.orderCode(v.rng)} đã đến bưu cục lúc ${decoys.timestamp(v.rng)}. Cước phí ${decoys.money(v.rng)}. Tra cứu: ${decoys.hotline(v.rng)}`, { weight: 2 }),
  tpl('neg.h_letter', 'negative', 'holdout', (v) =>
    d`${decoy('letterhead', agencyLetterhead(v.rng))}\nSố: ${decoys.docNumber(v.rng)}\nV/v báo cáo kết quả thực hiện ${decoys.docNumber(v.rng)}\nKính gửi: ${agencyName(v.rng)}\n${prose(v, v.rng.int(1, 2))}\nMọi thông tin xin liên hệ ${decoys.hotline(v.rng)}.`, { weight: 3 }),
  tpl('neg.h_signed_plan', 'negative', 'holdout', (v) =>
    d`${decoy('letterhead', agencyLetterhead(v.rng))}\nKẾ HOẠCH\nTriển khai ${decoys.docNumber(v.rng)}\n${prose(v, v.rng.int(1, 2))}\n\n${v.rng.pick(['TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'GIÁM ĐỐC'])}\n\n${span('person_name', personName(v.rng).full)}`, { weight: 2 }),
  tpl('neg.h_field_value', 'negative', 'holdout', (v) =>
    [v.rng.pick([decoys.hotline, decoys.timestamp, decoys.money, decoys.issueDate, decoys.bareNumber, decoys.contractNumber])(v.rng)]),
  tpl('neg.h_password_hint', 'negative', 'holdout', (v) =>
    v.rng.pick([
      d`Mật khẩu mặc định đã bị vô hiệu hóa; tài khoản mới phải đặt mật khẩu khi đăng nhập lần đầu qua ${decoy('org_name', 'Cổng Dịch vụ công quốc gia')}.`,
      d`Lưu ý: hệ thống khóa tài khoản sau 5 lần nhập sai mật khẩu, mở khóa qua tổng đài ${decoys.hotline(v.rng)}.`,
    ])),
  tpl('neg.h_numbers', 'negative', 'holdout', (v) =>
    v.rng.pick([
      d`Biên lai thanh toán: thẻ ${decoys.maskedNumber(v.rng)}, số tiền ${decoys.money(v.rng)}, mã chuẩn chi ${decoys.orderCode(v.rng)}`,
      d`Thiết bị ${decoys.productCode(v.rng)} (camera) lắp tại cổng, số hợp đồng bảo trì ${decoys.contractNumber(v.rng)}`,
      d`Ngày sinh hoạt chuyên đề: ${decoys.meetingDate(v.rng)}; kích thước phòng ${decoys.measurement(v.rng)}`,
      d`Mã lưu trữ hồ sơ: ${decoys.badProvinceNumber(v.rng)}; hộp số ${v.rng.int(1, 300)}.`,
      d`mst ncc: ${decoys.badTaxCode(v.rng)} - hỏi lại kế toán`,
      d`Serial ${decoys.serialOrImei(v.rng)} / lô ${decoys.orderCode(v.rng)}`,
    ]), { weight: 2 }),
];

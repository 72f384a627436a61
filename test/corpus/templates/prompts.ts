// What staff paste into AI assistants and translation sites, the main leak the
// extension guards against: an instruction wrapped around a citizen's record.
import * as decoys from '../decoys.ts';
import { d, topic } from '../segments.ts';
import { tpl, type Template } from './template.ts';

export const promptTemplates: Template[] = [
  tpl('prompt.rewrite_letter', 'prompt', 'dev', (v) => {
    const p = v.person(false);
    return d`${v.rng.pick(['Viết lại cho trang trọng hơn:', 'Sửa lỗi chính tả đoạn sau:', 'Hãy soạn công văn trả lời dựa trên thông tin:'])}\n"Ông ${v.name(p)}, sinh ngày ${v.dob(p)}, CCCD ${v.cccd(p)}, trú tại ${v.address()}, đề nghị cấp lại giấy chứng nhận quyền sử dụng đất thửa số ${v.rng.int(1, 999)}, tờ bản đồ số ${v.rng.int(1, 60)}."`;
  }),
  tpl('prompt.summarize_case', 'prompt', 'dev', (v) => {
    const p = v.person();
    return d`Tóm tắt hồ sơ sau thành 3 ý: người bệnh ${v.name(p)}, sinh năm ${v.birthYear(p)}, số thẻ BHYT ${v.healthInsurance()}, ${topic('health', v.rng.pick(['chẩn đoán ung thư đại tràng giai đoạn III', 'điều trị lao phổi tháng thứ 4', 'suy thận mạn chạy thận 3 lần/tuần']))}, người nhà ${v.phone()}.`;
  }),
  tpl('prompt.translate', 'prompt', 'dev', (v) => {
    const p = v.person();
    return d`Translate to English: Tôi tên là ${v.name(p)}, số hộ chiếu ${v.passport()}, email ${v.email(p)}, điện thoại ${v.phone(p)}.`;
  }),
  tpl('prompt.excel_formula', 'prompt', 'dev', (v) => {
    const a = v.person();
    const b = v.person();
    return d`Viết công thức Excel tách họ và tên từ cột A, ví dụ dòng 2: ${v.name(a, 'upper')}\t${v.cccd(a, false)}\tdòng 3: ${v.name(b, 'upper')}\t${v.cccd(b, false)}`;
  }),
  tpl('prompt.general', 'prompt', 'dev', (v) =>
    v.rng.pick([
      d`Soạn kế hoạch triển khai ${decoys.docNumber(v.rng)} năm ${decoys.bareYear(v.rng)}, kinh phí dự kiến ${decoys.money(v.rng)}, hoàn thành trước ${decoys.meetingDate(v.rng)}.`,
      d`Giải thích Điều 23 Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 về thông báo vi phạm trong 72 giờ.`,
      d`Tính giúp tổng của các khoản: ${decoys.money(v.rng)}, ${decoys.money(v.rng)} và ${decoys.money(v.rng)}.`,
    ]), { weight: 2 }),
  // --- holdout ---------------------------------------------------------------
  tpl('prompt.h_email_draft', 'prompt', 'holdout', (v) => {
    const p = v.person();
    const a = v.bankAccount();
    return d`Viết email nhắc ${v.name(p)} (${v.email(p)}) nộp bổ sung hồ sơ, nếu cần hoàn phí thì chuyển về STK ${a.seg} ${a.bank}.`;
  }),
  tpl('prompt.h_classify', 'prompt', 'holdout', (v) => {
    const p = v.person();
    return d`Phân loại đơn thư sau theo lĩnh vực: "Tôi là ${v.name(p)}, SĐT ${v.phone(p)}, ${topic('criminal_record', 'con trai tôi đang bị tạm giam về tội trộm cắp')}, đề nghị cho gặp mặt."`;
  }),
  tpl('prompt.h_general', 'prompt', 'holdout', (v) =>
    d`Lập bảng so sánh Nghị định ${decoys.docNumber(v.rng)} và ${decoys.docNumber(v.rng)}; hạn báo cáo ${decoys.meetingDate(v.rng)}.`),
];

// Clinical notes and discharge papers: patient identity, BHYT card, diagnosis
// (the health topic), drugs and dosage numbers that are not identifiers.
import * as decoys from '../decoys.ts';
import { d, topic } from '../segments.ts';
import { tpl, type Template } from './template.ts';

const DIAGNOSES = [
  'Tăng huyết áp độ II', 'Đái tháo đường type 2 (E11)', 'Viêm phổi cộng đồng (J18.9)', 'Nhồi máu cơ tim cấp', 'Suy thận mạn giai đoạn 3',
  'Ung thư biểu mô tuyến vú trái', 'Trầm cảm nặng (F32.2)', 'Lao phổi AFB (+)', 'Viêm gan B mạn tính', 'Sốt xuất huyết Dengue',
  'HIV giai đoạn lâm sàng 1', 'Thai 32 tuần', 'Gãy kín 1/3 giữa xương đùi phải', 'Tai biến mạch máu não', 'Rối loạn lưỡng cực',
];
const DRUGS = ['Amlodipin 5mg x 1 viên/ngày', 'Metformin 850mg x 2 viên/ngày', 'Augmentin 1g x 2 lọ', 'Paracetamol 500mg x 4 viên', 'Insulin Mixtard 30 UI'];

export const medicalTemplates: Template[] = [
  tpl('medical.admission', 'medical', 'dev', (v) => {
    const p = v.person();
    return d`BỆNH ÁN NỘI KHOA\nHọ tên người bệnh: ${v.name(p, v.rng.chance(0.5) ? 'upper' : 'as_is')}   Năm sinh: ${v.birthYear(p)}   Giới: ${p.name.female ? 'Nữ' : 'Nam'}\nĐịa chỉ: ${v.address()}\nSố thẻ BHYT: ${v.healthInsurance()}\nVào viện lúc: ${decoys.timestamp(v.rng)}\nChẩn đoán: ${topic('health', v.rng.pick(DIAGNOSES))}\nĐiều trị: ${v.rng.pick(DRUGS)}`;
  }),
  tpl('medical.discharge', 'medical', 'dev', (v) => {
    const p = v.person();
    return d`GIẤY RA VIỆN\nHọ tên: ${v.name(p)}, ngày sinh ${v.dob(p)}\nMã BHYT: ${v.healthInsurance()}\nChẩn đoán: ${topic('health', v.rng.pick(DIAGNOSES))}\nRa viện ngày ${decoys.meetingDate(v.rng)}. Tái khám sau ${v.rng.int(1, 4)} tuần. Người nhà liên hệ: ${v.phone()}`;
  }),
  tpl('medical.chat_note', 'medical', 'dev', (v) => {
    const p = v.person();
    return d`bn ${v.name(p, 'ascii')}${v.rng.chance(0.5) ? d`, sinh nam ${v.birthYear(p)}` : d` ns ${v.dob(p)}`}, ${topic('health', v.rng.pick(['chan doan THA', 'theo doi nhoi mau nao', 'DTD type 2 kiem soat kem', 'viem phoi, SpO2 89%', 'u phoi chua loai tru ac tinh']))}, bhyt ${v.healthInsurance()}, sdt nguoi nha ${v.phone()}`;
  }),
  tpl('medical.referral', 'medical', 'dev', (v) => {
    const p = v.person();
    return d`Giấy chuyển tuyến số ${decoys.docNumber(v.rng)}\nKính gửi: ${v.rng.pick(['Bệnh viện Bạch Mai', 'Bệnh viện Chợ Rẫy', 'Bệnh viện K'])}\nTrung tâm Y tế huyện trân trọng giới thiệu người bệnh ${v.name(p)}, sinh năm ${v.birthYear(p)}, CCCD ${v.cccd(p)}, ${topic('health', `chẩn đoán ${v.rng.pick(DIAGNOSES)}`)}.`;
  }),
  tpl('medical.vaccination', 'medical', 'dev', (v) => {
    const p = v.person();
    const [open, close] = v.rng.pick([['- NS: ', ' -'], ['(sinh ', ')'], [', ngày sinh ', ',']]);
    // A named person's vaccinations are health data (Decree 356 Art. 2: health status and the care received); every blind writer marked them.
    return d`Xác nhận tiêm chủng: ${v.name(p)} ${open}${v.dob(p)}${close} ${topic('health', `đã tiêm ${v.rng.int(1, 3)} mũi vắc xin`)} ngày ${decoys.meetingDate(v.rng)}, lô ${decoys.orderCode(v.rng)}`;
  }),
  // --- holdout ---------------------------------------------------------------
  tpl('medical.h_exam', 'medical', 'holdout', (v) => {
    const p = v.person();
    return d`PHIẾU KHÁM SỨC KHỎE\nHọ và tên: ${v.name(p)}\nSinh ngày: ${v.dob(p)}\nSố CCCD: ${v.cccd(p)}\nTiền sử bệnh: ${topic('health', v.rng.pick(['Hen phế quản từ nhỏ', 'Đã mổ sỏi mật năm 2019', 'Viêm gan C đang điều trị', 'Động kinh']))}\nKết luận: ${v.rng.pick(['Đủ sức khỏe học tập, công tác', 'Sức khỏe loại II'])}`;
  }),
  tpl('medical.h_psych', 'medical', 'holdout', (v) => {
    const p = v.person();
    return d`Trích biên bản hội chẩn ngày ${decoys.meetingDate(v.rng)}: người bệnh ${v.name(p)} (sinh năm ${v.birthYear(p)}), ${topic('health', v.rng.pick(['rối loạn trầm cảm tái diễn, có ý tưởng tự sát', 'tâm thần phân liệt thể paranoid', 'nghiện rượu mạn tính']))}. Người giám hộ: ${v.name(v.person())}, ĐT ${v.phone()}.`;
  }),
];

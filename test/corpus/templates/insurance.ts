// Social- and health-insurance paperwork: BHXH book numbers, BHYT card codes,
// the employer's tax code, contribution amounts and periods.
import * as decoys from '../decoys.ts';
import { d } from '../segments.ts';
import { tpl, type Template } from './template.ts';

export const insuranceTemplates: Template[] = [
  tpl('insurance.tk1', 'insurance', 'dev', (v) => {
    const p = v.person();
    return d`TỜ KHAI THAM GIA, ĐIỀU CHỈNH THÔNG TIN BHXH, BHYT (Mẫu TK1-TS)\n[01]. Họ và tên: ${v.name(p, 'upper')}\n[02]. Ngày tháng năm sinh: ${v.dob(p)}\n[03]. Mã số BHXH: ${v.socialInsurance()}\n[04]. Số CCCD: ${v.cccd(p)}\n[05]. Điện thoại: ${v.phone(p)}\n[06]. Địa chỉ: ${v.address()}`;
  }),
  tpl('insurance.card_issue', 'insurance', 'dev', (v) => {
    const p = v.person();
    return v.rng.pick([
      d`Cấp lại thẻ BHYT cho ${v.name(p)}, mã thẻ ${v.healthInsurance()}, nơi ĐKKCB ban đầu: ${v.rng.pick(['Trạm y tế xã', 'Bệnh viện đa khoa tỉnh', 'TTYT huyện'])}, hạn thẻ đến ${decoys.meetingDate(v.rng)}`,
      d`the bhyt ${v.healthInsurance()} cua ${v.given(p, 'ascii')} het han roi a`,
      d`Mã thẻ: ${v.healthInsurance()}  Họ tên: ${v.name(p, 'upper')}  Ngày sinh: ${v.dob(p)}`,
    ]);
  }),
  tpl('insurance.bhxh_lookup', 'insurance', 'dev', (v) => {
    const p = v.person();
    return v.rng.pick([
      d`tra cứu quá trình đóng BHXH của ${v.name(p)}, mã số BHXH ${v.socialInsurance()}, đóng từ tháng ${v.rng.int(1, 12)}/${decoys.bareYear(v.rng)}`,
      d`so so bhxh ${v.socialInsurance()} - ${v.name(p, 'ascii')} chot so`,
      d`Đơn vị ${v.rng.pick(['Công ty CP Xây dựng số 5', 'Trường THCS Nguyễn Du'])} (MST ${v.taxCode()}) nộp ${decoys.money(v.rng)} BHXH tháng ${v.rng.int(1, 12)} cho ${v.rng.int(5, 80)} lao động`,
    ]);
  }),
  tpl('insurance.benefit', 'insurance', 'dev', (v) => {
    const p = v.person(true);
    const a = v.bankAccount();
    return d`Quyết định hưởng trợ cấp thai sản số ${decoys.docNumber(v.rng)}: bà ${v.name(p)}, sổ BHXH số ${v.socialInsurance()}, mức hưởng ${decoys.money(v.rng)}, chi trả qua tài khoản ${a.seg} ${a.bank}.`;
  }),
  // --- holdout ---------------------------------------------------------------
  tpl('insurance.h_d02', 'insurance', 'holdout', (v) => {
    const p = v.person();
    return d`Báo tăng lao động (D02-LT): ${v.name(p)}, sinh ngày ${v.dob(p)}, mã số BHXH ${v.socialInsurance()}, số CCCD ${v.cccd(p)}, mức lương đóng ${decoys.money(v.rng)}, từ tháng ${v.rng.int(1, 12)}/${v.rng.int(2024, 2026)}.`;
  }),
  tpl('insurance.h_child_card', 'insurance', 'holdout', (v) => {
    const p = v.person();
    return d`Thẻ BHYT trẻ em dưới 6 tuổi: cháu ${v.name(p)}, sinh ngày ${v.dob(v.childPerson())}, mã thẻ ${v.healthInsurance()}; bố/mẹ: ${v.name(v.person())}, SĐT ${v.phone()}.`;
  }),
  tpl('insurance.h_lookup', 'insurance', 'holdout', (v) => {
    const p = v.person();
    return v.rng.pick([
      d`Tra cứu mã số BHXH: ${v.socialInsurance()} - ${v.name(p)} - đã chốt sổ ngày ${decoys.meetingDate(v.rng)}`,
      d`bhxh so ${v.socialInsurance()} cua ${v.given(p, 'ascii')} bi trung, dong bo lai giup`,
    ]);
  }),
];

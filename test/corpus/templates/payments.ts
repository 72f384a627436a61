// Payment requests and transfer notes: account numbers with their bank, card
// numbers, amounts, transaction codes and dates that are not personal data.
import * as decoys from '../decoys.ts';
import { d } from '../segments.ts';
import { tpl, type Template } from './template.ts';

export const paymentTemplates: Template[] = [
  tpl('payment.request', 'payment', 'dev', (v) => {
    const p = v.person();
    const a = v.bankAccount();
    return d`GIẤY ĐỀ NGHỊ THANH TOÁN\nNgười đề nghị: ${v.name(p)}\nBộ phận: ${v.rng.pick(['Phòng Hành chính', 'Văn phòng Sở', 'Phòng Kế hoạch - Tài chính'])}\nNội dung: ${v.rng.pick(['Thanh toán công tác phí', 'Hoàn ứng mua văn phòng phẩm', 'Chi hỗ trợ tập huấn'])} theo Quyết định ${decoys.docNumber(v.rng)}\nSố tiền: ${decoys.money(v.rng)}\nHình thức: Chuyển khoản\nSố tài khoản: ${a.seg}\nNgân hàng: ${a.bank}`;
  }),
  tpl('payment.transfer_note', 'payment', 'dev', (v) => {
    const p = v.person();
    const a = v.bankAccount();
    return v.rng.pick([
      d`Chuyển ${decoys.money(v.rng)} vào tài khoản ${a.seg} (${a.bank}) chủ tài khoản ${v.name(p, 'upper')}, nội dung: ${v.name(p, 'ascii_upper')} nop le phi ho so ${decoys.orderCode(v.rng)}`,
      d`${a.bank}: TK ${a.seg} +${decoys.money(v.rng)} luc ${decoys.timestamp(v.rng)}. SD: ${decoys.money(v.rng)}. ND: ${v.name(p, 'ascii_upper')} chuyen tien`,
    ]);
  }),
  tpl('payment.card', 'payment', 'dev', (v) => {
    const p = v.person();
    return v.rng.pick([
      d`Thẻ ${v.rng.pick(['ATM', 'ghi nợ', 'tín dụng', 'Visa'])} số ${v.card()}, chủ thẻ ${v.name(p, 'ascii_upper')}, hết hạn ${v.rng.int(1, 12)}/${v.rng.int(26, 31)}`,
      d`so the ${v.card()} cua ${v.given(p, 'ascii')} bi khoa, goi ${decoys.hotline(v.rng)} de mo`,
      d`Thanh toán hóa đơn ${decoys.orderCode(v.rng)} bằng thẻ ${v.card()}`,
    ]);
  }, { weight: 2 }),
  tpl('payment.ctk', 'payment', 'dev', (v) => {
    const p = v.person();
    const a = v.bankAccount();
    return d`${v.rng.pick(['NH', 'Ngân hàng', 'Bank'])}: ${a.bank} – STK ${a.seg} – CTK: ${v.name(p, v.rng.chance(0.5) ? 'upper' : 'as_is')}`;
  }),
  tpl('payment.salary_list_line', 'payment', 'dev', (v) => {
    const p = v.person();
    const a = v.bankAccount();
    return d`${v.name(p)} - ${a.bank} - ${a.seg} - ${decoys.money(v.rng)}`;
  }),
  tpl('payment.invoice_only', 'payment', 'dev', (v) =>
    d`HÓA ĐƠN GIÁ TRỊ GIA TĂNG\nKý hiệu: ${decoys.orderCode(v.rng)}  Số: ${decoys.bareNumber(v.rng)}\nĐơn vị bán hàng: Công ty TNHH Văn phòng phẩm Hồng Hà\nMã số thuế: ${v.taxCode()}\nTổng tiền thanh toán: ${decoys.money(v.rng)}\nNgày ${decoys.meetingDate(v.rng)}`),
  // --- holdout ---------------------------------------------------------------
  tpl('payment.h_refund', 'payment', 'holdout', (v) => {
    const p = v.person();
    const a = v.bankAccount();
    return d`Đề nghị hoàn trả tiền thuế nộp thừa cho ông/bà ${v.name(p)}, MST ${v.personalTaxCode(p)}, số tiền ${decoys.money(v.rng)}, qua tài khoản số ${a.seg} mở tại ${a.bank}.`;
  }),
  tpl('payment.h_qr_note', 'payment', 'holdout', (v) => {
    const p = v.person();
    const a = v.bankAccount();
    return d`QR chuyển khoản: ${a.bank} | ${a.seg} | ${v.name(p, 'ascii_upper')} | ${decoys.money(v.rng)} | mã GD ${decoys.orderCode(v.rng)}`;
  }),
];

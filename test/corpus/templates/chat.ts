// Zalo/Messenger-style messages between colleagues: short, often without
// diacritics, abbreviations (sdt, cccd, stk, ns, mk), numbers glued to words.
import { honorific } from '../names.ts';
import * as decoys from '../decoys.ts';
import { d, topic } from '../segments.ts';
import { tpl, type Template } from './template.ts';

export const chatTemplates: Template[] = [
  tpl('chat.phone_ask', 'chat', 'dev', (v) => {
    const p = v.person();
    const h = honorific(v.rng, p.name.female, false);
    return v.rng.pick([
      d`${h} oi sdt cua ${v.given(p, 'ascii')} la ${v.phone(p)} nhe`,
      d`sdt ${h} ${v.given(p, 'ascii')}: ${v.phone(p)}`,
      d`${h} ${v.given(p, 'ascii')} dt ${v.phone(p)} a`,
      d`gui e so dt cua ${v.name(p, 'ascii')} voi. ok ${v.phone(p)} day`,
      d`sdt cua ${v.name(p, 'ascii_lower')} la ${v.phone(p)}`,
    ]);
  }),
  tpl('chat.glued', 'chat', 'dev', (v) => {
    const p = v.person();
    return v.rng.pick([
      d`${v.name(p, 'ascii')} sdt${v.phone(p, false)} cccd${v.cccd(p, false)}`,
      d`ho ten ${v.name(p, 'ascii')}, ns${v.dob(p)}, sdt:${v.phone(p, false)}`,
      d`cccd:${v.cccd(p, false)} - ${v.name(p, 'ascii_upper')}`,
    ]);
  }),
  tpl('chat.cccd_check', 'chat', 'dev', (v) => {
    const p = v.person();
    const h = honorific(v.rng, p.name.female, false);
    return v.rng.pick([
      d`${h} check giup e cccd ${v.cccd(p)} cua ${v.name(p, 'ascii')} xem da tich hop vneid chua`,
      d`so cccd ${v.cccd(p)} bi sai ngay sinh, dung la ${v.dob(p)} nhe ${h}`,
      d`cd ${v.name(p, 'ascii')} cccd ${v.cccd(p)} ns ${v.dob(p)} dang ky thuong tru tai ${v.address({ short: true })}`,
    ]);
  }),
  tpl('chat.stk', 'chat', 'dev', (v) => {
    const p = v.person();
    const acct = v.bankAccount();
    return v.rng.pick([
      d`stk ${acct.seg} ${acct.bank} ${v.name(p, 'ascii_upper')}`,
      d`ck vao stk ${acct.seg} - ${acct.bank} - chu tk ${v.name(p, 'ascii_upper')} giup e nhe, ${decoys.money(v.rng)} nha`,
      d`tk ${acct.bank}: ${acct.seg}\nten: ${v.name(p, 'ascii_upper')}`,
    ]);
  }),
  tpl('chat.dob_short', 'chat', 'dev', (v) => {
    const p = v.person();
    return v.rng.pick([
      d`ns ${v.dob(p)} nhe a`,
      d`${v.name(p, 'ascii')} sinh nam ${v.birthYear(p)}, que ${v.hometown()}`,
      d`${v.name(p, 'ascii_lower')} ns ${v.dob(p)} nhe`,
      d`e ${v.given(p, 'ascii')} sinh ngay ${v.dob(p)} a`,
    ]);
  }),
  tpl('chat.password', 'chat', 'dev', (v) => {
    const p = v.person();
    return v.rng.pick([
      d`tk vneid cua ${v.given(p, 'ascii')}: ${v.cccd(p, false)} mk ${v.password()}`,
      d`mat khau email moi la ${v.password()} nhe, doi sau khi dang nhap`,
      d`pass wifi phong mot cua: ${v.password()}`,
      d`user: ${v.email(p)} / pass: ${v.password()}`,
    ]);
  }, { weight: 2 }),
  tpl('chat.location', 'chat', 'dev', (v) => {
    const p = v.person();
    return v.rng.pick([
      d`vi tri nha ${v.given(p, 'ascii')}: ${v.location()} (gui tu Zalo)`,
      d`toa do ho gia dinh ong ${v.name(p, 'ascii')}: ${v.location()}`,
      d`e dang o day ${v.location()} a`,
    ]);
  }, { weight: 2 }),
  tpl('chat.plate', 'chat', 'dev', (v) => {
    const p = v.person();
    return v.rng.pick([
      d`xe bien so ${v.plate()} cua ${v.name(p, 'ascii')} do sai quy dinh`,
      d`bks ${v.plate()} chu xe ${v.name(p, 'ascii_upper')} sdt ${v.phone(p)}`,
      d`a oi xe ${v.plate()} vao cong nhe`,
      d`xe ${{ ...v.plate(), text: v.plate().text.toLowerCase() }} cua ${v.given(p, 'ascii')} do truoc cong, nhac giup`,
      d`${v.name(p, 'ascii')} bi tuoc GPLX so ${v.driverLicense()} 3 thang`,
      d`bằng lái xe của ${v.given(p)} số ${v.driverLicense()}, hạng B2`,
    ]);
  }),
  tpl('chat.meeting_noise', 'chat', 'dev', (v) => {
    return v.rng.pick([
      d`mai hop luc ${decoys.timestamp(v.rng)} tai phong 302 nhe ca nha`,
      d`lich hop chuyen sang ${decoys.meetingDate(v.rng)}, ai vang bao truoc`,
      d`van ban so ${decoys.docNumber(v.rng)} da ky chua a`,
      d`tong kinh phi ${decoys.money(v.rng)}, con thieu ${decoys.money(v.rng)}`,
      d`ma don ${decoys.orderCode(v.rng)} ship chua e`,
    ]);
  }),
  tpl('chat.mixed_hotline', 'chat', 'dev', (v) => {
    const p = v.person();
    return d`nguoi dan hoi thi goi tong dai ${decoys.hotline(v.rng)}, con truong hop ${v.name(p, 'ascii')} thi goi truc tiep ${v.phone(p)}`;
  }),
  tpl('chat.with_diacritics', 'chat', 'dev', (v) => {
    const p = v.person();
    const h = honorific(v.rng, p.name.female, false);
    return v.rng.pick([
      d`${h} ơi số điện thoại ${v.given(p)} là ${v.phone(p)} nhé`,
      d`Gửi ${h} thông tin: ${v.name(p)}, CCCD ${v.cccd(p)}, SĐT ${v.phone(p)}`,
      d`Em gửi lại email của ${v.name(p)}: ${v.email(p)} ạ`,
    ]);
  }),
  tpl('chat.health_gossip', 'chat', 'dev', (v) => {
    const p = v.person();
    const h = honorific(v.rng, p.name.female, false);
    return v.rng.pick([
      d`${h} ${v.given(p, 'ascii')} phong ke toan ${topic('health', v.rng.pick(['dang dieu tri ung thu', 'bi tieu duong type 2', 'nhap vien vi suy tim', 'mac tram cam', 'duong tinh HIV']))}, nghi phep 2 tuan`,
      d`${v.name(p, 'ascii')} ${topic('health', v.rng.pick([p.name.female ? 'mang thai thang thu 5' : 'bi gout cap', 'vua mo ruot thua', 'bi soi than']))} nen xin nghi`,
    ]);
  }),
  tpl('chat.email_share', 'chat', 'dev', (v) => {
    const p = v.person();
    return d`mail cua ${v.given(p, 'ascii')}: ${v.email(p)}`;
  }),
  tpl('chat.id_docs', 'chat', 'dev', (v) => {
    const p = v.person();
    return v.rng.pick([
      d`cmnd cu cua ${v.given(p, 'ascii')} la ${v.cmnd()}, cccd moi ${v.cccd(p)}`,
      d`${v.name(p, 'ascii')} CMT so ${v.cmnd()} cap nam ${decoys.bareYear(v.rng)}`,
      d`so ho chieu ${v.passport()} cua ${v.given(p, 'ascii')} het han thang ${v.rng.int(1, 12)} roi`,
      d`Hộ chiếu ${v.name(p)}: ${v.passport()}, đi công tác Nhật từ ${decoys.meetingDate(v.rng)}`,
      d`xac nhan so cmnd ${v.cmnd()} va so cccd ${v.cccd(p)} la cua cung 1 nguoi`,
    ]);
  }, { weight: 3 }),
  tpl('chat.card', 'chat', 'dev', (v) => {
    const p = v.person();
    return v.rng.pick([
      d`the ${v.rng.pick(['visa', 'atm', 'tin dung'])} cua ${v.given(p, 'ascii')}: ${v.card()} exp ${v.rng.int(1, 12)}/${v.rng.int(26, 31)}`,
      d`e thanh toan bang the ${v.card()} nhe a`,
    ]);
  }, { weight: 3 }),
  tpl('chat.checkin', 'chat', 'dev', (v) => {
    const p = v.person();
    return v.rng.pick([
      d`${v.name(p)} chấm công tại ${v.location()} lúc ${decoys.timestamp(v.rng)}`,
      d`Định vị điện thoại của ${v.given(p)}: ${v.location()}`,
      d`gps: ${v.location()}`,
    ]);
  }, { weight: 2 }),
  tpl('chat.quick_transfer', 'chat', 'dev', (v) => {
    // The bank's name alone is the context: "VCB 0123456789 NGUYEN VAN A".
    const p = v.person();
    const a = v.bankAccount();
    const short: Record<string, string> = { Vietcombank: 'VCB', VietinBank: 'Vietin', Techcombank: 'TCB', Agribank: 'Agri', Sacombank: 'STB' };
    return v.rng.pick([
      d`ck giup e ${decoys.money(v.rng)} vao ${short[a.bank] ?? a.bank} ${a.seg} ${v.name(p, 'ascii_upper')} nhe`,
      d`${a.bank} ${a.seg} - ${v.name(p, 'ascii_upper')}`,
      d`Chuyển khoản: ${a.bank} - ${a.seg} - ${v.name(p, 'upper')}`,
    ]);
  }, { weight: 2 }),
  tpl('chat.household', 'chat', 'dev', (v) => {
    // An address told in passing, lower case, without commas.
    const p = v.person(false);
    return v.rng.pick([
      d`ho ong ${v.name(p, 'ascii')} o ${v.rural()} can ho tro gao`,
      d`nha ${v.given(p, 'ascii')} o ${v.rural()} nhe, hoi thong ${v.rng.int(1, 9)} la biet`,
      d`Gia đình anh ${v.name(p)} hiện ở ${v.address()}, đề nghị xã xác minh.`,
    ]);
  }),
  tpl('chat.group_log', 'chat', 'dev', (v) => {
    // A copied group conversation: sender names and times on every line.
    const a = v.person();
    const b = v.person();
    const c = v.person();
    const t = () => `${String(v.rng.int(7, 17)).padStart(2, '0')}:${String(v.rng.int(0, 59)).padStart(2, '0')}`;
    return d`[${t()}] ${v.name(a)}: ${v.rng.pick(['Mọi người ơi', 'Cả nhà ơi', 'Anh chị ơi'])}, ai có số của ${v.name(c)} không?
[${t()}] ${v.name(b)}: ${v.phone(c)} nhé
[${t()}] ${v.name(a)}: ok em cảm ơn
[${t()}] ${v.name(b)}: hạn nộp ${decoys.meetingDate(v.rng)} đấy`;
  }, { weight: 2 }),
  // --- holdout phrasings --------------------------------------------------
  tpl('chat.h_contact_card', 'chat', 'holdout', (v) => {
    const p = v.person();
    return v.rng.pick([
      d`Danh thiep: ${v.name(p, 'ascii')} - ${v.phone(p)} - ${v.email(p)}`,
      d`lien he ${v.name(p, 'ascii')} (${v.phone(p)}) de nhan ho so`,
      d`${v.name(p, 'ascii')} | ${v.phone(p)} | cccd ${v.cccd(p)}`,
    ]);
  }),
  tpl('chat.h_forward', 'chat', 'holdout', (v) => {
    const p = v.person();
    const acct = v.bankAccount();
    return d`fw: nho chuyen khoan hoan phi cho ${v.name(p, 'ascii')}, so tk ${acct.seg} tai ${acct.bank}, sdt lien he ${v.phone(p)}`;
  }),
  tpl('chat.h_dob_year', 'chat', 'holdout', (v) => {
    const she = v.person(true);
    const he = v.person(false);
    return v.rng.pick([
      d`ba ${v.name(she, 'ascii')}, nam sinh ${v.birthYear(she)}, ${v.hometown()}`,
      d`ong ${v.given(he, 'ascii')} sn ${v.dob(he)}, mat so cccd cap nam ${decoys.bareYear(v.rng)}`,
    ]);
  }),
  tpl('chat.h_noise', 'chat', 'holdout', (v) => {
    return v.rng.pick([
      d`nop bao cao truoc ${decoys.meetingDate(v.rng)} theo cv ${decoys.docNumber(v.rng)}`,
      d`don ${decoys.orderCode(v.rng)} gia ${decoys.money(v.rng)}, ship ${decoys.timestamp(v.rng)}`,
      d`hotline ho tro ${decoys.hotline(v.rng)}`,
    ]);
  }),
  tpl('chat.h_otp_pin', 'chat', 'holdout', (v) => {
    const p = v.person();
    return v.rng.pick([
      d`tai khoan dich vu cong: ${v.cccd(p, false)}, mat khau: ${v.password()}`,
      d`API key cua he thong: ${v.token()}`,
      d`mk vneid ${v.given(p, 'ascii')} la ${v.password()} dung lo ra ngoai nhe`,
    ]);
  }, { weight: 3 }),
  tpl('chat.h_pay_card', 'chat', 'holdout', (v) => {
    const p = v.person();
    return v.rng.pick([
      d`${v.name(p, 'ascii_upper')} ${v.card()}`,
      d`so the cua chi ${v.given(p, 'ascii')} nhe: ${v.card()}, ma CVV dung gui qua day`,
      d`Thẻ tín dụng số ${v.card()} do ${v.name(p)} đứng tên`,
    ]);
  }, { weight: 4 }),
  tpl('chat.h_where', 'chat', 'holdout', (v) => {
    const p = v.person();
    return v.rng.pick([
      d`${v.given(p, 'ascii')} gui vi tri: ${v.location()}`,
      d`Tọa độ nơi ở của đối tượng ${v.name(p)}: ${v.location()}`,
      d`toa do ${v.location()} la nha ba ${v.given(p, 'ascii')}`,
    ]);
  }, { weight: 4 }),
  tpl('chat.h_vehicle', 'chat', 'holdout', (v) => {
    const p = v.person();
    return v.rng.pick([
      d`xe ${v.plate()} cua ${v.name(p, 'ascii')}, bang lai so ${v.driverLicense()}`,
      d`GPLX ${v.driverLicense()} - ${v.name(p, 'ascii_upper')} - BS ${v.plate()}`,
      d`Biển số ${v.plate()} vượt đèn đỏ lúc ${decoys.timestamp(v.rng)}`,
    ]);
  }, { weight: 3 }),
  tpl('chat.h_group_log', 'chat', 'holdout', (v) => {
    const a = v.person();
    const b = v.person();
    return d`${v.name(a)}, ${String(v.rng.int(7, 17)).padStart(2, '0')}:${String(v.rng.int(0, 59)).padStart(2, '0')}\nem gửi cccd của chị ${v.given(b)} ạ: ${v.cccd(b)}\n${v.name(b)}, ${String(v.rng.int(7, 17)).padStart(2, '0')}:${String(v.rng.int(0, 59)).padStart(2, '0')}\nđịa chỉ mới của chị là ${v.address()} nhé`;
  }, { weight: 2 }),
];

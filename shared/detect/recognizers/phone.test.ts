import { describe, expect, it } from 'vitest';
import { expectFound, expectNotFound, type Row } from '../testing.ts';
import { isLandlineNsn, isMobileNsn, isNsnAt } from './phone.ts';
import { rng } from '../seeded-random.ts';

const positives: Row[] = [
  ['SĐT: 0912345678', '0912345678'],
  // A fixed line with its exchange digit apart, and a list typed with slashes.
  ['LH 0238 3 871 245', '0238 3 871 245'],
  ['2. Ly Van Phat/0898.217.640/ns 12.8.1979', '0898.217.640'],
  ['so dien thoai 0987 654 321', '0987 654 321'],
  ['Liên hệ +84 912 345 678', '+84 912 345 678'],
  // Grouped by dots after the '+', as money is grouped: still a phone.
  ['KH000482\tHồ Thị Diệu\t+84.368.205.117\tdieuho@gmail.com', '+84.368.205.117'],
  ['gọi (+84) 912-345-678 nhé', '(+84) 912-345-678'],
  ['DT 84912345678', '84912345678'],
  ['ĐT: 0912.345.678', '0912.345.678'],
  ['điện thoại bàn (024) 3825 1234', '(024) 3825 1234'],
  ['Số máy 028 3829 5678', '028 3829 5678'],
  ['sdt0352123456 nha', '0352123456'],
  ['ＳĐＴ：０９１２３４５６７８', '０９１２３４５６７８'],
  ['anh Nam 0978123456 ở Hà Nội', '0978123456'],
  ['1\tNguyễn Văn A\t0912345678', '0912345678'],
  ['SỐ ĐIỆN THOẠI: 0868 123 456', '0868 123 456'],
  ['zalo 0708123456', '0708123456'],
  ['Liên hệ +84 (0) 912 345 678', '+84 (0) 912 345 678'],
  // The OTP goes to the phone: the number is not the code.
  ['OTP gửi về số 0829114575', '0829114575'],
  ['Nhớ đổi mật khẩu. OTP gửi về số chị Linh 0829 114 575', '0829 114 575'],
  // Another type's label a clause back labels something else (the lost card), not the number.
  ['trong co cccd ten NGUYEN VAN TAI, ai thay alo e 0912 448 037 nhe', '0912 448 037'],
  // A fixed line listed for a person, or for the office a person holds a position in.
  ['Đầu mối: bà Võ Thị Kim Loan, chuyên viên Phòng GDTrH, ĐT 0274 3822 519', '0274 3822 519'],
  ['Phạm Thu Hà\nChuyên viên Phòng CCVC – Sở Nội vụ\nĐT cơ quan: 0226 3852 114', '0226 3852 114'],
  ['Họ tên: Lê Văn Tám\nĐịa chỉ: số 5 phố Huế, Hà Nội\nĐiện thoại: 024 3826 7715', '024 3826 7715'],
  ['Người liên hệ: Vương Thị Thắm (phòng HCNS), ĐT 0221 3942 618.', '0221 3942 618'],
  ['da nhan 2.000.000d tu TK ViettelMoney 0389114725 (LE VAN THANH) luc 08:41', '0389114725'],
  // An office's mobile is still someone's phone.
  ['Phòng Quản lý Văn hóa, điện thoại 0912 345 678', '0912 345 678'],
  // Foreign numbers under a phone label: a guest's, a worker's abroad.
  ['số điện thoại bên đó là +60 12-417 5093', '+60 12-417 5093'],
  ['khách trưởng đoàn Lee Soo-jin sđt +82 10 4417 2290', '+82 10 4417 2290'],
  ['Please contact me on WhatsApp +44 7700 914 352.', '+44 7700 914 352'],
];

const negatives: Row[] = [
  ['Hotline 1900 1234', '1900 1234'],
  ['Tổng đài 1800 599 920', '1800 599 920'],
  ['gọi 19001234 để được hỗ trợ', '19001234'],
  ['mã đơn hàng 0912345678', '0912345678'],
  ['DH0912345678X', '0912345678'],
  ['Số 0112345678', '0112345678'],
  ['giá 0912345678đ', '0912345678'],
  ['lúc 0912345678:30', '0912345678'],
  ['mã vận đơn 0987654321', '0987654321'],
  ['0912345678/QĐ-UBND', '0912345678'],
  ['họp trực tuyến qua Zoom, ID phòng 845 2291 7730', '845 2291 7730'],
  // An office's hotline or duty phone.
  ['phản ánh qua đường dây nóng 0258.3822.917 hoặc hộp thư điện tử', '0258.3822.917'],
  ['số điện thoại trực của Ban Tổ chức: 0208.3820.155.', '0208.3820.155'],
  // A fixed line an office answers: named in its clause, or heading the letter.
  ['Liên hệ: Phòng Quản lý Văn hóa, điện thoại 0219.3866.014, email: qlvh@hagiang.gov.vn.', '0219.3866.014'],
  ['Mọi thắc mắc gọi Văn phòng trường 0239 3855 761 (giờ hành chính).', '0239 3855 761'],
  // Asked to call an office; the office named in the sentence before; the office's own desk words.
  ['Đề nghị ông liên hệ Phòng Quản lý đô thị TP Quảng Ngãi, ĐT 0255 3822 465.', '0255 3822 465'],
  ['5. Địa điểm: Phòng Nội vụ huyện Phú Lương, tiểu khu Thác Lở, thị trấn Đu. Điện thoại 0208 3874 216.', '0208 3874 216'],
  ['Liên hệ: Phòng Tiếp công dân, điện thoại 0214 3820 865.', '0214 3820 865'],
  ['Đăng ký trước qua số điện thoại thường trực 0296 3836 117.', '0296 3836 117'],
  ['TÒA ÁN NHÂN DÂN QUẬN BÌNH THẠNH\nĐịa chỉ: 85 Xô Viết Nghệ Tĩnh, phường 17\nĐiện thoại: 028 3841 2253', '028 3841 2253'],
  ['QR chuyển khoản: Techcombank | 1642 0324 6489 22 |', '0324 6489 22'],
  // Another type's label right before claims the number (a tax code with a wrong check digit).
  ['Mã số thuế: 0312100221', '0312100221'],
  ['CCCD vợ em 0912448037', '0912448037'],
  // A foreign form needs the label and its "+".
  ['Meeting ID +1 555 123 4567', '+1 555 123 4567'],
  ['Tổng cộng +1234567890 đồng', '+1234567890'],
  ['SĐT 60 12 417 5093', '60 12 417 5093'],
];

describe('phone', () => {
  it.each(positives)('finds %s', (text, value) => expectFound('phone', [text, value]));
  it.each(negatives)('does not report %s', (text, value) => expectNotFound('phone', [text, value]));

  it('reads an NSN in place as it reads the NSN sliced off', () => {
    const random = rng(7);
    for (let t = 0; t < 2000; t++) {
      const digits = Array.from({ length: 8 + Math.floor(random() * 6) }, (_, k) => (k === 0 && random() < 0.6 ? '0' : String(Math.floor(random() * 10)))).join('');
      // Common prefixes too: random digits seldom make a valid one.
      const d = random() < 0.5 ? digits : `0${['91', '98', '38', '86', '24', '28', '2', '3'][Math.floor(random() * 8)]}${digits}`.slice(0, digits.length + 1);
      for (const k of [0, 1, 2, 3]) expect(isNsnAt(d, k)).toBe(isMobileNsn(d.slice(k)) || isLandlineNsn(d.slice(k)));
    }
  });

  it('knows the mobile prefixes and fixed-line area codes', () => {
    expect(isMobileNsn('912345678')).toBe(true);
    expect(isMobileNsn('352123456')).toBe(true);
    expect(isMobileNsn('112345678')).toBe(false);
    expect(isMobileNsn('512345678')).toBe(false);
    expect(isLandlineNsn('2438251234')).toBe(true);
    expect(isLandlineNsn('2838251234')).toBe(true);
    expect(isLandlineNsn('2808251234')).toBe(false);
  });
});

// Vietnamese postal addresses as people write them: house number, ngõ/ngách/
// hẻm, street, ward, district, province, full or abbreviated, before and after
// the July 2025 merger (two-level addresses without a district).
import type { Rng } from './rng.ts';

export const STREETS = [
  'Nguyễn Trãi', 'Lê Lợi', 'Trần Hưng Đạo', 'Hai Bà Trưng', 'Lý Thường Kiệt', 'Phan Chu Trinh', 'Quang Trung', 'Nguyễn Huệ',
  'Lê Duẩn', 'Điện Biên Phủ', 'Hoàng Hoa Thám', 'Kim Mã', 'Giải Phóng', 'Láng Hạ', 'Cầu Giấy', 'Xuân Thủy', 'Tôn Đức Thắng',
  'Nguyễn Văn Cừ', 'Trường Chinh', 'Võ Văn Kiệt', 'Phạm Văn Đồng', 'Nguyễn Chí Thanh', 'Bà Triệu', 'Hùng Vương', 'Lạch Tray',
  'Trần Phú', 'Ngô Quyền', 'Lê Hồng Phong', 'Bạch Đằng', 'Nguyễn Thị Minh Khai', 'Cách Mạng Tháng Tám', 'Đội Cấn', 'Tây Sơn',
  'Nguyễn Văn Linh', 'Hoàng Quốc Việt', 'Mạc Thị Bưởi', 'Phan Đình Phùng', 'Lê Thánh Tông', 'Hà Huy Tập', 'Nguyễn Tất Thành',
];

interface Area {
  province: string;
  short: string;
  districts: readonly string[];
  wards: readonly string[];
}

const AREAS: readonly Area[] = [
  { province: 'Hà Nội', short: 'HN', districts: ['Đống Đa', 'Ba Đình', 'Cầu Giấy', 'Hoàng Mai', 'Thanh Xuân', 'Long Biên', 'Hà Đông', 'Nam Từ Liêm', 'Gia Lâm', 'Sóc Sơn'], wards: ['Láng Hạ', 'Kim Liên', 'Dịch Vọng', 'Trung Hòa', 'Định Công', 'Khương Mai', 'Ngọc Lâm', 'Văn Quán', 'Mỹ Đình 2', 'Phúc Xá'] },
  { province: 'Thành phố Hồ Chí Minh', short: 'TP.HCM', districts: ['Quận 1', 'Quận 3', 'Quận 7', 'Bình Thạnh', 'Gò Vấp', 'Tân Bình', 'Thủ Đức', 'Bình Chánh', 'Phú Nhuận'], wards: ['Bến Nghé', 'Phường 12', 'Tân Phong', 'Phường 25', 'Phường 5', 'Hiệp Bình Chánh', 'Tân Định', 'Phường 7'] },
  { province: 'Thanh Hóa', short: 'T.Hóa', districts: ['TP Thanh Hóa', 'Quảng Xương', 'Hoằng Hóa', 'Thọ Xuân', 'Tĩnh Gia', 'Nga Sơn'], wards: ['Điện Biên', 'Đông Vệ', 'Quảng Thành', 'Hoằng Quang', 'Xuân Lai', 'Nga Thạch'] },
  { province: 'Nghệ An', short: 'NA', districts: ['TP Vinh', 'Diễn Châu', 'Quỳnh Lưu', 'Nghi Lộc', 'Đô Lương'], wards: ['Hưng Bình', 'Lê Mao', 'Diễn Kỷ', 'Quỳnh Thạch', 'Nghi Phú'] },
  { province: 'Hải Phòng', short: 'HP', districts: ['Lê Chân', 'Ngô Quyền', 'Hải An', 'Kiến An', 'Thủy Nguyên'], wards: ['Dư Hàng Kênh', 'Lạch Tray', 'Đằng Hải', 'Trần Thành Ngọ'] },
  { province: 'Đà Nẵng', short: 'ĐN', districts: ['Hải Châu', 'Thanh Khê', 'Sơn Trà', 'Ngũ Hành Sơn', 'Liên Chiểu'], wards: ['Thạch Thang', 'An Hải Bắc', 'Hòa Khánh Bắc', 'Mỹ An'] },
  { province: 'Hà Nam', short: 'HN', districts: ['TP Phủ Lý', 'Duy Tiên', 'Kim Bảng', 'Thanh Liêm', 'Lý Nhân', 'Bình Lục'], wards: ['Minh Khai', 'Lam Hạ', 'Thanh Châu', 'Hòa Hậu'] },
  { province: 'Bình Định', short: 'BĐ', districts: ['TP Quy Nhơn', 'An Nhơn', 'Tuy Phước', 'Phù Cát', 'Hoài Nhơn'], wards: ['Lý Thường Kiệt', 'Nhơn Bình', 'Phước Lộc', 'Cát Tân'] },
  { province: 'Cần Thơ', short: 'CT', districts: ['Ninh Kiều', 'Bình Thủy', 'Cái Răng', 'Ô Môn'], wards: ['An Hòa', 'Xuân Khánh', 'Hưng Phú', 'Châu Văn Liêm'] },
  { province: 'Nam Định', short: 'NĐ', districts: ['TP Nam Định', 'Hải Hậu', 'Giao Thủy', 'Ý Yên', 'Xuân Trường'], wards: ['Trần Đăng Ninh', 'Hải Đông', 'Giao Lạc', 'Yên Khánh'] },
  { province: 'Đắk Lắk', short: 'ĐL', districts: ['TP Buôn Ma Thuột', 'Krông Pắc', 'Ea H\'leo', 'Cư M\'gar'], wards: ['Tân Lợi', 'Ea Tam', 'Phước An', 'Ea Pốk'] },
  { province: 'Lào Cai', short: 'LC', districts: ['TP Lào Cai', 'Sa Pa', 'Bát Xát', 'Bảo Thắng'], wards: ['Cốc Lếu', 'Sa Pa', 'Bản Vược', 'Phố Lu'] },
  { province: 'Quảng Ninh', short: 'QN', districts: ['TP Hạ Long', 'Cẩm Phả', 'Uông Bí', 'Móng Cái'], wards: ['Hồng Gai', 'Bãi Cháy', 'Cẩm Trung', 'Trần Phú'] },
  { province: 'Ninh Bình', short: 'NB', districts: ['TP Hoa Lư', 'Yên Mô', 'Kim Sơn', 'Gia Viễn'], wards: ['Đông Thành', 'Yên Lâm', 'Kim Đông', 'Gia Hòa'] },
];

function houseNumber(rng: Rng): string {
  return rng.weighted<string>([
    [`${rng.int(1, 250)}`, 5],
    [`${rng.int(1, 150)}${rng.pick(['A', 'B', 'C'])}`, 1],
    [`${rng.int(1, 90)}/${rng.int(1, 40)}`, 1],
  ]);
}

export interface AddressOptions {
  /** Abbreviate administrative levels (P., Q., TP., ngõ → ng.). */
  short?: boolean;
  /** Rural address: thôn/xóm/ấp instead of a street. */
  rural?: boolean;
  /** Post-2025 two-level address: ward/commune then province. */
  twoLevel?: boolean;
}

export function address(rng: Rng, opts: AddressOptions = {}): string {
  const area = rng.pick(AREAS);
  const short = opts.short ?? rng.chance(0.35);
  const rural = opts.rural ?? rng.chance(0.3);
  const twoLevel = opts.twoLevel ?? rng.chance(0.25);
  const parts: string[] = [];
  if (rural) {
    parts.push(rng.pick([`Thôn ${rng.int(1, 12)}`, `Xóm ${rng.int(1, 15)}`, `Ấp ${rng.pick(['Tân Hòa', 'Bình Lợi', 'Long Thạnh', rng.int(1, 8)])}`, `Thôn ${rng.pick(['Đông', 'Trung', 'Thượng', 'Hạ', 'Yên Thái'])}`, `Bản ${rng.pick(['Na Hang', 'Phiêng Lằn', 'Mường Hoa'])}`]));
    parts.push(`${short ? 'X.' : 'xã'} ${rng.pick(area.wards.filter((w) => !w.startsWith('Phường')))}`);
  } else {
    const street = rng.pick(STREETS);
    const streetWord = short ? rng.pick(['đ.', 'Đ.', '', 'P.']) : rng.pick(['đường', 'phố', 'Đường', '']);
    const alley = rng.weighted<string>([
      ['', 5],
      [short ? `ngõ ${rng.int(2, 300)}` : `ngõ ${rng.int(2, 300)}`, 2],
      [`ngách ${rng.int(2, 80)}/${rng.int(2, 40)}, ngõ ${rng.int(2, 300)}`, 1],
      [`hẻm ${rng.int(2, 400)}`, 1],
      [`K${rng.int(10, 300)}/${rng.int(2, 40)}`, 1],
    ]);
    const num = `${rng.chance(0.4) ? (short ? 'Số ' : 'số ') : ''}${houseNumber(rng)}`;
    const home = rng.weighted<string>([
      ['street', 10],
      [`${short ? 'P.' : 'Phòng '}${rng.int(2, 35)}${String(rng.int(1, 20)).padStart(2, '0')} tòa ${rng.pick(['CT2', 'HH1A', 'B', 'N04', 'S2.05'])}, ${short ? 'KĐT' : 'khu đô thị'} ${rng.pick(['Linh Đàm', 'Việt Hưng', 'Times City', 'Vinhomes Grand Park', 'Sala'])}`, 1],
      [`Căn hộ ${rng.pick(['A', 'B', 'C'])}${rng.int(1, 30)}-${String(rng.int(1, 20)).padStart(2, '0')}, chung cư ${rng.pick(['Hoàng Anh Gia Lai', 'Mường Thanh', 'Hưng Phát', 'Ehome 3'])}`, 1],
      [`Tổ ${rng.int(1, 30)}, khu phố ${rng.int(1, 12)}`, 1],
    ]);
    parts.push(home !== 'street' ? home : [num, alley].filter(Boolean).join(' ') + (alley ? ',' : '') + (streetWord ? ` ${streetWord} ${street}` : ` ${street}`));
    const ward = rng.pick(area.wards);
    parts.push(ward.startsWith('Phường') ? (short ? ward.replace('Phường ', 'P.') : ward) : `${short ? rng.pick(['P.', 'P ', 'F.']) : 'phường '}${ward}`);
  }
  if (!twoLevel) {
    const district = rng.pick(area.districts);
    const isCity = district.startsWith('TP ') || district.startsWith('Quận');
    const urban = ['Hà Nội', 'Thành phố Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ'].includes(area.province) && !rng.chance(0.2);
    parts.push(isCity ? district : short ? `${urban ? 'Q.' : 'H.'}${district}` : `${urban ? 'quận' : rng.pick(['huyện', 'huyện', 'thị xã'])} ${district}`);
  }
  parts.push(short ? area.short : rng.pick([area.province, `tỉnh ${area.province}`, area.province]).replace('tỉnh Thành phố', 'Thành phố').replace('tỉnh Hà Nội', 'Hà Nội').replace('tỉnh Đà Nẵng', 'TP Đà Nẵng').replace('tỉnh Hải Phòng', 'TP Hải Phòng').replace('tỉnh Cần Thơ', 'TP Cần Thơ'));
  return parts.join(rng.chance(0.85) ? ', ' : ' - ');
}

/** A bare administrative place (hometown, place of birth): still an address. */
export function hometown(rng: Rng): string {
  const area = rng.pick(AREAS);
  return rng.weighted<string>([
    [`xã ${rng.pick(area.wards)}, huyện ${rng.pick(area.districts).replace('TP ', '')}, ${area.province}`, 2],
    [`${rng.pick(area.districts)}, ${area.province}`, 1],
  ]);
}

export function provinceName(rng: Rng): string {
  return rng.pick(AREAS).province;
}

/** Agency letterheads and names: places, but not anyone's address. */
export function agencyLetterhead(rng: Rng): string {
  const p = rng.pick(['THANH HÓA', 'HÀ NAM', 'NGHỆ AN', 'BÌNH ĐỊNH', 'NAM ĐỊNH', 'QUẢNG NINH', 'LÀO CAI', 'ĐẮK LẮK', 'NINH BÌNH']);
  return rng.pick([
    `UBND TỈNH ${p}`,
    `ỦY BAN NHÂN DÂN TỈNH ${p}`,
    `SỞ Y TẾ TỈNH ${p}`,
    `UBND TỈNH ${p}\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG`,
    `UBND HUYỆN ${rng.pick(['QUẢNG XƯƠNG', 'YÊN MÔ', 'DIỄN CHÂU', 'KIM BẢNG', 'HẢI HẬU'])}\nPHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI`,
    `BẢO HIỂM XÃ HỘI TỈNH ${p}`,
    `CÔNG AN TỈNH ${p}\nPHÒNG CẢNH SÁT QLHC VỀ TTXH`,
  ]);
}

export function agencyName(rng: Rng): string {
  const p = rng.pick(['Thanh Hóa', 'Hà Nam', 'Nghệ An', 'Bình Định', 'Nam Định', 'Quảng Ninh', 'Lào Cai', 'Ninh Bình']);
  return rng.pick([
    `Sở Y tế tỉnh ${p}`, `UBND tỉnh ${p}`, `Sở Tư pháp tỉnh ${p}`, `Công an tỉnh ${p}`, `Văn phòng UBND tỉnh ${p}`,
    `Bảo hiểm xã hội tỉnh ${p}`, `Sở Lao động - Thương binh và Xã hội tỉnh ${p}`, `UBND phường ${rng.pick(['Điện Biên', 'Lam Hạ', 'Hưng Bình'])}`,
    `Trung tâm Phục vụ hành chính công tỉnh ${p}`, `Cục Thuế tỉnh ${p}`,
  ]);
}

// Vietnamese personal names: surnames by their national frequency (≈90% from
// the first fourteen), gendered middle and given names, compound given names.
import type { Rng } from './rng.ts';

const SURNAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 3], ['Huỳnh', 2], ['Phan', 4.5], ['Vũ', 2.2],
  ['Võ', 1.7], ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5],
  ['Đinh', 0.6], ['Trịnh', 0.5], ['Đào', 0.5], ['Mai', 0.4], ['Lương', 0.4], ['Cao', 0.4], ['Tạ', 0.3], ['Hà', 0.4],
  ['Lâm', 0.3], ['Tô', 0.2], ['Chu', 0.2], ['Quách', 0.1], ['Thái', 0.2], ['Kiều', 0.1], ['Triệu', 0.2], ['Lò', 0.1],
  ['Vi', 0.1], ['Hứa', 0.1], ['Tống', 0.1], ['Khổng', 0.05], ['Mạc', 0.05], ['Âu', 0.05], ['Lục', 0.05], ['Giáp', 0.05],
];

const MALE_MIDDLE = ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Công', 'Xuân', 'Thanh', 'Ngọc', 'Đình', 'Trọng', 'Anh', 'Tiến', 'Mạnh', 'Quốc', 'Bá', 'Duy', 'Thế', 'Hoàng', 'Tuấn'];
const FEMALE_MIDDLE = ['Thị', 'Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Phương', 'Minh', 'Hồng', 'Mai', 'Thùy', 'Kim', 'Bích', 'Diệu', 'Hải', 'Khánh', 'Lan', 'Quỳnh', 'Thúy'];
const MALE_GIVEN = [
  'An', 'Anh', 'Bình', 'Cường', 'Dũng', 'Dương', 'Đạt', 'Đức', 'Giang', 'Hải', 'Hiếu', 'Hòa', 'Hoàng', 'Hùng', 'Huy', 'Khánh', 'Khoa', 'Kiên',
  'Lâm', 'Long', 'Mạnh', 'Minh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Tài', 'Tâm', 'Thắng', 'Thành', 'Thịnh', 'Toàn',
  'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh', 'Vũ', 'Hưng', 'Lộc', 'Thái', 'Tiến', 'Hậu', 'Trí', 'Bảo', 'Khôi', 'Nhân',
];
const FEMALE_GIVEN = [
  'Anh', 'Ánh', 'Chi', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hằng', 'Hạnh', 'Hiền', 'Hoa', 'Hồng', 'Huệ', 'Hương', 'Huyền', 'Lan', 'Liên', 'Linh',
  'Loan', 'Ly', 'Mai', 'My', 'Nga', 'Ngân', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Quỳnh', 'Tâm', 'Thảo', 'Thu', 'Thủy', 'Trang', 'Uyên',
  'Vân', 'Yến', 'Hậu', 'Nhàn', 'Xuân', 'Thơm', 'Lụa', 'Nhi', 'Vy', 'Tuyết', 'Hoài', 'Thanh', 'Diệp', 'Trinh',
];

export interface PersonName {
  full: string;
  surname: string;
  given: string;
  female: boolean;
}

export function personName(rng: Rng, female = rng.chance(0.5)): PersonName {
  const surname = rng.weighted(SURNAMES);
  const given = rng.pick(female ? FEMALE_GIVEN : MALE_GIVEN);
  const middles = female ? FEMALE_MIDDLE : MALE_MIDDLE;
  const shape = rng.weighted<number>([[1, 80], [2, 12], [0, 5], [3, 3]]);
  const parts = [surname];
  if (shape === 3) {
    // A father's and a mother's surname: "Lê Nguyễn Bảo Anh".
    let second: string;
    do second = rng.weighted(SURNAMES);
    while (second === surname);
    parts.push(second, rng.pick(female ? FEMALE_MIDDLE.filter((m) => m !== 'Thị' && m !== given) : MALE_MIDDLE.filter((m) => m !== 'Văn' && m !== given)));
  } else {
    if (shape >= 1) parts.push(rng.pick(middles.filter((m) => m !== given)));
    // Compound given names: "Thu Trang", "Minh Khôi".
    if (shape === 2) parts.push(rng.pick((female ? FEMALE_GIVEN : MALE_GIVEN).filter((g) => g !== given && !parts.includes(g))));
  }
  parts.push(given);
  return { full: parts.join(' '), surname, given, female };
}

/** How a colleague refers to someone in speech: "anh Tuấn", "chị Lan", "cô Hằng". */
export function honorific(rng: Rng, female: boolean, formal: boolean): string {
  if (formal) return female ? rng.pick(['Bà', 'bà', 'chị', 'Chị', 'đồng chí', 'Đ/c']) : rng.pick(['Ông', 'ông', 'anh', 'Anh', 'đồng chí', 'Đ/c']);
  return female ? rng.pick(['chị', 'c', 'em', 'cô', 'bác', 'chị']) : rng.pick(['anh', 'a', 'em', 'chú', 'bác', 'anh']);
}

/** Names that appear in text but are not a person here (schools, streets, institutions). */
export const NAMED_PLACES = [
  'Trường THPT Chu Văn An', 'Trường THPT Lê Quý Đôn', 'Trường Tiểu học Kim Đồng', 'Bệnh viện Bạch Mai', 'Bệnh viện Chợ Rẫy',
  'Bệnh viện Việt Đức', 'Bệnh viện Hữu nghị Việt Đức', 'Trường THCS Nguyễn Du', 'Nhà văn hóa Trần Hưng Đạo', 'Trường Đại học Bách khoa',
  'Cung văn hóa Lao động', 'Trường Mầm non Hoa Sen', 'Bệnh viện Nhi Trung ương', 'Trường THPT Phan Đình Phùng', 'Quảng trường Lam Sơn',
];

// Vietnamese surnames as written, with diacritics. The first group covers about
// 90% of the population (Nguyễn ≈38%, Trần 11%, Lê 9.5%, Phạm 7%, Hoàng/Huỳnh
// 5%, Phan 4.5%, Vũ/Võ 3.9%, Đặng 2.1%, Bùi 2%, Đỗ 1.4%, Hồ 1.3%, Ngô 1.3%,
// Dương 1%, Lý 0.5%); the second is the long tail, including common surnames
// of ethnic minorities. Words that are far more often something else in
// administrative prose (Công, Quang, Sơn, Giang, Hồng, Văn, Kim, Phương, An,
// Hoa, Ma, Xa) are left out on purpose: a person written with one of them
// still matches through context (ông, bà, họ và tên, a name column).
export const COMMON_SURNAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng',
  'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
];

export const OTHER_SURNAMES: readonly string[] = [
  'Đào', 'Đoàn', 'Đinh', 'Lâm', 'Mai', 'Trịnh', 'Trương', 'Cao', 'Lưu', 'Lương',
  'Tạ', 'Hà', 'Tô', 'Châu', 'Quách', 'Tăng', 'Thái', 'La', 'Kiều', 'Triệu',
  'Vương', 'Phùng', 'Mạc', 'Nghiêm', 'Tôn', 'Chu', 'Khúc', 'Khổng', 'Lại', 'Lò',
  'Lục', 'Lã', 'Lữ', 'Mẫn', 'Nông', 'Ông', 'Tống', 'Từ', 'Vi', 'Âu', 'Bạch', 'Bế',
  'Biện', 'Cù', 'Diệp', 'Doãn', 'Đàm', 'Đồng', 'Giáp', 'Hầu', 'Hứa', 'Kha',
  'Khương', 'Lạc', 'Lăng', 'Liêu', 'Mã', 'Nhữ', 'Ninh', 'Phó', 'Phí', 'Sầm',
  'Thạch', 'Thân', 'Thiều', 'Tiêu', 'Trà', 'Trình', 'Ung', 'Viên', 'Vòng', 'Yên',
  'Cấn', 'Chế', 'Cung', 'Đái', 'Đậu', 'Điêu', 'Hàn', 'Khuất', 'Lãnh', 'Lỗ',
  'Mạch', 'Nhan', 'Ôn', 'Quản', 'Thào', 'Sùng', 'Giàng', 'Vàng', 'Lầu', 'Mùa',
  'Danh', 'Lù', 'Ksor', 'Siu', 'Bành', 'Cổ', 'Giả', 'Hàm', 'Lư', 'Mông', 'Nhâm',
  'Ngũ', 'Tiết', 'Trác', 'Uông', 'Vưu', 'Chung', 'Trang', 'Quan',
  // Thái, Hmông, Dao and Tày-Nùng families of the northern mountains.
  'Lường', 'Tòng', 'Nịnh', 'Vừ', 'Hờ', 'Tráng', 'Chảo', 'Phàn', 'Tẩn', 'Ngôn', 'Lô',
];

// Surnames that count only written with their diacritics: bare, "Quang" is a
// middle name, "CA" Công an ("GIÁM ĐỐC CA TỈNH CAO BẰNG"), "Cam" a fruit,
// "Dieu" the Điều of "Điều 1" and "Ban" a board; Quàng, Cà and Cầm are Thái
// families as common in the northwest as any above, Điểu a M'Nông and S'tiêng
// one, Bàn a Dao one, Xồng a Hmông one (not Và: marked or not, "VÀ" is "and").
export const MARKED_SURNAMES: readonly string[] = ['Quàng', 'Cà', 'Cầm', 'Điểu', 'Bàn', 'Xồng'];

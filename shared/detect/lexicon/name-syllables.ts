// Middle names: the syllable right after the surname. Văn and Thị alone mark
// about half of all full names, which is why a middle name from this list is
// strong evidence even without context.
export const MIDDLE_NAMES: readonly string[] = [
  'Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quang', 'Xuân', 'Hoàng',
  'Thu', 'Kim', 'Bảo', 'Gia', 'Công', 'Đình', 'Duy', 'Tiến', 'Trọng', 'Mạnh',
  'Thế', 'Quốc', 'Hồng', 'Phương', 'Anh', 'Thùy', 'Thúy', 'Diệu', 'Khánh',
  'Nhật', 'Tuấn', 'Hải', 'Như', 'Mai', 'Bích', 'Cẩm', 'Phúc', 'Thái', 'Vũ',
  'Tấn', 'Trung', 'Thành', 'Hà', 'Việt', 'Đăng', 'Bá', 'Khắc', 'Chí', 'Trí',
  'Hoài', 'Lệ', 'Mỹ', 'Tường', 'Tú', 'Huyền', 'Hương', 'Lan', 'Phi', 'Nguyên',
  'Thiện', 'Thượng', 'Viết', 'Ánh', 'Hạnh', 'Kiều', 'Diễm', 'Tố',
  'Phước', 'Thuận', 'Hiếu', 'Hoà', 'Hòa', 'Quý', 'Yến', 'Cao', 'Sỹ', 'Sĩ',
  'Nhất', 'Vĩnh', 'Bình', 'Long', 'Tùng', 'Hùng', 'Đại', 'Nam', 'Trường',
  'Song', 'Uyên', 'Thảo', 'Châu', 'Vân', 'Hiền', 'Nhã', 'Linh', 'Tâm', 'Thục',
  // Hmông men's middle names (Giàng A Lử, Vàng Seo Chú), as common there as Văn.
  'A', 'Seo',
];

// Given names (the last syllable). Not exhaustive, and need not be: a given
// name outside the list still matches after a listed surname and middle name.
export const GIVEN_NAMES: readonly string[] = [
  // (Added from the nineteenth blind round. Not Chương: "Chương trình" is a programme.)
  'Khương', 'Thoại', 'Đoài', 'Mận', 'Lựu',
  'An', 'Anh', 'Ánh', 'Bách', 'Bảo', 'Bích', 'Bình', 'Cường', 'Chi', 'Chinh',
  'Chính', 'Châu', 'Công', 'Cúc', 'Dũng', 'Dung', 'Duy', 'Duyên', 'Dương',
  'Đạt', 'Đào', 'Điệp', 'Định', 'Đông', 'Đức', 'Giang', 'Hà', 'Hải', 'Hạnh',
  'Hằng', 'Hân', 'Hậu', 'Hiền', 'Hiếu', 'Hiệp', 'Hòa', 'Hoà', 'Hoa', 'Hoài',
  'Hoàng', 'Hồng', 'Huệ', 'Hùng', 'Hưng', 'Hương', 'Hường', 'Huy', 'Huyền',
  'Khánh', 'Khoa', 'Kiên', 'Kiệt', 'Kim', 'Lan', 'Linh', 'Loan', 'Long', 'Lộc',
  'Lợi', 'Luân', 'Lực', 'Ly', 'Lý', 'Mai', 'Minh', 'My', 'Mỹ', 'Nam', 'Nga',
  'Ngân', 'Nghĩa', 'Ngọc', 'Nguyên', 'Nhân', 'Nhật', 'Nhi', 'Nhung', 'Như',
  'Oanh', 'Phát', 'Phong', 'Phúc', 'Phú', 'Phương', 'Phượng', 'Quân', 'Quang',
  'Quốc', 'Quý', 'Quyên', 'Quỳnh', 'Sơn', 'Tài', 'Tâm', 'Tân', 'Thắng', 'Thanh',
  'Thành', 'Thảo', 'Thi', 'Thịnh', 'Thơ', 'Thu', 'Thủy', 'Thuỷ', 'Thúy', 'Thuý',
  'Thư', 'Tiến', 'Toàn', 'Trang', 'Trâm', 'Trí', 'Trinh', 'Trọng', 'Trung', 'Tú',
  'Tuấn', 'Tùng', 'Tuyết', 'Uyên', 'Vân', 'Việt', 'Vinh', 'Vy', 'Xuân', 'Yến',
  'Bắc', 'Cảnh', 'Chiến', 'Cương', 'Diệp', 'Diệu', 'Đăng', 'Đoàn', 'Giao',
  'Hạ', 'Hảo', 'Hiển', 'Hoan', 'Học', 'Hợp', 'Khải', 'Khang', 'Khôi', 'Lam',
  'Lâm', 'Lệ', 'Liên', 'Liễu', 'Lĩnh', 'Lịch', 'Lụa', 'Mạnh', 'Mến', 'Miên',
  'Ngà', 'Nghị', 'Ngoan', 'Nhàn', 'Nhẫn', 'Ninh', 'Phụng', 'Phước', 'Quế',
  'Quyết', 'Sang', 'Sáng', 'Sen', 'Tám', 'Thạch', 'Thái', 'Thân', 'Thiện',
  'Thông', 'Thuận', 'Thùy', 'Thuỳ', 'Thương', 'Tiên', 'Tín', 'Tình', 'Tịnh',
  'Toản', 'Trà', 'Triều', 'Trúc', 'Trường', 'Tuân', 'Tuệ', 'Tuyền', 'Túc',
  'Tư', 'Tường', 'Uy', 'Vĩnh', 'Vui', 'Vũ', 'Vượng', 'Xoan', 'Yên', 'Đính',
  'Điền', 'Đô', 'Đồng', 'Dịu', 'Dân', 'Gấm', 'Hưởng', 'Kha', 'Khuê', 'Kỳ',
  'Lành', 'Lân', 'Lập', 'Luyến', 'Mẫn', 'Ngôn', 'Nhạn', 'Nhiên',
  'Pháp', 'Phi', 'Quảng', 'Quyền', 'Sinh', 'Sương', 'Tạo', 'Thoa', 'Thục',
  'Thuần', 'Thiết', 'Toán', 'Trịnh', 'Trực', 'Tuyên', 'Vỹ', 'Vĩ', 'Ý',
  'Hiên', 'Huân', 'Huấn', 'Hữu', 'Kiều', 'Lượng', 'Nhơn', 'Thơm',
  'Tấn', 'Thế', 'Tính', 'Bằng', 'Cầm', 'Chung', 'Đạo', 'Hội', 'Khiêm',
  'Lài', 'Lương', 'Phấn', 'Sáu', 'Thẩm', 'Chiều',
  // Plain words as southern and rural given names ("Nguyễn Thị Đẹp", "Dương Văn Thật").
  'Thật', 'Tèo', 'Đẹp', 'Bốn',
];

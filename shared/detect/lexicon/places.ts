// Provinces and centrally-run cities (the 63 of Circular 07/2016 plus the
// shortened forms people write), as they end an address ("…, Hà Nội").
export const PROVINCES: readonly string[] = [
  'Hà Nội', 'Hà Giang', 'Cao Bằng', 'Bắc Kạn', 'Tuyên Quang', 'Lào Cai', 'Điện Biên',
  'Lai Châu', 'Sơn La', 'Yên Bái', 'Hòa Bình', 'Hoà Bình', 'Thái Nguyên', 'Lạng Sơn',
  'Quảng Ninh', 'Bắc Giang', 'Phú Thọ', 'Vĩnh Phúc', 'Bắc Ninh', 'Hải Dương',
  'Hải Phòng', 'Hưng Yên', 'Thái Bình', 'Hà Nam', 'Nam Định', 'Ninh Bình',
  'Thanh Hóa', 'Thanh Hoá', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị',
  'Thừa Thiên Huế', 'Huế', 'Đà Nẵng', 'Quảng Nam', 'Quảng Ngãi', 'Bình Định',
  'Phú Yên', 'Khánh Hòa', 'Khánh Hoà', 'Ninh Thuận', 'Bình Thuận', 'Kon Tum',
  'Gia Lai', 'Đắk Lắk', 'Đắc Lắc', 'Đắk Nông', 'Lâm Đồng', 'Bình Phước', 'Tây Ninh',
  'Bình Dương', 'Đồng Nai', 'Bà Rịa - Vũng Tàu', 'Bà Rịa Vũng Tàu', 'Vũng Tàu',
  'Hồ Chí Minh', 'TP HCM', 'TPHCM', 'HCM', 'Sài Gòn', 'Long An', 'Tiền Giang',
  'Bến Tre', 'Trà Vinh', 'Vĩnh Long', 'Đồng Tháp', 'An Giang', 'Kiên Giang',
  'Cần Thơ', 'Hậu Giang', 'Sóc Trăng', 'Bạc Liêu', 'Cà Mau',
];

// Districts, towns and landmarks whose names look like a surname followed by
// a given name (Hoàng Mai, Lê Chân, Ngô Quyền, Bạch Mai): alone they are a
// place, not a person, unless a title (ông, bà, anh, chị) says otherwise.
export const NAME_LIKE_PLACES: readonly string[] = [
  'Hoàng Mai', 'Lê Chân', 'Ngô Quyền', 'Bạch Mai', 'Hà Đông', 'Hạ Long', 'Hà Tiên',
  'Mai Châu', 'Châu Đốc', 'Châu Thành', 'Châu Á', 'Châu Âu', 'Châu Phi', 'Châu Mỹ',
  // The country, after "công dân" (a title before a name, too), and the
  // countries whose names read as a surname and a given name ("quốc tịch Hàn Quốc").
  'Việt Nam', 'Hàn Quốc', 'Trung Quốc', 'Nhật Bản', 'Đài Loan', 'Hồng Kông', 'Ma Cao', 'Ấn Độ', 'Hoa Kỳ',
  'Cao Lãnh', 'Lâm Hà', 'Đồng Hới', 'Đồng Xoài', 'Trà Vinh', 'Yên Bái', 'Thái Lan',
  'Hồ Gươm', 'Hồ Tây', 'Tây Hồ', 'Đồng Văn', 'Hà Trung', 'Lý Sơn', 'Cao Phong',
  'Ninh Kiều', 'Ninh Hòa', 'Ninh Hải', 'Thái Hòa', 'Hà Quảng', 'Võ Nhai',
  'Đinh Tiên Hoàng', 'Hai Bà Trưng', 'Trần Hưng Đạo', 'Lê Lợi', 'Nguyễn Huệ',
  'Lý Thường Kiệt', 'Lê Duẩn', 'Nguyễn Trãi', 'Trần Phú', 'Lê Thánh Tông',
  'Nguyễn Du', 'Phan Chu Trinh', 'Phan Bội Châu', 'Lý Thái Tổ', 'Trần Quốc Toản',
  'Võ Thị Sáu', 'Nguyễn Thị Minh Khai', 'Võ Nguyên Giáp', 'Tôn Đức Thắng',
  'Nguyễn Văn Cừ', 'Nguyễn Chí Thanh', 'Lê Hồng Phong', 'Hoàng Diệu', 'Hoàng Hoa Thám',
  'Phạm Văn Đồng', 'Lê Văn Lương', 'Nguyễn Văn Linh', 'Trần Duy Hưng', 'Lê Đại Hành',
  'Phạm Ngũ Lão', 'Nguyễn Đình Chiểu', 'Lê Quý Đôn', 'Trần Nhân Tông', 'Lý Tự Trọng',
  'Nguyễn Thái Học', 'Hoàng Quốc Việt', 'Phạm Hùng', 'Trần Khát Chân', 'Ngô Gia Tự',
  'Lê Thánh Tôn', 'Nguyễn Tất Thành', 'Hồ Tùng Mậu', 'Trần Quang Khải', 'Đào Duy Anh',
  'Lê Trọng Tấn', 'Nguyễn Xiển', 'Trần Đại Nghĩa', 'Nguyễn Khang', 'Đội Cấn',
  // Places whose first word is a title: districts, an island, a mountain, streets (not "Cô Giang", "Bà Triệu": people too).
  'Ba Đình', 'Ba Vì', 'Ba Tơ', 'Ba Chẽ', 'Ba Bể', 'Ba Tri', 'Ba Đồn', 'Bà Rịa', 'Bà Điểm', 'Bà Chiểu', 'Bà Đen',
  'Bà Huyện Thanh Quan', 'Cô Tô', 'Ông Ích Khiêm',
];

// Words that announce a person. Titles sit right before a name ("ông Nguyễn
// Văn An", "BN Trần Thị Hoa"); labels end with a colon or a tab ("Họ và tên:",
// "Chủ tài khoản:"). Both are written folded (no diacritics, lower case), the
// form recognizers compare against.
export const PERSON_TITLES: readonly string[] = [
  'ong', 'ba', 'anh', 'chi', 'em', 'co', 'chu', 'bac', 'chau', 'cu', 'thay', 'di', 'cau', 'mo', 'thim',
  'me', 'bo', 'cha', 'vo', 'chong', 'con', 'ban', 'be', 'mr', 'mrs', 'ms', 'miss', 'dr', 'bs', 'ts', 'ths',
  'gs', 'pgs', 'ks', 'ls', 'dc', 'd/c', 'dong chi', 'benh nhan', 'bn', 'nguoi benh', 'sinh vien', 'hoc sinh',
  'giao vien', 'cong dan', 'chu ho', 'can bo', 'nhan vien', 'bi can', 'bi cao', 'pham nhan', 'nguyen don',
  'bi don', 'dai dien', 'nguoi nop', 'nguoi nhan', 'nguoi gui', 'nguoi khai', 'tre', 'chau be', 'thi sinh',
  'khach hang', 'ung vien', 'tac gia', 'thu huong', 'cong nhan', 'bac si', 'y ta', 'dieu duong', 'truong phong',
  'pho phong', 'giam doc', 'chu tich', 'nguoi lien he', 'nguoi dai dien', 'nguoi bao lanh', 'nguoi giam ho',
  'nguoi thu huong', 'nguoi yeu cau', 'nguoi de nghi', 'nguoi lao dong', 'nguoi bi hai', 'nguoi lam chung',
  'vo ong', 'chong ba', 'con ong', 'con ba', 'me em', 'bo em', 'me toi', 'bo toi', 'vo toi', 'chong toi',
  'gui', 'kinh gui', 'than gui', 'dear', 'hi', 'chao', 'ong/ba', 'anh/chi', 'toi la', 'em la', 'ten la', 'nguoi vi pham',
  // Saying who one is: "Cháu là Quân", "e là Linh", "Chồng em tên Kim Sô Phanh" (after a person word only).
  'e la', 'chau la', 'con la', 'minh la', 'ten', 'a', 'c', 'e',
  'cua chi', 'cua anh', 'nha ba', 'nha ong', 'nha anh', 'nha chi', 'cho ong', 'cho ba', 'cho anh', 'cho chi',
  'hoc vien', 'tre em', 'ben a', 'ben b', 'chu tai khoan', 'chu tk', 'chu the', 'ten tk', 'ten tai khoan', 'doi tuong',
  // Staff who answer customers ("Tư vấn viên Mai Phương:", "Giao dịch viên: …", "Tài xế Hoàng", "Lễ tân: Kiều").
  'tu van vien', 'giao dich vien', 'tong dai vien', 'tai xe', 'le tan', 'shipper', 'thu ngan',
  // A call centre's agent, a postman, a boat's owner ("ĐTV Thùy Dung", "Bưu tá Quang", "chủ tàu Trần Văn Xin").
  'dtv', 'gdv', 'buu ta', 'chu tau', 'thuyen truong', 'thuyen vien', 'ngu dan',
  // A landlord; a court's people ("luật sư Đồng Văn Khải", "thư ký Thùy", "CHV Toàn").
  'chu tro', 'chu nha', 'luat su', 'thu ky', 'tham phan', 'chv', 'chap hanh vien', 'thu ky nghiep vu',
  // Ê Đê parents' forms of address, a village elder, a lay Buddhist, a hamlet's head in the Highlands.
  'ami', 'ama', 'gia lang', 'phat tu', 'truong buon', 'truong bon',
  // Village and hamlet heads, grandparents.
  'truong thon', 'truong ap', 'truong xom', 'truong khu pho', 'to truong', 'quan chung', 'ba noi', 'ong noi', 'ba ngoai', 'ong ngoai',
  // Ranks, before an officer's name ("Thượng úy Nguyễn Văn Tài"), and clinicians' initials ("ĐD Hằng", "YS Duyên").
  'thuong uy', 'dai uy', 'trung uy', 'thieu uy', 'thuong ta', 'dai ta', 'trung ta', 'thieu ta', 'ys', 'dd', 'ktv',
  // Clergy, whose religious names ("Đại đức Thích Minh Tâm") no surname list holds.
  'dai duc', 'hoa thuong', 'thuong toa', 'ni su', 'ni truong', 'su co', 'linh muc', 'muc su', 'truyen dao',
];

export const NAME_LABELS: readonly string[] = [
  // Who wrote, filed or signs a form, who receives or cares: always a person.
  'nguoi viet don', 'nguoi lam don', 'nguoi nop don', 'nguoi dung don', 'nguoi xin', 'nguoi dang ky', 'nguoi khai bao',
  'nguoi ke khai', 'nguoi nhan tien', 'nguoi lap phieu', 'nguoi cham soc', 'nguoi cham soc chinh', 'nguoi nuoi duong',
  'nguoi huong tro cap', 'nguoi chung kien', 'nguoi phien dich', 'nguoi bao chua', 'nguoi di cung', 'nguoi dua tre di',
  'ho va ten', 'ho ten', 'ho, ten', 'toi la', 'ten', 'full name', 'name', 'fullname', 'account name', 'beneficiary',
  'chu tai khoan', 'ten tai khoan', 'ten chu tai khoan', 'ten chu the', 'ten nguoi', 'ten khach hang',
  'ten benh nhan', 'ten chu ho', 'ten hoc sinh', 'ten sinh vien', 'ten nhan vien', 'ten can bo',
  'ten nguoi nop', 'ten nguoi nhan', 'ten nguoi gui', 'ten thi sinh', 'ten cong dan', 'nguoi nop',
  'nguoi nhan', 'nguoi gui', 'nguoi khai', 'nguoi lien he', 'nguoi dai dien', 'nguoi thu huong',
  'nguoi yeu cau', 'nguoi de nghi', 'nguoi bao lanh', 'nguoi giam ho', 'nguoi lao dong', 'nguoi benh',
  'benh nhan', 'chu ho', 'chu ho kinh doanh', 'chu so huu', 'chu xe', 'nguoi ky', 'can bo thu ly', 'can bo tiep nhan',
  'nguoi tiep nhan', 'nguoi lap', 'nguoi lap bieu', 'nguoi duyet', 'ho ten benh nhan', 'ho va ten benh nhan',
  'ho ten nguoi benh', 'ho va ten nguoi nop', 'ho ten chu ho', 'ho va ten chu ho', 'ho ten cha', 'ho ten me',
  'ho ten vo', 'ho ten chong', 'ho va ten cha', 'ho va ten me', 'ho va ten vo', 'ho va ten chong',
  'ten cha', 'ten me', 'ten bo', 'ho ten bo', 'ho va ten bo', 'cha', 'me', 'vo', 'chong', 'bi danh', 'ten goi khac', 'ten khai sinh', 'nguoi bi hai',
  'nguoi vi pham', 'ben duoc uy quyen', 'ben uy quyen', 'nguoi duoc uy quyen', 'nguoi uy quyen', 'bo/me', 'cha/me',
  'ho ten cha/me', 'nguoi mua', 'nguoi ban', 'nguoi thue', 'nguoi cho thue', 'nguoi huong', 'nguoi duoc cap',
  'nguoi than', 'nguoi bao tin', 'nguoi to cao', 'nguoi khieu nai', 'nguoi phan anh', 'hoc sinh',
  'ten hoc vien', 'ho va ten hoc sinh', 'ho ten hoc sinh', 'ho, chu dem va ten', 'ho chu dem va ten', 'ten tk',
  'chu tk', 'ten nguoi huong', 'ten nguoi thu huong', 'nguoi chuyen', 'ho ten nguoi nhan', 'ho ten nguoi gui',
  'can bo phu trach', 'nguoi phu trach', 'dau moi', 'lien he', 'ky ten', 'ho_ten', 'hoten',
  'ten la', 'toi ten la', 'ten toi la', 'em ten la', 'ho ten khai sinh', 'ho va ten khai sinh',
  // Parties of a case, a marriage, a death's or a legal aid's record.
  'bi cao', 'bi can', 'bi don', 'nguyen don', 'duong su', 'nguoi lam chung', 'ben nam', 'ben nu',
  'nguoi di khai bao', 'nguoi di khai', 'nguoi chet', 'nguoi duoc tro giup phap ly', 'nguoi duoc tro giup',
  // A person's other names: a religious name, an English name, a foreigner's name on a form.
  'phap danh', 'ten thanh', 'ten tieng anh', 'english name', 'ten nuoc ngoai', 'ho ten nguoi nuoc ngoai', 'ho va ten nguoi nuoc ngoai',
  // A card's holder, a student, the examining doctor, a statement's speaker.
  'chu the', 'sinh vien', 'bs/ys kham', 'bs kham', 'bac si kham', 'ys kham', 'nguoi kham', 'loi khai cua', 'le tan', 'tai xe',
  // A bank's or a shop's customer column, abbreviated.
  'ten kh', 'ho ten kh', 'ho va ten kh', 'ten khach',
];

// The word before a capitalised run that makes it a place or an organisation:
// "đường Lê Lợi", "quận Hoàng Mai", "Trường THCS Nguyễn Du", "Công ty TNHH
// Hoàng Long". Inside an address a street name belongs to the address.
export const PLACE_OR_ORG_HEADS: readonly string[] = [
  'đường', 'phố', 'quận', 'huyện', 'phường', 'xã', 'tỉnh', 'tp', 'thành phố', 'thị xã', 'thị trấn', 'tx', 'tt',
  'ngõ', 'ngách', 'hẻm', 'kiệt', 'ấp', 'thôn', 'xóm', 'bản', 'khu', 'khu phố', 'kp', 'tổ', 'cụm', 'làng', 'khóm',
  'ngã ba', 'ngã tư', 'ngã năm', 'ngã sáu', 'pgd', 'phòng giao dịch',
  'cầu', 'chợ', 'chùa', 'đền', 'đình', 'nhà thờ', 'trường', 'bệnh viện', 'bv', 'trạm', 'trung tâm', 'ttyt',
  'công ty', 'cty', 'tnhh', 'cp', 'cổ phần', 'tập đoàn', 'ngân hàng', 'khách sạn', 'nhà hàng', 'cửa hàng',
  'siêu thị', 'hợp tác xã', 'htx', 'doanh nghiệp', 'dntn', 'thcs', 'thpt', 'th', 'mn', 'mầm non', 'tiểu học',
  'đại học', 'học viện', 'cao đẳng', 'trung học', 'giải', 'giải thưởng', 'quỹ', 'tư tưởng', 'ubnd', 'sở',
  'cục', 'chi cục', 'viện', 'công an', 'ký túc xá', 'nhà văn hóa', 'sân vận động', 'cảng', 'bến xe', 'tòa nhà',
  'chung cư', 'kđt', 'khu đô thị', 'công viên', 'quảng trường', 'tượng đài', 'lăng', 'nghĩa trang', 'tàu',
  'chiến dịch', 'kỷ niệm', 'đại lộ', 'tỉnh lộ', 'quốc lộ', 'ql', 'tl', 'hl', 'đường số', 'tuyến',
  'cơ quan', 'dịch vụ', 'kho bạc', 'đại lý', 'miền', 'vùng', 'sông', 'núi', 'đảo', 'hồ', 'đầm', 'vịnh', 'bãi biển', 'hòn', 'đèo', 'động', 'tiểu khu',
  // A business's trade before its owner-like name: "Công ty TNHH Thương mại Nguyễn Kim", "Tiệc cưới Hoàng Yến".
  'thương mại', 'điện máy', 'sản xuất', 'đầu tư', 'công nghệ', 'vận tải', 'du lịch', 'tiệc cưới', 'sảnh', 'thời trang',
  'mỹ phẩm', 'nội thất', 'bất động sản', 'xuất nhập khẩu', 'giải pháp', 'giải pháp số',
  // A ministry's department ("Vụ Thanh toán"), spelled apart from the surname Vũ.
  'vụ',
  // Land and planning: areas and works named after a hero ("khu tái định cư Trần Thị Lý",
  // "Cụm công nghiệp Phan Đình Phùng", "nút giao Trần Thị Lý", "Khu dân cư Lê Văn Tám").
  'dân cư', 'khu dân cư', 'tái định cư', 'khu tái định cư', 'khu quy hoạch', 'cụm công nghiệp', 'khu công nghiệp', 'kcn', 'ccn',
  'nút giao', 'giao lộ', 'tư nhân', 'xây dựng', 'dự án',
  // Scholarships and awards named after a hero ("học bổng Vừ A Dính", "giải Nguyễn Thị Định").
  'học bổng', 'quỹ học bổng', 'giải thưởng',
];

import { describe, expect, it } from 'vitest';
import { detect } from '../index.ts';
import { ADMINISTRATIVE_PROSE } from './topics/administrative-prose.fixture.ts';
import { bare } from './topics/test-variants.ts';

const names = (text: string) =>
  detect(text, { types: ['person_name'] }).map((f) => text.slice(f.start, f.end).normalize('NFC'));

// [text, the name it must find]
const POSITIVES: [string, string][] = [
  ['Ông Nguyễn Văn An sinh năm 1980 tại Hà Nội.', 'Nguyễn Văn An'],
  ['Bệnh nhân Trần Thị Hoa, 45 tuổi, nhập viện hôm qua.', 'Trần Thị Hoa'],
  ['Họ và tên: LÊ MINH TUẤN', 'LÊ MINH TUẤN'],
  ['Họ và tên: nguyen thi lan', 'nguyen thi lan'],
  // A name does not end on "Văn" or "Thị": the given name after it may be spelled as no Vietnamese syllable.
  ['Ông Đinh Văn Hmưn (Ba Na) nhận hỗ trợ', 'Đinh Văn Hmưn'],
  ['bà Hà Thị Blăng', 'Hà Thị Blăng'],
  // In upper case an unlisted given name after "VĂN" that ends the run is still the name's.
  ['DANH SÁCH HỘ NGHÈO\n4. ĐỖ VĂN BẢY - 038066003915', 'ĐỖ VĂN BẢY'],
  // Bare, a common surname may open a common word's spelling and still be a name.
  ['Dong chi van thu vui long chuyen thay Hoang Thanh Tung (to Vat ly)', 'Hoang Thanh Tung'],
  ['Thuong uy Dang Cong Hau, Doi CSGT', 'Dang Cong Hau'],
  ['Giay nhan de o ban chi Thu:', 'Thu'],
  // …while a title's own words stay titles in upper case.
  ['BÁC SĨ TRẦN VĂN QUYÊN ĐÃ KÊ ĐƠN', 'TRẦN VĂN QUYÊN'],
  ['NHÂN VIÊN NGUYỄN THỊ LAN ĐÃ TIẾP NHẬN', 'NGUYỄN THỊ LAN'],
  // A chat's one-letter titles in lower case: c(hị), a(nh), e(m).
  ['Sinh nhật tháng 11:\n- c Hạnh (VP): 02/11\n- a Sơn (Thanh tra): 15/11', 'Hạnh'],
  // "Thanh tra" is the inspectorate, "Thanh tra cứu" Thanh looking something up.
  ['chị Thanh tra cứu hồ sơ giúp em', 'Thanh'],
  // Signed under a private paper's role, alone or side by side.
  ['Kính đề nghị quý cơ quan xem xét, giải quyết.\nNgười làm đơn\nPhương Thị Hậu', 'Phương Thị Hậu'],
  ['BÊN A                  BÊN B\nLê Quang Vinh                  Kim Thị Sương', 'Kim Thị Sương'],
  // A landlord, a lawyer, the writer's own words after "Tôi là".
  ['[21:16] Chủ trọ Bảy Liên: Anh Tín ơi, tối nay', 'Bảy Liên'],
  ['Tôi là luật sư Đồng Văn Khải, Công ty Luật TNHH Minh Tâm', 'Đồng Văn Khải'],
  // A foreign student's name, a sex's field between it and the birth date.
  ['1. KIM MIN-JI, nữ, sinh ngày 11/02/2005, hộ chiếu số M71432085', 'KIM MIN-JI'],
  // A reply that answers or thanks someone by name.
  ['[08:21] Nguyễn Thị Hằng: ok Thư, cảm ơn em', 'Thư'],
  ['Tư vấn tuyển sinh 19:53: Cảm ơn Ánh nha, chị đã ghi nhận', 'Ánh'],
  // A boat's owner, a call centre's agent, a postman.
  ['Tàu QNg-90982-TS (chủ tàu Trần Văn Xin, xã Phổ Quang) bị gãy chân vịt', 'Trần Văn Xin'],
  ['Tổng đài 19001006 – cuộc gọi 18:52, ĐTV Thùy Dung (mã NV 0417)', 'Thùy Dung'],
  // A log's time before a name is no house number.
  ['Log hỗ trợ VNeID\n08:22 Quách Văn Bền (017059001936): app báo ảnh không khớp', 'Quách Văn Bền'],
  // A title whose last word, in capitals, opens the run; an item's number before a name.
  ['STK 109873425516 tại VietinBank CN Hòa Bình, chủ TK HA VAN KHUONG', 'HA VAN KHUONG'],
  ['Please confirm:\nNo.12 PHAN THI MAI LINH - Passport C7294051', 'PHAN THI MAI LINH'],
  ['Viec gui tra ho so e nho a Khanh lam giup roi.', 'Khanh'],
  // Who wrote or files a form, who cares for someone: a person's label, before any name.
  ["Người viết đơn: Ksor H'Bia", "Ksor H'Bia"],
  ['Người chăm sóc: Lò Thị Nhung', 'Lò Thị Nhung'],
  ['Người xin: Y Sơn Niê', 'Y Sơn Niê'],
  // After a name label, names of ethnic minorities, whose syllables are not Vietnamese ones.
  ['- Họ và tên: Y Kriêng Mlô        Năm sinh: 1972', 'Y Kriêng Mlô'],
  ["Tôi tên: Rơ Mah H'Bloanh    Sinh năm: 1978", "Rơ Mah H'Bloanh"],
  ["Họ, chữ đệm và tên mẹ: Siu H'Nhu    Quốc tịch: Việt Nam", "Siu H'Nhu"],
  // A sign-off: after a closing, after a dash, or the last line after a finished sentence.
  ['Em gửi chị hồ sơ.\n\nTrân trọng,\nMai Anh', 'Mai Anh'],
  ['You may call 0707 318 226.\n\nThanks a lot,\nKhoa', 'Khoa'],
  ['Please advise.\n\nYours sincerely,\nKhoa Nguyen', 'Khoa Nguyen'],
  ['Em cảm ơn chị,\nLinh - 0833 415 062', 'Linh'],
  ['Chị xem giúp em trước khi trình Hội đồng nhé.\nQuỳnh', 'Quỳnh'],
  // Calling someone by title and given name.
  ['Cán bộ Hội CCB: Bác Khương ơi, danh sách đề nghị', 'Khương'],
  ['Cán bộ tư pháp: Chị Mây ơi, giấy chứng nhận kết hôn', 'Mây'],
  // A baptismal name between the title and the full name.
  ['- Bà Maria Nguyễn Thị Lụa, xóm 9: bị tai biến', 'Nguyễn Thị Lụa'],
  ['Anh Phêrô Phạm Văn Tuyến chuẩn bị lãnh bí tích hôn phối', 'Phạm Văn Tuyến'],
  ['gui anh nguyen van nam sdt 0912345678', 'nguyen van nam'],
  ['Kính mời bà Phạm Ngọc Ánh tham dự.', 'Phạm Ngọc Ánh'],
  // A row's number in its own column, not a house number before a street named after a person.
  ['01  Tống Văn Khuê  1972  xã Yên Khánh, huyện Ý Yên', 'Tống Văn Khuê'],
  ['1    GIÀNG THỊ MAI        12/3/2020     MÔNG', 'GIÀNG THỊ MAI'],
  // Plain words as given names.
  ['1. DƯƠNG VĂN THẬT - CHỦ HỘ - NAM - 1964', 'DƯƠNG VĂN THẬT'],
  // Parties of a case, a marriage, a death's record, whatever their people's names.
  ['Bị cáo: Rơ Mah Hlih, sinh ngày 06 tháng 3 năm 1995 tại Gia Lai', 'Rơ Mah Hlih'],
  ['HỌ TÊN: LÝ VĂN LỊCH', 'LÝ VĂN LỊCH'],
  // A name column of a table laid out with spaces, whatever the name.
  ['TT  Họ và tên         Năm sinh  Dân tộc\n1   A Thuận           2004      Xơ Đăng\n2   Y Blin            2003      Xơ Đăng', 'Y Blin'],
  ['Bên nữ: Ka Thị Nhung   Ngày sinh: 14/10/1999   Dân tộc: Cơ Ho', 'Ka Thị Nhung'],
  ['Họ, chữ đệm, tên người chết: LÊ VĂN KHANH\nNgày, tháng, năm sinh: 12/09/1958', 'LÊ VĂN KHANH'],
  ['Gửi Hoàng Đức Long, phòng tổ chức.', 'Hoàng Đức Long'],
  ['NGƯỜI BỆNH NGUYỄN THỊ HOA (SINH NĂM 1997)', 'NGUYỄN THỊ HOA'],
  ['TRÂN TRỌNG KÍNH MỜI ÔNG/BÀ NGUYỄN HỮU KIÊN THAM DỰ HỘI NGHỊ', 'NGUYỄN HỮU KIÊN'],
  ['Viết email nhắc Trần Nguyễn Minh Yến nộp hồ sơ', 'Trần Nguyễn Minh Yến'],
  ['Chủ tài khoản: NGUYEN VAN TRUNG', 'NGUYEN VAN TRUNG'],
  ['ck vao stk 0123456789 chu tk TRAN KHANH PHUONG giup e', 'TRAN KHANH PHUONG'],
  ['toa do 10.36, 109.26 la nha bà Toàn', 'Toàn'],
  ['Chị Lan Anh gọi lại giúp em.', 'Lan Anh'],
  ['Nguyen Van Toan thuong dang bai tren mang', 'Nguyen Van Toan'],
  ['Người vi phạm: Bùi Trần Đình Minh, sinh ngày 07/05/1990', 'Bùi Trần Đình Minh'],
  ['Cấp lại thẻ BHYT cho Nguyễn Đức Thành Huy, mã thẻ', 'Nguyễn Đức Thành Huy'],
  ['"ho_ten": "Vo Thi Kim Ngan", "sdt": "0912345678"', 'Vo Thi Kim Ngan'],
  ['TÔI LÀ: THẠCH THỊ SÔ PHA', 'THẠCH THỊ SÔ PHA'],
  ['Đối tượng Cường từng có 01 tiền án về tội đánh bạc.', 'Cường'],
  ['5. Chủ hộ kinh doanh: Tôn Nữ Thị Kéo        Giới tính: Nữ', 'Tôn Nữ Thị Kéo'],
  // Ê Đê names opened by Y or H' and closed by the family name, without a title.
  ['Hòa giải viên: Y Sơn Niê, Trần Thị Hòa', 'Y Sơn Niê'],
  ["2. H' Liên Mlô – hộ nghèo, bị chồng bạo lực gia đình", "H' Liên Mlô"],
  // Northern minorities' surnames and Hmông middle names.
  ['Cán bộ phụ trách: Trung úy Lường Văn Hiếu.', 'Lường Văn Hiếu'],
  ['Qua nắm tình hình, phát hiện Giàng A Lử, sinh năm 1990, dân tộc Mông', 'Giàng A Lử'],
  // The Central Highlands' names after a title: no Vietnamese syllables spell them.
  ['Hộ ông Rơ Mah Thuyên (dân tộc Jrai, sinh năm 1975)', 'Rơ Mah Thuyên'],
  ["Nguyên đơn: Ông K' Brơi, sinh năm 1969", "K' Brơi"],
  ["Tôi tố giác ông K'Brêu, khoảng 40 tuổi", "K'Brêu"],
];

// Read by their diacritics: a word after a title spelled otherwise than the
// surname it folds like is a given name ("Định", not Đinh); "Võ" before a
// surname is the surname Võ, not vợ (bare, "Vo" may be either).
const SPELLED: [string, string][] = [
  // "Phó" before a title is a deputy, not "phố" (a street) naming a place; written bare it may be either.
  ['TM. UBND XÃ\nPhó Chủ tịch Kim Ngọc Thạch', 'Kim Ngọc Thạch'],
  ['Tôi là Võ Hoàng Quang, CCCD 040304901314', 'Võ Hoàng Quang'],
  ['Ông Định cho biết đã nộp đơn.', 'Định'],
  ['đề nghị gia đình ông Nhân dừng thi công', 'Nhân'],
  // A surname that is a given name too, alone after a title, where diacritics are written.
  ['Chào chị Mai, em gửi hồ sơ ạ.', 'Mai'],
  ['Kính gửi cô Hà, nhà trường xin báo', 'Hà'],
  // Any capitalised syllable after a kinship title written mid-sentence, listed or not.
  ['Theo kết luận giám định, anh Độ bị tổn thương cơ thể 12%.', 'Độ'],
  ['Gia đình cho biết ông Sửu mắc bệnh sa sút trí tuệ.', 'Sửu'],
  // A name ending in "Anh" is no title for the next field's label.
  ['Họ tên: Phan Thị Quỳnh Anh    Ngày sinh: 09/11/2001', 'Phan Thị Quỳnh Anh'],
  // Quàng and Cà only as written: bare they are "Quang" and Công an's "CA".
  ['2. Quàng Văn Pắn, sinh năm 1996, trú tại bản Bó', 'Quàng Văn Pắn'],
  ['3. Cà Văn Dũng, sinh năm 1979', 'Cà Văn Dũng'],
];

const TABLES: [string, string[]][] = [
  // A relation column under a row whose kin word ("Mẹ") reads as a name label.
  ['STT\tHọ tên người thăm\tQuan hệ\n1\tNguyễn Thị Hạnh\tMẹ\n2\tĐinh Văn Lực\tAnh trai', ['Nguyễn Thị Hạnh', 'Đinh Văn Lực']],
  ['STT\tHọ và tên\tNgày sinh\n1\tnguyen van an\t01/01/1990\n2\tLê Thị Bình\t02/02/1991\n3\tTRẦN QUỐC BẢO\t03/03/1992', ['nguyen van an', 'Lê Thị Bình', 'TRẦN QUỐC BẢO']],
  ['STT;Họ tên;Số điện thoại\n1;Nguyễn Mai Trang;0829812075\n2;Tô Thùy Nhi;0382516927', ['Nguyễn Mai Trang', 'Tô Thùy Nhi']],
  ['| TT | Họ và tên | Ghi chú |\n| 1 | Đặng Văn Hậu | |\n| 2 | Ksor H Bia | |', ['Đặng Văn Hậu', 'Ksor H Bia']],
  // A bank's customer column, abbreviated; an Ê Đê name with its apostrophe apart.
  ['Số HĐTD\tTên KH\tSố TK vay\nLD2409.0157\tY Bhin Niê\t5204205183761\nLD2402.0031\tH\' Ly Êban\t5204205227005', ['Y Bhin Niê', "H' Ly Êban"]],
];

// Chat logs name their speakers by given names alone, before a colon.
const SPEAKERS: [string, string[]][] = [
  // Two nicknames that each speak twice are a chat, without time stamps or an app's name.
  ['Tũn: ê tối nay qua nhà t ăn lẩu ko\nMập: chung cư HAGL hả m ok mấy h\nTũn: 7h, gửi xe hầm B nhớ lấy vé\nMập: ok', ['Tũn', 'Mập', 'Tũn', 'Mập']],
  // Lines whose words name no speaker and are no nickname (a letter, upper case, lower case) are passed over early; the nicknames between them still speak.
  ['x:\nÚt Nhi: ê\nĐT: 1\nMập: ok\nghi chú: a\nÚt Nhi: 7h\nBM:\nMập: ok', ['Út Nhi', 'Mập', 'Út Nhi', 'Mập']],
  ['[09:14] Ngọc Ánh: a ơi e là người nhà bệnh nhân giường 12', ['Ngọc Ánh']],
  ['2025-09-03 22:41 Thanh Hương: em ơi chị bị chảy máu nhiều quá', ['Thanh Hương']],
  ['[14:20] Hải Yến - VP HĐND: Chị ơi tài liệu kỳ họp', ['Hải Yến']],
  ['Quỳnh: ê m biết chuyện chưa\nVy: chuyện gì\nQuỳnh: nó công khai rồi', ['Quỳnh', 'Vy', 'Quỳnh']],
  // A bare time, a full name, a role in brackets or as an abbreviation.
  ['08:12 Trịnh Thu Hà: Sáng nay có bà cụ ra hỏi\n08:14 Lê Văn Khải (TP-HT): tên cụ là gì em', ['Trịnh Thu Hà', 'Lê Văn Khải']],
  ['Hương TP-HT: ae ơi có anh Quân muốn tách hộ\nĐức CA: làm trên VNeID', ['Hương', 'Quân', 'Đức']],
  ['Thanh Tùng CA phường: bà cụ nhờ reset tài khoản\nHà (cán bộ LĐXH xã): ok em', ['Thanh Tùng', 'Hà']],
  // A department in words after the name; "Trâm" is spelled apart from "Trạm".
  ['Nhóm Zalo: TỔ CÔNG TÁC GPMB\n\nHùng Địa chính: Sáng mai 7h30 tập trung\nHùng Địa chính: ok cả nhà', ['Hùng', 'Hùng']],
  // A tenant's or a resident's room after the name.
  ['[22:47] Minh Thư C-1105: Căn nào khoan tường vậy ạ\n[22:49] Hải C-0907: Nghe như căn 1005', ['Minh Thư', 'Hải']],
  ['[19:11] Như phòng 5: Dạ anh\n[08:15] Thảo P204: Dạ con chuyển rồi', ['Như', 'Thảo']],
  // A tour's staff: the name, then the role.
  ['07:02 Tuấn điều hành: Sáng nay xe đón ở Mỹ Đình\n07:05 Tuấn điều hành: Xe 29 chỗ', ['Tuấn', 'Tuấn']],
  ['[Zalo] Phòng TNMT\nTrâm TNMT: ừ e, dùng tk chị đi\nTrâm TNMT: in xong nhắn chị', ['Trâm', 'Trâm']],
  // A unit after the name, spelled as one and with more words after it; "Văn phòng", "Trưởng thôn" are one word with it.
  ['[10:42] Tuấn xã Đông Hưng: ok e nhập rồi\n[10:44] Quang Phòng LĐ: ok\n[10:46] Tâm kế toán xã: ok e', ['Tuấn', 'Quang', 'Tâm']],
  ['[08:02] Văn phòng huyện: các xã lưu ý\n[08:06] Truong thon Tien: ok\n[08:07] Quang Phong: ok', ['Tien', 'Quang Phong']],
  // A stamp padded with spaces and a long role: the colon far into the line is still the speaker's.
  ['[Zalo nhóm tổ dân phố 5]                    Ngọc Ánh (cán bộ văn hóa - xã hội phường): dạ vâng', ['Ngọc Ánh']],
  // An upper-case form's labels: a word, then another before the colon (only the member is a name).
  ['SINH NĂM: 1975\nTHÀNH VIÊN HỘ: NGUYỄN THỊ LAN\nĐĂNG KÝ LẦN ĐẦU NGÀY: 24/06/2019', ['NGUYỄN THỊ LAN']],
  // A chat app named in the header makes one speaker line a chat's; a flat's number after the name.
  ['Nhóm Zalo: CƯ DÂN TÒA CT2\nHằng 1205: Mọi người ơi xe SH trắng chắn lối', ['Hằng']],
  // Display names with the surname last, a foreigner's given name first.
  ['[Zalo - nhóm "Phòng KT"]\nHằng Nguyễn: ê mấy bà\nThảo Vy: thôi đừng bàn\nTony Nguyen: sure', ['Hằng Nguyễn', 'Thảo Vy', 'Tony Nguyen']],
  // A nickname no list holds is a name when it speaks again in a chat; a child's mother ("Mẹ Su") is not.
  ['[20:01] Tũn: ê tối nay qua nhà t ăn lẩu ko\nMập: ok mấy h\nTũn: 7h nhé\nMập: t mang bia\nMẹ Su: ok\nMẹ Su: nhé', ['Tũn', 'Mập', 'Tũn', 'Mập']],
  // The role first and the name in brackets, a time before the colon; a hospital in brackets is no speaker.
  ['Nhóm phụ huynh lớp Lá 3\nThủ quỹ (Ngọc Hà) 21:05: Các mẹ đóng quỹ\nThủ quỹ (Ngọc Hà) 21:30: Em nhận đủ', ['Ngọc Hà', 'Ngọc Hà']],
  ['#team (Slack)\nQuân (Ops) 10:02: @Trâm case mới\nQuân (Ops) 10:06: my bad', ['Quân', 'Quân']],
  ['[10:04] BS Phong (Bạch Mai): Eligible for IV alteplase\n[10:06] BS Phong (Bạch Mai): OK', ['Phong', 'Phong']],
  // A Q&A, an e-mail's header, a report's provinces, a deputy: none.
  ['[09:00] Hỏi: thủ tục thế nào\n[09:01] Đáp: nộp qua VNeID\nHỏi: bao lâu\nĐáp: 5 ngày', []],
  ['From: Zalo Team <no-reply@zalo.me>\nTo: Thảo <thao.le@gmail.com>\nSubject: OTP', []],
  ['Nhóm Zalo giao ban\nBình Dương: 12 ca\nĐồng Nai: 8 ca\nBình Dương: thêm 2', []],
  ['[Zalo] CA xã - Ban an ninh thôn\nPhó CA xã: anh em lưu ý\nPhó CA xã: ok', []],
  ['[Zalo - "VP Sở Nội vụ"]\nChánh VP: Chiều nay 14h họp\nChánh VP: ok', []],
  // A form's labels, a pronoun for a speaker, one line without a stamp: none.
  ['Dân tộc: Kinh\nQuốc tịch: Việt Nam\nNghề nghiệp: giáo viên', []],
  ['Anh: em gửi chưa\nEm: dạ rồi ạ', []],
  ['Minh: mai họp lúc 8h nhé', []],
];

const NEGATIVES: string[] = [
  // Verbs and a brand ending in a title's word; a poster's heading; a patient's code after "mã BN".
  'Sáng 31/8, Trại giam số 3 tổ chức lễ công bố Quyết định đặc xá năm 2024',
  '- Sữa ông Thọ: 02 hộp\n- Đường kính: 01 kg',
  'BẠN ĐANG GẶP KHÓ KHĂN KHI CAI NGHIỆN? Gọi ngay tổng đài tư vấn miễn phí',
  'BAN TU NHAN XET HANG THANG (nguoi duoc huong an treo)',
  'bệnh nhân đang điều trị Methadone, mã BN VI-0244, liều hiện tại 90 mg/ngày',
  // A capital A with or without its marks is no title: Asia, a place.
  'Kính gửi: Ngân hàng TMCP Á Châu (ACB) – Chi nhánh Hà Nội',
  'phối hợp Đồn Biên phòng A Pa Chải, báo cáo hằng tháng',
  // A form's fields repeated are no chat of nicknames.
  'Kết luận: đạt yêu cầu\nĐề nghị: bổ sung hồ sơ\nKết luận: chưa đạt\nĐề nghị: làm lại',
  // Office words in upper case that read like names: quản lý (Lý), bổ sung, bộ phận, thành viên.
  'HỆ THỐNG QUẢN LÝ VĂN BẢN VÀ ĐIỀU HÀNH',
  'ĐỀ NGHỊ BỔ SUNG HỒ SƠ, BỘ PHẬN MỘT CỬA TIẾP NHẬN',
  'BIỂU QUYẾT: 4/4 THÀNH VIÊN NHẤT TRÍ (100%).',
  'QUYẾT ĐỊNH NÀY CÓ HIỆU LỰC TỪ NGÀY KÝ',
  // Written without diacritics: weekdays, the Party's name, a department after its head, a record's or a party cell's heading.
  'Thu Nam, Thu Sau: Lanh dao So lam viec tai co quan',
  'Ngay vao Dang Cong san Viet Nam: 12/5/2010',
  // A statement after its speaker's label; an office's head; a university; a law firm.
  'Ý kiến người vi phạm: Tôi đã uống 5 lon bia',
  'Chủ trì: đồng chí Trưởng Công an xã',
  'Cháu là sinh viên Trường Đại học Vinh',
  'Liên hệ Văn phòng luật sư Hạ Long Bay, Đoàn luật sư tỉnh Quảng Ninh',
  // Under a role, a body's name or a place is no signer.
  'Người nhận\nPhòng Tài chính',
  'Bên A\nHà Nội',
  // A letter's courtesy to a body; a station.
  'Kính gửi Quý Khoa,\nNhà trường đề nghị',
  'Gửi Trạm Trồng trọt và Bảo vệ thực vật',
  // An assistant's or a place's name after "ok" or thanks.
  'Ok Google, mở nhạc',
  'Cảm ơn Bình Dương đã hỗ trợ.',
  // Scholarships named after heroes.
  'giới thiệu ứng viên học bổng Vừ A Dính và học bổng Nguyễn Thị Định năm 2025',
  // A title's capitalised word is an office with the lower-case word after it.
  'đối tượng giả danh cán bộ Thanh tra tỉnh gọi điện',
  'Chào anh chị Huyện đoàn,',
  'mong được phục vụ trong quân chủng Hải quân.',
  'Kinh gui: Giam doc So Tai chinh tinh Nghe An',
  'BIEN BAN HOP CHI DOAN\nV/v gioi thieu doan vien',
  'Kinh gui: Chi bo Phong Ky thuat - Dang bo co quan',
  // A carer's field holding a relation or a body, no name.
  'Người chăm sóc: con gái',
  'Người chăm sóc chính: bà nội',
  'Người chứng kiến: Công an xã',
  'Người nhận tiền: Trưởng thôn',
  // A form's next label is no value of its own ("Bên nữ⇥Bên nam"); "đi khai sinh", "thay thế" are no titles before a name.
  'Vinh, ngày 02 tháng 4 năm 2024\nBên nữ\tBên nam\n(ký, ghi rõ họ tên)\t(ký, ghi rõ họ tên)',
  'NGUOI DI KHAI SINH:',
  'QUYẾT ĐỊNH CÓ HIỆU LỰC KỂ TỪ NGÀY KÝ; THAY THẾ QUYẾT ĐỊNH SỐ 512/QĐ-STP NGÀY 15/9/2022.',
  // Countries whose names read as a surname and a given name.
  '- PARK JI HOON, quốc tịch Hàn Quốc, số hộ chiếu M73819245',
  'Đoàn công tác Trung Quốc và Nhật Bản thăm tỉnh',
  // Upper-case receipts and certificates written bare: headings, the payer's label, an amount in words.
  'CUC THUE TINH THANH HOA        BIEN LAI THU LE PHI TRUOC BA',
  'VE VIEC CAP GIAY CHUNG NHAN DANG KY HOAT DONG GIAO DUC NGHE NGHIEP',
  'SO TIEN: 356.000 DONG (BA TRAM NAM MUOI SAU NGHIN DONG)',
  'HO TEN NGUOI NOP TIEN:',
  // Compounds that end with a title's bare spelling: căn cứ, thu chi, trưởng ban.
  'Can cu Thong tu so 62/2020/TT-BTC ngay 22/6/2020 cua Bo Tai chinh',
  'can cu Luat Dat dai 2024 va Nghi dinh 102',
  'bao cao thu chi Quy phuc loi quy III',
  'Truong ban Tuyen giao tinh uy chu tri',
  'thanh vien ban Chi dao chuyen doi so',
  // Units speaking in a group chat, written bare.
  '[08:00] Tram y te: Lich kiem tra tuan nay\n[08:10] Tram y te: Bien ban dung mau',
  'Phong Tai chinh: ok em, file excel gui qua iOffice\nPhong Tai chinh: da nhan',
  '[08:00] Trạm YT: lịch tiêm tuần này\n[08:10] Trạm YT: nhắc phụ huynh',
  // Areas, works and firms named after a hero or an owner, and the country after "công dân".
  'lấy ý kiến về vị trí khu tái định cư Trần Thị Lý mở rộng',
  'cấp GCN tại khu quy hoạch dân cư Hoàng Văn Thụ.',
  'Cụm công nghiệp Phan Đình Phùng mở rộng',
  'Doanh nghiệp tư nhân Lê Văn Thành – bãi tập kết cát',
  'là công dân Việt Nam được nhận chuyển quyền sử dụng đất',
  'Công ty CP Đầu tư Xây dựng Hoàng Phát (MST: 1101872432)',
  'mở rộng nút giao Trần Thị Lý – Bạch Đằng Đông',
  // A receipt's heading in capitals without marks: "bán hàng", no "bạn Hằng".
  'HOA DON BAN HANG  #0218-00451',
  // A place whose first word is a title: "Ba Đình" is a district, not father Đình.
  'VCB-HN-027,PGD Láng Hạ,"Số 15 Láng Hạ",Ba Đình,"T2-T6 08:00-17:00"',
  // A business named after its trade and an owner-like name.
  '2. Công ty TNHH Thương mại Nguyễn Kim – 63-65-67 Trần Hưng Đạo',
  'Tiệc cưới tại Trung tâm Hội nghị Tiệc cưới Hoàng Yến, sảnh Hoàng Gia sức chứa 60 mâm.',
  // A hospital's department after a title: Khoa is also a given name.
  'Kính gửi tập thể y bác sĩ Khoa Phẫu thuật thần kinh',
  // A payment memo in capitals without marks: "hỗ trợ tiền ăn".
  'ND: TRUONG PTDTBT TH TA LENG CHI HO TRO TIEN AN HK I',
  // Streets listed after one named with its head word, or at a junction.
  'Các tuyến phố Hàng Mã, Lương Văn Can, Hàng Lược chật kín người.',
  'Cấm ô tô trên phố Phùng Hưng và Trần Nhật Duật từ 17h.',
  'Tai nạn gần nút giao Nguyễn Văn Linh – Nguyễn Hữu Thọ sáng nay.',
  // A route's stops: after "lộ trình:", and after a known street on its dashes.
  'Xe đi theo lộ trình: Nguyễn Hữu Thọ - Lê Văn Lương - Trần Xuân Soạn - Huỳnh Tấn Phát - cầu Tân Thuận 2 - Võ Văn Kiệt.',
  'UBND tỉnh Hà Nam ban hành kế hoạch.',
  // A party or a signer that is a body or a position.
  '- Nguyên đơn: Công ty TNHH Thương mại Dịch vụ Phú Thành Đạt',
  'Tong: 5 ho / 17 nhan khau. Nguoi lap: to truong TDP 12',
  // Upper-case headings' common words that open with a surname.
  'SƠ YẾU LÝ LỊCH CÔNG CHỨC',
  'GIẤY MỜI HỌP PHỤ HUYNH HỌC SINH ĐẦU NĂM HỌC 2024-2025',
  'UY BAN NHAN DAN XA DAK HA\nDANH SACH HO NGHEO',
  'GIAY CHUNG MINH NHAN DAN',
  // A marriage form's party columns hold every field, not names only.
  'Thông tin | Bên nữ | Bên nam\nDân tộc | Ê Đê | Kinh\nKết hôn lần thứ mấy | Lần đầu | Lần đầu',
  // Without diacritics "Bac", "Ba", "Ban" open places and units as often as they are titles.
  'cac khu cong nghiep tinh Bac Ninh, Bac Giang.',
  'Giao Ban Quan ly du an dau tu xay dung huyen',
  'cấp từ hồi ở Bac Ninh. Cán bộ: dạ',
  'tu nga tu Tran Phu den cau Cay, duong Phan Dinh Phung',
  'Hà Nam, ngày 17 tháng 4 năm 2023',
  'Sở Công Thương Đồng Nai báo cáo kết quả.',
  'Trường THCS Nguyễn Du tổ chức lễ khai giảng.',
  'Công ty TNHH Hoàng Long trúng thầu.',
  'Địa chỉ: 12 Lê Lợi, phường Bến Thành',
  'Giao hàng tới đường Trần Hưng Đạo nhé.',
  'Trụ sở tại TP. Hồ Chí Minh.',
  'Phòng Quản Lý Hành Chính Tổng Hợp',
  'Hồ Sơ Đề Nghị Cấp Giấy Phép',
  'Phạm Vi Điều Chỉnh',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'UBND TỈNH THANH HÓA',
  'Kính gửi: Sở Tài chính',
  'De nghi hoan tra tien thue nop thua theo quy dinh',
  'Du toan kinh phi thuc hien nam 2025, trong do chi tap huan 5 trieu',
  'Họp vào Thứ Hai, Tháng Mười hai.',
  'Chợ Đồng Xuân mở cửa đến 18 giờ.',
  'Trên đây là nội dung báo cáo, gửi Công an tỉnh tổng hợp.',
  'chị Hà Nội ơi',
  // UPPERCASE lines: a title word before words that are not all given names.
  'HOÀN CẢNH: CHỒNG MẤT NĂM 2021, NUÔI 3 CON NHỎ',
  'CÔNG DÂN ĐẾN LIÊN HỆ MANG THEO GIẤY TỜ TÙY THÂN',
  'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN',
  'TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ',
  'CONG HOA XA HOI CHU NGHIA VIET NAM',
  // Units and companies after a greeting or a title.
  'Kính gửi Phòng An ninh mạng,',
  'Kính gửi: Ban Giám đốc Công ty TNHH May Phú Thành',
  // A school's name after its head word, with "Chu" bare among marked words.
  'Lễ khánh thành nhà đa năng Trường THPT Chu Văn An.',
  // Positions, and a head word ending inside the capitalised run.
  'Ngày 15/4/2024, đồng chí Phó Chủ tịch UBND tỉnh chủ trì.',
  'ĐẠI DIỆN LÃNH ĐẠO PHÒNG TƯ PHÁP CÁC HUYỆN',
  'BENH VIEN NHAN DAN 115',
  'CƠ QUAN QUẢN LÝ THU: CHI CỤC THUẾ',
  // UPPERCASE "GỬI" inside a line is the verb, not a greeting.
  'BIỂU LÃI SUẤT TIỀN GỬI TIẾT KIỆM CÁ NHÂN',
  'ĐỀ NGHỊ CÁC ĐƠN VỊ GỬI DANH SÁCH ĐẠI BIỂU',
  // A position title before a unit's name.
  'Thành phần: Trưởng phòng Tài nguyên và Môi trường, Giám đốc Bảo hiểm xã hội huyện, cán bộ Công an xã.',
  // A title word naming a place after its unit word.
  'Văn phòng Đăng ký đất đai chi nhánh huyện Củ Chi',
  'Nhà ở đường Bà Triệu, gần chợ.',
  // A document's place and date, a department under a closing.
  'Hẹn gặp lại.\nNha Trang, ngày 20/5/2025',
  'Trân trọng,\nPhòng Tổ chức cán bộ',
  // A call with no title: a place, an exclamation.
  'Hà Nội ơi, mùa thu về',
  'Trời ơi, chậm quá',
  'GIÁM ĐỐC CA TỈNH CAO BẰNG',
  // One letter is a placeholder or a word's start.
  'Thay bằng ký hiệu (ví dụ: "Công dân A", "địa chỉ X") trước khi dán.',
  'Bo Y te khuyen cao nguoi dan chu dong phong benh',
];

describe('person_name recognizer', () => {
  it.each(POSITIVES)('finds the name in %j', (text, name) => {
    expect(names(text)).toContain(name);
  });

  // Without diacritics a following word may read as part of the name ("KIEN THAM" may be Kiên Thẩm): the name must be covered.
  it.each(POSITIVES)('finds it without diacritics too: %j', (text, name) => {
    expect(names(bare(text)).some((found) => found.startsWith(bare(name)))).toBe(true);
  });

  it('finds names typed in NFD, with offsets into the original string', () => {
    const text = 'Bệnh nhân Trần Thị Hoa, 45 tuổi'.normalize('NFD');
    const found = detect(text, { types: ['person_name'] });
    expect(found.map((f) => text.slice(f.start, f.end).normalize('NFC'))).toEqual(['Trần Thị Hoa']);
  });

  it.each(SPELLED)('reads the name by its diacritics in %j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each(TABLES)('reads every cell under a name column: %j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each(SPEAKERS)('names the speakers of a chat: %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  // A form copied without its line breaks: the next label's capitalised first word is no part of the name.
  it.each([
    ['Họ tên: Nguyễn Văn Bình Địa chỉ: thôn Đông xã Tân Lập', ['Nguyễn Văn Bình']],
    ['HỌ VÀ TÊN: NGUYỄN VĂN BÌNH NGÀY SINH: 12/03/1985', ['NGUYỄN VĂN BÌNH']],
    ['Chủ hộ: Trần Thị Hoa Dân tộc: Tày', ['Trần Thị Hoa']],
    // A speaker's name before the colon of a chat line is all name.
    ['Nguyễn Văn Đông: em gửi hồ sơ rồi ạ', ['Nguyễn Văn Đông']],
  ])('ends before a flattened form\'s next label: %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(NEGATIVES)('finds no person in %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('counts a street inside an address as the address, not a person', () => {
    const found = detect('Thường trú: 25 Lý Thường Kiệt, phường Trần Hưng Đạo, quận Hoàn Kiếm, Hà Nội');
    expect(found.map((f) => f.type)).toEqual(['address']);
  });

  it.each(ADMINISTRATIVE_PROSE)('finds no person but the signer in real administrative prose: $about', ({ text, signers }) => {
    expect(names(text)).toEqual(signers);
  });

  // A line's roles share its bounds and cells, read once (a megabyte-long line of roles was quadratic).
  it('reads each block of roles side by side in its own lines', () => {
    const text = 'Hai bên thống nhất như trên.\nBÊN A      BÊN B\nLê Quang Vinh      Kim Thị Sương\n\nNGƯỜI LẬP BIÊN BẢN      NGƯỜI LÀM ĐƠN\nLộc Văn Khải      Phương Thị Hậu\n';
    const signed = detect(text, { types: ['person_name'] }).filter((f) => f.explanation.includes('signed under a role'));
    expect(signed.map((f) => text.slice(f.start, f.end))).toEqual(['Kim Thị Sương', 'Lộc Văn Khải', 'Phương Thị Hậu']);
    // A line of roles with no line after it signs nothing.
    expect(detect('NGƯỜI LẬP BIÊN BẢN      NGƯỜI LÀM ĐƠN      '.repeat(50), { types: ['person_name'] })).toEqual([]);
  });

  it('finds the signatory under an official position, whole and without the rank, but not the position itself', () => {
    expect(names('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n**Trương Quốc Huy**')).toEqual(['Trương Quốc Huy']);
    expect(names('Trân trọng,\nTrương Quốc Huy\nVăn thư')).toEqual(['Trương Quốc Huy']);
    // "Nguyễn Lê Huy" whole, not "Lê Huy"; the rank is not the name.
    expect(names('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Lê Huy')).toEqual(['Nguyễn Lê Huy']);
    expect(names('KT. THỦ TRƯỞNG\nPHÓ THỦ TRƯỞNG\n\nThượng tá Đỗ Thành Trung')).toEqual(['Đỗ Thành Trung']);
    expect(names('Người làm đơn\n(ký, ghi rõ họ tên)\nTriệu Tiến Lìu')).toEqual(['Triệu Tiến Lìu']);
    expect(names('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\nTrương Quốc Huy')).toEqual(['Trương Quốc Huy']);
    // Written bare, the position's second line reads as a surname and a word ("CHU TICH"): it signs nothing.
    expect(names('TM. UY BAN NHAN DAN\nCHU TICH\n(Da ky)\n\nNGUYEN QUYNH XUAN')).toEqual(['NGUYEN QUYNH XUAN']);
    // Under a form's wide indentation too, and the explanation says why.
    const [signer] = detect('                    KT. CHỦ TỊCH\n                    PHÓ CHỦ TỊCH\n                    Huỳnh Thanh Phong', { types: ['person_name'] });
    expect(signer.explanation).toContain('signatory');
  });

  it('finds the signatory under a position that follows a list of names one a line (the stretch read before holds no position)', () => {
    const list = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'];
    const signedIn = (text: string) => detect(text, { types: ['person_name'] }).filter((f) => f.explanation.includes('signatory')).map((f) => text.slice(f.start, f.end));
    const names20 = `${Array.from({ length: 20 }, (_, k) => list[k % 4]).join('\n')}\n`;
    expect(signedIn(`${names20}KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHoàng Văn Em`)).toEqual(['Hoàng Văn Em']);
    // The position's line read right after the last name checked, the hint cut by nothing.
    expect(signedIn(`${names20}CHÁNH VĂN PHÒNG\nHoàng Văn Em`)).toEqual(['Hoàng Văn Em']);
    expect(signedIn(names20)).toEqual([]);
    // A long list: the stretch is read ahead of the names, up to the position's hint (the names alone on
    // the next lines, under the position still, sign with it).
    const names400 = `${Array.from({ length: 400 }, (_, k) => list[k % 4]).join('\n')}\n`;
    const under = ['Hoàng Văn Em', 'Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'];
    expect(signedIn(`${names400}KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHoàng Văn Em\n${names20}`)).toEqual(under);
    expect(signedIn(`${names400}CHÁNH VĂN PHÒNG\nHoàng Văn Em\n${names400}TRƯỞNG BAN\nLê Thị Gấm`)).toEqual([...under, 'Lê Thị Gấm']);
  });

  it('reads the royal lineage\'s two-word surname (Tôn Nữ, Tôn Thất) as one', () => {
    expect(names('BS điều trị: Tôn Nữ Quỳnh Như')).toEqual(['Tôn Nữ Quỳnh Như']);
    expect(names('- Tôn Thất Hùng, sinh ngày 03/08/1975')).toEqual(['Tôn Thất Hùng']);
    expect(names('Tôn giáo: Không')).toEqual([]);
  });

  it('reads Cầm and Điểu as surnames only written with their marks, and a cleric after the title', () => {
    expect(names('Người khám: YS Cầm Thị Lả')).toEqual(['Cầm Thị Lả']);
    expect(names('Điểu Thị Hoa, sinh năm 1989')).toEqual(['Điểu Thị Hoa']);
    expect(names('Điều 1. Xử phạt vi phạm hành chính. Cam kết thực hiện.')).toEqual([]);
    expect(names('Đại đức Thích Minh Tâm, trụ trì chùa Sóc Ruộng')).toEqual(['Thích Minh Tâm']);
    expect(names('Hòa thượng Thích Trí Minh')).toEqual(['Thích Trí Minh']);
  });

  it('finds no name in a position, a relation or a role where a name could stand', () => {
    expect(names('Khong cung cap ma nay cho bat ky ai, ke ca can bo Cong an.')).toEqual([]);
    expect(names('Bo Cong an: Tu 01/07/2024 the Can cuoc thay the')).toEqual([]);
    expect(names('Ký tên: Chánh Văn phòng.')).toEqual([]);
    expect(names('Họ tên: ĐỖ VĂN THẮNG   Quan hệ với chủ hộ: Chủ hộ\nSinh ngày: 12/03/1965')).toEqual(['ĐỖ VĂN THẮNG']);
    expect(names('Người nhận: người nhà/đồng nghiệp')).toEqual([]);
    expect(names('Dân: anh ơi hồ sơ tách thửa\nDân: dạ số 41 thôn Hạ')).toEqual([]);
    // Written bare, one word is still a name after a title ("anh Phong"), not a room.
    expect(names('anh Phong oi, ky ten: Nguyen Cong An')).toEqual(['Phong', 'Nguyen Cong An']);
  });

  it('finds no name in words written with marks in lower case, a date line\'s place, a unit speaker or a heading', () => {
    expect(names('Có mặt 41/52 đại diện hộ gia đình.')).toEqual([]);
    // Typed bare, lower case is still a name.
    expect(names('hom qua gap nguyen van an o xa')).toEqual(['nguyen van an']);
    expect(names('NGƯỜI LAO ĐỘNG\t\t\tNGƯỜI SỬ DỤNG LAO ĐỘNG\n(đã ký)\t\t\t(đã ký, đóng dấu)')).toEqual([]);
    expect(names('Đặng Sơn, ngày 18 tháng 6 năm 2024\nCha/mẹ học sinh')).toEqual([]);
    expect(names('Phong LDTBXH: cac xa bao so luong\nCB xa: 287/301 a\nPhong LDTBXH: ok')).toEqual([]);
    expect(names('Phong: ok em\nLan: da')).toEqual(['Phong', 'Lan']);
    expect(names('Chủ tịch Hội Người cao tuổi xã; Người lập: Kế toán trưởng; Đầu mối: Văn phòng HĐND-UBND huyện')).toEqual([]);
    expect(names('QUÁ TRÌNH ĐÀO TẠO\n2016-2020: Đại học Vinh')).toEqual([]);
  });

  it('reads ranks and clinicians\' initials as titles, never as a name\'s first word', () => {
    expect(names('Bên giao: Công an xã Hòa Phú, đại diện Thượng úy Nguyễn Văn Tài – Phó Trưởng Công an xã')).toEqual(['Nguyễn Văn Tài']);
    expect(names('[07:02] ĐD Hằng: Bàn giao ca đêm\n[07:03] ĐD Hằng: giường 15')).toEqual(['Hằng', 'Hằng']);
    expect(names('15/04/2024 | Bỏ thuốc 1 tuần | YS Duyên')).toEqual(['Duyên']);
  });

  it('finds no name in a junction, an upper-case heading\'s compounds or a lower-case label value written with marks', () => {
    expect(names('phân luồng giao thông tại ngã ba Dầu Giây; không xảy ra ùn tắc')).toEqual([]);
    expect(names('BIEN BAN HOI NGHI TONG KET CONG TAC PHONG CHONG TOI PHAM NAM 2023')).toEqual([]);
    expect(names('Người lập biểu: cán bộ LĐTBXH xã')).toEqual([]);
    expect(names("người đại diện: mẹ là bà H'Lim Byă.")).toEqual(["H'Lim Byă"]);
  });

  it('reads a hamlet head\'s full name, but the hamlet\'s own name after the same title', () => {
    expect(names('Chủ trì: Trưởng thôn Nguyễn Văn Tài. Thư ký: Hà Thị Liên')).toEqual(['Nguyễn Văn Tài', 'Hà Thị Liên']);
    expect(names('ông Lâm Văn Út - Trưởng ấp Phú Hòa.')).toEqual(['Lâm Văn Út']);
    expect(names('bà nội Xồng Y Chứ, sđt 0398 771 254')).toEqual(['Xồng Y Chứ']);
  });

  it('reads a full name after a kinship title though a street bears it, and no address in a word folding like a unit', () => {
    expect(names('Con của thương binh (bố là ông Lê Văn Lương, thương binh hạng 3/4)')).toEqual(['Lê Văn Lương']);
    expect(names('Nhà văn hóa đường Lê Văn Lương, quận Thanh Xuân')).toEqual([]);
    expect(names('Chủ tịch Hồ Chí Minh về giáo dục')).toEqual([]);
    expect(names('Họ tên bố: Hoàng Văn Thuận, quân nhân, chuyển công tác')).toEqual(['Hoàng Văn Thuận']);
    expect(names('Bộ phận Một cửa UBND quận Ba Đình làm việc từ thứ Hai')).toEqual([]);
  });

  it('reads who one says one is ("Cháu là Quân", "e là Linh", "Chồng em tên …"), not a place\'s name', () => {
    expect(names('Cháu là Quân, thuê căn hộ tầng 3')).toEqual(['Quân']);
    expect(names('e là Linh thuê phòng 302 nhà a')).toEqual(['Linh']);
    expect(names('Chồng em tên Kim Sô Phanh.')).toEqual(['Kim Sô Phanh']);
    expect(names('xã này tên Bình Minh từ năm 1990')).toEqual([]);
  });

  it('keeps a person named after a place and a comma ("huyện Châu Thành, Lâm Văn Tài")', () => {
    expect(names('Theo báo cáo của Trung tâm Y tế huyện Châu Thành, Lâm Văn Tài nghiện ma túy tổng hợp.')).toEqual(['Lâm Văn Tài']);
  });

  it("reads a Korean name after a title, not a brand after a Vietnamese name nor a greeting's team", () => {
    expect(names('đăng ký kết hôn với ông Kim Jae Hoon, quốc tịch Hàn Quốc')).toContain('Kim Jae Hoon');
    expect(names('Dear Hiring Team,')).toEqual([]);
    expect(names('Fanpage: Anh Duong Edu')).toEqual([]);
  });

  it('reads a driver\'s or a receptionist\'s given name after the job ("Tài xế Hoàng", "Lễ tân: Kiều")', () => {
    expect(names('[Grab] Tài xế Hoàng • Vision • 65G1-207.94')).toEqual(['Hoàng']);
    expect(names('Giá 850.000đ/đêm, lễ tân Kiều sẽ gọi lại')).toEqual(['Kiều']);
  });

  it('reads the name under an English closing ("Best,⏎Khánh - HR")', () => {
    expect(names('Thanks chị!\nBest,\nKhánh - HR')).toEqual(['Khánh']);
    expect(names('Best,\nPhòng Nhân sự')).toEqual([]);
  });

  it('reads a web form\'s required field ("Họ và tên*:") and the labels of a card holder, a student, an examining doctor', () => {
    expect(names("Họ và tên*: Rơ Mah H'Yuil")).toEqual(["Rơ Mah H'Yuil"]);
    expect(names('Họ và tên (*): Nguyễn Văn An')).toEqual(['Nguyễn Văn An']);
    expect(names('BS/YS khám: Kpă Thị Rin')).toEqual(['Kpă Thị Rin']);
    expect(names('Chủ thẻ: Phan Đình Khải')).toEqual(['Phan Đình Khải']);
  });

  it("reads a person's other names after their labels (an English name, a foreigner's name on a form)", () => {
    expect(names('là Nguyễn Lê Thanh Vân (tên tiếng Anh: Vanessa Nguyen), sinh ngày 30/08/1979')).toEqual(['Nguyễn Lê Thanh Vân', 'Vanessa Nguyen']);
    expect(names('Pháp danh: Minh Tâm')).toEqual(['Minh Tâm']);
  });

  it('reads the Thái Lô, the Dao Bàn and the Hmông Xồng as surnames, but not the conjunction VÀ', () => {
    expect(names('1\tLô Văn Thiết\tChủ hộ\t1980')).toEqual(['Lô Văn Thiết']);
    expect(names('vợ là Bàn Thị Mẩy (1983) bị suy thận')).toEqual(['Bàn Thị Mẩy']);
    expect(names('Bàn giao ca đêm.\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO')).toEqual([]);
  });

  it('reads a chat speaker written role first ("Công an xã - Tuấn:"), and no body or household as a name', () => {
    expect(names('[09:14] Công an xã - Tuấn: Sáng nay đoàn đi\n[09:40] Công an xã - Tuấn: ok')).toEqual(['Tuấn', 'Tuấn']);
    expect(names('[14:05] Van thu - Mai: Da reset')).toEqual(['Mai']);
    expect(names('[10:00] Hải Yến - VP HĐND: ok\n[10:01] Lan - TP: ok')).toEqual(['Hải Yến', 'Lan']);
    expect(names('Nguyễn Thị Hoa, Chủ tịch Hội LHPN xã')).toEqual(['Nguyễn Thị Hoa']);
    expect(names('[07:40] Đoàn TN xã: Đoàn TN cử 15 bạn\n[07:41] Hội ND: ok')).toEqual([]);
    expect(names('Cac ho gia han BHYT ho gia dinh truoc 30/6, do trong nam chua dong')).toEqual([]);
    expect(names('NHOM: DAI LY THU BHXH; BAN TIEP XUC CU TRI')).toEqual([]);
    expect(names('Quần chúng Ánh có ý thức tổ chức kỷ luật tốt')).toEqual(['Ánh']);
  });

  it('reads no name in a lone word opening a common compound ("Cán bộ Tư pháp", "đại diện Chi nhánh")', () => {
    expect(names('Cán bộ Tư pháp – Hộ tịch (ký, đóng dấu)')).toEqual([]);
    expect(names('Thành phần: Giám đốc Chi nhánh Văn phòng đăng ký đất đai huyện')).toEqual([]);
    expect(names('TL. CHỦ TỊCH – TRƯỞNG PHÒNG TƯ PHÁP\nLÂM QUỐC TOÀN')).toEqual(['LÂM QUỐC TOÀN']);
  });

  it('reads no name in a street column, and still one under a nurse\'s', () => {
    expect(names('STT\tTên đường phố\tĐoạn từ\tĐoạn đến\tVT1\n2\tHoàng Văn Thụ\tCầu Đông Mạc\tTrần Đăng Ninh\t28.000')).toEqual([]);
    expect(names('Ngày giờ\tY lệnh\tĐiều dưỡng\n06/11 06:00\tHút đờm\tVũ Thị Thảo')).toEqual(['Vũ Thị Thảo']);
    // An SQL column's name loses its spaces and brackets: "[p ho]" names a street column though the text holds no "pho".
    expect(names("INSERT INTO ds (id, [p ho]) VALUES\n(1, 'Hoàng Văn Thụ')")).toEqual([]);
    expect(names("INSERT INTO ds (id, [t en]) VALUES\n(1, 'Hoàng Văn Thụ')")).toEqual(['Hoàng Văn Thụ']);
  });

  it('reads staff titles of three words, and no name in a bank\'s units, greetings or branches', () => {
    expect(names('Tư vấn viên Mai Phương: Dạ em chào chị')).toEqual(['Mai Phương']);
    expect(names('Hội đồng: Giám đốc Khối Quản trị rủi ro và Trưởng phòng Thẩm định')).toEqual([]);
    expect(names('Nguoi mua: Chao anh, xe con khong a?\nNguoi ban: Con em')).toEqual([]);
    expect(names('- PGD Võ Chí Công: KĐT Ciputra, Tây Hồ')).toEqual([]);
    expect(names('Họ tên: Ngô Thị Mai Anh   Quan hệ: Vợ')).toEqual(['Ngô Thị Mai Anh']);
  });

  it('reads capitalised words a birth year follows as a name, whatever their syllables, but no body\'s', () => {
    expect(names('phat hien xe do Ksor Thuan (SN 1994, tru lang Dip)')).toEqual(['Ksor Thuan']);
    expect(names("1. ĐIỂU KRỐT - SINH NĂM 1955 - DÂN TỘC M'NÔNG")).toEqual(['ĐIỂU KRỐT']);
    expect(names('và vợ bà Cil Ha Hương, sinh năm 1981; số định danh')).toEqual(['Cil Ha Hương']);
    expect(names('Công ty Hoàng Long, sinh năm 2001')).toEqual([]);
  });

  it('reads Ê Đê parents\' forms of address as titles', () => {
    expect(names('nhà amí Hoa ở buôn Ea Tul')).toEqual(['Hoa']);
  });

  it('takes "tên là" as a name\'s introduction only after a person ("tôi tên là", not "xã này tên là")', () => {
    expect(names("Tôi tên là Điểu Thị Hoa, sinh năm 1989, người dân tộc M'Nông.")).toEqual(['Điểu Thị Hoa']);
    expect(names('Cháu tên là Y Sang Niê, sinh viên năm nhất')).toEqual(['Y Sang Niê']);
    expect(names('Xã này tên là Tân Lập từ năm 1960')).toEqual([]);
  });

  it('explains without the value and masks to the type only', () => {
    const [f] = detect('Họ và tên: Nguyễn Văn An', { types: ['person_name'] });
    expect(f.masked).toBe('[person_name]');
    expect(f.displayMasked).toBe('N. V. A.');
    expect(f.explanation).not.toMatch(/nguy|an\b/i);
    expect(f.category).toBe('basic');
  });
});

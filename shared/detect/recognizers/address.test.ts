import { describe, expect, it } from 'vitest';
import { detect } from '../index.ts';
import { ADMINISTRATIVE_PROSE } from './topics/administrative-prose.fixture.ts';
import { bare } from './topics/test-variants.ts';
import { prepareTables } from '../first-scan.ts';
import { createScanContext, foldedUnitsOf, foldText } from '../scan-context.ts';
import { blankField, findAddresses, keepLabelHits, labelFoundAt, labelMemoOf, recallLabel, rememberLabel, saysNone, unitNumbersKept, unitsApartByHash } from './address.ts';
import { ADDRESS_LABELS, ADDRESS_UNITS } from '../lexicon/admin-units.ts';
import { foldedSet } from '../lexicon/forms.ts';
import { labelledPositions, phraseBefore } from '../lexicon/words.ts';
import { forgetScanCaches } from '../scan-cache.ts';
import { rng } from '../seeded-random.ts';

const addresses = (text: string) =>
  detect(text, { types: ['address'] }).map((f) => text.slice(f.start, f.end).normalize('NFC'));

// [text, a part the found address must cover]
const POSITIVES: [string, string][] = [
  // One hamlet where someone lives ("ở" after the writer, kin or a given name), or after a person's age.
  ['Dạ, nhà em ở xóm 3 Quỳnh Hồng, sổ đỏ đứng tên mẹ em', 'xóm 3'],
  ['Dạ anh, anh ấy ở xóm 6 Quỳnh Thạch đúng không ạ', 'xóm 6'],
  ['Chao anh Duc, em la Hoa o xom 3 Nghia Son. Ho so nop tu 12/3', 'xom 3'],
  ['- Lã Văn Tuấn, 29 tuổi, thôn Đồng Quang; sau cai bắt buộc 6 tháng', 'thôn Đồng Quang'],
  // A village column in a list of people, by its number or its name after "Bản" (spelled so).
  ['STT\tHọ tên trẻ\tNgày sinh\tThôn/xóm\tVắc xin\n1\tNguyễn Gia Bảo\t02/01/2024\tXóm 3\tDPT mũi 3', 'Xóm 3'],
  ['TT | Họ và tên | Bản | Số tiền\n1 | Lang Văn Thiết | Bản Hợp Thành | 600.000', 'Bản Hợp Thành'],
  ['Họ tên trẻ\tNgày sinh\tThôn\tCân nặng\nLương Văn Tùng\t14/02/2022\tBản Xằng Trên\t9,8', 'Bản Xằng Trên'],
  // A numbered village after a person's birth year or ID number.
  ['3. Phan Đình Cường - 1995 - xóm 3 - Động kinh - Depakin 500mg', 'xóm 3'],
  ['1\tNguyễn Văn Quý\t1970\t040070004158\tThôn 3\tVận động', 'Thôn 3'],
  ['1\tĐinh Thị Lụa\t1938\tThôn 2\t360.000', 'Thôn 2'],
  // "Quê" spelled as the label, a street after "số" that opens with no document word.
  ['Quê: xã Hải Phong, huyện Hải Hậu, tỉnh Nam Định', 'xã Hải Phong'],
  ['tạm trú số 12 Nguyễn Trãi, phường 3, quận 5', 'số 12 Nguyễn Trãi'],
  ['Địa chỉ: Số 12 ngõ 34 đường Láng, phường Láng Thượng, quận Đống Đa, Hà Nội', 'Số 12 ngõ 34 đường Láng'],
  ['Thường trú tại 25 Lý Thường Kiệt, phường Trần Hưng Đạo, quận Hoàn Kiếm, TP. Hà Nội.', '25 Lý Thường Kiệt'],
  ['Giao hàng: 123/4 Nguyễn Trãi, P.5, Q.5, TP.HCM', '123/4 Nguyễn Trãi, P.5, Q.5'],
  ['Hẻm 45/6 Lê Văn Sỹ, F.13, Q.3 nhé', 'Hẻm 45/6 Lê Văn Sỹ'],
  ['thôn Đông, xã Tân Lập, huyện Đan Phượng, Hà Nội', 'xã Tân Lập'],
  ['Quê quán: xã Cẩm Trung, huyện Cẩm Thủy, tỉnh Thanh Hóa', 'xã Cẩm Trung'],
  ['SỐ 5 ĐƯỜNG LÊ LỢI, PHƯỜNG BẾN THÀNH, QUẬN 1, TP HỒ CHÍ MINH', 'SỐ 5 ĐƯỜNG LÊ LỢI'],
  ['Gửi về 12 Lê Lợi, Huế nhé', '12 Lê Lợi, Huế'],
  ['Nơi ở hiện nay: Căn hộ B27-11, chung cư Ehome 3, phường Tân Phong, quận 7', 'B27-11'],
  ['Tạm trú: tổ 5, khu phố 3, phường Tân Phong, TP Biên Hòa, Đồng Nai', 'tổ 5, khu phố 3'],
  ['ấp Bình Lợi, xã Thạnh Châu, huyện Bình Lục, tỉnh Hà Nam', 'ấp Bình Lợi'],
  ['Kiệt 12 Trần Cao Vân, phường Thạc Gián, Đà Nẵng', 'Kiệt 12'],
  ['Người nộp thuế ở số 7 phố Huế, phường Ngô Thì Nhậm, Hà Nội', 'số 7 phố Huế'],
  ['"dia_chi": "Bản Na Hang, xã Trần Phú, huyện Mộc Châu, Sơn La"', 'Bản Na Hang'],
  ['STT\tHọ tên\tĐịa chỉ\n1\tNguyễn Văn An\t12 Lê Lợi, Huế\n2\tTrần Thị Bình\tthôn 3, xã Quảng Thành', 'thôn 3, xã Quảng Thành'],
  ['Thường trú: số 101B Nguyễn Huệ, phường Trần Đăng Ninh, Nam Định', '101B Nguyễn Huệ'],
  // The card's bilingual labels.
  ['Quê quán / Place of origin: Tân Phong, Vũ Thư, Thái Bình', 'Tân Phong, Vũ Thư'],
  // The address a home had before the 2025 merger of units, in brackets after the one given.
  ['Địa chỉ: thôn Phú Thọ 2, phường Quảng Phú, tỉnh Thanh Hóa (cũ: xã Quảng Phú, TP Thanh Hóa)', 'xã Quảng Phú, TP Thanh Hóa'],
  ['Thường trú: số 45 đường Hàn Thuyên, phường Nam Định, tỉnh Ninh Bình (địa chỉ cũ: phường Vị Xuyên, TP Nam Định)', 'phường Vị Xuyên'],
  // A labelled home before a list's colon is no chat speaker's unit.
  ['Chung toi la cac ho dan sinh song tai ap 3, xa Tan Lap, huyen Dong Phu, tinh Binh Phuoc, gom:\n1. Nguyen Van Ba', 'ap 3, xa Tan Lap'],
  // The value on the line under its label, as scanned cards print it.
  ['Nơi cư trú/Address:\n242/18 Nguyễn Thái Bình, P.12, Q.Tân Bình, TP.HCM\nHạng/Class: B2', '242/18 Nguyễn Thái Bình'],
  ['tại gia đình ông Kiên, thôn Đông Lao 2, xã Đông La, huyện Hoài Đức, Hà Nội', 'thôn Đông Lao 2, xã Đông La'],
  ['trú tại buôn Ea Kmar, xã Ea Tul, huyện Cư Mgar, tỉnh Đắk Lắk', 'buôn Ea Kmar, xã Ea Tul'],
  // A list's fields after a titled name; a numbered hamlet in brackets after one; a land user's address label.
  ['1. Ông Thái Văn Bình - thôn Mỹ Hòa - thu hồi 1.250 m2 đất lúa', 'thôn Mỹ Hòa'],
  ['bà Maria Nguyễn Thị Huệ (xóm 5) và ông Giuse Vũ Văn Thắng', 'xóm 5'],
  ['4. ĐỊA CHỈ NGƯỜI SỬ DỤNG ĐẤT: XÓM ĐỒNG KHUÔN, XÃ HOÀNG NÔNG, HUYỆN ĐẠI TỪ', 'XÓM ĐỒNG KHUÔN'],
  // The island zones made ward-level units in 2025.
  ['Đề nghị đăng ký thường trú tại: Tổ dân phố 9, đặc khu Cát Hải, TP Hải Phòng', 'đặc khu Cát Hải'],
  // The Central Highlands' own hamlets: làng (Jrai, Ba Na), bon (M'Nông, Mạ).
  ['Ông Ksor Y, CCCD 064079004192, trú làng Bi Ngol, xã Ia Phang.', 'làng Bi Ngol, xã Ia Phang'],
  ['Già làng Điểu K\'Lơi, sinh năm 1955, bon Bu Sop, xã Đắk Buk So', 'bon Bu Sop, xã Đắk Buk So'],
  // All in capitals, in a person's row: "SINH NĂM 1955 - … - BON BU SOP, XÃ ĐẮK BUK SO".
  ['1. ĐIỂU K\'LƠI - SINH NĂM 1955 - DÂN TỘC M\'NÔNG - BON BU SOP, XÃ ĐẮK BUK SO, HUYỆN TUY ĐỨC', 'BON BU SOP, XÃ ĐẮK BUK SO'],
  // Right after another unit word they are a place's name: "đường Láng", "TP Buôn Ma Thuột".
  ['Thường trú: 215 Trường Chinh, TP Buôn Ma Thuột', '215 Trường Chinh, TP Buôn Ma Thuột'],
  // Home after a hospital stay: "nhập viện" names no venue.
  ['Bệnh nhân nhập viện hôm qua, nhà ở số 12 ngõ 5 phố Huế, phường Phố Huế', 'số 12 ngõ 5 phố Huế'],
  // A person nearer than the office named before: hers, not the office's.
  ['Công an xã nhận đơn của bà Lụa, trú tại số 5 ngõ 3 phố Huế, quận Hai Bà Trưng.', 'số 5 ngõ 3 phố Huế'],
  // The issuer of an ID, a rented room, a room number, a neighbour's house, an owner: no office.
  ['Ông Lê Văn Tám, CCCD do Công an tỉnh Nam Định cấp ngày 05/6/2008, thường trú tại xóm 3, xã Nghĩa Thái, huyện Nghĩa Hưng', 'xóm 3, xã Nghĩa Thái'],
  ['Chị Thảo thuê phòng trọ số 7 hẻm 88 Bùi Đình Túy, phường 24, quận Bình Thạnh', 'số 7 hẻm 88 Bùi Đình Túy'],
  ['Địa chỉ liên hệ: Phòng 1014 tòa CT2, khu đô thị Linh Đàm, phường Hoàng Liệt, Hà Nội', 'Phòng 1014 tòa CT2'],
  ['Phản ánh nhà hàng xóm (số 54/3 Trần Hưng Đạo, phường An Phú, quận Ninh Kiều) nuôi chó', 'số 54/3 Trần Hưng Đạo'],
  ['Tôi là chủ sở hữu căn nhà số 27 Trần Hưng Đạo, phường 6, Quận 5, TP.HCM', 'số 27 Trần Hưng Đạo'],
  // A monk lives at his pagoda.
  ['Nơi ở: chùa Từ Quang, thôn Hạ, xã Phong Hiền, huyện Phong Điền', 'thôn Hạ, xã Phong Hiền'],
  // Under a person's field, a plain "Địa chỉ:" is theirs.
  ['Họ tên: Lê Văn An\nSố CMND: 205184732\nĐịa chỉ: thôn 3, xã Tam Ngọc, TP Tam Kỳ, Quảng Nam', 'thôn 3, xã Tam Ngọc'],
  // A list of people: the field after the birth year is where they live.
  ['01  Tống Văn Khuê  1972  xã Yên Khánh, huyện Ý Yên, tỉnh Nam Định  Trộm cắp tài sản', 'xã Yên Khánh, huyện Ý Yên'],
  ['Bà Lò Thị Hoa, SN 1980, bản Nà Dạ, xã Chiềng Pằn, khám thai lần 2', 'bản Nà Dạ, xã Chiềng Pằn'],
  // One named hamlet is enough there, and after an ID number's field.
  ['2. Nay Y Khoa, sinh năm 2004, buôn Mùi 3 - đang điều trị gãy xương', 'buôn Mùi 3'],
  // A person's row: a birth year or an ID number earlier on the line.
  ['Lò Thị Ỏn – NS: 1998 – Nữ – Dân tộc: Thái – bản Nà Dạ, xã Chiềng Pằn – BHYT: DT2141410847316', 'bản Nà Dạ, xã Chiềng Pằn'],
  // After a person's titled name: a comma, a bracket or "ở" between.
  ['Hộ bà Tạ Thị Vân (thôn Thịnh Đại) là con gái của Trưởng thôn', 'thôn Thịnh Đại'],
  // A list item's address before a colon is no speaker's unit.
  ['1. Hộ ông Nguyễn Văn Bốn, thôn Giáp Kiền, xã Hương Toàn: 5 nhân khẩu, nước ngập 1,4 m', 'thôn Giáp Kiền, xã Hương Toàn'],
  // News: "trú" alone says where the accused lives.
  ['khởi tố bị can Hồ Văn Thuận (SN 1994, trú phường Thanh Khê Đông, quận Thanh Khê) về tội', 'phường Thanh Khê Đông, quận Thanh Khê'],
  ['1, Đặng Minh Khôi, 04/02/2007, 052207004618, thôn Hòa Hội, 0386147205', 'thôn Hòa Hội'],
  // In capitals too, where a capital proves nothing but the ID's field does.
  ['1 | NGUYỄN VĂN TRƯỜNG | 17/03/2005 | 033205004821 | THÔN CỐC PHONG | 12/12', 'THÔN CỐC PHONG'],
  // A dash ends the place's name when the next field goes on in lower case; "Bà Rịa - Vũng Tàu" is one name.
  ['1. Nguyễn Văn Cường – SN 1989 – ấp Tân Hòa, xã Tân Thành – Án treo 18 tháng', 'ấp Tân Hòa, xã Tân Thành'],
  // A crew member's row: "thuyền viên" is no institute.
  ['3. Nguyễn Văn Kiệt - sinh năm 1995 - thuyền viên - thôn Châu Thuận Biển, xã Bình Châu - SĐT người nhà: 0356 998 120', 'thôn Châu Thuận Biển, xã Bình Châu'],
  // A row that gives a person's people.
  ['1. Hà Thị Mai - CĐ Kế toán K24A - dân tộc Thái, xã Trung Lý, huyện Mường Lát - 700.000 đ', 'xã Trung Lý, huyện Mường Lát'],
  // A town's blocks (Vinh's "khối") and areas (Quy Nhơn's "khu vực", "KV").
  ['Tôi là Trần Thị Mai Hương, ở khối 6, phường Hưng Dũng, TP Vinh, SĐT 0868 412 553', 'khối 6, phường Hưng Dũng, TP Vinh'],
  ['Phan Thị Thu Hà, tổ 3 khu vực 5, phường Nhơn Bình – ĐT 0979 821 006', 'tổ 3 khu vực 5, phường Nhơn Bình'],
  ['{"ho_ten":"Lê Văn Tám","dia_chi":"Tổ 4, KV 2, phường Bùi Thị Xuân, TP Quy Nhơn"}', 'Tổ 4, KV 2, phường Bùi Thị Xuân, TP Quy Nhơn'],
];

const NEGATIVES: string[] = [
  // "ban" ending another word (ủy ban, biên bản); a savings group; a document's heading naming its scope.
  'Kính gửi: - Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Phú, huyện Tân Kỳ',
  'BIÊN BẢN HỌP TỔ TIẾT KIỆM VÀ VAY VỐN SỐ 07 (Hội PN xã)',
  'DANH SÁCH HỘ CẬN NGHÈO ĐƯỢC CẤP THẺ BHYT NĂM 2025 – THÔN 2, XÃ TÂN TRÀO\nHọ và tên\tNăm sinh',
  'BIÊN BẢN HỌP TỔ DÂN PHỐ SỐ 5 – PHƯỜNG ĐÔNG VĨNH\nThời gian: 19h30 ngày 12/10/2024',
  // A period after a residence label.
  '10. Quá trình cư trú: từ 1997 đến nay tại Nghệ An',
  // "ở" after a meeting or a team: where something happens, no one's home.
  'Cuộc họp ở thôn Đông vào 8h sáng mai',
  'Đoàn kiểm tra ở xóm 3 đến trưa',
  // A department column ("Ban Tổ chức" is no "bản"), and a team ("Tổ 3") after a birth year.
  'Họ tên\tBan\tSĐT\nLương Văn Tùng\tBan Tổ chức\t0912345678',
  'Họ tên\tThôn\tSĐT\nLương Văn Tùng\tBan Tổ chức\t0912345678',
  '3. Phan Đình Cường - 1995 - Tổ 3 - kỹ thuật viên',
  // After "số 03" a document's name or its date, not a street.
  'Tệp gồm họ tên, ngày sinh, số CCCD, địa chỉ và số tài khoản.\nPhòng đã: (1) trình báo Công an phường; (2) đổi mật khẩu; (3) dự thảo thông báo vi phạm theo Mẫu số 03 Nghị định 13/2023/NĐ-CP gửi A05 trong thời hạn 72 giờ.',
  'VĂN BẢN THỎA THUẬN PHÂN CHIA DI SẢN SỐ 318 NGÀY 16/8/2023; TRÍCH ĐO ĐỊA CHÍNH',
  // The given name Quế before ':' is no "quê" label.
  '- Hộ bà Trần Thị Quế: con trai đi xuất khẩu lao động Hàn Quốc, có gửi tiền về, đề nghị đưa ra khỏi danh sách cận nghèo.',
  // A dossier's dotted code after "số", a class's number before a school.
  'CA P.Tan Dinh TB: Ho so dang ky tam tru so 000.00.21.H29-240512-0037 cua cong dan',
  'PHIẾU ĐĂNG KÝ DỰ TUYỂN VÀO LỚP 10 TRƯỜNG THPT CHUYÊN QUỐC HỌC - HUẾ',
  // A map sheet's number, and a chat speaker's unit.
  'cùng tờ bản đồ số 19 xã Hòa Tiến, được xác định theo đường thẳng',
  '[20:10] Cán bộ ĐC xã Hiệp An: Chị cho anh xin tên chủ hộ',
  // The unit an official heads or serves is no home.
  '+ Ông Vũ Đình Toản, Trưởng thôn Tiền, xã Hồng Phong;',
  'Tổ hòa giải thôn Đông Lâm, xã Hương Toàn',
  // "P." is a department in a visitors' log, however near an ID number.
  '08:35\tKim Đức Toàn\t019093004428\t\tPhỏng vấn – P. Nhân sự\t09:58',
  // A book's, a register's or an election unit's number is no house number.
  '(Số công chứng 2471, quyển số 05/2024 TP/CC-SCC/HĐGD)',
  'Sao chép nội dung SỔ HỘ KHẨU số 17042, quyển số 03',
  'Khu vực bỏ phiếu số 4 - thôn Lù Dì Sán',
  // A numbered team in a payroll's column is no home (a numbered village is: see POSITIVES).
  '7\tTai Nguyen\t046149543407\tTổ 3',
  'UBND tỉnh Thanh Hóa ban hành kế hoạch.',
  'Ủy ban nhân dân các huyện, thị xã, thành phố báo cáo.',
  'Căn cứ Nghị định số 13/2023/NĐ-CP của Chính phủ.',
  'Kế hoạch số 161/KH-UBND ngày 21/6/2023 của UBND tỉnh Đồng Nai.',
  'Công văn số 2916/BCA-A05 của Bộ Công an.',
  'Tổ chức hội nghị tại tỉnh Hà Nam.',
  // A year in prose is no birth year of a row.
  'Ông Lê Văn An báo cáo. Năm 2024, xã Yên Khánh, huyện Ý Yên đạt chuẩn nông thôn mới.',
  'tổ chức xã hội tại tỉnh Hà Nam',
  'Sở Y tế tỉnh Hà Nam khuyến cáo người dân.',
  'Công an phường 5 tiếp nhận hồ sơ.',
  'Không đăng nhập vào đường link lạ.',
  'Số lượng hồ sơ quá hạn giảm.',
  'Hà Nội, ngày 12 tháng 3 năm 2024',
  'Phòng Tư pháp huyện Đông Anh',
  'Năm 2023 thành phố có 30 quận, huyện.',
  'Đề nghị các xã, phường, thị trấn triển khai.',
  'tren dia ban tinh co 12 huyen',
  'Nơi tạm trú: Không',
  // A storm's number, a count after a residence word, a dispatch's number written bare.
  'VỀ VIỆC CHỦ ĐỘNG ỨNG PHÓ VỚI BÃO SỐ 4 VÀ MƯA LŨ',
  '- Tổng số nhân khẩu thường trú: 12.874; đã cấp CCCD gắn chip',
  'chi oi van ban den so 1847 cua So ve viec gi',
  // A blank form's field and a guide's template letters.
  'Nơi thường trú: số nhà ......., ngõ/hẻm ......., thôn/ấp/tổ ............., xã/phường ...................',
  'Ví dụ:\n  Người nhận: Nguyễn Văn A\n  Địa chỉ: Số 10, ngõ X, phố Y, phường Z, TP Hà Nội',
  'Nơi ở hiện nay: như trên',
  'Thời gian tạm trú: từ 01/9/2024 đến 31/8/2025',
  'Địa chỉ:\nNgày sinh: 01/01/1990',
  'chị ấy buôn bán ở chợ',
  // A venue's or an office's address, named earlier in the clause.
  'Trung tâm chuyển về trụ sở mới tại số 2 đường Trần Phú, phường Điện Biên.',
  'Hội nghị lúc 8h00 tại Hội trường A, số 10 Trần Phú, phường Điện Biên.',
  'Nộp hồ sơ tại tầng 5, tòa nhà 125 Hoàng Ngân, phường Trung Hòa, Cầu Giấy.',
  'Họp tại phòng họp số 2, Sở Nội vụ, số 10 đường Phan Chu Trinh, phường Hải Châu.',
  'Địa điểm: Phòng khám ngoại trú, tầng 2, số 107 Tôn Đức Thắng, Đống Đa.',
  'Chấp hành tại Cơ sở cai nghiện ma túy số 2, thành phố Hà Nội.',
  // A road's kilometre marker: the metres after '+' are no house number.
  'Vi phạm lúc 21 giờ 40 tại Km 12+300 Quốc lộ 5, xã Tân Quang, huyện Văn Lâm.',
  // An office's address: in brackets after it, after it and a comma, under its letterhead.
  'Quyền giải trình đến Trưởng phòng CSGT (số 86 Lý Thường Kiệt, quận Hoàn Kiếm).',
  'Tại Văn phòng công chứng Phạm Gia, địa chỉ số 210 Trần Hưng Đạo, phường Quy Nhơn, tỉnh Gia Lai, chúng tôi gồm:',
  'PHÒNG KHÁM ĐA KHOA TÂM ĐỨC\nĐ/c: 215 Trường Chinh, TP Buôn Ma Thuột - ĐT: 0262 381 2468',
  'TÒA ÁN NHÂN DÂN QUẬN BÌNH THẠNH\nĐịa chỉ: 85 Xô Viết Nghệ Tĩnh, phường 17, quận Bình Thạnh\nĐiện thoại: 028 3841 2253',
  'CHI NHÁNH CÔNG TY TNHH AN PHÁT\nMã số thuế: 0307982162-001\nĐịa chỉ: Lô 12, đường Nguyễn Văn Linh, phường Phúc Đồng, quận Long Biên',
  'Thường trực 24/24h tại Trạm Y tế phường, số 15 đường Lý Tự Trọng.',
  // A birth's place or registry that is an institution.
  'Nơi sinh: Bệnh viện Phụ sản Hải Phòng',
  'Nơi đăng ký khai sinh: Ủy ban nhân dân phường Hải Châu, thành phố Đà Nẵng',
  // A report's heading on housing and a count after it.
  'Thiệt hại: 12 người mất tích, 87 người bị thương. Về nhà ở: 14.520 nhà bị hư hỏng, trong đó 318 nhà bị sập đổ hoàn toàn.',
  'Chị Mai (CCCD 001188012345). Thực trạng nhà ở: đang ở nhờ nhà bố mẹ đẻ, diện tích bình quân 7,2 m²/người.',
  // A school's grade, an exam's block, a tumour.
  'Em Nguyễn Văn An học khối 10 trường THPT Lê Lợi, thi khối A00.',
  'Bệnh nhân Lê Văn Bình có khối u phổi.',
  // A measurement after "số".
  'Ông Lê Văn An nghi điếc nghề nghiệp (giảm 35 dB tai phải ở tần số 4000 Hz).',
];

describe('address recognizer', () => {
  it('reads an address wrapped after a comma as one ("Ngõ 9 Phố Vọng Đức,⏎Phường Hoàn Kiếm")', () => {
    expect(addresses('Nơi thường trú\nSố 22, Ngõ 9 Phố Vọng Đức,\nPhường Hoàn Kiếm, Thành phố Hà Nội\nHọ tên chủ hộ')).toEqual([
      'Số 22, Ngõ 9 Phố Vọng Đức,\nPhường Hoàn Kiếm, Thành phố Hà Nội',
    ]);
  });

  it('reads "trú số 12" as a home, not a head office ("trụ sở"), and ends a labelled address before "số điện thoại"', () => {
    expect(addresses('Người được mời: ông Phạm Văn Tư, trú số 12 ngõ 45 phố Lê Lợi, phường Minh Khai, TP Phủ Lý')).toEqual(['số 12 ngõ 45 phố Lê Lợi, phường Minh Khai, TP Phủ Lý']);
    expect(addresses('nơi cư trú: tổ 3, khu phố Phú Thanh, phường Tân Phú, TP Đồng Xoài, số điện thoại 0327 106 458')).toEqual(['tổ 3, khu phố Phú Thanh, phường Tân Phú, TP Đồng Xoài']);
  });

  it('ends a labelled address before a bracket that opens the next label, and reads the former address in it', () => {
    expect(addresses('Địa chỉ: thôn Phú Thọ 2, phường Quảng Phú, tỉnh Thanh Hóa (cũ: xã Quảng Phú, TP Thanh Hóa)')).toEqual(['thôn Phú Thọ 2, phường Quảng Phú, tỉnh Thanh Hóa', 'xã Quảng Phú, TP Thanh Hóa']);
    // Not after an office's address, which is no one's home.
    expect(addresses('Trụ sở UBND xã Quảng Phú (cũ: xã Quảng Phú, TP Thanh Hóa) đã bàn giao')).toEqual([]);
  });

  it('reads the rest of a card\'s address wrapped onto the next line down to the province, no comma at the break', () => {
    expect(addresses('Nơi ĐKHK thường trú Khối 5, Thị trấn Dùng\nThanh Chương, Nghệ An\nDân tộc Kinh   Tôn giáo Không')).toEqual(['Khối 5, Thị trấn Dùng\nThanh Chương, Nghệ An']);
    expect(addresses('Quê quán: xóm Trúc Mai, xã Hương Sơn, huyện Phú\nBình, tỉnh Thái Nguyên\nSĐT: 0981 702 346')).toEqual(['xóm Trúc Mai, xã Hương Sơn, huyện Phú\nBình, tỉnh Thái Nguyên']);
    // A next line that names no province, or holds a field of its own, is no rest.
    expect(addresses('Thường trú: thôn 3, xã Quảng Tân\nQuảng Xương cũ\nGhi chú')).toEqual(['thôn 3, xã Quảng Tân']);
    expect(addresses('Thường trú: thôn 3, xã Quảng Tân\nNơi sinh: Thanh Hóa')).toEqual(['thôn 3, xã Quảng Tân']);
  });

  it('starts a labelled address after its addressee ("Gửi về: Bà Thập Thị Hồng, thôn …")', () => {
    expect(addresses('Thư gửi về: Bà Thập Thị Hồng, thôn Mỹ Nghiệp, xã Phước Dân, tỉnh Khánh Hòa')).toEqual(['thôn Mỹ Nghiệp, xã Phước Dân, tỉnh Khánh Hòa']);
    expect(addresses('Gửi về: ông Nguyễn Văn An, số 5 ngõ 3 phố Huế, Hà Nội')).toEqual(['số 5 ngõ 3 phố Huế, Hà Nội']);
  });

  it('reads a labelled value wrapped after a comma, a JSON field, and no province alone in a birthplace column', () => {
    expect(addresses('Chỗ ở hiện tại: K22/14 Hàm Nghi,\nphường Vĩnh Trung, quận Thanh Khê\nLý do khám: xin việc')).toEqual(['K22/14 Hàm Nghi,\nphường Vĩnh Trung, quận Thanh Khê']);
    // "Xuân Trường" ends a place's name: no school ("trường") owns the address after it.
    expect(addresses('{"home":"Xuân Trường, Nam Định","address":"Số 6 ngách 12/4 Kim Đồng, Giáp Bát, Hoàng Mai, Hà Nội"}')).toContain('Số 6 ngách 12/4 Kim Đồng, Giáp Bát, Hoàng Mai, Hà Nội');
    expect(addresses('SBD\tHọ tên\tNgày sinh\tNơi sinh\tToán\n250418\tTrần Gia Bảo\t14/01/2010\tNam Định\t8.75')).toEqual([]);
  });

  it('reads the hamlet where a titled person is said to be ("ở") as their home', () => {
    expect(addresses('tố hộ ông Quan Văn Bẩy ở thôn Bắc Sơn tàng trữ pháo nổ')).toEqual(['thôn Bắc Sơn']);
  });

  it('ends a field at the wide spacing that lays out the next one', () => {
    expect(addresses('4. Nơi sinh: xã Hải Đường, huyện Hải Hậu, tỉnh Nam Định        5. Quốc tịch: Việt Nam')).toEqual([
      'xã Hải Đường, huyện Hải Hậu, tỉnh Nam Định',
    ]);
  });

  // The label of another field after a comma ends the address, which then
  // does not swallow (and lose to) the number after it.
  it.each([
    ['HKTT: số 33 ngõ 250 Kim Giang, phường Đại Kim, quận Hoàng Mai, Hà Nội, CCCD số 001091023847', 'cccd'],
    ['Địa chỉ: phường Đại Kim, quận Hoàng Mai, SĐT 0912345678', 'phone'],
    ['2. Ma Thị Lụa, sinh năm 1990 – thôn Nà Khuổi – CCCD 008190003876', 'cccd'],
  ])('ends before the next field: %j', (text, other) => {
    const found = detect(text);
    const address = found.find((f) => f.type === 'address');
    const next = found.find((f) => f.type === other);
    expect(address && next && address.end <= next.start).toBe(true);
    expect(text.slice(address!.start, address!.end)).not.toMatch(/CCCD|SĐT/);
  });

  // A form copied without its line breaks runs the address into the next
  // label, whose first word is capitalised like a place's name.
  it.each([
    ['Họ tên: Nguyễn Văn Bình Địa chỉ: thôn Đông xã Tân Lập huyện Đan Phượng Số điện thoại: 0912345678', 'thôn Đông xã Tân Lập huyện Đan Phượng'],
    ['Chủ hộ: Trần Thị Hoa Địa chỉ: tổ 5 phường Tân Thịnh thành phố Thái Nguyên Dân tộc: Tày', 'tổ 5 phường Tân Thịnh thành phố Thái Nguyên'],
    ['Ông Lê Văn Tám, thường trú thôn Đông, xã Tân Lập, huyện Đan Phượng Nghề nghiệp: làm ruộng', 'thôn Đông, xã Tân Lập, huyện Đan Phượng'],
  ])('ends before a flattened form\'s next label: %j', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it('reads a district whose name opens with a unit word\'s letters, as spelled ("Quan" is no quận)', () => {
    expect(addresses('Lê Văn An ở xã Sơn Thủy, huyện Quan Hóa')).toContain('xã Sơn Thủy, huyện Quan Hóa');
    expect(addresses('trú tại số 27 ngõ 68 đường Cầu Giấy, phường Quan Hoa, quận Cầu Giấy, Hà Nội')).toContain('số 27 ngõ 68 đường Cầu Giấy, phường Quan Hoa, quận Cầu Giấy, Hà Nội');
  });

  it.each(POSITIVES)('finds the address in %j', (text, part) => {
    expect(addresses(text).some((a) => a.includes(part))).toBe(true);
  });

  it.each(POSITIVES)('finds it without diacritics too: %j', (text, part) => {
    expect(addresses(bare(text)).some((a) => a.includes(bare(part)))).toBe(true);
  });

  it('finds an address in lower case without diacritics when a house number anchors it', () => {
    expect(addresses('so 12 ngo 34 duong lang, phuong lang thuong, quan dong da, ha noi')).toEqual([
      'so 12 ngo 34 duong lang, phuong lang thuong, quan dong da, ha noi',
    ]);
  });

  it('reads a bare house number at the start of a text, with a letter, or after a megabyte of identifiers', () => {
    expect(addresses('12B Lê Lợi, Huế')).toEqual(['12B Lê Lợi, Huế']);
    expect(addresses(`${'CCCD 001006646719; '.repeat(8000)}Gửi về 12 Lê Lợi, Huế nhé`)).toEqual(['12 Lê Lợi, Huế']);
    expect(addresses('a12 Lê Lợi, Huế')).toEqual([]);
  });

  it('maps NFD input back to the original offsets', () => {
    const text = 'Địa chỉ: số 5 đường Lê Lợi, phường Bến Thành'.normalize('NFD');
    const [f] = detect(text, { types: ['address'] });
    expect(text.slice(f.start, f.end).normalize('NFC')).toBe('số 5 đường Lê Lợi, phường Bến Thành');
  });

  it.each(NEGATIVES)('finds no address in %j', (text) => {
    expect(addresses(text)).toEqual([]);
  });

  it.each(ADMINISTRATIVE_PROSE)('finds no address in real administrative prose: $about', ({ text }) => {
    expect(addresses(text)).toEqual([]);
  });

  it('records only the type and explains without the value', () => {
    const [f] = detect('Địa chỉ: số 5 đường Lê Lợi, phường Bến Thành', { types: ['address'] });
    expect(f.masked).toBe('[address]');
    expect(f.explanation).not.toMatch(/loi|ben thanh/i);
  });

  it('finds every unit word by its hash alone, and lists a bare spelling only as a key\'s one spelling (readPart reads "bare" as written without marks)', () => {
    prepareTables();
    expect(unitsApartByHash()).toBe(true);
    expect(unitNumbersKept()).toBe(true);
    const forms = new Map<string, Set<string>>();
    for (const unit of ADDRESS_UNITS) for (const form of unit.forms) forms.set(foldText(form), (forms.get(foldText(form)) ?? new Set()).add(form));
    for (const [key, spelled] of forms) if (spelled.has(key)) expect([...spelled]).toEqual([key]);
  });

  it('reads unit words by their spelling and their neighbours as before (in place, no strings)', () => {
    // "thị⏎xã" spells no "thị xã"; "bản" written bare before a marked word is another word; "xã hội" is prose.
    expect(addresses('Địa chỉ liên hệ thị\nxã Sơn Tây')).toEqual([]);
    expect(addresses('Địa chỉ liên hệ thị xã Sơn Tây')).toEqual(['thị xã Sơn Tây']);
    expect(addresses('BAN NHÂN DÂN thôn Đông')).toEqual([]);
    expect(addresses('vấn đề xã hội Tân Lập')).toEqual([]);
    expect(addresses('ngõ\n5 Láng Hạ, phường Láng Thượng')).toEqual(['5 Láng Hạ, phường Láng Thượng']);
    expect(addresses('ông Tư ở thôn Đông, xã Tân Lập, thị xã Sơn Tây')).toEqual(['thôn Đông, xã Tân Lập, thị xã Sơn Tây']);
  });

  it('asks a labelled value\'s patterns only where they may match, and finds what they find', () => {
    const pieces = ['khong', 'khong co', 'none', 'n/a', 'nhu tren', 'nhu trena', 'pho', 'phuong', 'xa', 'ngo', 'y', 'z', 'a', '1', '.', '....', '___', '…', '……', ' ', ' ', ',', ', ', 'thon dong', 'k', 'n'];
    const next = rng(29);
    for (let k = 0; k < 20000; k++) {
      let text = '';
      const n = 1 + Math.floor(next() * 8);
      for (let w = 0; w < n; w++) text += pieces[Math.floor(next() * pieces.length)];
      const start = Math.floor(next() * 3);
      const end = Math.max(start, text.length - Math.floor(next() * 3));
      const value = text.slice(start, end);
      expect(saysNone(text, start, end)).toBe(/^(?:(?:khong(?: co)?|none|n\/a)$|nhu tren(?![a-z]))/.test(value));
      expect(blankField(text, start, end)).toBe(/\.{4}|_{3}|…{2}|(?:^|[ ,])(?:ngo|pho|duong|phuong|xa|quan|huyen|tinh) [a-z](?=,|$)/.test(value));
    }
  });
});

describe('the label memo', () => {
  it('answers as a Map would, positions asked mostly in text order', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const r = rng(seed);
      const memo = labelMemoOf();
      const kept = new Map<number, string | null>();
      let pos = 0;
      for (let step = 0; step < 300; step++) {
        const roll = r();
        // Onward mostly; now and then the same position again, one a little before, or one anywhere before.
        const at = roll < 0.6 ? (pos += 1 + Math.floor(r() * 50)) : roll < 0.75 ? pos : roll < 0.9 ? Math.max(0, pos - Math.floor(r() * 120)) : Math.floor(r() * (pos + 1));
        const label = r() < 0.5 ? null : `label ${at}`;
        const recalled = recallLabel(memo, at);
        expect(recalled, `seed ${seed} step ${step}`).toBe(kept.get(at));
        if (recalled === undefined) {
          rememberLabel(memo, at, label);
          kept.set(at, label);
        }
      }
    }
  });
});

describe('the labels kept from the separators', () => {
  const labels = foldedSet(ADDRESS_LABELS);

  it('reads five words as phraseBefore reads six: no label of six words or more ends with a shorter one', () => {
    for (const long of labels) {
      const words = long.split(' ');
      expect(words.length).toBeLessThanOrEqual(6);
      if (words.length < 6) continue;
      for (let k = 1; k < words.length; k++) expect(labels.has(words.slice(k).join(' ')), long).toBe(false);
    }
  });

  it('answers as phraseBefore wherever it answers', () => {
    const pieces = ['dia chi', 'dia_chi', 'noi o', 'thuong tru', 'que', 'ho khau thuong tru', 'dia chi nguoi su dung dat', 'cho o hien nay', 'd/c', 'dc', 'tai', 'thon dong', 'xa tan lap', 'ong an', '"', "'", '(*)', '*', ':', ': ', '  :', '\t', ' - ', '-', ' ', ' ', '.', ',', '\n', '12', 'a_b', 'address'];
    const next = rng(31);
    let answered = 0;
    for (let k = 0; k < 8000; k++) {
      let text = '';
      const n = 2 + Math.floor(next() * 12);
      for (let w = 0; w < n; w++) text += pieces[Math.floor(next() * pieces.length)];
      forgetScanCaches();
      keepLabelHits(text, labelledPositions(text, labels, 5));
      const inOrder: (string | null)[] = [];
      for (let pos = 0; pos <= text.length; pos++) {
        let i = pos;
        while (i > 0 && ' :-\t'.includes(text[i - 1])) i--;
        const found = labelFoundAt(text, i, pos);
        inOrder.push(found);
        if (found === null) continue;
        answered++;
        expect(found, JSON.stringify([text, pos])).toBe(phraseBefore(text, i, 6, labels));
      }
      // Asked by jumps, back and forth: the same answers (the kept cursor only saves a search).
      for (let step = 0; step < 12; step++) {
        const pos = Math.floor(next() * (text.length + 1));
        let i = pos;
        while (i > 0 && ' :-\t'.includes(text[i - 1])) i--;
        expect(labelFoundAt(text, i, pos), JSON.stringify([text, pos, 'jump'])).toBe(inOrder[pos]);
      }
    }
    expect(answered).toBeGreaterThan(1000);
  });
});

describe('findAddresses from the scan units', () => {
  it('finds the same with the scan units as from the strings (readName, labelledAddresses read the units where the scan holds them)', () => {
    const texts = [...POSITIVES.map(([text]) => text), ...NEGATIVES, 'Địa chỉ: thôn Đông xã Tân Lập huyện Đan Phượng '.repeat(3), '61 Huỳnh Lan Khanh, phường 2, quận Tân'.repeat(3)];
    for (const text of texts) {
      const withUnits = createScanContext(text, true);
      expect(foldedUnitsOf(withUnits), text).not.toBeNull();
      const found = findAddresses(withUnits, true);
      forgetScanCaches();
      const fromStrings = createScanContext(text);
      expect(foldedUnitsOf(fromStrings) === null || text.length >= 256, text).toBe(true);
      expect(findAddresses(fromStrings, true), text).toEqual(found);
      forgetScanCaches();
    }
  });
});

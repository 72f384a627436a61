import { describe, expect, it } from 'vitest';
import { detect } from '../../index.ts';
import { TOPIC_TYPES, type FindingType } from '../../types.ts';
import { ADMINISTRATIVE_PROSE } from './administrative-prose.fixture.ts';
import { bare, variants } from './test-variants.ts';

const topicsOf = (text: string): FindingType[] => [...new Set(detect(text, { types: TOPIC_TYPES }).map((f) => f.type))];

// Per topic: texts about a person that reveal it, and texts that only mention it.
const TABLE: Record<(typeof TOPIC_TYPES)[number], { positive: string[]; negative: string[] }> = {
  health: {
    positive: [
      'Cháu Đinh Thị Ngọc Hoa (sinh năm 2011) đi lên rẫy bị rắn lục cắn vào mu bàn chân trái.',
      // A discharge record's injury; an accident report in English.
      'Hạ sĩ Kiều Văn Lâm, sinh 29/08/2002; trong thời gian tại ngũ bị chấn thương cột sống khi huấn luyện.',
      'Your technical intern Mr. NGUYEN DINH PHUC had an accident; he suffered a fracture of the left ring finger.',
      'Bệnh nhân Nguyễn Văn A được chẩn đoán ung thư phổi giai đoạn 3.',
      'Chẩn đoán: Tăng huyết áp độ 2',
      'Anh Tuấn xét nghiệm dương tính HIV, đang điều trị ARV.',
      // A drug test naming its drug (in urine: "tiểu dương" is no diabetic), a rabies course, an aneurysm.
      'Trần Quốc Việt,1990,036090011358,"XN nước tiểu dương tính morphin 04/2024"',
      'Bé Nguyễn Bảo Ngọc 6 tuổi bị chó nhà hàng xóm cắn vùng mặt, trạm hết huyết thanh kháng dại.',
      'Mẹ em bị vỡ phình động mạch não đang nằm hồi sức.',
      'Em trai mình là Nguyễn Hoàng Phúc bị tông xe, hiện đang nằm ICU, chấn thương sọ não.',
      'Xã e có 1 ca nghi sởi, cháu Thào Thị Dính 4 tuổi, sốt 3 ngày, phát ban sau tai.',
      'Tiền sử bệnh: Hen phế quản từ nhỏ',
      'Chị ấy đang mang thai tháng thứ 5, xin nghỉ.',
      'Người bệnh Phạm Công Dũng (sinh năm 1996), nghiện rượu mạn tính.',
      // A count of people elsewhere in the sentence does not hide the person addressed.
      'Nhà em có 4 người, bố em bị tiểu đường type 2.',
      'Nhà trường xin báo em Đồng Văn An lớp 8B nghỉ học 3 ngày do mắc thủy đậu.',
      'Thai phụ Chu Thị Ngọc Mai: phát hiện hội chứng Down nguy cơ cao, cần chọc ối.',
      'Khách hàng Huỳnh Gia Bảo, 19 tuổi, có ý nghĩ tự làm hại bản thân.',
      // A result slip is about the person its subject label names, though no name shares the result's line.
      'KẾT QUẢ XÉT NGHIỆM\nHọ tên: Quan Văn Tú   NS: 1988\nHIV Ab (test nhanh): Dương tính',
      'Theo kết luận giám định pháp y, tỷ lệ tổn thương cơ thể của chị Hân là 27%.',
      '1. Lê Văn Đức - sinh năm 1948 - hiện bị liệt 2 chân',
      'Ông Tư gửi giấy chứng nhận thương binh hạng 2/4.',
      'Hộ chị Mùi có con trai bé Đạt 7 tuổi bị Down syndrome và tim bẩm sinh.',
      '1\tNguyễn Văn Thiệp\t1948\tBệnh binh, tỷ lệ suy giảm KNLĐ 61%\t3.872.000',
      '- Họ tên: Tạ Văn Khương; ngày sinh: 05/05/1993\n- Ngày bị TNLĐ: 14/6/2024, bị máy dập cắt cụt 2 ngón tay.',
      'Mr. Ly Hoang Son, passport C4817263, has an appointment for proton beam therapy for nasopharyngeal carcinoma (stage III).',
      // A disability's kind or degree recorded for someone, and its column in a welfare list.
      'Tôi tên: Chu Văn Thiện   Sinh ngày 23/12/1999\nDạng tật: khuyết tật vận động, mức độ nặng.',
      '1\tĐặng Văn Cừ\t1959\tNKT nặng (thần kinh)\t2,0\t720.000',
      'Họ tên\tNăm sinh\tDạng tật\tMức độ\nTrần Văn Út\t1990\tThần kinh, tâm thần\tNặng',
      // A school's health check, about the pupil its letter names.
      'PHIẾU THÔNG BÁO KẾT QUẢ KHÁM SỨC KHỎE ĐỊNH KỲ\nKính gửi phụ huynh em: Phùng Gia Bảo    Lớp: 4C\nBMI: 23.6 → Béo phì độ I\nRăng miệng: sâu răng R65',
      // A type's number is no count.
      'Họ tên: TẠ QUANG HUY\nKết luận của BS: Đái tháo đường type 2, rối loạn lipid máu.',
      // A named person's vaccinations: the care received.
      'VNVC: Bé TRẦN GIA HÂN (NS: 05/01/2024) đến lịch tiêm mũi 2 vắc xin Rota ngày 06/03/2024.',
      'Xác nhận tiêm chủng: Nguyễn Minh Việt, ngày sinh 11/03/1982, đã tiêm 2 mũi vắc xin ngày 13/6/2021.',
      // Treatment or results that name the disease.
      'TTYT Q.8: Nhac anh Hung (ma BN LA-0932) den Tram y te nhan thuoc lao thang 4.',
      'Ket qua XN cua BN NGUYEN VAN HAI da co. HbA1c 8.9%, de nghi tai kham khoa Noi tiet.',
      'Em gửi chị referral for a new PrEP client: Lâm Gia Huy, DOB 1999-11-23.',
      // A hospital system's export: the ICD-10 column names the disease.
      'MaBN\tHoTen\tNgaySinh\tICD10\tBSKham\n24031921\tPHAM VAN DUNG\t1957-08-02\tE11.9\tDinh Thi Lan',
      // "hồ sơ cá nhân" is spelled apart from the negative "số ca" it folds into.
      'Hồ sơ cá nhân Nguyễn Văn Thành - phải chạy thận nhân tạo 3 lần mỗi tuần.',
      'Cháu là Quân, thuê căn hộ tầng 3; con cháu 2 tuổi bị viêm phế quản phải đi viện 2 lần.',
      'Đ/c Hòa: ông Cầm Văn Pọm mù 2 mắt rồi nên phải lấy vân tay tại nhà.',
      'MINISTRY OF HEALTH - BỘ Y TẾ\nCHỨNG NHẬN TIÊM CHỦNG COVID-19\nHọ và tên: BÙI THANH TÚ',
      'Nha khoa Kim oi, e dat lich kham rang cho chong e ten Hoang Anh Tuan, a bi sung loi rang khon ham duoi.',
      // A family's chat and a clinic's reminder name the condition.
      'Moi nguoi oi, bo em (ong Do Van Khiem) bac si noi bi xuat huyet nao, dang tho may.',
      'Út Hạnh: bác sĩ kết luận bà nội bị Alzheimer giai đoạn trung bình, thẻ BHYT số HT3797913582046.',
      'co oi, e la me be Nguyen Ngoc Han lop 2B. Be phai xit thuoc hen truoc gio the duc.',
      // Symptoms reported in a chat, a child's growth check.
      'Bs Tuấn ơi giường 12 bn Phan Thị Lài (78t) kêu đau đầu, buồn nôn.',
      'Chao bac si Thanh a, chau Vo Khanh Huyen nha em con sot 39 do tu chieu qua.',
      'Lương Văn Tùng, 2 tuổi: SDD vừa, thấp còi, hẹn cân lại tháng sau.',
      // A misreading elsewhere in the sentence ("tiền sử dụng đất") says nothing of another phrase.
      '5. Pham Van Tan (ho ngheo, co nguoi khuyet tat nang) - thon Kien Thanh - lo L3-02, mien tien su dung dat',
    ],
    negative: [
      // An animal's pregnancy, a flock's vaccine, a leaflet on snakes.
      'Đàn bò nhà ông Lê Văn Tám: 1 bò mang thai không tiêm.',
      'Chị Hoa đăng ký tiêm vắc xin cúm gia cầm cho đàn gà.',
      'Tôi phát tờ rơi tuyên truyền phòng chống rắn cắn cho đồng bào: các loại rắn độc thường gặp (rắn lục đuôi đỏ).',
      // "cần thì" written bare folds like "cận thị"; a company's name in Title Case.
      'OTP gửi về máy anh Nam, cần thì nhắn, mã lúc này là 4821.',
      'Phòng Nhân sự - Cty TNHH Điện tử Kỳ Phong gửi anh Lê Văn Cường hợp đồng.',
      // A company's name typed bare holds "tu ky" (tự kỷ).
      'CONG TY TNHH DIEN TU KY PHONG\nHop dong lao dong so 0931/2021 voi ong Le Van Cuong',
      'Subject: [iOffice] Tai khoan cho can bo moi - Phong Quan ly van tai',
      'Tuyên truyền phòng chống HIV/AIDS trong cộng đồng.',
      // A ward's name and a seminar's subject.
      'Công trình bố trí khoa Hồi sức tích cực – Chống độc và 02 phòng mổ.',
      'Hội thảo "Chẩn đoán và điều trị bệnh Parkinson" do PGS. Lê Văn Minh chủ trì.',
      'Danh sách trực Tết:\n1. BS Nguyễn Văn An - Khoa Nội thận - Lọc máu;\n2. BS Lê Thị Hoa - Khoa Hồi sức cấp cứu.',
      'Don BP Ia O phat hien xe tai bien so 81C-214.35 cho go lau, tai xe Nguyen Van Tam.',
      'Bộ Y tế khuyến cáo người dân tầm soát ung thư định kỳ.',
      'Ngày Thế giới phòng chống ung thư năm nay có chủ đề mới.',
      'Tuần qua tiếp nhận 119 ca sốt xuất huyết, tăng so với cùng kỳ.',
      'Thông tin cá nhân gồm số điện thoại, sở thích, tình trạng sức khỏe trong bệnh án.',
      // A count of people makes it a statistic.
      'Năm qua có 2.150 bệnh nhân đang điều trị ARV tại các cơ sở.',
      'Hàng chục ca ngộ độc thực phẩm phải nhập viện sau bữa tiệc.',
      // A negative word over the phrase names something else, person or not.
      'Bà Trần Thị Lụa đã nộp tiền sử dụng đất cho thửa số 12.',
      // The ministry's name, not a war invalid.
      'Kính gửi: Sở Lao động - Thương binh và Xã hội tỉnh Thanh Hóa',
      // The subject label does not make a campaign the person's own.
      'Họ và tên: Trần Văn Bình\nĐăng ký tham gia chương trình tuyên truyền phòng chống HIV.',
      // A class of people in a policy, a screening campaign.
      'Trẻ khuyết tật học hòa nhập được ưu tiên xếp lớp sĩ số thấp.',
      'Hộ nghèo có người khuyết tật: 213 hộ.',
      // The procedure named after the degree is no one's disability.
      'Người tổng hợp: Nguyễn Văn An\n1.001233\tXác định, xác định lại mức độ khuyết tật\tBảo trợ xã hội\t30 ngày',
      'Trạm Y tế tổ chức khám sàng lọc tăng huyết áp miễn phí cho người từ 40 tuổi.',
      // A maternity benefit is a social-insurance entitlement, not a health finding.
      'Quyết định hưởng trợ cấp thai sản số 68/2024/QĐ-UBND: bà Nguyễn Hải Nhung',
      // "Sỏi" alone (chợ Rạch Sỏi, gravel) is no kidney stone.
      'Sáng hôm sau tôi bán cho một người tên Tâm ở chợ Rạch Sỏi được 4.500.000 đồng.',
      // A share of a population in brackets.
      'Người tổng hợp: Nguyễn Văn An. Kết quả khám tuyển: HBsAg dương tính (9,4%), thiếu cân (18,7%).',
      // A count right after the phrase is a statistic's item.
      'Người lập: Nguyễn Văn An. Đối tượng: bệnh binh 1.246; người bị nhiễm chất độc hóa học 2.381; thân nhân liệt sĩ 4.105.',
      // The programme and its campaigns, and the staff who run them.
      'Trạm y tế thông báo lịch tiêm chủng mở rộng tháng 6/2024, liên hệ chị Hoàng Thị Lan.',
      'Danh sách cán bộ đi giám sát tiêm chủng tại huyện Ba Chẽ: Phạm Thu Trang, Nguyễn Hải Yến.',
    ],
  },
  religion: {
    positive: [
      '1. Ông Chau Ty, sinh năm 1962, dân tộc Khmer, Achar chùa Ô Tà Sóc, ấp Tô Thủy, xã Lê Trì;',
      '4. HOÀNG VĂN PÁO - SINH NĂM 1976 - DÂN TỘC MÔNG - MỤC SƯ TRUYỀN ĐẠO - CCCD 067076005812',
      'Tôn giáo: Công giáo',
      'Hộ ông Bùi Văn Tâm theo đạo Tin Lành, thường xuyên sinh hoạt.',
      'Anh ấy là phật tử, ăn chay niệm Phật.',
      'STT\tHọ tên\tTôn giáo\n1\tNguyễn Văn An\tPhật giáo\n2\tLê Thị Bình\tKhông',
      'Chị Lan đi tu tại gia, theo đạo Phật.',
      // A second field on the line, after wide spacing, is a finding of its own.
      'Dân tộc: Kinh        Tôn giáo: Công giáo',
      'Chứng nhận: Đại đức Thích Nguyên Hải\nThế danh: Nguyễn Văn Hiền     Sinh năm: 1996',
    ],
    negative: [
      // "đổi tên thành" (renamed to) folds like "tên thánh".
      'Ông An hỏi: từ 01/7/2024 thẻ căn cước công dân đổi tên thành thẻ căn cước.',
      // "xóa tin đó" written bare folds like "tín đồ".
      'Anh Sang xóa tin đó đi nhé, không đưa số điện thoại lên nhóm.',
      'Đồng bào Chăm Bà-ni (Chăm Awal) và một bộ phận nhỏ theo Hồi giáo (Islam) sẽ đón Tết Katê.',
      'Le hoi da don khoang 1,05 trieu luot tin do Cao Dai va du khach, tang 8% so voi nam truoc.',
      // A field saying there is none (six of eleven writers; a records check's "Tiền án: Không" still counts).
      'Họ tên: Lò Văn Pánh\n11. Dân tộc: Thái           12. Tôn giáo: Không',
      'Bảo đảm quyền tự do tín ngưỡng, tôn giáo của công dân.',
      'Ban Tôn giáo tỉnh tổ chức hội nghị.',
      'Lễ hội Phật đản thu hút đông đảo du khách.',
      'Chỉ đạo: các đơn vị triển khai thực hiện.',
      'Anh Nam đang chấp hành án phạt tù tại trại giam.',
      'Đại lễ có khoảng 3.000 tín đồ về dự.',
      'Lễ hội thu hút hơn 20.000 tăng ni, phật tử về dự.',
      'Đại lễ có sự tham dự của hàng chục nghìn phật tử.',
    ],
  },
  ethnicity: {
    positive: [
      // Households named as of a people.
      '[09:12] Lâm Thị Sa Rết: Anh Tài ơi bổ sung 3 hộ đồng bào Khmer ở ấp Trà Canh A: ông Thạch Sóc, bà Sơn Thị Kim Phượng.',
      'Giao rừng cho hộ ông Đinh Văn Rết, sinh năm 1971, dân tộc Cor.',
      'Dân tộc: Tày',
      // An export's snake-case key.
      '{"export":"csdl_btxh","records":[\n {"ma_dt":"NKT-0419-2287","ho_ten":"Sầm Thị Phượng","dan_toc":"Nùng","muc_do":"Nặng"}',
      // A form scanned with 0 for O: the label still reads.
      'H0 ten nguoi benh: DlNH VAN R0\nDan t0c: Hre         Nghe nghiep: Can b0 xa',
      'Xác minh: công dân Tống Hoàng Đạt là người Dao đỏ.',
      // An export's column key, a JSON record's key.
      'MaNV\tHoTen\tDanToc\tPhongBan\nNV0112\tHoàng Văn Phong\tTày\tKế toán',
      '{"soDinhDanh":"037096011284","hoVaTen":"Nguyễn Văn An","danToc":"Ê Đê"}',
      // A column of a table laid out with spaces.
      'TT  Họ và tên         Năm sinh  Dân tộc   Trình độ\n1   A Thuận           2004      Xơ Đăng   9/12\n2   Hồ Văn Lợi        2006      Kinh      12/12',
      'Học sinh Mai Minh Khoa (dân tộc Gia Rai) được miễn học phí.',
      'STT\tHọ tên\tDân tộc\n1\tNguyễn Văn An\tKinh\n2\tLò Văn Bình\tThái',
      'Chị Duyên là người Khmer.',
      'Anh Đinh Văn Lâm là người Co ở Trà Bồng.',
      'DÂN TỘC: KHMER      TÔN GIÁO: PHẬT GIÁO NAM TÔNG',
      // Petitioners saying who they are.
      'Chúng tôi là đồng bào dân tộc Ê Đê, cư trú tại buôn Kô Siêr, gồm các hộ có tên dưới đây: 1. Y Thông Mlô',
    ],
    negative: [
      // "người" labels a listed people only.
      'Ông Lê Văn An mua bảo hiểm. Mức trách nhiệm về người: 150.000.000đ/người/vụ.',
      'Ngày\tHọ tên\tBKS\tThiệt hại\tTình trạng\n02/11/2024\tNgô Văn Phát\t37X7-934.02\tNgười\tChấn thương sọ não nhẹ',
      // Support for a province's people; a population's share.
      'Thôn mở tài khoản tiếp nhận ủng hộ đồng bào Lào Cai, Yên Bái; người nhận: ông Lê Văn An.',
      'Huyện có 12 xã, trong đó trên 85% là đồng bào Ê Đê, M\'Nông, theo chị Hoa cán bộ xã.',
      // "người có" written bare folds like "người Co".
      'DANH SÁCH NGƯỜI CÓ NGHĨA VỤ KÊ KHAI TÀI SẢN\n1\tLương Văn Quyết\t1980',
      'Dân tộc\tSố người\tTỷ lệ (%)\tĐịa bàn tập trung\nKinh\t1.000.200\t73,9\tTP Đà Lạt\nK\'Ho\t180.400\t13,3\tLạc Dương',
      'Chính sách hỗ trợ đồng bào dân tộc thiểu số vùng khó khăn.',
      'Ủy ban Dân tộc tổ chức hội nghị.',
      'Tăng cường khối đại đoàn kết dân tộc.',
      'Anh ấy là người có trách nhiệm.',
      'Ngày hội văn hóa các dân tộc thiểu số diễn ra từ 06/01/2025.',
      'Có 25 đại biểu, trong đó nữ 9 người (36%), người dân tộc thiểu số 6 người.',
      'NƯỚC UỐNG GIỮA GIỜ\tNGƯỜI\t150\t40.000\t6.000.000',
      'NỘI DUNG\tĐVT\tSỐ LƯỢNG\nNƯỚC UỐNG\tNGƯỜI\t150\nBÁO CÁO VIÊN\tBUỔI\t2',
      'Cac goi thau con lai du kien ky hop dong trong thang 9.',
      // "LAO" bare among marked words is lao (labour), not the Lào.
      'DANH SÁCH NGƯỜI LAO ĐỘNG ĐỀ NGHỊ HƯỞNG TRỢ CẤP THẤT NGHIỆP',
      'Huyện có gần 40.000 người Mông sinh sống ở vùng cao.',
      // A blank form's header row names columns; it holds no one's ethnicity.
      'STT\tHọ và tên\tDân tộc\tTôn giáo\tĐịa chỉ\n\t\t\t\t\nTổng cộng: 0 người',
      // Without marks, người có công (a welfare category) reads as the Co people.
      'DANH SACH CHI TRA TRO CAP UU DAI NGUOI CO CONG THANG 7/2024 - XA PHUOC HOA',
    ],
  },
  political_view: {
    positive: [
      'Họ tên: Trương Thị Mỹ Linh\nNgày vào Đảng Cộng sản Việt Nam: 03/02/2015; chính thức: 03/02/2016',
      // A member's discipline by the Party, "kỷ luật" being no law.
      'Đề nghị Ban Thường vụ Huyện ủy xem xét, xử lý kỷ luật về Đảng đối với ông Nguyễn Cảnh Thông, Phó Chủ tịch UBND huyện.',
      'Người được xác minh: ông Đồng Văn Thịnh, sinh ngày 28/02/1970; đảng viên, đã bị thi hành kỷ luật cảnh cáo.',
      '| Họ và tên khai sinh | NGUYỄN THỊ HẢI YẾN | Giới tính | Nữ |\n| Ngày vào Đảng | 19/05/2010 | Ngày chính thức | 19/05/2011 |',
      'TT;Họ và tên;Ngày sinh;Ngày vào Đảng;Số thẻ ĐV\n1;Đồng Thị Thanh Xuân;16/08/1985;03/02/2012;79.123456\n2;Lại Văn Trường;25/12/1980;19/05/2006;79.045871',
      'Họ và tên: Lương Văn Đạt\nNgày vào Đoàn: 26/03/2021\nĐã qua lớp bồi dưỡng nhận thức về Đảng: tháng 11/2023; đối tượng Đảng: đã được xét',
      'Ông Nguyễn Văn Lâm là đảng viên, ngày vào Đảng 12/01/2007.',
      'Ngày vào Đảng: 12/06/2003',
      'Qua xác minh, ông Hoàng Thanh Trung đã ra khỏi Đảng năm 2019.',
      'Đối tượng có quan điểm chính trị chống đối chính quyền.',
      'Anh Cao Đức Lộc ký tên vào thư ngỏ phản đối chính sách.',
      // A party post beside the person is their membership, not a group's news.
      '1. Ông Lò Văn Sương, sinh năm 1978, đảng viên, Bí thư chi bộ: 97 phiếu',
      '- Họ và tên: Đỗ Minh Trí\n- Đảng viên Đảng Cộng sản Việt Nam (vào Đảng 2015), hiện là Chi ủy viên Chi bộ ấp',
    ],
    negative: [
      'Ký tên: Đại úy Trần Văn Việt và Thiếu tá Nguyễn Hoàng Nam, Chính trị viên Đồn.',
      'Họ tên: Bùi Văn Tâm\nTrình độ: 12/12\nĐảng viên: không',
      // Bare, đã đăng ký (registered) folds like đa đảng (multi-party).
      'Ho ten: Ma Thi Tuoi, nam sinh 1961\nDa dang ky khai sinh tai: UBND xa Binh Van',
      'Nâng cao nhận thức cho cán bộ, đảng viên và nhân dân.',
      'Tiến hành đấu tranh, phản bác các quan điểm sai trái, thù địch.',
      'Các tổ chức chính trị - xã hội cấp tỉnh phối hợp thực hiện.',
      'Tỷ lệ đảng viên trẻ kết nạp mới đạt 56%.',
      'Phòng An ninh Chính trị nội bộ, Công an tỉnh hướng dẫn.',
      // An office named after its work.
      'Xét đề nghị của Trưởng phòng Công tác chính trị và Quản lý sinh viên, ông Lê Văn Tâm.',
      'Chi bộ còn 4 đảng viên dự bị chờ công nhận chính thức.',
      // A course in political theory is schooling, not a view.
      'Anh Tuấn đi học chính trị ở tỉnh, tuần sau về.',
    ],
  },
  criminal_record: {
    positive: [
      'Tổ 2 dừng xe 37H-149.19, lái xe Nguyễn Đình Khánh, sinh năm 1991, đo nồng độ cồn 0,42 mg/l khí thở.',
      'Thuyền trưởng Trần Văn Nghĩa bị tòa án nước sở tại phạt tiền, tàu bị tịch thu.',
      // An inspection's referral of someone to the police; a fine by the police.
      'Chuyển Cơ quan Cảnh sát điều tra Công an tỉnh hồ sơ liên quan đến việc lập hồ sơ khống của ông Hồ Văn Tịnh.',
      'Ông Bình đã bị Công an huyện xử phạt 7.500.000 đồng về hành vi cung cấp thông tin sai sự thật.',
      // A detention decision is about the person its subject line names, though its law is cited beside.
      'QUYẾT ĐỊNH TẠM GIỮ\nTạm giữ đối với: Thái Bá Cường        Giới tính: Nam\nBị bắt trong trường hợp phạm tội quả tang, quy định tại Điều 249 Bộ luật Hình sự.',
      'Anh ấy có 2 tiền án về tội trộm cắp.',
      // Out of prison: released early or pardoned, the sentence served.
      'Ông Hồ Văn Khánh được tha tù trước thời hạn có điều kiện từ ngày 19/7/2024.',
      'Anh Lê Văn Hòa mới ra tù tháng trước, đang xin việc.',
      // An inmate named in a visit, a parcel or money sent; a man out of prison.
      'Có bà Nguyễn Thị Tám xin vào thăm con là phạm nhân Lê Trọng Hiếu mà không mang CCCD.',
      'PHIẾU GỬI TIỀN LƯU KÝ CHO PHẠM NHÂN\nNgười gửi: Trương Thị Lụa\nGửi cho phạm nhân: Lê Đình Quang     Mã PN: 3-0418',
      'Anh Trần Văn Long (mới ra trại tháng 6) đăng ký hộ kinh doanh sửa xe máy.',
      'Ông Trần Văn Tư bị tuyên 05 năm tù về tội cướp tài sản.',
      'THONG BAO: ONG KHONG MINH DUC CO NGHIA VU NOP TIEN PHAT VA AN PHI HSST THEO BAN AN SO 187/2024/HS-ST.',
      'The court sentenced Vo Minh Duc, 41, to six years in prison.',
      'Tiền án, tiền sự: Không',
      'Đối tượng Nguyễn Đình Khoa, sinh năm 1992, có tiền sự về hành vi đánh bạc.',
      'Con trai tôi đang bị tạm giam về tội trộm cắp.',
      'Lê Đức Toàn từng đi tù 5 năm.',
      // Decree 356 Art. 4(g): violations held by law enforcement, not only crimes.
      'BIÊN BẢN VI PHẠM HÀNH CHÍNH\nNgười vi phạm: Khổng Minh Đạt    Năm sinh: 1988',
      'QUYẾT ĐỊNH XỬ PHẠT VPHC\nĐối tượng: Lại Văn Hùng, SN: 17/9/1984\nHành vi: Sử dụng trái phép chất ma túy',
      'Ngày 17/3/2024 anh Tùng bị Công an phường xử phạt vi phạm hành chính về hành vi bạo lực gia đình.',
      'Mời ông Hà Văn Bốn đến trụ sở làm việc về việc ông bị tố giác có hành vi trộm cắp 02 xe đạp điện.',
      'BIÊN BẢN VI PHẠM HÀNH CHÍNH\nÔng (bà)/tổ chức vi phạm: NGUYỄN HỮU THẮNG         Giới tính: Nam',
    ],
    negative: [
      // Inmates counted, not named.
      'Đợt này có 3.765 phạm nhân được giảm án.',
      // Made to, not arrested; the criminal police's team.
      'Chị ấy đăng nhập lần đầu sẽ bị bắt đổi mật khẩu, anh Nam nhé.',
      'Bà Lê Thị Hoa bị trộm cùng ví, đã chuyển đội hình sự.',
      // A warning of what may happen; a forensic institute.
      'Anh Nam nhắc chủ trọ: cắt điện để ép dọn đi có thể bị xử phạt theo NĐ 144/2021.',
      'Mẫu ADN của ông Lê Văn Tám được chuyển Viện Khoa học hình sự - Bộ Công an giám định.',
      // Said not to have been fined; the victim of a fraud.
      'Trong thời gian học tập, anh Hồ Sỹ Quyết không bị xử phạt hành chính trở lên.',
      'Bà Lê Thị Hoa trình báo về việc bị lừa đảo chiếm đoạt tài sản.',
      // Meal money written bare folds like "tiền án".
      'Hỗ trợ học phí 6.000.000 đ/khóa, tiền ăn 50.000 đ/ngày cho học viên Nguyễn Văn An.',
      'Theo kết quả điều tra ban đầu, các bị can đã lập khống 46 hồ sơ người có công.',
      'ND: TRUONG PTDTBT TH TA LENG CHI HO TRO TIEN AN HK I CHO HS Vang A Chu',
      'Tổ chức tuyên truyền phòng chống tội phạm sử dụng công nghệ cao.',
      // Said to be absent.
      'Họ tên: Hà Văn Quyết, sinh năm 1999. Bản thân không có tiền án, tiền sự; chấp hành tốt chủ trương.',
      'Ông Lò Văn Nam chưa có tiền án tiền sự, được đề nghị xét tuyển.',
      'Số vụ phạm tội về ma túy giảm 17% so với năm trước.',
      'Chuyển tiền ăn trưa cho bé nhé.',
      'Thủ tục cấp phiếu lý lịch tư pháp trực tuyến.',
      // Asking for one's judicial record, or the centre that keeps them, reveals no conviction.
      'Tôi, Phan Ngọc Hân, ủy quyền cho em gái nộp hồ sơ và nhận Phiếu lý lịch tư pháp số 1 tại Sở Tư pháp.',
      'Kính gửi: Trung tâm Lý lịch tư pháp quốc gia\n1. Họ và tên: PHAN NGỌC HÂN',
      'Tội phạm công nghệ cao gia tăng, người dân cần cảnh giác.',
      'Số bị cáo tái phạm, tái phạm nguy hiểm chiếm 11,2%.',
      'Gui chi Phong Ke hoach bao cao ve tinh hinh su dung kinh phi 6 thang dau nam.',
      'Đợt này 14 bị can bị khởi tố về tội đánh bạc.',
      'Anh Phạm Văn Hùng chuyển tiền ăn trưa cho con.',
      'Sở ban hành quyết định xử phạt vi phạm hành chính 70 triệu đồng đối với một công ty môi giới.',
      // The victim's side of a case.
      'Đề nghị thông báo tình trạng sức khỏe của người bị hại trong vụ cố ý gây thương tích xảy ra ngày 05/10/2024.',
    ],
  },
  sexual_orientation: {
    positive: [
      'Họ tên: Võ Hoàng Phúc        Giới: Nam\nNhóm nguy cơ: MSM, bạn tình nam',
      'Em là người đồng tính, mong anh giữ kín.',
      'Quang thuộc cộng đồng LGBT, giữ kín giúp.',
      'Nghe nói Bùi Đức Bảo đang sống chung với bạn đời cùng giới.',
      'Anh Tâm đồng tính nam, đừng nói với ai.',
      'Chị Hà đã phẫu thuật chuyển giới năm 2020.',
      'Ghi chú hồ sơ Lê Thị Thu: là người toàn tính.',
      'Bạn Khánh là người liên giới tính, đề nghị bố trí phòng riêng.',
    ],
    negative: [
      'Số người đồng tính, song tính và chuyển giới được hỗ trợ pháp lý tăng.',
      'Hội thảo về quyền của cộng đồng LGBT tại Hà Nội.',
      'Nguyễn Văn Toàn bị khởi tố về tội cố ý gây thương tích.',
      'Dự thảo luật chuyển đổi giới tính được lấy ý kiến.',
      'Tháng tự hào LGBT năm nay có nhiều hoạt động.',
      // Folded, "toàn tỉnh" and "vô tình" read as the orientation words.
      'Đến nay toàn tỉnh còn 6.214 thửa đất chưa được cấp giấy chứng nhận.',
      'Anh Nam là người vô tình làm rơi ví.',
      // A line break between two fields: "kích động" then "Tình trạng", not "đồng tính".
      'Haloperidol tiêm bắp khi kích động\nTình trạng ra viện: ổn định',
    ],
  },
  biometric: {
    positive: [
      'Chủ thuê bao: Lò Văn Chiến\nSo khớp sinh trắc học khuôn mặt: 96,4% – ĐẠT',
      'Đã thu nhận mẫu vân tay của công dân Nguyễn Văn An.',
      'Bác Kiên đã được thu nhận vân tay và mống mắt.',
      'Kết quả giám định ADN xác định ông Lê Tuấn Anh là cha đẻ của cháu.',
      'Anh Nam đã cập nhật sinh trắc học khuôn mặt cho tài khoản.',
      'Ảnh vân tay của chị Mai được lưu trong hồ sơ.',
      'Họ tên: Cao Thị Hồng Nhung\nĐăng ký vân tay ra vào cửa: Có (ngón trỏ phải)',
      'Họ tên: Nông Văn Khánh\nDẤU VẾT RIÊNG VÀ DỊ HÌNH: Sẹo chấm C 2cm dưới trước tai trái',
      // One person's enrolment or match: a capture form, an eKYC log, a bank's notice.
      'Thông tin sinh trắc học đã thu nhận: ảnh khuôn mặt; vân tay 10 ngón.',
      '{"customer":{"full_name":"PHAM NGOC BAO TRAN"},"selfie":{"face_match_score":0.9731}}',
      'Vietcombank: Quý khách Nguyễn Văn An đã cập nhật thành công dữ liệu sinh trắc học khuôn mặt.',
    ],
    negative: [
      // A device's name ending its cell: the next cell is its model, no one's print.
      'STT\tThiết bị\tModel\tĐơn vị nhận\n1\tMáy chấm công khuôn mặt + vân tay\tZK SpeedFace-V5L\tCN Kỳ Anh',
      'Dữ liệu sinh trắc học là dữ liệu cá nhân nhạy cảm theo quy định.',
      'Giao dịch chuyển tiền trên 10 triệu đồng phải xác thực sinh trắc học khuôn mặt.',
      'Triển khai hệ thống máy chấm công bằng vân tay.',
      'Ứng dụng công nghệ nhận diện khuôn mặt trong quản lý.',
      'Mở khóa điện thoại bằng vân tay rất tiện.',
      // A virus's genome in a lab result is health data, not the patient's own DNA.
      'Họ tên: Nguyễn Văn Hùng\nHBV DNA (Real-time PCR): 4,2 x 10^3 copies/mL',
    ],
  },
};

describe('sensitive-topic recognizers (Decree 356/2025 Art. 4)', () => {
  for (const [type, { positive, negative }] of Object.entries(TABLE)) {
    describe(type, () => {
      it.each(positive.flatMap((t) => variants(t).slice(0, 3)))('reveals the topic: %j', (text) => {
        expect(topicsOf(text)).toContain(type);
      });
      it.each(negative.flatMap((t) => [t, bare(t), t.toUpperCase()]))('only mentions it: %j', (text) => {
        expect(topicsOf(text)).not.toContain(type);
      });
    });
  }

  it('finds topics in NFD text with offsets into the original string', () => {
    const text = 'Tôn giáo: Công giáo'.normalize('NFD');
    const [f] = detect(text, { types: ['religion'] });
    expect(text.slice(f.start, f.end).normalize('NFC')).toBe('Tôn giáo: Công giáo');
  });

  it.each(ADMINISTRATIVE_PROSE)('finds no topic in real administrative prose: $about', ({ text }) => {
    expect(topicsOf(text)).toEqual([]);
  });

  it('records sensitive findings as their type only', () => {
    for (const f of detect('Bệnh nhân Nguyễn Văn A được chẩn đoán ung thư phổi. Dân tộc: Tày', { types: TOPIC_TYPES })) {
      expect(f.category).toBe('sensitive');
      expect(f.masked).toBe(`[${f.type}]`);
      expect(f.explanation).not.toMatch(/ung thu|tay/i);
    }
  });
});

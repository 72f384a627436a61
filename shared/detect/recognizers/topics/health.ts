import type { TopicSpec } from './spec.ts';

// Decree 356/2025/NĐ-CP Art. 4(d): health data.
export const HEALTH: TopicSpec = {
  type: 'health',
  strong: [
    'bị chẩn đoán', 'được chẩn đoán', 'chẩn đoán mắc', 'chẩn đoán xác định', 'chẩn đoán sơ bộ', 'chẩn đoán ra viện',
    'dương tính với', 'dương tính hiv', 'hiv dương tính', 'hiv (+)', 'nhiễm hiv', 'người nhiễm hiv', 'điều trị arv',
    'uống arv', 'thuốc arv', 'điều trị methadone', 'dương tính covid', 'xét nghiệm dương tính', 'test dương tính',
    'hồ sơ bệnh án', 'bệnh án số', 'mã bệnh án', 'tiền sử bệnh', 'tiền căn', 'nhập viện', 'đang điều trị',
    'điều trị nội trú', 'điều trị ngoại trú', 'ra viện', 'giấy ra viện', 'giấy chuyển viện', 'phẫu thuật',
    'hóa trị', 'hoá trị', 'xạ trị', 'chạy thận', 'lọc máu', 'đang mang thai', 'mang thai', 'có thai', 'mang bầu',
    'sảy thai', 'phá thai', 'nạo phá thai', 'bị khuyết tật', 'là người khuyết tật', 'tâm thần phân liệt', 'rối loạn tâm thần', 'trầm cảm',
    'rối loạn lo âu', 'tự kỷ', 'nghiện ma túy', 'nghiện ma tuý', 'cai nghiện', 'mắc bệnh', 'bị bệnh', 'bị ung thư',
    'mắc ung thư', 'ung thư giai đoạn', 'giai đoạn cuối', 'di căn', 'khối u', 'tiểu đường type', 'đái tháo đường type',
    'tiểu đường tuýp', 'viêm gan b', 'viêm gan c', 'lao phổi', 'suy thận', 'xơ gan', 'đột quỵ', 'nhồi máu cơ tim',
    'tai biến mạch máu não', 'động kinh', 'sức khỏe tâm thần', 'kê đơn', 'đơn thuốc', 'được kê', 'bị sốt xuất huyết',
    'bị tiểu đường', 'bị cao huyết áp', 'bị tăng huyết áp', 'bị trầm cảm', 'bị hiv', 'bị lao', 'bị suy thận',
    'nghiện rượu', 'nghiện thuốc', 'mạn tính', 'biên bản hội chẩn', 'hội chẩn', 'giấy chuyển tuyến', 'chuyển tuyến', 'nghỉ ốm', 'xin nghỉ ốm', 'bị ốm', 'mổ ruột thừa', 'vừa mổ', 'sinh mổ',
    'mổ đẻ', 'được mổ', 'đi mổ', 'u ác tính', 'ác tính', 'sỏi thận', 'sỏi mật', 'nhồi máu não', 'thoát vị đĩa đệm',
    'gãy xương', 'suy hô hấp', 'tiêm insulin', 'nằm viện', 'đang nằm viện', 'đtđ type', 'đtđ típ', 'ung thư vú',
    'ung thư phổi', 'ung thư gan', 'ung thư dạ dày', 'ung thư cổ tử cung', 'diagnosed with', 'hiv positive', 'tested positive', 'medical record', 'is pregnant', 'chemotherapy',
    'tự làm hại bản thân', 'hội chứng down', 'down syndrome', 'tim bẩm sinh', 'tỷ lệ tổn thương cơ thể', 'tỷ lệ thương tật', 'thương binh hạng', 'bệnh binh hạng',
    'bị liệt', 'liệt nửa người', 'liệt hai chân', 'cụt chân', 'cụt tay',
    'suy giảm khả năng lao động', 'suy giảm knlđ', 'nhiễm chất độc hóa học', 'nhiễm cđhh', 'cắt cụt',
    // Treatment and results that name their disease: TB drugs, a diabetic's HbA1c, HIV prevention, a rabies course.
    'thuốc lao', 'điều trị lao', 'hba1c', 'đường huyết', 'điều trị prep', 'dịch vụ prep', 'sử dụng prep', 'prep client',
    'tiêm phòng dại', 'vắc xin phòng dại', 'vac xin phong dai', 'chó cắn', 'mèo cắn', 'kháng dại', 'huyết thanh kháng dại',
    'bị rắn',
    // A drug test's result that names the drug, an aneurysm.
    'dương tính morphin', 'dương tính với morphin', 'dương tính heroin', 'dương tính ma túy', 'dương tính ma tuý',
    'dương tính methamphetamine', 'dương tính ma túy tổng hợp', 'phình động mạch',
    // A head injury, measles, a war invalid's certificate.
    'chấn thương sọ não', 'chấn thương cột sống', 'nghi sởi', 'mắc sởi', 'giấy chứng nhận thương binh',
    // An accident report in English: what the person suffered.
    'suffered a fracture', 'fracture of the', 'suffered injuries', 'was hospitalized', 'was hospitalised',
    // Conditions named in a family's chat or a clinic's reminder.
    'xuất huyết não', 'thở máy', 'alzheimer', 'sa sút trí tuệ', 'rối loạn lưỡng cực', 'lưỡng cực', 'bị parkinson',
    'thuốc hen', 'xịt hen', 'bị hen', 'bị dị ứng', 'dị ứng thuốc', 'hẹn tái khám', 'lịch tái khám', 'bại não',
    'tăng động giảm chú ý', 'rối loạn tăng động', 'adhd', 'chậm phát triển trí tuệ',
    'bị viêm', 'bị mù', 'mù hai mắt', 'mù 2 mắt', 'bị điếc', 'câm điếc',
    // A person's vaccination certificate, a dental appointment's complaint, an organ donor's registration.
    'chứng nhận tiêm chủng', 'certificate of covid-19 vaccination', 'vaccination certificate', 'nhổ răng', 'răng khôn',
    'sưng lợi', 'hiến tạng', 'hiến mô', 'hiến bộ phận cơ thể',
    // A disability's kind and degree, as a welfare file or list records someone's (NKT: người khuyết tật).
    'khuyết tật vận động', 'khuyết tật thần kinh', 'khuyết tật trí tuệ', 'khuyết tật nghe', 'khuyết tật nhìn',
    'khuyết tật đặc biệt nặng', 'nkt đặc biệt nặng', 'nkt nặng',
  ],
  weak: [
    'chẩn đoán', 'ung thư', 'hiv', 'aids', 'tiểu đường', 'đái tháo đường', 'tăng huyết áp', 'huyết áp cao',
    'cao huyết áp', 'hen suyễn', 'hen phế quản', 'sốt xuất huyết', 'viêm phổi', 'bệnh án', 'tiền sử', 'xét nghiệm',
    'covid-19', 'covid', 'bệnh tim', 'suy tim', 'u phổi', 'khối u', 'ruột thừa', 'viêm ruột thừa', 'tai biến', 'spo2',
    'huyết áp', 'insulin', 'bị sốt', 'sốt cao', 'viêm gan', 'viêm dạ dày', 'cấp cứu', 'ung bướu', 'nội soi', 'siêu âm',
    'chụp ct', 'chụp x-quang', 'đtđ', 'gout', 'gút', 'viêm khớp', 'thoái hóa cột sống', 'đau dạ dày', 'hiv/aids', 'điều trị', 'bệnh nhân', 'cancer', 'diabetes', 'depression', 'pregnant',
    'dương tính', 'thủy đậu', 'tay chân miệng', 'quai bị', 'khám thai',
    'carcinoma', 'tumor', 'tumour', 'radiotherapy', 'proton beam therapy', 'hypertension', 'dialysis',
    // A school's or a recruit's health check.
    'béo phì', 'thừa cân', 'suy dinh dưỡng', 'cận thị', 'viễn thị', 'loạn thị', 'sâu răng', 'viêm amidan',
    'cong vẹo cột sống',
    // "người khuyết tật" is as often a class in a policy ("được ưu tiên") as someone's condition.
    'khuyết tật',
    'tai nạn lao động', 'bệnh binh', 'giám định y khoa', 'khiếm thị', 'khiếm thính',
    // A named person's vaccinations: the care received (every blind writer marked a child's record or reminder).
    'tiêm chủng', 'sổ tiêm chủng', 'tiền sử tiêm chủng', 'phiếu tiêm chủng', 'lịch tiêm', 'tiêm mũi', 'mũi tiêm',
    'mũi vắc xin', 'tiêm vắc xin', 'tiêm vaccine', 'tiêm phòng',
    'tái khám', 'lú lẫn', 'lo âu', 'dị ứng', 'parkinson', 'viêm phế quản', 'khám răng',
    // Symptoms a relative or a nurse reports in a chat, a child's growth check, a reaction to a shot.
    'buồn nôn', 'đau đầu', 'chóng mặt', 'khó thở', 'co giật', 'bé sốt', 'còn sốt', 'hạ sốt', 'thấp còi', 'sdd',
    // A rash, intensive care. (A birth certificate is a civil-status paper to most writers.)
    'phát ban', 'hồi sức tích cực',
    'phản ứng sau tiêm', 'sốc phản vệ', 'nằm viện', 'gãy xương', 'đau hông',
    'fracture', 'injured', 'work accident', 'hospitalized', 'hospitalised', 'rắn cắn', 'rắn độc', 'rắn lục',
  ],
  labels: [
    'chẩn đoán', 'tiền sử', 'tiền sử bệnh', 'bệnh lý', 'bệnh nền', 'tình trạng bệnh', 'kết quả xét nghiệm',
    'diagnosis', 'lý do nhập viện', 'lý do khám', 'triệu chứng', 'bệnh kèm theo', 'chẩn đoán bệnh', 'tình trạng sức khỏe',
    // A hospital system's export names the disease by its ICD-10 code.
    'icd10', 'icd-10', 'icd', 'mã icd', 'mã bệnh', 'ma_benh', 'mã bệnh chính',
    // A disability's field or column in a welfare form or list.
    'dạng tật', 'dạng khuyết tật', 'loại khuyết tật',
  ],
  negative: [
    'phòng chống', 'phòng, chống', 'phòng ngừa', 'tuyên truyền', 'khuyến cáo', 'chiến dịch', 'ngày quốc tế',
    'ngày thế giới', 'hội thảo', 'tỷ lệ', 'tỉ lệ', 'người dân', 'cộng đồng', 'nâng cao nhận thức', 'chính sách',
    'thống kê', 'số ca', 'ca mắc', 'toàn quốc', 'kế hoạch', 'chương trình', 'dự án', 'nghiên cứu', 'tầm soát miễn phí',
    'bộ y tế', 'sở y tế', 'tổ chức y tế thế giới', 'who', 'quy định', 'nghị định', 'dữ liệu', 'bao gồm', 'các loại',
    'tình trạng sức khỏe trong bệnh án', 'tập huấn', 'hội nghị', 'trên địa bàn', 'mỗi năm',
    // The national programme and its campaigns, not anyone's shots.
    'tiêm chủng mở rộng', 'chiến dịch tiêm', 'tiêm bù', 'tiêm bổ sung', 'liều vắc xin', 'điểm tiêm', 'buổi tiêm',
    'giám sát tiêm chủng', 'công tác tiêm chủng', 'cán bộ tiêm chủng',
    'các bệnh', 'bệnh viện tuyến', 'quỹ', 'chỉ tiêu', 'truyền thông',
    'khám sàng lọc', 'sàng lọc miễn phí', 'được ưu tiên', 'ưu tiên',
    // A herd's or a flock's health, the vet's work: no person's.
    'gia cầm', 'gia súc', 'vật nuôi', 'thú y', 'đàn lợn', 'đàn bò', 'đàn gà',
  ],
  misreadings: [
    // "tiền sử dụng đất" (land-use fee) reads "tiền sử" (history) first.
    'tiền sử dụng',
    // "xe tải biển số" folds like "xe tai biến".
    'xe tải biển', 'xe tai bien',
    // "tài khoản cho cán bộ mới" written bare is no dog bite.
    'cho cán bộ',
    // "không cần thi tiếng", "cần thì nhắn" written bare are no short sight (cận thị).
    'không cần thi', 'nếu cần thì', 'khi cần thì', 'cần thì nhắn', 'cần thì gọi', 'cần thì liên hệ',
    // An animal's pregnancy.
    'bò mang thai', 'trâu mang thai', 'lợn mang thai', 'heo mang thai', 'bò có thai', 'nái mang thai',
  ],
};

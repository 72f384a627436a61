import type { TopicSpec } from './spec.ts';

// Decree 356/2025/NĐ-CP Art. 4(g): crime and violation data held by law
// enforcement. "phòng chống tội phạm" is a campaign, not someone's record.
export const CRIMINAL_RECORD: TopicSpec = {
  type: 'criminal_record',
  strong: [
    'tiền án', 'tiền sự', 'có tiền án', 'đang chấp hành án', 'chấp hành án phạt tù', 'đang thi hành án',
    'đang chấp hành hình phạt', 'mãn hạn tù', 'tuyên phạt', 'bị phạt tù', 'từng bị kết án', 'bị kết án', 'bị tuyên án', 'án treo',
    'cải tạo không giam giữ', 'bị khởi tố', 'khởi tố bị can', 'bị can', 'bị cáo', 'bị bắt tạm giam', 'tạm giam',
    'truy nã', 'đối tượng truy nã', 'án tích', 'xóa án tích', 'xoá án tích', 'án tù',
    'phạt tù', 'bị xử phạt vi phạm hành chính', 'đã từng đi tù', 'bị bắt quả tang', 'phạm tội',
    'đi tù', 'từng đi tù', 'ngồi tù', 'vào tù', 'ở tù', 'đang thụ án', 'thụ án', 'tái phạm', 'bị truy tố', 'bị xét xử',
    'bị bắt', 'bị tạm giữ', 'criminal record', 'convicted', 'prison sentence',
    // A phrase, not a label: its value is the offender's name, which is a person_name finding.
    'người vi phạm', 'bị tố giác', 'bị tố cáo có hành vi', 'bị xử phạt', 'sử dụng trái phép chất ma túy', 'cơ sở cai nghiện bắt buộc', 'tước giấy phép lái xe',
    'tước quyền sử dụng giấy phép lái xe',
    // Out of prison: released early, pardoned, or the sentence served ("tha tù trước thời hạn có điều kiện").
    'tha tù', 'được tha tù', 'đặc xá', 'được đặc xá', 'chấp hành xong án phạt tù', 'chấp hành xong hình phạt tù',
    'mới ra tù', 'ra tù về', 'đi tù về', 'ra tù', 'mới ra trại',
    // An inmate, named or listed: a visit, a parcel, money sent ("Gửi cho phạm nhân: Lê Đình Quang").
    'phạm nhân', 'năm tù giam', 'tháng tù giam', 'năm tù về tội', 'tháng tù về tội',
    // A criminal judgment and its fees ("bản án số 187/2024/HS-ST"), in English news.
    'bản án hình sự', 'hình sự sơ thẩm', 'hình sự phúc thẩm', 'án phí hình sự', 'án phí hsst', 'sentenced', 'years in prison', 'jailed',
    // An inspection's referral of someone's case to the police.
    'có dấu hiệu tội phạm', 'chuyển cơ quan cảnh sát điều tra', 'chuyển cơ quan điều tra', 'chuyển hồ sơ sang cơ quan điều tra',
    'chuyển hồ sơ đến cơ quan điều tra', 'chuyển hồ sơ cho cơ quan điều tra',
    // Acted on by the police: fined, summoned, arrested ("đã bị Công an huyện xử phạt").
    'bị công an', 'bị cảnh sát', 'bị csgt', 'bị tòa án', 'bị toà án',
  ],
  weak: [
    'tội phạm', 'hình sự', 'trại giam', 'đánh bạc', 'trộm cắp', 'tội trộm', 'cướp giật', 'tàng trữ',
    'mua bán trái phép', 'cố ý gây thương tích', 'lừa đảo chiếm đoạt', 'chiếm đoạt tài sản', 'vi phạm pháp luật', 'về tội',
    // Art. 4(g) covers violations held by law enforcement, not only crimes: a
    // traffic-police record or a fine decision is about its offender, when it
    // names one (a company's fine is not personal data).
    'biên bản vi phạm hành chính', 'quyết định xử phạt vi phạm hành chính', 'quyết định xử phạt vphc', 'xử phạt vphc',
    'xử phạt vi phạm hành chính', 'hành vi vi phạm hành chính',
    // A traffic police's record of a drunk driver. (A camera's fine, "phạt nguội", is not one to most writers.)
    'đo nồng độ cồn', 'vi phạm nồng độ cồn',
  ],
  labels: ['tiền án', 'tiền sự', 'tiền án, tiền sự', 'tiền án tiền sự', 'án tích', 'criminal record', 'tội danh'],
  negative: [
    'phòng chống tội phạm', 'phòng, chống tội phạm', 'tội phạm sử dụng công nghệ cao', 'tội phạm lừa đảo',
    'các tội phạm', 'các loại tội phạm', 'các bị can', 'các bị cáo', 'bộ luật hình sự', 'luật', 'quy định', 'nghị định', 'cục', 'cấp phiếu',
    'thủ tục', 'đấu tranh', 'tuyên truyền', 'kế hoạch', 'dữ liệu', 'bao gồm', 'các loại', 'tình hình tội phạm', 'tình hình', 'cảnh sát hình sự', 'thụ lý', 'tang vật',
    // "tiền ăn" folds like "tiền án": meal money is not a record.
    'tiền ăn trưa', 'tiền ăn sáng', 'tiền ăn tối', 'tiền ăn uống', 'tiền ăn ca', 'tiền ăn bán trú', 'tiền ăn học', 'tiền ăn ở', 'hỗ trợ tiền ăn',
    // The victim's side of a case (a hospital's report on "người bị hại") is no record of theirs.
    'người bị hại', 'bị hại',
    // Said to be absent: a CV's or a recruitment file's "không có tiền án, tiền sự".
    'không có tiền án', 'chưa có tiền án', 'không tiền án', 'không có tiền án, tiền sự', 'không có tiền án tiền sự',
    'không tiền án, tiền sự', 'không tiền án tiền sự', 'chưa có tiền án, tiền sự', 'chưa có tiền án tiền sự',
    'không có án tích', 'chưa có án tích', 'chưa từng bị kết án', 'không bị kết án', 'chưa từng phạm tội',
    'không bị xử phạt', 'chưa bị xử phạt', 'chưa từng bị xử phạt', 'không bị xử lý',
    // The victim of a fraud, not its author.
    'bị lừa đảo', 'bị lừa',
    // A warning, a rule: what may happen, not what did.
    'có thể bị xử phạt', 'sẽ bị xử phạt', 'có thể bị phạt', 'nếu tái phạm', 'nếu vi phạm', 'không được tái phạm',
    // Forensic science's institutes, the criminal police's team.
    'khoa học hình sự', 'kỹ thuật hình sự', 'đội hình sự',
    // "bị bắt đổi mật khẩu": made to, not arrested.
    'bị bắt đổi', 'bị bắt buộc', 'bị bắt phải',
    'trấn áp', 'phòng ngừa', 'gia tăng', 'người dân', 'cảnh báo', 'thủ đoạn', 'đường dây nóng', 'bị tội phạm', 'nguy cơ', 'điều tra, xử lý',
  ],
};

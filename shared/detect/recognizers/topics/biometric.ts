import type { TopicSpec } from './spec.ts';

// Decree 356/2025/NĐ-CP Art. 4(đ): biometric and genetic data. Collecting it
// from someone is sensitive; a plan that lists "dữ liệu sinh trắc học" is not.
export const BIOMETRIC: TopicSpec = {
  type: 'biometric',
  strong: [
    'mẫu vân tay', 'ảnh vân tay', 'dấu vân tay của', 'vân tay của', 'lăn tay', 'chỉ bản', 'mống mắt của', 'ảnh mống mắt',
    'ảnh khuôn mặt của', 'khuôn mặt của', 'xét nghiệm adn', 'mẫu adn', 'kết quả adn', 'giám định adn', 'xét nghiệm dna',
    'mẫu dna', 'giám định gen', 'hồ sơ gen', 'mẫu giọng nói', 'đăng ký vân tay', 'lấy vân tay', 'lấy dấu vân tay', 'thu nhận vân tay', 'ngón trỏ phải', 'ngón trỏ trái', 'fingerprint of', 'iris scan', 'face template',
    // A record of one person's enrolment or match: an ID-card capture form, an eKYC log, a bank's notice.
    'thông tin sinh trắc học đã thu nhận', 'sinh trắc học đã thu nhận', 'đã thu nhận ảnh chân dung', 'đã thu nhận ảnh khuôn mặt',
    'cập nhật thành công dữ liệu sinh trắc học', 'face match score', 'face match', 'face_match', 'face_match_score', 'face_score',
    // A subscriber's or a customer's check against the register's portrait.
    'so khớp sinh trắc học', 'so khớp sinh trắc', 'so khớp khuôn mặt', 'đối chiếu khuôn mặt', 'xác thực khuôn mặt',
  ],
  weak: [
    'vân tay', 'dấu vân tay', 'mống mắt', 'khuôn mặt', 'nhận diện khuôn mặt', 'sinh trắc học', 'sinh trắc', 'adn',
    'dna', 'giọng nói', 'fingerprint', 'face id', 'faceid', 'biometric', 'chân dung',
  ],
  labels: ['dấu vết riêng', 'dấu vết riêng và dị hình', 'vân tay', 'mẫu vân tay', 'sinh trắc học', 'dữ liệu sinh trắc', 'biometric', 'mống mắt', 'adn', 'dna'],
  negative: [
    'dữ liệu sinh trắc học', 'dữ liệu sinh trắc', 'quy định', 'nghị định', 'luật', 'bao gồm', 'các loại', 'như',
    'công nghệ', 'ứng dụng', 'hệ thống', 'triển khai', 'hướng dẫn', 'tuyên truyền', 'ngân hàng nhà nước', 'theo quy định',
    'thiết bị', 'máy quét', 'máy chấm công', 'điện thoại', 'kế hoạch', 'chính sách', 'người dân', 'khách hàng',
    // A virus's genome counted in a lab test ("HBV DNA (Real-time PCR)"): health data, not the person's own.
    'hbv dna', 'hbv-dna', 'hcv rna', 'hiv rna', 'cmv dna', 'ebv dna', 'hpv dna', 'tải lượng virus', 'tải lượng vi rút',
  ],
};

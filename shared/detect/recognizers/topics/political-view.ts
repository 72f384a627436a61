import type { TopicSpec } from './spec.ts';

// Decree 356/2025/NĐ-CP Art. 4(b): political views. Party membership of one
// person counts; "cán bộ, đảng viên" as a group in a plan does not. A party
// cell ("chi bộ") is no negative: beside a person it is their post ("Bí thư
// chi bộ", "Chi ủy viên Chi bộ ấp"), and a cell's own news names no one.
export const POLITICAL_VIEW: TopicSpec = {
  type: 'political_view',
  strong: [
    'là đảng viên', 'đảng viên đảng cộng sản', 'vào đảng', 'kết nạp đảng', 'kết nạp vào đảng', 'được kết nạp',
    'đảng viên dự bị', 'đảng viên chính thức', 'quan điểm chính trị', 'phản động', 'chống phá nhà nước',
    'chống đối chính quyền', 'chống đối chế độ', 'bất đồng chính kiến', 'tham gia biểu tình', 'đi biểu tình',
    'ủng hộ đảng', 'đăng bài chống', 'bài viết chống phá', 'xuyên tạc', 'chống nhà nước', 'chống chế độ',
    'hoạt động chống phá', 'ký tên vào thư ngỏ', 'thư ngỏ phản đối', 'phản đối chính sách', 'ký kiến nghị', 'ra khỏi đảng', 'khai trừ khỏi đảng', 'khai trừ đảng', 'bị khai trừ', 'xóa tên đảng viên',
    'tự diễn biến', 'tự chuyển hóa', 'tự chuyển hoá', 'đa đảng', 'đa nguyên', 'đòi đa đảng', 'kỷ luật đảng', 'tham gia tổ chức phản động', 'chống đối', 'khuynh hướng chính trị', 'xu hướng chính trị', 'tổ chức khủng bố việt tân', 'việt tân',
    'political view', 'party member', 'political opinion',
    // A member's file or a cell's disciplinary minutes.
    'kỷ luật về đảng', 'kỷ luật về mặt đảng', 'kỷ luật cảnh cáo về đảng', 'kỷ luật khiển trách về đảng',
    'đối tượng đảng', 'cảm tình đảng', 'bỏ sinh hoạt đảng', 'trái quan điểm', 'trái với quan điểm', 'kiểm điểm đảng viên',
  ],
  weak: ['đảng viên', 'biểu tình', 'chính kiến', 'tư tưởng chính trị', 'chính trị'],
  labels: ['đảng viên', 'ngày vào đảng', 'ngày vào đảng cộng sản việt nam', 'ngày vào đảng csvn', 'ngày kết nạp đảng', 'ngày chính thức', 'đảng/đoàn', 'đảng phái', 'chính trị', 'ngày vào đoàn'],
  negative: [
    // Bare, "Da dang ky" is đã đăng ký (registered), not đa đảng.
    'đã đăng ký', 'đăng ký khai sinh',
    'cán bộ, đảng viên', 'cán bộ đảng viên', 'đảng viên và nhân dân', 'các đảng viên', 'toàn thể đảng viên',
    'phản bác', 'đấu tranh', 'luận điệu', 'thế lực thù địch', 'âm mưu', 'an ninh chính trị',
    'hệ thống chính trị', 'chính trị - xã hội', 'chính trị-xã hội', 'lý luận chính trị', 'học tập', 'nghị quyết',
    'quy định', 'nghị định', 'dữ liệu', 'bao gồm', 'các loại', 'kế hoạch', 'tuyên truyền', 'phát triển đảng viên',
    'quan điểm sai trái', 'các quan điểm', 'nhiệm vụ chính trị', 'bản lĩnh chính trị',
    // Offices and schools named after the work: "Phòng Công tác chính trị và Quản lý sinh viên".
    'công tác chính trị', 'trung tâm chính trị', 'học viện chính trị', 'trường chính trị', 'bồi dưỡng chính trị',
    // A post: the political officer of a unit.
    'chính trị viên', 'chính ủy',
    // A civil servant's course or grade in political theory: schooling, not a view ("mai anh đi học chính trị 2 tuần").
    'học chính trị', 'lớp chính trị', 'sơ cấp chính trị', 'trung cấp chính trị', 'cao cấp chính trị', 'trình độ chính trị',
  ],
};

import type { TopicSpec } from './spec.ts';

// Decree 356/2025/NĐ-CP Art. 4(b): religious or belief views.
export const RELIGION: TopicSpec = {
  type: 'religion',
  strong: [
    'theo đạo', 'theo đạo phật', 'theo đạo thiên chúa', 'theo đạo công giáo', 'theo đạo tin lành', 'theo công giáo',
    'theo phật giáo', 'theo đạo cao đài', 'theo đạo hòa hảo', 'theo đạo hồi', 'là tín đồ', 'tín đồ', 'giáo dân',
    'người công giáo', 'phật tử', 'quy y', 'theo tin lành', 'theo hồi giáo', 'đi lễ nhà thờ', 'ăn chay niệm phật',
    'đi tu', 'xuất gia', 'rửa tội', 'tên thánh', 'pháp danh',
    // Thích is the surname every Vietnamese Buddhist monastic takes.
    'đại đức thích', 'thượng tọa thích', 'hòa thượng thích', 'ni sư thích', 'sư cô thích', 'tăng ni', 'linh mục',
    // Phrases, not labels: their value is a name, which is a person_name finding.
    'thế danh', 'buddhist', 'catholic', 'protestant', 'muslim',
    // A person's post in a faith: a pastor, a Khmer temple's lay leader, a parish head, a Cao Đài dignitary.
    'mục sư', 'truyền đạo', 'achar', 'sư cả', 'trùm họ', 'chánh trị sự', 'giáo lý viên', 'nữ tu', 'tu sĩ',
  ],
  weak: ['chức sắc', 'phật giáo', 'công giáo', 'thiên chúa giáo', 'tin lành', 'cao đài', 'hòa hảo', 'hồi giáo', 'đạo phật', 'đạo thiên chúa'],
  labels: ['tôn giáo', 'religion', 'tín ngưỡng', 'tongiao', 'ton_giao'],
  negative: [
    'tự do tín ngưỡng', 'tín ngưỡng, tôn giáo', 'ban tôn giáo', 'công tác tôn giáo', 'hoạt động tôn giáo',
    'chính sách tôn giáo', 'các tôn giáo', 'giáo hội', 'lễ hội', 'phật đản', 'giáng sinh', 'cơ sở tôn giáo',
    'tổ chức tôn giáo', 'luật tín ngưỡng', 'quy định', 'nghị định', 'dữ liệu', 'bao gồm', 'các loại', 'du lịch',
    'số tín đồ', 'tổng số tín đồ', 'lượt tín đồ', 'đồng bào', 'một bộ phận',
  ],
  misreadings: [
    // "xóa tin đó đi" (delete that message) written bare reads "tín đồ" (a believer).
    'xóa tin đó', 'xoá tin đó', 'gỡ tin đó',
    // "đổi tên thành" (renamed to) reads "tên thánh" (a baptismal name) without marks.
    'đổi tên thành', 'tên thành phố',
  ],
};

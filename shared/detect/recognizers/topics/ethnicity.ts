import type { TopicSpec } from './spec.ts';

// Decree 356/2025/NĐ-CP Art. 4(a): racial or ethnic origin. The 54 officially
// recognised ethnic groups, as written after "dân tộc".
export const ETHNIC_GROUPS: readonly string[] = [
  'Kinh', 'Tày', 'Thái', 'Mường', 'Khmer', 'Khơ Me', 'Hoa', 'Nùng', 'Mông', "H'Mông", 'Hmông', 'Dao', 'Gia Rai',
  'Gia-rai', 'Jrai', 'Ê Đê', 'Ê-đê', 'Ba Na', 'Ba-na', 'Xơ Đăng', 'Sán Chay', 'Cơ Ho', 'Chăm', 'Chàm', 'Sán Dìu',
  'Hrê', 'Mnông', 'M’Nông', 'Ra Glai', 'Raglai', 'Xtiêng', 'Bru-Vân Kiều', 'Bru Vân Kiều', 'Vân Kiều', 'Thổ',
  'Giáy', 'Cơ Tu', 'Gié Triêng', 'Mạ', 'Khơ Mú', 'Khơ-mú', 'Co', 'Tà Ôi', 'Chơ Ro', 'Kháng', 'Xinh Mun', 'Hà Nhì',
  'Chu Ru', 'Lào', 'La Chí', 'La Ha', 'Phù Lá', 'La Hủ', 'Lự', 'Lô Lô', 'Chứt', 'Mảng', 'Pà Thẻn', 'Cơ Lao',
  'Cống', 'Bố Y', 'Si La', 'Pu Péo', 'Brâu', 'Ơ Đu', 'Rơ Măm',
  // Names the peoples give themselves, or spelled so in the Highlands: the Co (Cor), a Xơ Đăng group (Ca Dong).
  'Cor', 'Kor', 'Ca Dong', 'Bana', 'Xê Đăng', 'Kơ Ho', "K'Ho", 'Jarai', 'Êđê', 'Ede', 'Hmong', 'Stiêng', 'Bru',
];

export const ETHNICITY: TopicSpec = {
  type: 'ethnicity',
  // "Chúng tôi là đồng bào dân tộc Ê Đê": petitioners saying who they are.
  strong: ['là người dân tộc', 'người dân tộc', 'thuộc dân tộc', 'gốc hoa', 'người gốc', 'ethnic origin', 'là đồng bào dân tộc'],
  weak: [],
  // "là người", "người" count only before a listed group name: "là người Tày".
  // (An export's keys too: "danToc", "dantoc".)
  // "3 hộ đồng bào Khmer": households of the people named, before a listed group only.
  labels: ['dân tộc', 'ethnicity', 'ethnic group', 'thành phần dân tộc', 'là người', 'người', 'người dân tộc', 'dân tộc là', 'dantoc', 'dan_toc', 'hộ đồng bào', 'là đồng bào'],
  values: ETHNIC_GROUPS,
  negative: [
    'dân tộc thiểu số', 'đồng bào dân tộc', 'vùng dân tộc', 'ủy ban dân tộc', 'uỷ ban dân tộc', 'ban dân tộc',
    'các dân tộc', '54 dân tộc', 'đại đoàn kết dân tộc', 'dân tộc việt nam', 'giải phóng dân tộc', 'bản sắc dân tộc',
    'văn hóa dân tộc', 'văn hoá dân tộc', 'chính sách dân tộc', 'công tác dân tộc', 'vùng đồng bào', 'miền núi',
    'chương trình', 'kế hoạch', 'quy định', 'nghị định', 'dữ liệu', 'bao gồm', 'các loại', 'trường phổ thông dân tộc',
    'nội trú', 'lễ hội', 'du lịch', 'ẩm thực',
    // "NGUOI CO CONG" (người có công: a war veteran's family, a welfare category) reads as the Co people without marks.
    'người có công',
  ],
  misreadings: [
    // "NGUOI CO NGHIA VU", "nguoi co nhu cau": người có (who has) written bare reads "người Co".
    'người có nghĩa vụ', 'người có nhu cầu', 'người có thẩm quyền', 'người có liên quan', 'người có tên',
    'người có hoàn cảnh', 'người có trách nhiệm', 'người có uy tín', 'người có mặt',
    // A population's share, not the petitioners: "55% dân số là đồng bào dân tộc thiểu số"; support for a region's people.
    'là đồng bào dân tộc thiểu số', 'chủ yếu là đồng bào', 'ủng hộ đồng bào',
  ],
};

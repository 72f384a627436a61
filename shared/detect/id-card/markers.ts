// The words that make a picture an identity card, in the order of how much
// they prove. Sources: the CCCD (2016, 2021 chip) and Căn cước (2024, Law
// 26/2023/QH15) card layouts and the old 9-digit CMND; all bilingual cards
// carry the English labels, forms and news articles about cards do not.

/** The national motto and its English line: on every card, and on every official form. */
export const MOTTO = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'SOCIALIST REPUBLIC OF VIET NAM',
  'Independence - Freedom - Happiness',
];

/** Card titles that name the document itself. */
export const STRONG_TITLES = ['CĂN CƯỚC CÔNG DÂN', 'CHỨNG MINH NHÂN DÂN', 'Citizen Identity Card'];

/** Shorter titles (the 2024 card) that also occur in ordinary sentences. */
export const WEAK_TITLES = ['CĂN CƯỚC', 'IDENTITY CARD'];

/** Field labels printed on cards; the English ones only on cards. */
export const ENGLISH_LABELS = [
  'Full name',
  'Date of birth',
  'Place of origin',
  'Place of residence',
  'Date of expiry',
  'Nationality',
  'Personal identification',
  'Left index finger',
  'Right index finger',
];

export const VIETNAMESE_LABELS = [
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Quốc tịch',
  'Quê quán',
  'Nơi thường trú',
  'Có giá trị đến',
  'Đặc điểm nhân dạng',
  'Ngón trỏ trái',
  'Số định danh cá nhân',
  'Nguyên quán',
  'Nơi ĐKHK thường trú',
  'Sinh ngày',
  'Cục trưởng Cục Cảnh sát',
];

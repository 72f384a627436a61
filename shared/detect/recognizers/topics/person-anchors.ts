// Words that put a person in the sentence, so a topic phrase near them is
// about someone ("bệnh nhân … ung thư", "em bị trầm cảm"). Written with
// diacritics: "chị" is a person, "chỉ" (only) is not; text without
// diacritics matches on the bare form.
export const PERSON_ANCHORS: readonly string[] = [
  'ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cháu', 'cụ', 'bé', 'tôi', 'mình', 'vợ', 'chồng', 'con trai',
  'con gái', 'bố', 'mẹ', 'cha', 'ba tôi', 'má', 'cậu', 'dì', 'thím', 'mợ', 'bạn ấy', 'anh ấy', 'chị ấy', 'cô ấy',
  'ông ấy', 'bà ấy', 'em ấy', 'cậu ấy', 'bệnh nhân', 'bn', 'người bệnh', 'thai phụ', 'sản phụ', 'đối tượng', 'bị can',
  'bị cáo', 'phạm nhân', 'học sinh', 'sinh viên', 'học viên', 'nhân viên', 'cán bộ', 'công dân', 'khách hàng',
  'tuổi', 'sinh năm', 'năm sinh', 'ngày sinh', 'giới tính', 'cccd', 'cmnd', 'sđt', 'số điện thoại', 'họ tên',
  'họ và tên', 'mr', 'mrs', 'ms', 'patient', 'he', 'she', 'his', 'her', 'đ/c', 'đồng chí', 'nữ', 'nam giới', 'nữ giới',
  'người lao động', 'người nộp', 'người khai', 'chủ hộ', 'con tôi', 'nhà tôi', 'gia đình tôi', 'hồ sơ của',
];

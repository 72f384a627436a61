import type { TopicSpec } from './spec.ts';

// Decree 356/2025/NĐ-CP Art. 4(e): sex life and sexual orientation.
export const SEXUAL_ORIENTATION: TopicSpec = {
  type: 'sexual_orientation',
  strong: [
    'là người đồng tính', 'là đồng tính', 'là người chuyển giới', 'đồng tính nam', 'đồng tính nữ', 'đã chuyển giới', 'phẫu thuật chuyển giới', 'công khai giới tính',
    'come out', 'xu hướng tính dục', 'bản dạng giới', 'ái nam ái nữ', 'bê đê', 'pê đê', 'là gay', 'là les',
    'thuộc cộng đồng lgbt', 'là người lgbt', 'bạn đời cùng giới', 'người yêu cùng giới', 'yêu người cùng giới',
    'quan hệ đồng giới', 'người cùng giới', 'là người toàn tính', 'là người song tính', 'là người liên giới tính',
    'là người phi nhị nguyên giới', 'is bisexual', 'is pansexual', 'is transgender', 'is intersex', 'is gay', 'is lesbian', 'bisexual', 'transgender', 'sexual orientation', 'đời sống tình dục', 'quan hệ tình dục',
    // A clinic's risk group for one client: men who have sex with men.
    'msm', 'men who have sex with men', 'nam quan hệ tình dục đồng giới', 'bạn tình nam',
  ],
  // Not "gay" alone: without diacritics it is "gây" ("cố ý gây thương tích"); nor
  // "toàn tính" alone, which is "toàn tỉnh" (the whole province); nor "vô tính" at
  // all, which is "vô tình" (careless) and asexual reproduction.
  weak: ['đồng tính', 'người đồng tính', 'song tính', 'người chuyển giới', 'chuyển giới', 'lgbt', 'lgbtq', 'lgbtq+', 'lesbian', 'cùng giới', 'đồng giới',
    'liên giới tính', 'phi nhị nguyên giới', 'pansexual', 'intersex', 'non-binary', 'queer'],
  labels: ['xu hướng tính dục', 'sexual orientation', 'bản dạng giới'],
  negative: [
    'cộng đồng', 'quyền của', 'tháng tự hào', 'pride', 'hội thảo', 'phong trào', 'luật', 'dự thảo', 'hôn nhân đồng giới',
    'kết hôn đồng giới', 'chính sách', 'quy định', 'nghị định', 'dữ liệu', 'bao gồm', 'các loại', 'tuyên truyền',
    'phòng chống', 'giáo dục giới tính', 'sức khỏe sinh sản', 'số người', 'hỗ trợ', 'thống kê', 'khảo sát', 'tỷ lệ',
    'tỉ lệ', 'nhóm', 'các', 'những người',
  ],
};

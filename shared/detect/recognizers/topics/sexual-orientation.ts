import type { TopicSpec } from './spec.ts';

// Decree 356/2025/NĐ-CP Art. 4(e): sex life and sexual orientation.
export const SEXUAL_ORIENTATION: TopicSpec = {
  type: 'sexual_orientation',
  strong: [
    'là người đồng tính', 'là đồng tính', 'đồng tính nam', 'đồng tính nữ', 'người đồng tính', 'song tính',
    'người chuyển giới', 'là người chuyển giới', 'đã chuyển giới', 'phẫu thuật chuyển giới', 'công khai giới tính',
    'come out', 'xu hướng tính dục', 'bản dạng giới', 'ái nam ái nữ', 'bê đê', 'pê đê', 'là gay', 'là les',
    'is gay', 'is lesbian', 'bisexual', 'transgender', 'sexual orientation', 'đời sống tình dục', 'quan hệ tình dục',
  ],
  weak: ['đồng tính', 'chuyển giới', 'lgbt', 'lgbtq', 'lgbtq+', 'gay', 'lesbian'],
  labels: ['xu hướng tính dục', 'sexual orientation', 'bản dạng giới'],
  negative: [
    'cộng đồng', 'quyền của', 'tháng tự hào', 'pride', 'hội thảo', 'phong trào', 'luật', 'dự thảo', 'hôn nhân đồng giới',
    'kết hôn đồng giới', 'chính sách', 'quy định', 'nghị định', 'dữ liệu', 'bao gồm', 'các loại', 'tuyên truyền',
    'phòng chống', 'giáo dục giới tính', 'sức khỏe sinh sản',
  ],
};

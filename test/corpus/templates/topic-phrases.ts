// Sensitive-topic statements as predicate phrases plus sentence frames, so one
// topic is said many ways. Dev and holdout use disjoint phrases and frames.
// A phrase marked `female` is only said of a woman.
import { agencyName } from '../addresses.ts';
import * as decoys from '../decoys.ts';
import { honorific } from '../names.ts';
import { d, decoy, topic, type Seg, type Topic } from '../segments.ts';
import { stripDiacritics } from '../variants.ts';
import type { Person, Values } from '../values.ts';
import type { Split } from './template.ts';

interface Phrase {
  text: string;
  female?: boolean;
}

const p = (text: string, female?: boolean): Phrase => ({ text, female });

export const PHRASES: Record<Topic, Record<Split, readonly Phrase[]>> = {
  health: {
    dev: [
      p('đang điều trị ung thư vú giai đoạn 2', true), p('mắc bệnh lao phổi'), p('bị tăng huyết áp lâu năm'),
      p('phải chạy thận nhân tạo 3 lần mỗi tuần'), p('bị suy tim độ III'), p('mắc chứng rối loạn lo âu'), p('bị động kinh'),
      p('đang điều trị nghiện bằng methadone'), p('bị khuyết tật vận động'), p('có kết quả xét nghiệm viêm gan C dương tính'),
      p('đã phẫu thuật thay khớp háng'), p('mắc COVID-19 và phải thở máy'), p('bị vô sinh, đang làm IVF'), p('bị tâm thần phân liệt'),
    ],
    holdout: [
      p('bị ung thư dạ dày'), p('mắc bệnh Parkinson'), p('bị đột quỵ, liệt nửa người'), p('bị sốt xuất huyết phải nhập viện'),
      p('có thai 8 tuần', true), p('bị trầm cảm, đang dùng thuốc chống trầm cảm'), p('bị xơ gan do rượu'), p('mắc bệnh gút'), p('bị bướu cổ phải mổ'),
    ],
  },
  religion: {
    dev: [
      p('theo đạo Công giáo'), p('là tín đồ Phật giáo Hòa Hảo'), p('đã quy y Tam bảo'), p('đi lễ nhà thờ mỗi Chủ nhật'),
      p('là tín đồ đạo Tin Lành'), p('theo đạo Cao Đài'), p('theo Hồi giáo, không ăn thịt lợn'),
    ],
    holdout: [p('là Phật tử, ăn chay trường'), p('là chức việc trong Hội thánh Tin Lành'), p('theo đạo Thiên Chúa từ nhỏ'), p('là tín đồ Bà-la-môn người Chăm')],
  },
  ethnicity: {
    dev: [p('là người dân tộc Mông'), p('là người Tày'), p('là người gốc Hoa'), p('thuộc dân tộc Ê Đê'), p('là người Khmer'), p('là người dân tộc Thái'), p('là người Dao đỏ')],
    holdout: [p('là người Chăm'), p('là người dân tộc Nùng'), p('thuộc dân tộc Gia Rai'), p('là người Mường'), p('là người Sán Dìu')],
  },
  political_view: {
    dev: [
      p('là đảng viên Đảng Cộng sản Việt Nam'), p('thường xuyên đăng bài xuyên tạc chủ trương của Đảng'), p('tham gia nhóm kêu gọi biểu tình'),
      p('bị khai trừ khỏi Đảng'), p('có quan điểm ủng hộ đa đảng'), p('ký tên vào thư ngỏ phản đối chính sách'),
    ],
    holdout: [p('là đảng viên dự bị'), p('có bài viết chống phá Nhà nước trên Facebook'), p('tham gia hội nhóm chính trị trái phép'), p('có tư tưởng bất mãn, chống đối chế độ')],
  },
  criminal_record: {
    dev: [
      p('có 2 tiền án về tội trộm cắp tài sản'), p('từng ngồi tù 5 năm về tội cướp giật'), p('đang bị tạm giam để điều tra'),
      p('bị truy nã về tội lừa đảo chiếm đoạt tài sản'), p('đã bị kết án về tội tàng trữ trái phép chất ma túy'), p('có tiền sự về hành vi đánh bạc'), p('đang chấp hành án treo'),
    ],
    holdout: [p('có tiền án về tội cố ý gây thương tích'), p('bị khởi tố về tội đánh bạc'), p('đã chấp hành xong án phạt tù về tội buôn lậu'), p('đang bị truy tố về tội tham ô')],
  },
  sexual_orientation: {
    dev: [p('là người đồng tính nữ', true), p('là người đồng tính'), p('là người song tính'), p('đang có người yêu cùng giới'), p('công khai là gay'), p('là người chuyển giới nữ', true)],
    holdout: [p('là đồng tính nam'), p('sống chung như vợ chồng với bạn đời cùng giới'), p('là người liên giới tính'), p('là người toàn tính')],
  },
  biometric: {
    dev: [
      p('đã được thu nhận vân tay và mống mắt'), p('có mẫu ADN lưu trong hồ sơ giám định'), p('đã đăng ký xác thực khuôn mặt trên VNeID'),
      p('có ảnh chân dung và vân tay trong cơ sở dữ liệu'), p('đã gửi mẫu giọng nói để xác thực'),
    ],
    holdout: [p('đã được thu thập dữ liệu mống mắt'), p('đã cung cấp mẫu máu để xét nghiệm ADN'), p('được lấy dấu vân tay 10 ngón'), p('đã đăng ký thanh toán bằng khuôn mặt')],
  },
};

type Frame = (v: Values, who: Person, said: Seg) => Seg[];

/** Chat frames are typed without diacritics: the phrase loses them too. */
const ascii = (s: Seg): Seg => ({ ...s, text: stripDiacritics(s.text) });

export const FRAMES: Record<Split, readonly Frame[]> = {
  dev: [
    (v, who, said) => d`Báo cáo tình hình: ${v.name(who)} ${said}.`,
    (v, who, said) => d`Hồ sơ cá nhân ${v.name(who)} - ${said}.`,
    (v, who, said) => d`${honorific(v.rng, who.name.female, false)} ${v.given(who, 'ascii')} ${ascii(said)} do, dung noi ai nhe`,
    (v, who, said) => d`Xác minh: công dân ${v.name(who)}, CCCD ${v.cccd(who)}, ${said}.`,
    (v, who, said) => d`Theo phản ánh của tổ dân phố, ${v.name(who)} ${said}.`,
  ],
  holdout: [
    (v, who, said) => d`Nhận xét: ${v.name(who)} ${said}.`,
    (v, who, said) => d`Ghi chú hồ sơ ${v.name(who)} (sinh ngày ${v.dob(who)}): ${said}`,
    (v, who, said) => d`${v.name(who, 'ascii')} - ${ascii(said)} - de nghi bao mat thong tin`,
    (v, who, said) => d`Biên bản làm việc với ${v.name(who)}: đương sự khai ${said}.`,
  ],
};

export function framedStatement(v: Values, t: Topic, split: Split): Seg[] {
  const phrase = v.rng.pick(PHRASES[t][split]);
  const who = v.person(phrase.female ? true : undefined);
  return v.rng.pick(FRAMES[split])(v, who, topic(t, phrase.text));
}

/** The same subjects in news, campaigns and statistics: no person, no topic label. */
export const GENERAL: Record<Split, readonly ((v: Values) => Seg[])[]> = {
  dev: [
    (v) => d`${agencyName(v.rng)}: ${decoy('topic_without_person', `tuần qua tiếp nhận ${v.rng.int(20, 300)} ca sốt xuất huyết, tăng so với cùng kỳ`)}.`,
    (v) => d`${decoy('topic_without_person', 'Giáo xứ tổ chức lễ Giáng sinh')} bảo đảm an toàn, trật tự.`,
    (v) => d`${decoy('topic_without_person', 'Ngày hội văn hóa các dân tộc thiểu số')} diễn ra từ ${decoys.meetingDate(v.rng)}.`,
    (v) => d`Tỷ lệ ${decoy('topic_without_person', 'đảng viên trẻ kết nạp mới')} năm ${decoys.bareYear(v.rng)} đạt ${v.rng.int(20, 60)}%.`,
    (v) => d`${decoy('topic_without_person', 'Số vụ phạm tội về ma túy')} giảm ${v.rng.int(3, 30)}% so với năm trước.`,
    (v) => d`Hội thảo ${decoy('topic_without_person', 'về quyền của người đồng tính, song tính và chuyển giới')} tổ chức ngày ${decoys.meetingDate(v.rng)}.`,
    (v) => d`Từ 1/7/2024, ${decoy('topic_without_person', 'giao dịch chuyển tiền trên 10 triệu đồng phải xác thực sinh trắc học khuôn mặt')}.`,
  ],
  holdout: [
    (v) => d`Thông báo ${decoy('topic_without_person', 'lịch tiêm vắc xin phòng bệnh dại')} tại trạm y tế xã ngày ${decoys.meetingDate(v.rng)}.`,
    (v) => d`${decoy('topic_without_person', 'Lễ hội chùa Hương')} khai mạc, đề nghị các đơn vị bảo đảm an ninh.`,
    (v) => d`Chương trình ${decoy('topic_without_person', 'phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số')} giai đoạn 2021-2030.`,
    (v) => d`Ngân hàng thông báo: ${decoy('topic_without_person', 'xác thực khuôn mặt bắt buộc')} cho giao dịch trực tuyến từ ${decoys.meetingDate(v.rng)}.`,
  ],
};

// Sensitive topics (Decree 356/2025/NĐ-CP Art. 4): a statement about one
// person's health, religion, ethnicity, political view, criminal record,
// sexual orientation or biometrics is labelled with that topic; the same
// words in general news or a campaign (no person) are hard negatives.
import { agencyName } from '../addresses.ts';
import * as decoys from '../decoys.ts';
import { ETHNICITIES, RELIGIONS } from '../fields.ts';
import { d, decoy, topic, type Seg, type Topic } from '../segments.ts';
import type { Person, Values } from '../values.ts';
import { framedStatement, GENERAL } from './topic-phrases.ts';
import { tpl, type Template } from './template.ts';

type Say = (v: Values, p: Person) => Seg[];

const ABOUT: Record<Topic, { dev: readonly Say[]; holdout: readonly Say[] }> = {
  health: {
    dev: [
      (v, p) => d`Đồng chí ${v.name(p)} ${topic('health', v.rng.pick(['đang điều trị ung thư phổi giai đoạn 2', 'bị nhồi máu cơ tim, đặt stent tháng trước', 'mắc bệnh tiểu đường phải tiêm insulin', 'nhiễm HIV, đang điều trị ARV']))}, đề nghị bố trí công việc phù hợp.`,
      (v, p) => d`${v.name(p, 'ascii')} ${topic('health', v.rng.pick(['bi tram cam sau sinh', 'dang chay than nhan tao', 'bi viem gan B']))}, xin nghi om dai ngay`,
    ],
    holdout: [
      (v, p) => d`Kết quả xét nghiệm của ${v.name(p)}: ${topic('health', v.rng.pick(['dương tính với lao', 'HbA1c 9,2% - đái tháo đường chưa kiểm soát', 'có khối u buồng trứng cần phẫu thuật']))}.`,
    ],
  },
  religion: {
    dev: [
      (v) => d`Hộ ông ${v.name(v.person(false))} ${topic('religion', `theo đạo ${v.rng.pick(['Công giáo', 'Tin Lành', 'Cao Đài', 'Phật giáo Hòa Hảo'])}`)}, thường xuyên sinh hoạt tại ${v.rng.pick(['giáo xứ', 'chi hội', 'chùa'])} trên địa bàn.`,
      (v, p) => d`${v.name(p, 'ascii')} ${topic('religion', v.rng.pick(['la tin do cong giao', 'theo dao tin lanh', 'di tu tai gia, an chay truong theo dao Phat']))}`,
    ],
    holdout: [
      (v) => d`Bà ${v.name(v.person(true))} ${topic('religion', `là chức sắc ${v.rng.pick(RELIGIONS)}`)}, đề nghị xác nhận nhân thân.`,
    ],
  },
  ethnicity: {
    dev: [
      (v, p) => d`Em ${v.name(p)} là ${topic('ethnicity', `người dân tộc ${v.rng.pick(ETHNICITIES.filter((e) => e !== 'Kinh'))}`)}, thuộc diện được cộng điểm ưu tiên.`,
      (v, p) => d`${v.name(p, 'ascii')} ${topic('ethnicity', `dan toc ${v.rng.pick(['Tay', 'Nung', 'Hmong', 'Thai', 'Khmer'])}`)}, ho ngheo`,
    ],
    holdout: [
      (v, p) => d`Học sinh ${v.name(p)} (${topic('ethnicity', `dân tộc ${v.rng.pick(ETHNICITIES)}`)}) được miễn học phí năm học 2025-2026.`,
    ],
  },
  political_view: {
    dev: [
      (v, p) => d`${v.name(p)} ${topic('political_view', v.rng.pick(['là đảng viên, kết nạp Đảng năm 2012', 'thường đăng bài chống đối chính quyền trên mạng xã hội', 'tham gia tổ chức phản động lưu vong']))}.`,
      (v, p) => d`${v.name(p, 'ascii')} ${topic('political_view', v.rng.pick(['co quan diem chinh tri cuc doan', 'la dang vien du bi', 'ung ho dang doi lap']))}`,
    ],
    holdout: [
      (v) => d`Qua xác minh, ông ${v.name(v.person(false))} ${topic('political_view', v.rng.pick(['có biểu hiện tự diễn biến về tư tưởng chính trị', 'đã ra khỏi Đảng năm 2019', 'ký tên vào kiến nghị đòi đa đảng']))}.`,
    ],
  },
  criminal_record: {
    dev: [
      (v, p) => d`Đối tượng ${v.name(p)}, sinh năm ${v.birthYear(p)}, ${topic('criminal_record', v.rng.pick(['có 2 tiền án về tội trộm cắp tài sản', 'đã bị kết án 3 năm tù về tội lừa đảo', 'đang chấp hành án phạt tù tại trại giam', 'có tiền sự về hành vi đánh bạc']))}.`,
      (v, p) => d`${v.name(p, 'ascii')} ${topic('criminal_record', v.rng.pick(['tung di tu 5 nam', 'bi khoi to ve toi co y gay thuong tich', 'co an tich chua duoc xoa']))}`,
    ],
    holdout: [
      (v, p) => d`Phiếu lý lịch tư pháp của ${v.name(p)}: ${topic('criminal_record', v.rng.pick(['Án tích: 01 bản án về tội vận chuyển trái phép chất ma túy', 'Đã bị Tòa án tuyên phạt 18 tháng tù cho hưởng án treo']))}.`,
    ],
  },
  sexual_orientation: {
    dev: [
      (v, p) => d`Nghe nói ${v.name(p)} ${topic('sexual_orientation', v.rng.pick(['là người đồng tính', 'là gay', 'là người song tính', 'đang sống chung với bạn đời cùng giới']))}, đừng để lộ chuyện này.`,
      (v) => {
        const [said, female] = v.rng.pick([['la les', true], ['thuoc cong dong LGBT', undefined], ['dong tinh nam', false]] as const);
        return d`${v.given(v.person(female), 'ascii')} ${topic('sexual_orientation', said)} a, giu kin giup`;
      },
    ],
    holdout: [
      (v, p) => d`Hồ sơ tư vấn: ${v.name(p)} ${topic('sexual_orientation', v.rng.pick(['chia sẻ mình là người chuyển giới', 'công khai là người đồng tính với gia đình']))}.`,
    ],
  },
  biometric: {
    dev: [
      (v, p) => d`Đã thu nhận ${topic('biometric', v.rng.pick(['vân tay 10 ngón và ảnh mống mắt', 'ảnh khuôn mặt và vân tay', 'mẫu ADN']))} của công dân ${v.name(p)}, CCCD ${v.cccd(p)}.`,
      (v, p) => d`gui file ${topic('biometric', v.rng.pick(['van tay', 'anh mong mat', 'du lieu khuon mat']))} cua ${v.name(p, 'ascii')} qua zalo nhe`,
    ],
    holdout: [
      (v, p) => d`Kết quả giám định ${topic('biometric', 'ADN')} xác định ${v.name(p)} là cha đẻ của cháu ${v.name(v.person())}.`,
    ],
  },
};

const WITHOUT_PERSON: { dev: readonly ((v: Values) => Seg[])[]; holdout: readonly ((v: Values) => Seg[])[] } = {
  dev: [
    (v) => d`${decoy('topic_without_person', 'Bộ Y tế khuyến cáo người dân chủ động phòng chống ung thư, tăng huyết áp và đái tháo đường')} bằng cách khám sức khỏe định kỳ.`,
    (v) => d`${agencyName(v.rng)} ${decoy('topic_without_person', 'tổ chức chiến dịch tiêm chủng vắc xin sởi')} từ ${decoys.meetingDate(v.rng)}.`,
    (v) => d`${decoy('topic_without_person', 'Đại lễ Phật đản')} năm ${decoys.bareYear(v.rng)} được tổ chức trang trọng tại chùa Bái Đính.`,
    (v) => d`Triển khai ${decoy('topic_without_person', 'chính sách hỗ trợ đồng bào dân tộc thiểu số')} theo ${decoys.docNumber(v.rng)}.`,
    (v) => d`${decoy('topic_without_person', 'Tội phạm công nghệ cao')} gia tăng, người dân gọi ${decoys.hotline(v.rng)} khi nghi ngờ lừa đảo.`,
    (v) => d`Công an tỉnh ${decoy('topic_without_person', 'triển khai thu nhận sinh trắc học vân tay, khuôn mặt')} cho người dân làm căn cước tại trụ sở.`,
    (v) => d`Hội nghị ${decoy('topic_without_person', 'học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh')} vào ${decoys.timestamp(v.rng)}.`,
  ],
  holdout: [
    (v) => d`Tháng hành động ${decoy('topic_without_person', 'phòng, chống HIV/AIDS')} năm ${decoys.bareYear(v.rng)}: xét nghiệm miễn phí tại trạm y tế.`,
    (v) => d`Số ${decoy('topic_without_person', 'người đồng tính, song tính và chuyển giới')} được hỗ trợ pháp lý tăng ${v.rng.int(5, 40)}% so với năm trước (báo cáo chung, không nêu tên).`,
    (v) => d`Tuyên truyền ${decoy('topic_without_person', 'phòng chống tội phạm ma túy')} tại các trường học trên địa bàn.`,
  ],
};

const topicsList = Object.keys(ABOUT) as Topic[];

export const topicTemplates: Template[] = [
  // Rarer topics are weighted up so each has enough support to measure.
  ...topicsList.map((t) => tpl(`topic.${t}`, 'topic', 'dev', (v) => v.rng.pick(ABOUT[t].dev)(v, v.person()), { weight: t === 'health' ? 1 : 1.4 })),
  ...topicsList.map((t) => tpl(`topic.h_${t}`, 'topic', 'holdout', (v) => v.rng.pick(ABOUT[t].holdout)(v, v.person()))),
  ...topicsList.map((t) => tpl(`topic.framed_${t}`, 'topic', 'dev', (v) => framedStatement(v, t, 'dev'))),
  ...topicsList.map((t) => tpl(`topic.h_framed_${t}`, 'topic', 'holdout', (v) => framedStatement(v, t, 'holdout'))),
  tpl('topic.general', 'negative', 'dev', (v) => v.rng.pick([...WITHOUT_PERSON.dev, ...GENERAL.dev])(v), { weight: 7 }),
  tpl('topic.h_general', 'negative', 'holdout', (v) => v.rng.pick([...WITHOUT_PERSON.holdout, ...GENERAL.holdout])(v), { weight: 5 }),
];

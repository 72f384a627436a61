import type { FindingType } from '../../types.ts';

/**
 * A sensitive topic of Decree 356/2025/NĐ-CP Art. 4 as phrase lists
 * (Vietnamese with diacritics; matching is on folded text, so the same lists
 * match text typed without them). What matters is a phrase *about a person*:
 * "bệnh nhân được chẩn đoán ung thư", not "tuyên truyền phòng chống ung thư".
 */
export interface TopicSpec {
  type: FindingType;
  /** Reveal the topic about someone on their own ("dương tính HIV", "tiền án"). */
  strong: readonly string[];
  /** Reveal it only with a person nearby ("ung thư", "LGBT"). */
  weak: readonly string[];
  /** Form labels whose value reveals it ("Tôn giáo:", "Dân tộc:"), also as table column headers. */
  labels: readonly string[];
  /** Values that make a label without a colon reveal it ("dân tộc Tày", "theo đạo Phật"). */
  values?: readonly string[];
  /** Phrases that make a nearby mention general (a campaign, a policy, an agency). */
  negative: readonly string[];
  /**
   * Phrases that share the topic phrase's letters and say what they really
   * are ("tiền sử dụng đất" over "tiền sử"): they count only over the phrase,
   * not as a negative for another phrase of the sentence.
   */
  misreadings?: readonly string[];
}

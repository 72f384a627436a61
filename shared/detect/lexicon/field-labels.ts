import { ADDRESS_LABELS } from './admin-units.ts';
import { NAME_LABELS } from './person-words.ts';
import { atFirstScan } from '../first-scan.ts';
import { foldText } from '../scan-context.ts';
import { hashOf, hashOn } from '../word-hash.ts';
import { IntTable, intSet } from './int-table.ts';

// A form copied without its line breaks (OCR, a PDF, a portal's page) runs
// each value into the next field's label: "Họ tên: Nguyễn Văn Bình Địa chỉ:
// thôn Đông xã Tân Lập huyện Đan Phượng Số điện thoại: 0912…". The label's
// first word is capitalised like the name before it, and a name or a place
// read on would take it ("Nguyễn Văn Bình Địa", "Đan Phượng Số"). A label is
// told by what follows it: its last word and then a colon.
const OTHER_LABELS: readonly string[] = [
  'số điện thoại', 'điện thoại', 'đt', 'sđt', 'đtdđ', 'số đt', 'di động', 'điện thoại liên hệ', 'email', 'e-mail',
  'nghề nghiệp', 'dân tộc', 'tôn giáo', 'quốc tịch', 'giới tính', 'ngày sinh', 'sinh ngày', 'năm sinh', 'sinh năm',
  'ngày tháng năm sinh', 'ngày, tháng, năm sinh', 'cccd', 'số cccd', 'cmnd', 'số cmnd', 'căn cước', 'số căn cước',
  'số định danh', 'số định danh cá nhân', 'hộ chiếu', 'số hộ chiếu', 'mã số thuế', 'mst', 'stk', 'số tài khoản',
  'ngân hàng', 'ngày cấp', 'nơi cấp', 'trình độ', 'trình độ văn hóa', 'chức vụ', 'đơn vị', 'cơ quan', 'nơi làm việc',
  'lý do', 'ghi chú', 'nội dung', 'tình trạng', 'chẩn đoán', 'tiền sử', 'tiền án', 'tiền sự', 'tiền án, tiền sự',
  'quan hệ', 'quan hệ với chủ hộ', 'số', 'ngày', 'bhyt', 'số bhyt', 'thẻ bhyt', 'mã thẻ bhyt', 'số thẻ bhyt', 'bhxh',
  'số bhxh', 'mã số bhxh', 'biển số', 'biển kiểm soát', 'gplx', 'số gplx', 'đảng viên', 'ngày vào đảng', 'đoàn viên',
  'phone', 'tel', 'mobile', 'gender', 'date of birth', 'dob', 'nationality', 'occupation', 'religion', 'ethnicity',
];

let LABELS = new Set<string>();
// The labels by their whole hash (a label found is compared in place, no
// string cut from the text), and their first words (their leading letters)
// hashed: asked at every word of a name, most answer no before anything is
// read past the word.
let LABEL_LIST: string[] = [];
let LABEL_NUMBERS = new IntTable([]);
let FIRST_WORDS = intSet([]);
// A first word that is a label alone or ends at another mark ("email", "d/c",
// "tiền án, tiền sự") is read on to the colon; any other must be followed by
// one of its labels' second words ("Đan Phượng" opens no "dân tộc").
let FIRST_ALONE = intSet([]);
let FIRST_PAIRS = intSet([]);
atFirstScan(() => {
  LABELS = new Set([...NAME_LABELS, ...ADDRESS_LABELS, ...OTHER_LABELS].map(foldText));
  LABEL_LIST = [...LABELS];
  LABEL_NUMBERS = new IntTable(LABEL_LIST.map((label, k) => [hashOf(label, 0, label.length), k] as const));
  FIRST_WORDS = intSet(LABEL_LIST.map((label) => hashOf(label, 0, lettersEnd(label, 0))));
  const paired = (label: string) => label.charCodeAt(lettersEnd(label, 0)) === 32 && lettersEnd(label, lettersEnd(label, 0) + 1) > lettersEnd(label, 0) + 1;
  FIRST_ALONE = intSet(LABEL_LIST.filter((label) => !paired(label)).map((label) => hashOf(label, 0, lettersEnd(label, 0))));
  FIRST_PAIRS = intSet(LABEL_LIST.filter(paired).map((label) => hashOf(label, 0, lettersEnd(label, lettersEnd(label, 0) + 1))));
});

/**
 * Whether a word whose leading letters hash to `hash` (as the word index and
 * hashOf hash them) may open a label: a caller holding the word index asks
 * this first, and fieldLabelAt only where it may.
 */
export function mayOpenLabel(hash: number): boolean {
  return FIRST_WORDS.has(hash);
}

/** The end of the run of a–z from `i`. */
function lettersEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && s.charCodeAt(j) >= 97 && s.charCodeAt(j) <= 122) j++;
  return j;
}

/** The longest label with its spaces: a colon further on ends no label here. */
const LONGEST = 40;

/**
 * Whether a field's label starts at `i` of the folded text: the words from
 * there up to a colon on the same line (single spaces between them) are
 * one of the labels. Reads nothing past the first line break, tab or
 * LONGEST units, so a caller may ask at every word of a name.
 */
export function fieldLabelAt(folded: string, i: number): boolean {
  const first = lettersEnd(folded, i);
  return fieldLabelFrom(folded, i, first, hashOf(folded, i, first));
}

/**
 * fieldLabelAt of a word whose a–z run [i, first) a caller has read and
 * hashed to `h`: the run is not read again, and the label's longer hashes
 * carry that one on (hashOn).
 */
export function fieldLabelFrom(folded: string, i: number, first: number, h: number): boolean {
  if (!FIRST_WORDS.has(h)) return false;
  // (Two words joined by one space, hashed as one: the hash carries on over the space.)
  if (!FIRST_ALONE.has(h) && !(folded.charCodeAt(first) === 32 && FIRST_PAIRS.has(hashOn(h, folded, first, lettersEnd(folded, first + 1))))) return false;
  const stop = Math.min(folded.length, i + LONGEST);
  let colon = -1;
  for (let k = i; k < stop; k++) {
    const c = folded.charCodeAt(k);
    if (c === 58) {
      colon = k;
      break;
    }
    if (c === 10 || c === 9 || c === 13) return false;
  }
  if (colon < 0) return false;
  let end = colon;
  while (end > i && folded.charCodeAt(end - 1) === 32) end--;
  if (end <= i) return false;
  // (The colon comes after the run's letters, and so does `end`.)
  const k = LABEL_NUMBERS.get(hashOn(h, folded, first, end));
  if (k < 0) return false;
  const label = LABEL_LIST[k];
  // (Two labels of one hash: the table holds the later, the set both.)
  return (label.length === end - i && folded.startsWith(label, i)) || LABELS.has(folded.slice(i, end));
}

import type { ScanContext } from '../recognizer.ts';
import { atFirstScan } from '../first-scan.ts';
import { foldText } from '../scan-context.ts';
import { formLexicon, hasMarks, type FormLexicon } from '../lexicon/forms.ts';
import { isUpperCode, isWordCode, wordsIn, type TextWord } from '../lexicon/words.ts';
import { phraseForm } from '../lexicon/spellings.ts';

/**
 * Whose address it is. An address is personal data when it is where someone
 * lives or owns land, not where an office receives the public: "Trưởng phòng
 * CSGT (số 86 Lý Thường Kiệt)", "Văn phòng công chứng Phạm Gia, địa chỉ số
 * 210 Trần Hưng Đạo", a court's letterhead "TÒA ÁN NHÂN DÂN … ⏎ Địa chỉ: 85 Xô
 * Viết Nghệ Tĩnh", "Nơi sinh: Bệnh viện Phụ sản Hải Phòng". Read backwards
 * from the address: the nearer of an organisation and a person decides, so
 * "Công an xã nhận đơn của bà Lụa, trú tại thôn 3" stays hers. The phone
 * recognizer asks the same of a fixed line (officeOfLine): an office's
 * switchboard is no one's personal data either.
 */

// Heads of an organisation's or a venue's name (a unit's own words, "phường",
// "xã", are not among them: "UBND phường X" names an office, "phường X" a place).
const ORGANISATIONS = [
  'ủy ban nhân dân', 'uỷ ban nhân dân', 'ubnd', 'hđnd', 'sở', 'phòng', 'trạm', 'công an', 'văn phòng', 'công ty', 'cty',
  'chi nhánh', 'ngân hàng', 'bệnh viện', 'bv', 'trường', 'nhà văn hóa', 'nhà văn hoá', 'hội trường', 'trụ sở', 'bãi giữ xe',
  'kho bạc', 'tòa án', 'toà án', 'viện kiểm sát', 'chi cục', 'cục', 'trung tâm', 'điểm tiếp nhận', 'bưu điện', 'bưu cục',
  'khách sạn', 'nhà hàng', 'cửa hàng', 'siêu thị', 'hợp tác xã', 'doanh nghiệp', 'cơ quan', 'ban quản lý', 'bộ phận', 'đội',
  'đồn', 'văn phòng công chứng', 'phòng công chứng', 'hội đồng', 'nhà hộ sinh', 'phòng khám', 'trạm y tế', 'đảng ủy',
  'mặt trận', 'hội', 'tổng công ty', 'tập đoàn', 'chùa', 'nhà thờ', 'thánh thất', 'học viện', 'đại học', 'viện',
];

// Words that put a person between the organisation and the address.
const PEOPLE = [
  'ông', 'bà', 'anh', 'chị', 'em', 'cháu', 'cô', 'chú', 'bác', 'hộ', 'chủ hộ', 'họ tên', 'họ và tên', 'tôi', 'mình',
  'gia đình', 'người', 'bên a', 'bên b', 'cụ', 'vợ', 'chồng', 'con', 'bố', 'mẹ', 'sinh năm', 'sn', 'ns', 'cccd', 'cmnd',
  'bị can', 'bị cáo', 'đương sự', 'nguyên đơn', 'bị đơn', 'khách hàng', 'công dân', 'đối tượng', 'chủ xe', 'chủ sở hữu',
  'chủ sử dụng', 'người nộp', 'người đề nghị', 'người khai',
];

// Positions: an office named after one is where that person works
// ("chuyên viên Phòng GDTrH, ĐT …", "Giám đốc Trung tâm Bảo trợ xã hội, ĐT …").
const POSITIONS = [
  'chuyên viên', 'cán bộ', 'công chức', 'viên chức', 'giám đốc', 'trưởng', 'phó', 'chánh', 'chủ tịch', 'điều tra viên',
  'kế toán', 'thư ký', 'nhân viên', 'bác sĩ', 'giáo viên', 'hiệu trưởng', 'đồng chí', 'cán bộ thụ lý',
];

// Folded alike, spelled apart: "sở" and "số", "đồn" and "đơn", "viện" and
// "viên", "trường" and "trưởng", "bà" and "ba", "cô" and "có". With diacritics
// the spelling decides; a text without them trusts none of these.
const AMBIGUOUS_BARE = new Set([
  'so', 'phong', 'tram', 'doi', 'don', 'hoi', 'cuc', 'vien', 'truong', 'con', 'co', 'ba', 'bac', 'chu', 'em', 'cu', 'me',
  'bo', 'bv', 'nguoi', 'sn', 'ns', 'hoi dong', 'ho', 'chua', 'pho', 'chanh',
]);

// A head word in another sense, told by its neighbour: "phòng trọ" (a rented
// room), "nhà hàng xóm" (the neighbour's house), "chủ sở hữu" (owner), "qua
// đường bưu điện" (by post), "do Công an … cấp" (the issuer of an ID).
const NOT_AFTER: Record<string, readonly string[]> = { phong: ['tro', 'o', 'ngu'], 'nha hang': ['xom'], so: ['huu'], hoi: ['dong'] };
const NOT_BEFORE: Record<string, readonly string[]> = { so: ['chu'], 'buu dien': ['duong', 'qua'], 'cong an': ['do'], 'cong dan': ['tiep'] };

/** A list of heads as phraseEndingAt reads it: its folded phrases, their tails, their spellings. */
interface Heads {
  keys: Set<string>;
  /** Every tail of every phrase ("dan", "nhan dan", … "uy ban nhan dan"): a phrase is grown leftwards only while it is one. */
  tails: Set<string>;
  spellings: FormLexicon;
  organisation: boolean;
}

function heads(phrases: readonly string[], organisation: boolean): Heads {
  const list: Heads = { keys: new Set(), tails: new Set(), spellings: formLexicon(phrases), organisation };
  atFirstScan(() => {
    list.keys = new Set(phrases.map(foldText));
    for (const key of list.keys) {
      const words = key.split(' ');
      for (let k = 0; k < words.length; k++) list.tails.add(words.slice(k).join(' '));
    }
  });
  return list;
}

const ORG_HEADS = heads(ORGANISATIONS, true);
const PERSON_HEADS = heads(PEOPLE, false);
const POSITION_HEADS = heads(POSITIONS, false);
let LONGEST = 1;
atFirstScan(() => {
  LONGEST = Math.max(...[...ORG_HEADS.keys, ...PERSON_HEADS.keys].map((k) => k.split(' ').length));
});

/** How far back the clause before an address is read, and how many lines a letterhead may hold. */
const CLAUSE = 90;
const LETTERHEAD_LINES = 3;

/** A head followed by a number ("Phòng 1014", "PHÒNG 2302") is a room, not an office. */
function otherSense(words: TextWord[], first: number, last: number, phrase: string, organisation: boolean): boolean {
  const next = words[last + 1]?.key;
  if (next !== undefined && (NOT_AFTER[phrase]?.includes(next) || (organisation && next.charCodeAt(0) >= 48 && next.charCodeAt(0) <= 57))) return true;
  const prev = words[first - 1]?.key;
  return prev !== undefined && NOT_BEFORE[phrase]?.includes(prev) === true;
}

/** Whether [start, end) is capitalised after a Title-case word right before it, with no name after it. */
function endsPlaceName(ctx: ScanContext, before: TextWord, start: number, end: number): boolean {
  const { plain } = ctx;
  if (before.end !== start - 1 || !isUpperCode(plain.charCodeAt(start)) || !isUpperCode(plain.charCodeAt(before.start))) return false;
  // "Xuân", not "ATM" or "TẠI": a Title-case word.
  if (before.end - before.start > 1 && isUpperCode(plain.charCodeAt(before.start + 1))) return false;
  return !(plain.charCodeAt(end) === 32 && isUpperCode(plain.charCodeAt(end + 1)));
}

/** The phrase of `list` ending at word k (longest first) and spelled as listed, or null. */
function phraseEndingAt(ctx: ScanContext, words: TextWord[], k: number, list: Heads): string | null {
  // The phrases ending here, grown leftwards only while each is the tail of
  // a key: most words end none, and a text full of addresses asks this of
  // every word in every address's clause.
  const { keys, tails, spellings, organisation } = list;
  const phrases = tailPhrases;
  let phrase = words[k].key;
  let count = 0;
  while (count < LONGEST && tails.has(phrase)) {
    phrases[count++] = phrase;
    if (k - count < 0) break;
    phrase = `${words[k - count].key} ${phrase}`;
  }
  for (let n = count; n >= 1; n--) {
    phrase = phrases[n - 1];
    if (!keys.has(phrase) || otherSense(words, k - n + 1, k, phrase, organisation)) continue;
    const start = words[k - n + 1].start;
    // Ending a place's capitalised name a head word is part of it and heads nothing: "Xuân Trường, Nam Định" holds no school.
    if (organisation && k - n >= 0 && endsPlaceName(ctx, words[k - n], start, words[k].end)) continue;
    const end = words[k].end;
    const form = phraseForm(ctx, start, end, spellings, phrase);
    if (form === 'exact' || form === 'partial' || (form === 'bare' && !hasMarks(ctx) && !AMBIGUOUS_BARE.has(phrase))) return phrase;
  }
  return null;
}

/** The phrases phraseEndingAt tries, shortest first (reused). */
const tailPhrases: string[] = [];

/** The nearest organisation before `to` in [from, to), unless a person comes after it. */
function nearestOwner(ctx: ScanContext, from: number, to: number): string | null {
  const words = wordsIn(ctx.folded, from, to, isWordCode);
  for (let k = words.length - 1; k >= 0; k--) {
    if (phraseEndingAt(ctx, words, k, PERSON_HEADS)) return null;
    const org = phraseEndingAt(ctx, words, k, ORG_HEADS);
    if (org) return org;
  }
  return null;
}

/** The start of the clause holding `pos`: after a sentence end, a semicolon or a line break. */
function clauseStart(folded: string, pos: number): number {
  const floor = Math.max(0, pos - CLAUSE);
  for (let i = pos - 1; i >= floor; i--) {
    const c = folded.charCodeAt(i);
    if (c === 10 || c === 59 || c === 33 || c === 63 || (c === 46 && folded.charCodeAt(i + 1) === 32)) return i + 1;
  }
  return floor;
}

/**
 * The organisation an address starting at `start` belongs to, or null when it
 * may be someone's. `label` is a plain address label ("Địa chỉ:") right
 * before it, if any: under a letterhead it is the office's.
 */
export function organisationOf(ctx: ScanContext, start: number, label: string | null): string | null {
  const { folded } = ctx;
  const clause = clauseStart(folded, start);
  const before = nearestOwner(ctx, clause, start);
  if (before) return before;
  if (label !== null && clause > 0 && folded.charCodeAt(clause - 1) === 10) return letterhead(ctx, clause - 1);
  return null;
}

/**
 * The office a fixed line at `start` is listed for, or null when it may be
 * someone's: an office named in its clause with no person or position before
 * it ("Phòng Quản lý Văn hóa, điện thoại …"), or a letterhead above a line
 * that opens with it ("Điện thoại: …"). "ĐT cơ quan" is a person's desk phone.
 */
export function officeOfLine(ctx: ScanContext, start: number): string | null {
  const { folded } = ctx;
  let clause = clauseStart(folded, start);
  let office = officeIn(ctx, clause, start);
  // "…, thị trấn Đu. Điện thoại 0208…": a sentence that is the line alone belongs to the one before it on its line.
  if (office === undefined && clause > 0 && folded.charCodeAt(clause - 1) === 46) {
    const before = clauseStart(folded, clause - 1);
    office = officeIn(ctx, before, clause - 1);
    if (office === undefined) clause = before;
  }
  if (office !== undefined) return office;
  return clause > 0 && folded.charCodeAt(clause - 1) === 10 ? letterhead(ctx, clause - 1) : null;
}

// Asking someone to call an office: the person before the verb is the caller ("đề nghị ông liên hệ Phòng Quản lý đô thị, ĐT …").
function contactVerbAt(words: TextWord[], k: number): boolean {
  const key = words[k].key;
  const first = key === 'he' && words[k - 1]?.key === 'lien' ? k - 1 : key === 'lh' || key === 'goi' ? k : -1;
  // "Người liên hệ:" labels the contact person: no verb.
  return first >= 0 && words[first - 1]?.key !== 'nguoi';
}

/** The office in folded[from, to): its name, null when a person or a position comes first, undefined when neither is named. */
function officeIn(ctx: ScanContext, from: number, to: number): string | null | undefined {
  const words = wordsIn(ctx.folded, from, to, isWordCode);
  let office: string | null = null;
  for (let k = words.length - 1; k >= 0; k--) {
    if (office !== null && contactVerbAt(words, k)) return office;
    if (phraseEndingAt(ctx, words, k, PERSON_HEADS) || phraseEndingAt(ctx, words, k, POSITION_HEADS)) return null;
    if (office === null) {
      const org = phraseEndingAt(ctx, words, k, ORG_HEADS);
      if (org !== null && org !== 'co quan') office = org;
    }
  }
  return office ?? undefined;
}

/** The institution a value opens with: "Bệnh viện Đa khoa tỉnh Sơn La", "UBND phường Hải Châu" (a place of birth, a registry). */
export function institutionAt(ctx: ScanContext, start: number, end: number): string | null {
  const head = wordsIn(ctx.folded, start, Math.min(end, start + 40), isWordCode);
  for (let k = 0; k < Math.min(head.length, LONGEST); k++) {
    const org = phraseEndingAt(ctx, head, k, ORG_HEADS);
    if (org && org.split(' ').length === k + 1) return org;
  }
  return null;
}

/** The organisation heading the lines above a plain "Địa chỉ:" field, no person's field between. */
function letterhead(ctx: ScanContext, lineEnd: number): string | null {
  const { folded } = ctx;
  let end = lineEnd;
  for (let n = 0; n < LETTERHEAD_LINES && end > 0; n++) {
    const start = folded.lastIndexOf('\n', end - 1) + 1;
    const words = wordsIn(folded, start, Math.min(end, start + 40), isWordCode);
    if (words.length > 0) {
      if (words.some((_, k) => phraseEndingAt(ctx, words, k, PERSON_HEADS))) return null;
      for (let k = 0; k < Math.min(words.length, LONGEST); k++) {
        const org = phraseEndingAt(ctx, words, k, ORG_HEADS);
        if (org && org.split(' ').length === k + 1) return org;
      }
      // "Mã số thuế: 0307982162-001" heads a company's block; a 12-digit one is a person's ID.
      const first = words[0].key;
      if ((first === 'ma' && words[1]?.key === 'so' && words[2]?.key === 'thue') || first === 'mst') {
        return /(?<!\d)\d{12}(?!\d)/.test(folded.slice(start, end)) ? null : 'ma so thue';
      }
    }
    end = start - 1;
  }
  return null;
}

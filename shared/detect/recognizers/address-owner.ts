import type { ScanContext } from '../recognizer.ts';
import { atFirstScan } from '../first-scan.ts';
import { foldText } from '../scan-context.ts';
import { formLexicon, hasMarks, type FormLexicon } from '../lexicon/forms.ts';
import { isUpperCode, joinedHash, scaleOf, WORD_CODE } from '../lexicon/words.ts';
import { IntTable, intSet } from '../lexicon/int-table.ts';
import { hashOf, pairHash } from '../word-hash.ts';
import { firstWordFrom, wordIndex } from '../lexicon/word-index.ts';
import { doubled } from '../typed-arrays.ts';
import { scanCache } from '../scan-cache.ts';
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
  'chủ sử dụng', 'người nộp', 'người đề nghị', 'người khai', 'đồng đội', 'bộ đội',
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
// "đồng đội", "bộ đội": a comrade, a soldier, no team.
const NOT_AFTER: Record<string, readonly string[]> = { phong: ['tro', 'o', 'ngu'], 'nha hang': ['xom'], so: ['huu'], hoi: ['dong'], doi: ['dong', 'bo'] };
const NOT_BEFORE: Record<string, readonly string[]> = { so: ['chu'], 'buu dien': ['duong', 'qua'], 'cong an': ['do'], 'cong dan': ['tiep'] };

/** A list of heads as phraseEndingAt reads it: its folded phrases, their tails, their spellings. */
interface Heads {
  keys: string[];
  /** A phrase's hash → its number in `keys`. */
  numbers: IntTable;
  /** The hash of every tail of every phrase ("dan", "nhan dan", … "uy ban nhan dan"): a phrase is grown leftwards only while it is one. */
  tails: IntTable;
  spellings: FormLexicon;
  organisation: boolean;
}

function heads(phrases: readonly string[], organisation: boolean): Heads {
  const list: Heads = { keys: [], numbers: new IntTable([]), tails: new IntTable([]), spellings: formLexicon(phrases), organisation };
  atFirstScan(() => {
    list.keys = [...new Set(phrases.map(foldText))];
    list.numbers = new IntTable(list.keys.map((key, k) => [hashOf(key, 0, key.length), k] as const));
    list.tails = intSet(list.keys.flatMap(tailHashes));
  });
  return list;
}

/** The hash of every tail of a phrase ("dan", "nhan dan", … "uy ban nhan dan"). */
function tailHashes(key: string): number[] {
  const words = key.split(' ');
  const hashes: number[] = [];
  for (let k = 0; k < words.length; k++) {
    const tail = words.slice(k).join(' ');
    hashes.push(hashOf(tail, 0, tail.length));
  }
  return hashes;
}

const ORG_HEADS = heads(ORGANISATIONS, true);
const PERSON_HEADS = heads(PEOPLE, false);
const POSITION_HEADS = heads(POSITIONS, false);
let LONGEST = 1;
/**
 * The tails of both lists' phrases, each with which lists have it (1: a
 * person's, 2: an organisation's, 3: both): a word that ends none is
 * passed over at once, and a list that has it not is not asked.
 */
let tailLists = new IntTable([]);
/** The hashes of the organisations' first words (institutionAt). */
let orgOpeners = intSet([]);
atFirstScan(() => {
  orgOpeners = intSet(ORG_HEADS.keys.map((key) => firstWordHash(key, 0, key.length)));
  const lists = new Map<number, number>();
  for (const h of PERSON_HEADS.keys.flatMap(tailHashes)) lists.set(h, 1);
  for (const h of ORG_HEADS.keys.flatMap(tailHashes)) lists.set(h, (lists.get(h) ?? 0) | 2);
  tailLists = new IntTable(lists);
  LONGEST = Math.max(...[...ORG_HEADS.keys, ...PERSON_HEADS.keys].map((k) => k.split(' ').length));
  phraseHashes = new Int32Array(LONGEST + 1);
});

/** How far back the clause before an address is read, and how many lines a letterhead may hold. */
const CLAUSE = 90;
const LETTERHEAD_LINES = 3;

/** Whether every head list keeps its phrases apart by hash (phraseEndingAt finds a phrase by its hash). */
export function headsApartByHash(): boolean {
  return [ORG_HEADS, PERSON_HEADS, POSITION_HEADS].every((list) => list.numbers.size === list.keys.length);
}

/**
 * The words of a stretch of text (a clause, a line's head) as bounds and
 * hashes, in arrays reused by every read: the clause before every address
 * is read for its owner, and an object and a string per word there was
 * most of what a text full of addresses cost. Words as wordsIn reads them
 * with isWordCode; their hashes as word-hash.ts makes them.
 */
interface Words {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
}

const read: Words = { count: 0, starts: new Int32Array(32), ends: new Int32Array(32), hashes: new Int32Array(32) };

function readWords(folded: string, from: number, to: number): Words {
  let count = 0;
  let i = from;
  while (i < to) {
    // isWordCode as a table: the clause before every address is read unit by
    // unit, and its four range tests per unit were most of the reading.
    while (i < to && WORD_CODE[folded.charCodeAt(i)] === 0) i++;
    const start = i;
    let h = 0;
    for (; i < to; i++) {
      const c = folded.charCodeAt(i);
      if (WORD_CODE[c] === 0) break;
      h = (Math.imul(h, 31) + c) | 0;
    }
    if (i === start) continue;
    if (count === read.starts.length) {
      read.starts = doubled(read.starts);
      read.ends = doubled(read.ends);
      read.hashes = doubled(read.hashes);
    }
    read.starts[count] = start;
    read.ends[count] = i;
    read.hashes[count] = h;
    count++;
  }
  read.count = count;
  return read;
}

/** The hash of the first word of folded[from, to) as readWords reads it (0 when there is none). */
function firstWordHash(folded: string, from: number, to: number): number {
  let i = from;
  while (i < to && WORD_CODE[folded.charCodeAt(i)] === 0) i++;
  let j = i;
  while (j < to && WORD_CODE[folded.charCodeAt(j)] !== 0) j++;
  return hashOf(folded, i, j);
}

/** Word k, folded (made only where a word must be compared with a list). */
function keyAt(folded: string, words: Words, k: number): string {
  return folded.slice(words.starts[k], words.ends[k]);
}

/** Whether word k is `key`, compared in place. */
function isKey(folded: string, words: Words, k: number, key: string): boolean {
  return k >= 0 && k < words.count && words.ends[k] - words.starts[k] === key.length && folded.startsWith(key, words.starts[k]);
}

/** Whether words first…last joined by single spaces are `phrase` (its hash may be another's). */
function spells(folded: string, words: Words, first: number, last: number, phrase: string): boolean {
  let p = 0;
  for (let j = first; j <= last; j++) {
    if (j > first && phrase.charCodeAt(p++) !== 32) return false;
    for (let i = words.starts[j]; i < words.ends[j]; i++) if (folded.charCodeAt(i) !== phrase.charCodeAt(p++)) return false;
  }
  return p === phrase.length;
}

/** A head followed by a number ("Phòng 1014", "PHÒNG 2302") is a room, not an office. */
function otherSense(folded: string, words: Words, first: number, last: number, phrase: string, organisation: boolean): boolean {
  if (last + 1 < words.count) {
    if (NOT_AFTER[phrase]?.includes(keyAt(folded, words, last + 1))) return true;
    const c = folded.charCodeAt(words.starts[last + 1]);
    if (organisation && c >= 48 && c <= 57) return true;
  }
  return first > 0 && NOT_BEFORE[phrase]?.includes(keyAt(folded, words, first - 1)) === true;
}

/** Whether [start, end) is capitalised after a Title-case word [beforeStart, beforeEnd) right before it, with no name after it. */
function endsPlaceName(ctx: ScanContext, beforeStart: number, beforeEnd: number, start: number, end: number): boolean {
  const { plain } = ctx;
  if (beforeEnd !== start - 1 || !isUpperCode(plain.charCodeAt(start)) || !isUpperCode(plain.charCodeAt(beforeStart))) return false;
  // "Xuân", not "ATM" or "TẠI": a Title-case word.
  if (beforeEnd - beforeStart > 1 && isUpperCode(plain.charCodeAt(beforeStart + 1))) return false;
  return !(plain.charCodeAt(end) === 32 && isUpperCode(plain.charCodeAt(end + 1)));
}

/** The hashes of the phrases phraseEndingAt tries, shortest first (reused). */
let phraseHashes = new Int32Array(8);

/** The phrase of `list` ending at word k (longest first) and spelled as listed, or null. */
function phraseEndingAt(ctx: ScanContext, words: Words, k: number, list: Heads): string | null {
  // The phrases ending here, grown leftwards only while each is the tail of
  // a key, by their hashes (the hash of "a b" made from those of a and b):
  // most words end none, and a text full of addresses asks this of every
  // word in every address's clause.
  const { keys, numbers, tails, spellings, organisation } = list;
  const { starts, ends, hashes } = words;
  let h = hashes[k];
  if (!tails.has(h)) return null;
  let scale = scaleOf(ends[k] - starts[k]);
  let count = 0;
  while (count < LONGEST && tails.has(h)) {
    phraseHashes[count++] = h;
    const j = k - count;
    if (j < 0) break;
    h = joinedHash(hashes[j], h, scale);
    scale = Math.imul(scale, scaleOf(ends[j] - starts[j] + 1));
  }
  const { folded } = ctx;
  for (let n = count; n >= 1; n--) {
    const number = numbers.get(phraseHashes[n - 1]);
    if (number < 0) continue;
    const phrase = keys[number];
    const first = k - n + 1;
    if (!spells(folded, words, first, k, phrase) || otherSense(folded, words, first, k, phrase, organisation)) continue;
    const start = starts[first];
    // Ending a place's capitalised name a head word is part of it and heads nothing: "Xuân Trường, Nam Định" holds no school.
    if (organisation && first > 0 && endsPlaceName(ctx, starts[first - 1], ends[first - 1], start, ends[k])) continue;
    const form = phraseForm(ctx, start, ends[k], spellings, phrase);
    if (form === 'exact' || form === 'partial' || (form === 'bare' && !hasMarks(ctx) && !AMBIGUOUS_BARE.has(phrase))) return phrase;
  }
  return null;
}

/** The nearest organisation before `to` in [from, to), unless a person comes after it. */
function nearestOwner(ctx: ScanContext, from: number, to: number): string | null {
  return lastOwner(ctx, from, to) ?? null;
}

/** The last of an organisation (its name) and a person (null) named in [from, to); undefined when neither is. */
function lastOwner(ctx: ScanContext, from: number, to: number): string | null | undefined {
  return ownerWordIn(ctx, from, to) ? lastOwnerRead(ctx, from, to) : undefined;
}

/** lastOwner of a clause whose words are read whatever ownerWordIn says (the tests' measure of it). */
export function lastOwnerRead(ctx: ScanContext, from: number, to: number): string | null | undefined {
  const words = readWords(ctx.folded, from, to);
  for (let k = words.count - 1; k >= 0; k--) {
    // Most words end no phrase of either list: one look-up tells.
    const lists = tailLists.get(words.hashes[k]);
    if (lists < 0) continue;
    if ((lists & 1) !== 0 && phraseEndingAt(ctx, words, k, PERSON_HEADS)) return null;
    const org = (lists & 2) !== 0 ? phraseEndingAt(ctx, words, k, ORG_HEADS) : null;
    if (org) return org;
  }
  return undefined;
}

/**
 * The hashes of the people's and organisations' phrases' last words, each
 * with 1 when it ends a one-word phrase ("ba", "hoi"), 2 when it ends a
 * longer one ("quan" of "co quan"), 3 both.
 */
let lastWords = new IntTable([]);
/** pairHash of a longer phrase's last two words ("co", "quan"). */
let lastPairs = intSet([]);
atFirstScan(() => {
  const ends = new Map<number, number>();
  const pairs: number[] = [];
  for (const key of [...PERSON_HEADS.keys, ...ORG_HEADS.keys]) {
    const words = key.split(' ').map((word) => hashOf(word, 0, word.length));
    const last = words[words.length - 1];
    ends.set(last, (ends.get(last) ?? 0) | (words.length === 1 ? 1 : 2));
    if (words.length > 1) pairs.push(pairHash(words[words.length - 2], last));
  }
  lastWords = new IntTable(ends);
  lastPairs = intSet(pairs);
});

/**
 * Whether some word of folded[from, to), as readWords cuts it, may end a
 * person's or an organisation's phrase: lastOwner finds neither otherwise.
 * The whole words are asked by their hashes in the scan's word index (a
 * phrase's words are a–z, which the index reads as readWords does), a
 * longer phrase's last word with the word before it; a word cut by a
 * bound is asked alone. Reading the clause before every address into words
 * cost a line of addresses a tenth of its time, and most clauses name no one.
 */
export function ownerWordIn(ctx: ScanContext, from: number, to: number): boolean {
  if (cutOwnerWord(ctx, from, to)) return true;
  const index = wordIndex(ctx);
  const { starts, hashes, count } = index;
  const first = firstWordFrom(index, from);
  if (first >= count || starts[first] >= to) return false;
  if (firstEndsPhrase(ctx.folded, from, starts[first], hashes[first])) return true;
  return nextOwnerWord(ctx, starts, hashes, count, first, to) >= 0;
}

/**
 * Whether the window's first whole word may end a phrase there. With no
 * word before it in the window, only a one-word phrase can, unless the
 * window opens on units the clause's reading takes for words of their own
 * (a cut word's tail: "xcơ quan" cut after "x" ends "cơ quan"; a letter past
 * a–z), which the index does not list. A line of addresses cut ninety
 * characters back opened most windows on a unit word that ends a longer
 * phrase ("xã" of "hợp tác xã"), and read each clause's words for nothing.
 */
function firstEndsPhrase(folded: string, from: number, start: number, h: number): boolean {
  const ends = lastWords.get(h);
  if (ends < 0) return false;
  if ((ends & 1) !== 0) return true;
  for (let i = from; i < start; i++) if (WORD_CODE[folded.charCodeAt(i)] === 1) return true;
  return false;
}

/** Whether a word cut by either bound of [from, to) may end a phrase, the part inside asked alone. */
function cutOwnerWord(ctx: ScanContext, from: number, to: number): boolean {
  const { folded } = ctx;
  if (from > 0 && from < to && WORD_CODE[folded.charCodeAt(from - 1)] === 1 && WORD_CODE[folded.charCodeAt(from)] === 1) {
    let end = from;
    while (end < to && WORD_CODE[folded.charCodeAt(end)] === 1) end++;
    if (endsSome(hashOf(folded, from, end))) return true;
  }
  if (to > from && to < folded.length && WORD_CODE[folded.charCodeAt(to)] === 1 && WORD_CODE[folded.charCodeAt(to - 1)] === 1) {
    let start = to;
    while (start > from && WORD_CODE[folded.charCodeAt(start - 1)] === 1) start--;
    if (endsSome(hashOf(folded, start, to))) return true;
  }
  return false;
}

/**
 * The words after the first that end a phrase with the word before them,
 * found in text order as far as the windows asked have reached: owners are
 * asked of the clause before every address, and a line of addresses read
 * each clause's words again (the clauses overlap).
 */
interface OwnerWords {
  /** Ascending word indices, every such word of [from, read). */
  found: number[];
  from: number;
  read: number;
  cursor: number;
}

const ownerWords = scanCache<OwnerWords>();

/** The first such word after `first` that starts before `to`, or -1. */
function nextOwnerWord(ctx: ScanContext, starts: Int32Array, hashes: Int32Array, count: number, first: number, to: number): number {
  let own = ownerWords.key === ctx ? ownerWords.value! : null;
  if (own === null) {
    own = { found: [], from: first + 1, read: first + 1, cursor: 0 };
    ownerWords.key = ctx;
    ownerWords.value = own;
  }
  // A window before the reading's start is read alone; one past its end starts the reading anew there.
  if (first + 1 < own.from) return ownerWordAfter(starts, hashes, count, first + 1, to);
  const { found } = own;
  if (first + 1 > own.read) {
    found.length = 0;
    own.from = own.read = first + 1;
    own.cursor = 0;
  }
  let k = own.cursor;
  // The first entry past `first`: on from the cursor, else a binary search.
  if (k > 0 && found[k - 1] > first) {
    let lo = 0;
    let hi = k;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (found[mid] <= first) lo = mid + 1;
      else hi = mid;
    }
    k = lo;
  } else while (k < found.length && found[k] <= first) k++;
  own.cursor = k;
  if (k < found.length) return starts[found[k]] < to ? found[k] : -1;
  // None found past `first` yet: read on from where the reading stopped.
  let w = own.read;
  for (; w < count && starts[w] < to; w++) {
    if (endsPhraseAt(hashes, w)) {
      found.push(w);
      own.read = w + 1;
      return w;
    }
  }
  own.read = w;
  return -1;
}

/** ownerWordIn's reading of words [w, …) starting before `to`, the way it once read every window. */
function ownerWordAfter(starts: Int32Array, hashes: Int32Array, count: number, w: number, to: number): number {
  for (; w < count && starts[w] < to; w++) if (endsPhraseAt(hashes, w)) return w;
  return -1;
}

/** Whether word w (not a window's first) may end a phrase: alone, or a longer one with the word before it (read by readWords too). */
function endsPhraseAt(hashes: Int32Array, w: number): boolean {
  const ends = lastWords.get(hashes[w]);
  return ends >= 0 && ((ends & 1) !== 0 || lastPairs.has(pairHash(hashes[w - 1], hashes[w])));
}

/** ownerWordIn with each window's words read afresh: the tests' measure of the reading kept across windows. */
export function ownerWordInAlone(ctx: ScanContext, from: number, to: number): boolean {
  const index = wordIndex(ctx);
  const first = firstWordFrom(index, from);
  if (first >= index.count || index.starts[first] >= to) return cutOwnerWord(ctx, from, to);
  return cutOwnerWord(ctx, from, to) || firstEndsPhrase(ctx.folded, from, index.starts[first], index.hashes[first]) || ownerWordAfter(index.starts, index.hashes, index.count, first + 1, to) >= 0;
}

/** Whether a word of this hash may end a phrase, the word before it unknown. */
function endsSome(h: number): boolean {
  return lastWords.has(h);
}

/** How many words a phrase has. */
function wordCount(phrase: string): number {
  let n = 1;
  for (let i = 0; i < phrase.length; i++) if (phrase.charCodeAt(i) === 32) n++;
  return n;
}

/** The start of the clause holding `pos`: after a sentence end, a semicolon or a line break. */
export function clauseStart(folded: string, pos: number): number {
  const floor = Math.max(0, pos - CLAUSE);
  const read = marksRead.key === folded ? marksRead.value! : null;
  if (read !== null && pos < read.to) return clauseStartBack(folded, pos, floor);
  if (read === null) {
    marksRead.key = folded;
    marksRead.value = { to: floor, last: -1, next: -1 };
    return clauseStartAhead(folded, pos, floor, marksRead.value);
  }
  if (read.to < floor) {
    read.to = floor;
    read.last = -1;
  }
  return clauseStartAhead(folded, pos, floor, read);
}

/**
 * The clause marks read so far in text order: up to `to`, the last at
 * `last` (-1: none since the reading began at or before the floor of the
 * position it answered). Owners are asked address by address in text
 * order, and ninety characters read back at each cost a line of addresses
 * as much as their owners' words.
 */
interface MarksRead {
  to: number;
  last: number;
  /**
   * The first mark at or after `to` (the text's length when none), valid
   * when not below `to`: found by a pattern, which skips a long stretch
   * with none natively (reading every unit up to each address cost a line
   * of addresses 2.7 ms a megabyte). With one before `pos`, the last such
   * is read back from `pos` (it stops at `next` at the latest).
   */
  next: number;
}

const marksRead = scanCache<MarksRead>();

function clauseMark(folded: string, i: number): boolean {
  const c = folded.charCodeAt(i);
  return c === 10 || c === 59 || c === 33 || c === 63 || (c === 46 && folded.charCodeAt(i + 1) === 32);
}

/** clauseStart read on from where the last reading stopped (`read.to` ≤ `pos`, read from at most `floor`). */
function clauseStartAhead(folded: string, pos: number, floor: number, read: MarksRead): number {
  const next = read.next < read.to ? markFrom(folded, read.to) : read.next;
  if (next < pos) {
    // The last mark before `pos`, read back to the first (a pattern call per
    // mark cost a text dense with them more than reading its units).
    let last = pos - 1;
    while (!clauseMark(folded, last)) last--;
    read.last = last;
    read.next = markFrom(folded, pos);
  } else read.next = next;
  read.to = pos;
  return read.last >= floor ? read.last + 1 : floor;
}

/** What clauseMark accepts. */
const CLAUSE_MARKS = /[\n;!?]|\. /g;

/** The first position at or after `from` where clauseMark holds, the text's length when none does. */
function markFrom(folded: string, from: number): number {
  CLAUSE_MARKS.lastIndex = from;
  // test, not exec: no match object per mark. A match ends one unit after its mark, or two after ". ".
  if (!CLAUSE_MARKS.test(folded)) return folded.length;
  const end = CLAUSE_MARKS.lastIndex;
  return folded.charCodeAt(end - 1) === 32 ? end - 2 : end - 1;
}

/** clauseStart read back from `pos`. */
function clauseStartBack(folded: string, pos: number, floor: number): number {
  for (let i = pos - 1; i >= floor; i--) if (clauseMark(folded, i)) return i + 1;
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
function contactVerbAt(folded: string, words: Words, k: number): boolean {
  const first = isKey(folded, words, k, 'he') && isKey(folded, words, k - 1, 'lien') ? k - 1 : isKey(folded, words, k, 'lh') || isKey(folded, words, k, 'goi') ? k : -1;
  // "Người liên hệ:" labels the contact person: no verb.
  return first >= 0 && !isKey(folded, words, first - 1, 'nguoi');
}

/** The office in folded[from, to): its name, null when a person or a position comes first, undefined when neither is named. */
function officeIn(ctx: ScanContext, from: number, to: number): string | null | undefined {
  const words = readWords(ctx.folded, from, to);
  let office: string | null = null;
  for (let k = words.count - 1; k >= 0; k--) {
    if (office !== null && contactVerbAt(ctx.folded, words, k)) return office;
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
  // The head opens the value: its first word tells at once whether any can
  // (every address is asked, and most open with a unit or a number).
  if (!orgOpeners.has(firstWordHash(ctx.folded, start, Math.min(end, start + 40)))) return null;
  const head = readWords(ctx.folded, start, Math.min(end, start + 40));
  for (let k = 0; k < Math.min(head.count, LONGEST); k++) {
    const org = phraseEndingAt(ctx, head, k, ORG_HEADS);
    if (org && wordCount(org) === k + 1) return org;
  }
  return null;
}

/** The organisation heading the lines above a plain "Địa chỉ:" field, no person's field between. */
function letterhead(ctx: ScanContext, lineEnd: number): string | null {
  const { folded } = ctx;
  let end = lineEnd;
  // A 10-digit tax code's line: a company's block, unless a line above it
  // names a person or a household business ("Kính gửi: Hộ kinh doanh Hồ Văn
  // Lợi ⏎ Mã số thuế: … ⏎ Địa chỉ: …"), whose code and address are a person's.
  let taxCodeLine: string | null = null;
  for (let n = 0; n < LETTERHEAD_LINES && end > 0; n++) {
    const start = folded.lastIndexOf('\n', end - 1) + 1;
    if (taxCodeLine !== null) {
      // Above the code, whoever the line names last: "BÊN B: Ngân hàng … – Chi nhánh Tri Tôn" is the bank's.
      const owner = lastOwner(ctx, start, end);
      if (owner !== undefined) return owner;
      end = start - 1;
      continue;
    }
    const words = readWords(folded, start, Math.min(end, start + 40));
    if (words.count > 0) {
      for (let k = 0; k < words.count; k++) if (phraseEndingAt(ctx, words, k, PERSON_HEADS)) return null;
      for (let k = 0; k < Math.min(words.count, LONGEST); k++) {
        const org = phraseEndingAt(ctx, words, k, ORG_HEADS);
        if (org && wordCount(org) === k + 1) return org;
      }
      // "Mã số thuế: 0307982162-001" heads a company's block; a 12-digit one is a person's ID,
      // and so is one the label calls personal ("Mã số thuế cá nhân", "MST cá nhân").
      const mst = isKey(folded, words, 0, 'mst');
      if (mst || (isKey(folded, words, 0, 'ma') && isKey(folded, words, 1, 'so') && isKey(folded, words, 2, 'thue'))) {
        const after = mst ? 1 : 3;
        if (/(?<!\d)\d{12}(?!\d)/.test(folded.slice(start, end)) || (isKey(folded, words, after, 'ca') && isKey(folded, words, after + 1, 'nhan'))) return null;
        taxCodeLine = 'ma so thue';
      }
    }
    end = start - 1;
  }
  return taxCodeLine;
}

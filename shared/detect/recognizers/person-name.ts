import type { Candidate, Recognizer, ScanContext } from '../recognizer.ts';
import { atFirstScan } from '../first-scan.ts';
import { perScan, scanCache } from '../scan-cache.ts';
import { foldText, foldedUnitsOf, plainUnitsOf } from '../scan-context.ts';
import { columnHeader, NO_WORDS } from '../context.ts';
import { COMMON_SURNAMES, MARKED_SURNAMES, OTHER_SURNAMES } from '../lexicon/surnames.ts';
import { GIVEN_NAMES, MIDDLE_NAMES } from '../lexicon/name-syllables.ts';
import { NAME_LIKE_PLACES, PROVINCES } from '../lexicon/places.ts';
import { NAME_LABELS, PERSON_TITLES, PLACE_OR_ORG_HEADS } from '../lexicon/person-words.ts';
import { foldedSet, formLexicon, hasMarks, marksAround, originalLower, type FormLexicon } from '../lexicon/forms.ts';
import { isVietnameseSyllable } from '../lexicon/syllable.ts';
import { capitalisedRunBefore, isDigitCode, isLetterCode, isUpperCode, isWordCode, labelledPositions, lastUnitIn, phraseBefore, twoColumnRow, unitIn, wideCells } from '../lexicon/words.ts';
import { columnCells, mayHoldColumns } from '../lexicon/table-columns.ts';
import { matchList, phraseMatcher } from '../lexicon/phrase-matcher.ts';
import { fieldLabelAt, mayOpenLabel } from '../lexicon/field-labels.ts';
import { letterHash, wordIndex, WORD_UNIT, type WordIndex } from '../lexicon/word-index.ts';
import { IntTable, intSet } from '../lexicon/int-table.ts';
import { hashOf as keyHash, hashOn } from '../word-hash.ts';
import { honorificNames } from './honorific-names.ts';
import { hanNames } from './han-names.ts';
import { mayHoldPosition, POSITIONS, UPPER_TO_ASCII } from './person-name-position.ts';
import { spelledForm, spellings, writtenAsFolded, type Form } from '../lexicon/spellings.ts';

const SURNAMES = formLexicon([...COMMON_SURNAMES, ...OTHER_SURNAMES]);
const COMMON = foldedSet(COMMON_SURNAMES);
const MIDDLE = formLexicon(MIDDLE_NAMES);
const GIVEN = formLexicon([...GIVEN_NAMES, ...MIDDLE_NAMES]);
// The same lists, read in place (spelledForm).
const SURNAME_SPELLINGS = spellings([...COMMON_SURNAMES, ...OTHER_SURNAMES], SURNAMES);
const MIDDLE_SPELLINGS = spellings(MIDDLE_NAMES, MIDDLE);
const GIVEN_SPELLINGS = spellings([...GIVEN_NAMES, ...MIDDLE_NAMES], GIVEN);
const MARKED_SPELLINGS = spellings(MARKED_SURNAMES, formLexicon(MARKED_SURNAMES));
const PLACES = foldedSet([...PROVINCES, ...NAME_LIKE_PLACES]);
const PROVINCE_KEYS = foldedSet(PROVINCES);
const TITLES = new Set(PERSON_TITLES);


const keyHashes = (keys: Iterable<string>) => intSet([...keys].map((k) => keyHash(k, 0, k.length)));
const LABELS = new Set(NAME_LABELS);
const HEADS = foldedSet(PLACE_OR_ORG_HEADS);
const TITLE_PHRASES = phraseTable(TITLES);
const LABEL_PHRASES = phraseTable(LABELS);
let HEAD_PHRASES = phraseTable(new Set());
let COMMON_SURNAME_KEYS = phraseTable(new Set());
let PLACE_KEYS = phraseTable(new Set());
// The places' first words (up to the first space): a name whose first word opens none is no place.
let PLACE_FIRST_WORDS = intSet([]);
atFirstScan(() => {
  HEAD_PHRASES = phraseTable(HEADS);
  COMMON_SURNAME_KEYS = phraseTable(COMMON);
  PLACE_KEYS = phraseTable(PLACES);
  PLACE_FIRST_WORDS = keyHashes([...PLACES].map((p) => (p.includes(' ') ? p.slice(0, p.indexOf(' ')) : p)));
});
// "chợ Đồng Xuân" is a market, "cho Nguyễn Văn An" (for) is a person: heads are spelled.
const HEAD_SPELLINGS = formLexicon(PLACE_OR_ORG_HEADS);
// Bare, these are everyday words more often than places: cho (for), câu, họ, bạn, nhà…
const AMBIGUOUS_BARE_HEADS = new Set(['cho', 'cau', 'so', 'to', 'ho', 'dong', 'song', 'ban', 'nha', 'tau', 'dao', 'den', 'giai', 'quy', 'th', 'mn', 'lang', 'mien', 'vung', 'hon', 'dinh', 'vinh', 'cum', 'vu']);
const GREETINGS = new Set(['gui', 'kinh gui', 'than gui', 'dear', 'hi', 'chao']);

function greetingEnds(plain: string, pos: number): boolean {
  const c = plain.charCodeAt(pos);
  return pos >= plain.length || c === 44 || c === 33 || c === 10 || c === 13 || c === 46;
}

// Units whose places are often named with a title word (not "đình": "gia đình ông Nhân").
// Read as spelled: "phố Bà Triệu" is a street, "Phó Chủ tịch" a deputy.
const TITLED_PLACE_UNIT_WORDS = ['huyện', 'quận', 'xã', 'phường', 'tỉnh', 'đường', 'phố', 'thị xã', 'thị trấn', 'ấp', 'thôn', 'xóm', 'tp', 'tx'];
const TITLED_PLACE_UNITS = foldedSet(TITLED_PLACE_UNIT_WORDS);
const UNIT_SPELLINGS = formLexicon(TITLED_PLACE_UNIT_WORDS);
let UNIT_PHRASES = phraseTable(new Set());
atFirstScan(() => {
  UNIT_PHRASES = phraseTable(TITLED_PLACE_UNITS);
});
// Who "tên là" (is named) can follow when a person's name comes next.
const NAMER_PHRASES = phraseTable(new Set(['toi', 'em', 'chau', 'con', 'minh', 'me', 'bo', 'cha', 'vo', 'chong', 'anh', 'chi', 'ong', 'ba', 'no', 'ban', 'be', 'co', 'chu']));

// Compounds that end with a title's bare spelling and are no title: căn cứ
// (pursuant to: "Can cu Thong tu so 62"), thu chi (revenue and spending),
// địa chỉ, and the board of "trưởng ban", "phó ban", "ủy viên ban".
// So are biên bản and văn bản (a record, a document), chi bộ and
// đảng bộ (party cells) and bộ chỉ [huy] (a command).
// So are the verbs công bố, tuyên bố, phân bố, ban bố (announce, declare,
// distribute), and the milk of "Sữa ông Thọ".
const NOT_TITLE_PHRASES = phraseTable(new Set(['can cu', 'thu chi', 'dia chi', 'truong ban', 'pho ban', 'vien ban', 'bien ban', 'van ban', 'chi bo', 'dang bo', 'bo chi', 'cong bo', 'tuyen bo', 'phan bo', 'ban bo', 'sua ong']));

// Titles whose bare spelling is a word of its own: ban (board), chu, co, bo…
const BARE_WORDS = new Set(['ban', 'chu', 'chi', 'co', 'bo', 'di', 'cau', 'me', 'ba', 'cu', 'vo', 'be', 'mo', 'thay']);

// Words that open the name of a unit, a company or a position, as spelled:
// no name starts with one ("Phó" is a surname, "Phó Chủ tịch" a position).
const ORG_WORDS = [
  'phòng', 'ban', 'sở', 'cục', 'viện', 'đội', 'công ty', 'trung tâm', 'ủy ban', 'uỷ ban', 'bệnh viện', 'lãnh đạo',
  'phó chủ tịch', 'phó giám đốc', 'phó trưởng', 'công an', 'bảo hiểm', 'tài nguyên', 'tài chính', 'hội đồng', 'văn hóa',
  'giáo dục', 'ngân hàng', 'hội liên hiệp', 'trường thpt', 'trường thcs',
  'chánh văn phòng', 'chánh án', 'chủ tịch', 'giám đốc', 'trưởng phòng', 'trưởng ban', 'văn phòng', 'kế toán', 'khối',
  // (Read three words deep: "Hội Người cao tuổi" by its first three.)
  'công chức', 'hội khuyến học', 'hội người cao', 'hội nông dân', 'hội phụ nữ', 'hội cựu chiến', 'hội chữ thập',
  // A province's departments, told from a name in text without diacritics by their second word ("Giam doc So Tai chinh").
  'sở tài chính', 'sở y tế', 'sở nội vụ', 'sở tư pháp', 'sở giáo dục', 'sở xây dựng', 'sở công thương', 'sở kế hoạch',
  'sở tài nguyên', 'sở nông nghiệp', 'sở văn hóa', 'sở lao động', 'sở giao thông', 'sở khoa học', 'sở thông tin',
  'sở ngoại vụ', 'sở du lịch', 'sở dân tộc',
  // A station; a letter's courtesy to a body ("Kính gửi Quý Khoa", Quý being also a given name).
  'chi cục', 'trưởng công an', 'phó trưởng công an', 'trường đại học', 'trường cao đẳng', 'trường trung cấp', 'hội người',
  'trạm', 'quý khoa', 'quý cơ quan', 'quý công ty', 'quý đơn vị', 'quý phòng', 'quý trường', 'quý sở', 'quý ban', 'quý khách',
];
const ORG_OPENERS = formLexicon(ORG_WORDS);
// Their first words' hashes: a name starting with none of them ("Nguyễn",
// "Lê") opens none, and its words are not read again (a slice and a look-up each).
let ORG_FIRST = intSet([]);
atFirstScan(() => {
  ORG_FIRST = keyHashes(ORG_WORDS.map((w) => foldText(w.split(' ')[0])));
});

/**
 * As spelled; in a text written wholly without diacritics, a unit of two
 * words or more as written there ("Bo Cong an": no one is "Cong" before
 * "an"), never one word ("anh Phong" is a man, not a room).
 */
function opensAs(ctx: ScanContext, key: string, form: Form): boolean {
  return form === 'exact' || (form === 'bare' && key.includes(' ') && !hasMarks(ctx));
}

/** Whether the one to three words from `start` open a unit's name or a position, as spelled. */
function opensUnit(ctx: ScanContext, start: number): boolean {
  const { folded } = ctx;
  let end = start;
  for (let words = 0; words < 3; words++) {
    while (end < folded.length && isLetterCode(folded.charCodeAt(end))) end++;
    if (words === 0 && !ORG_FIRST.has(keyHash(folded, start, end))) return false;
    const key = folded.slice(start, end);
    if (ORG_OPENERS.has(key) && opensAs(ctx, key, ORG_OPENERS.check(key, originalLower(ctx, start, end)))) return true;
    if (folded.charCodeAt(end) !== 32) return false;
    end++;
  }
  return false;
}

const TITLE_SPELLINGS = formLexicon([
  'ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cháu', 'cụ', 'bé', 'mẹ', 'bố', 'vợ', 'con', 'bạn', 'dì', 'cậu',
  'mợ', 'thím', 'cha', 'chồng', 'thầy', 'gửi', 'chào', 'ba', 'má', 'tre', 'di',
]);
// After a name, these turn it into a street: "Lê Lợi, phường Bến Thành".
const ADDRESS_FOLLOWERS = new Set(['phuong', 'quan', 'huyen', 'xa', 'p', 'q', 'tp', 'thanh pho', 'tinh', 'thi xa', 'thi tran', 'tx', 'f']);
// Lower-case words that end a lower-case name ("nguyen van an sinh nam …").
const LOWER_STOPS = new Set(['la', 'o', 'sinh', 'co', 'da', 'dang', 'tai', 'va', 'voi', 'cua', 'cho', 'den', 'tu', 'bi', 'duoc', 'se', 'thi', 'ma', 'nay', 'do', 'kia', 'ay', 'nhe', 'a', 'oi', 'ha', 'khong', 'roi', 'vua', 'moi', 'can', 'con', 'lam', 'di', 've', 'sdt', 'so', 'dt']);


// Lower-case names (chat without diacritics) need a surname and a listed
// middle name: "nguyen van an", "tran thi hoa". The pattern has no nested
// quantifier, so it runs in linear time.
// Only the common surnames and the commonest middle names: lower-case
// "tra tien thue" (trả tiền thuế) or "do chi tap huan" (đó chi tập huấn)
// must not read as Trà Tiến Thuế or Đỗ Chí Tập.
const LOWER_MIDDLES = ['van', 'thi', 'huu', 'duc', 'ngoc', 'xuan', 'hoang', 'quoc', 'minh', 'thanh', 'thu', 'thuy', 'phuong', 'hong', 'quang', 'gia', 'dinh', 'kim', 'tuan', 'anh', 'manh', 'trong', 'cong', 'bao', 'nhat', 'hai'];
const LOWER_PAIRS = phraseMatcher(COMMON_SURNAMES.flatMap((surname) => LOWER_MIDDLES.map((middle) => `${surname} ${middle}`)));


interface Word {
  start: number;
  end: number;
  // keyHash of its folded letters, once `hashed` (a run's words take theirs
  // from the word index, which has read them: each was hashed again up to
  // five times per name).
  hash: number;
  hashed: boolean;
  // Its folded key and written spelling, read on first use (keyOf, writtenOf):
  // a name's words are looked up by both in the run and again when scored.
  key: string | null;
  written: string | null;
  // What its letters say, found on first use (spelledOf).
  spelled: Spelled | null;
}

/**
 * What a word's letters say wherever the scan's text writes them so: how it
 * is listed among the surnames, given and middle names (null: not listed),
 * whether it is a Vietnamese syllable and written as folded. Each is read on
 * first use, once per spelling in a scan rather than once per occurrence: a
 * long table writes the same names thousands of times, and these look-ups
 * were about a third of scoring each.
 */
interface Spelled {
  /** The word folded, and as the caller wrote it (its units in ctx.text). */
  folded: string;
  written: string;
  surname: Form | null | undefined;
  given: Form | null | undefined;
  middle: Form | null | undefined;
  /** isVietnameseSyllable and writtenAsFolded: 1 or 0, -1 until asked. */
  syllable: number;
  bare: number;
  /** A common surname's key, and the first word of a place's (opensPlace): 1 or 0, -1 until asked. */
  common: number;
  place: number;
  /** Whether `folded` holds a unit an OCR reading may have written (mayBeReadOcr). */
  ocr: boolean;
}

// The scan's latest spellings, one slot per hash of both forms (a spelling
// replaces the one in its slot): a fixed array, no table that grows with a
// long text's distinct words. One array serves every scan (a new one per
// scan was a tenth of scanning a short message, and garbage), emptied when
// the scan is let go, so no slice of its text outlives it, and when another
// scan takes it.
let spelledSlots = 1024;
let spelledArray = new Array<Spelled | undefined>(spelledSlots).fill(undefined);
/** The slots this scan filled, to empty just those (all of them past the list's length). */
const filledSlots = new Int32Array(64);
let filledCount = 0;
const spelledCache = scanCache<(Spelled | undefined)[]>(emptySpelledSlots);
let memoSpellings = true;

/** Test hook: every word read on its own (as before the spellings were kept), or in `slots` slots (a power of two). */
export function keepSpellings(on: boolean, slots = 1024): void {
  memoSpellings = on;
  spelledSlots = slots;
  spelledArray = new Array<Spelled | undefined>(spelledSlots).fill(undefined);
  filledCount = 0;
}

/** Test hook: how many spellings the slots hold (none once the engine has let go of the scan). */
export function heldSpellingsForTests(): number {
  return spelledArray.reduce((n, s) => (s === undefined ? n : n + 1), 0);
}

function emptySpelledSlots(): void {
  if (filledCount > filledSlots.length) spelledArray.fill(undefined);
  else for (let k = 0; k < filledCount; k++) spelledArray[filledSlots[k]] = undefined;
  filledCount = 0;
}

// (One function, not an arrow per call: spelledOf runs for most words a run
// holds, and the closure was nearly all a scan of addresses allocated here.)
function takeSpelledSlots(): (Spelled | undefined)[] {
  emptySpelledSlots();
  return spelledArray;
}

function spelledOf(ctx: ScanContext, w: Word): Spelled {
  if (w.spelled !== null) return w.spelled;
  const { folded, text } = ctx;
  const from = ctx.toOriginal(w.start);
  const to = ctx.toOriginal(w.end);
  const slots = perScan(spelledCache, ctx, takeSpelledSlots);
  // Two slots a word may be in: one by its folded hash alone, which a word
  // written one way throughout (a list's) finds without hashing its written
  // units too, and one by both forms, where its other spellings go (Văn,
  // Vân, VĂN fold alike; the letters an OCR reading turned to digits differ
  // in one form only).
  const first = spelledSlot(hashOfWord(ctx, w));
  let spelled = slots[first];
  if (spelled !== undefined && memoSpellings && sameSpelling(spelled, folded, w.start, w.end, text, from, to)) return (w.spelled = spelled);
  const second = spelledSlot(hashOn(hashOfWord(ctx, w), text, from, to));
  spelled = slots[second];
  if (spelled !== undefined && memoSpellings && sameSpelling(spelled, folded, w.start, w.end, text, from, to)) return (w.spelled = spelled);
  spelled = { folded: folded.slice(w.start, w.end), written: text.slice(from, to), surname: undefined, given: undefined, middle: undefined, syllable: -1, bare: -1, common: -1, place: -1, ocr: false };
  spelled.ocr = mayBeReadOcr(spelled.folded);
  const slot = slots[first] === undefined ? first : second;
  slots[slot] = spelled;
  if (filledCount < filledSlots.length) filledSlots[filledCount] = slot;
  filledCount++;
  return (w.spelled = spelled);
}

function spelledSlot(hash: number): number {
  return (Math.imul(hash, 0x9e3779b1) >>> 22) & (spelledSlots - 1);
}

// Unit by unit, not startsWith: a word is a few units, and the call, on a
// slice of a two-byte text, was most of spelledOf on a list of names.
// Written alike, two words fold alike but where an OCR reading rewrote one:
// the folded forms are compared only when that may be (most names, "nguyen
// van an", hold no such unit; comparing them was as much again).
function sameSpelling(spelled: Spelled, folded: string, start: number, end: number, text: string, from: number, to: number): boolean {
  return spelled.folded.length === end - start && spelled.written.length === to - from && sameUnits(spelled.written, text, from) && (!spelled.ocr || sameUnits(spelled.folded, folded, start));
}

/**
 * Whether a folded word holds o, l, i, 0 or 1: the units the OCR readings of
 * scan-context.ts (readOcrDigits, readOcrLetters) rewrite (o, l, i, 0) or
 * write (0, 1, o). Every other folded unit is its written unit's fold,
 * whatever surrounds it (person-name-spelled.test.ts checks it).
 */
export function mayBeReadOcr(folded: string): boolean {
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c === 111 || c === 108 || c === 105 || c === 48 || c === 49) return true;
  }
  return false;
}

/** text.startsWith(s, at), for `s` that fits in `text` from `at`. */
function sameUnits(s: string, text: string, at: number): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== text.charCodeAt(at + i)) return false;
  return true;
}

/** isVietnameseSyllable of the word. */
function syllableOf(ctx: ScanContext, w: Word): boolean {
  const spelled = spelledOf(ctx, w);
  if (spelled.syllable < 0) spelled.syllable = isVietnameseSyllable(ctx.folded, w.start, w.end) ? 1 : 0;
  return spelled.syllable === 1;
}

/** Whether the word, folded, is a common surname (one look-up per spelling, not per name). */
function isCommonSurname(ctx: ScanContext, w: Word): boolean {
  const spelled = spelledOf(ctx, w);
  if (spelled.common < 0) spelled.common = listedAs(ctx.folded, w.start, w.end, COMMON_SURNAME_KEYS) !== null ? 1 : 0;
  return spelled.common === 1;
}

/**
 * Whether a listed place may start with the word: a name of letter words
 * joined by single spaces equals a place only if its first word is the
 * place's up to its first space. (Two look-ups of the whole name saved per
 * name of a list.)
 */
function opensPlace(ctx: ScanContext, w: Word): boolean {
  const spelled = spelledOf(ctx, w);
  if (spelled.place < 0) spelled.place = PLACE_FIRST_WORDS.has(hashOfWord(ctx, w)) ? 1 : 0;
  return spelled.place === 1;
}

/** writtenAsFolded of the word. */
function bareOf(ctx: ScanContext, w: Word): boolean {
  const spelled = spelledOf(ctx, w);
  if (spelled.bare < 0) spelled.bare = writtenAsFolded(ctx, w.start, w.end) ? 1 : 0;
  return spelled.bare === 1;
}

function word(start: number, end: number): Word {
  return { start, end, hash: 0, hashed: false, key: null, written: null, spelled: null };
}

/** keyHash of the word's folded letters. */
function hashOfWord(ctx: ScanContext, w: Word): number {
  if (!w.hashed) {
    w.hash = keyHash(ctx.folded, w.start, w.end);
    w.hashed = true;
  }
  return w.hash;
}

// 31 to the power of each length: keyHash of a text carried on over `n` more units is the hash times POW31[n] plus theirs.
const POW31 = new Int32Array(64);
POW31[0] = 1;
for (let n = 1; n < POW31.length; n++) POW31[n] = Math.imul(POW31[n - 1], 31);

/**
 * keyHash of words[0, count) as the text joins them (single spaces between),
 * from the words' hashes (a name's place look-ups read it twice a name).
 */
function hashOfWords(ctx: ScanContext, words: Word[], count: number): number {
  const { folded } = ctx;
  let h = hashOfWord(ctx, words[0]);
  for (let k = 1; k < count; k++) {
    const w = words[k];
    const length = w.end - w.start;
    // (A space, then the word: its hash carried on by the length it adds.)
    if (w.start !== words[k - 1].end + 1 || folded.charCodeAt(w.start - 1) !== 32 || length >= POW31.length) return keyHash(folded, words[0].start, words[count - 1].end);
    h = (Math.imul((Math.imul(h, 31) + 32) | 0, POW31[length]) + hashOfWord(ctx, w)) | 0;
  }
  return h;
}

/** How the word is spelled as a listed surname, or null when no surname folds like it. */
function surnameForm(ctx: ScanContext, w: Word): Form | null {
  const spelled = spelledOf(ctx, w);
  if (spelled.surname === undefined) {
    const form = spelledForm(ctx, w.start, w.end, SURNAME_SPELLINGS);
    // "Điểu" folds like the listed Điêu, and is a surname of its own.
    spelled.surname = form === null || form === 'wrong' ? (markedSurname(ctx, w) ?? form) : form;
  }
  return spelled.surname;
}

/** "Quàng", "Cà" as written with their marks; bare they are other words. */
function markedSurname(ctx: ScanContext, w: Word): Form | null {
  const form = spelledForm(ctx, w.start, w.end, MARKED_SPELLINGS);
  return form === 'exact' || form === 'partial' ? form : null;
}

/** How the word is spelled as a listed given (or middle) name, or null when none folds like it. */
function givenForm(ctx: ScanContext, w: Word): Form | null {
  const spelled = spelledOf(ctx, w);
  if (spelled.given === undefined) spelled.given = spelledForm(ctx, w.start, w.end, GIVEN_SPELLINGS);
  return spelled.given;
}

/** Listed among the surnames and not spelled as another word ("Định" is no Đinh). */
function isSurname(ctx: ScanContext, w: Word): boolean {
  const form = surnameForm(ctx, w);
  return form !== null && form !== 'wrong';
}

/** The word folded ("nguyen"). */
function keyOf(ctx: ScanContext, w: Word): string {
  // The spelling's own copy when the word has one (most have, and share it with the word's other occurrences).
  return (w.key ??= w.spelled !== null ? w.spelled.folded : ctx.folded.slice(w.start, w.end));
}

/** The word as the caller wrote it, lower-cased ("nguyễn"). */
function writtenOf(ctx: ScanContext, w: Word): string {
  return (w.written ??= originalLower(ctx, w.start, w.end));
}

type Shape = 'title' | 'upper' | 'lower' | 'other';

// Read from the text's units: runBounds reads every capitalised word's shape.
function shapeOf(plain: Uint16Array, start: number, end: number): Shape {
  const first = plain[start];
  let upper = 0;
  let lower = 0;
  for (let i = start + 1; i < end; i++) {
    const c = plain[i];
    if (isUpperCode(c)) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else return 'other';
  }
  if (isUpperCode(first)) {
    if (lower === 0) return 'upper';
    if (upper === 0) return 'title';
    return 'other';
  }
  if (first >= 97 && first <= 122 && upper === 0) return 'lower';
  return 'other';
}

// Per UTF-16 unit, for runBounds: 1 for A–Z, 2 for a–z, 4 for isLetterCode's other letters, 0 for the rest.
const LETTER_CASES = new Uint8Array(65536).fill(1, 65, 91).fill(2, 97, 123).fill(4, 0xc0);

// The words of the run runBounds read last, [RUN_STARTS[k], RUN_ENDS[k]),
// and its shape: most runs hold no name, and are dropped (mayHoldName)
// before a Word is built for them (the runs' objects were a sixth of what
// a scan of mixed text allocated).
const RUN_STARTS = new Int32Array(16);
const RUN_ENDS = new Int32Array(16);
let runShape: Shape = 'title';

/**
 * Capitalised words joined by single spaces, from `start`, into
 * RUN_STARTS/RUN_ENDS; stops at a word of another shape, or at the label of
 * a form's next field run into the name ("Nguyễn Văn Bình Địa chỉ: …").
 * Returns their number.
 */
function runBounds(plain: Uint16Array, folded: string, start: number, limit: number, hashes: Int32Array | null = null, firstWord = 0): number {
  let count = 0;
  let shape: Shape = 'other';
  let i = start;
  while (i < limit && count < 16) {
    const wordStart = i;
    // Every word opens with a capital (shapeOf reads no other as title or upper case, and "one" is one).
    if (!isUpperCode(plain[i])) break;
    // The word's letters and their cases in one reading (isLetterCode's letters: LETTER_CASES is not 0).
    let upper = 0;
    let lower = 0;
    let other = 0;
    for (i++; i < limit; i++) {
      const kind = LETTER_CASES[plain[i]];
      if (kind === 0) break;
      upper += kind & 1;
      lower += (kind >> 1) & 1;
      other |= kind & 4;
    }
    if (i < limit && isDigitCode(plain[i])) break;
    const one = i - wordStart === 1;
    if (!one) {
      // shapeOf's: a letter past ASCII, or both cases after the capital, is neither.
      if (other !== 0 || (upper !== 0 && lower !== 0)) break;
      const s: Shape = lower === 0 ? 'upper' : 'title';
      if (shape === 'other') shape = s;
      else if (s !== shape) break;
    }
    RUN_STARTS[count] = wordStart;
    RUN_ENDS[count] = i;
    count++;
    if (i + 1 < limit && plain[i] === 32 && isUpperCode(plain[i + 1])) i++;
    else break;
  }
  runShape = shape === 'other' ? 'title' : shape;
  return labelInRun(folded, count, hashes, firstWord);
}

/**
 * The run's words before the first that opens a field's label (fieldLabelAt),
 * the first word aside. With the word index's hashes (the run's first word
 * being word `firstWord`, the others the words after it), most words are
 * passed on their hash without being read again.
 */
function labelInRun(folded: string, count: number, hashes: Int32Array | null, firstWord: number): number {
  for (let k = 1; k < count; k++) {
    if (hashes !== null && !mayOpenLabel(hashes[firstWord + k])) continue;
    if (fieldLabelAt(folded, RUN_STARTS[k])) return k;
  }
  return count;
}

/** The run runBounds read last (`count` words from `start`), as Words. */
function runRead(start: number, count: number): { words: Word[]; end: number; shape: Shape } {
  // Sized to the run: pushing onto [] reserved sixteen slots per run.
  const words = new Array<Word>(count);
  for (let k = 0; k < count; k++) words[k] = word(RUN_STARTS[k], RUN_ENDS[k]);
  return { words, end: count ? RUN_ENDS[count - 1] : start + 1, shape: runShape };
}

// capitalisedNames' Words, one array for each length, filled anew for every
// run: namesInRun and what it calls keep no Word (a name found keeps its
// positions), and building them was most of what a run no name opens cost.
const RUN_WORDS: Word[][] = Array.from({ length: 17 }, (_, count) => Array.from({ length: count }, () => word(0, 0)));

/**
 * The run runBounds read last (`count` words), in the reused Words of
 * RUN_WORDS: valid until the next call. Its words are the word index's from
 * word `firstWord` on (ASCII letters in `plain`, joined by single spaces),
 * and take the index's hashes: keyHash's, but for a word an OCR reading
 * folded to digits ("Ol" of "Ol/Il/1990" folds to "01"), which the index
 * hashes up to its first digit. No word the hashes look up holds a digit
 * (the lexicons hold none), so such a word is listed nowhere either way; and
 * a hash found in a table is checked against the text, or only lets the
 * slower test run.
 */
function reusedRun(count: number, hashes: Int32Array, firstWord: number): Word[] {
  const words = RUN_WORDS[count];
  for (let k = 0; k < count; k++) {
    const w = words[k];
    w.start = RUN_STARTS[k];
    w.end = RUN_ENDS[k];
    w.hash = hashes[firstWord + k];
    w.hashed = true;
    w.key = null;
    w.written = null;
    w.spelled = null;
  }
  return words;
}

/** Test hook: readRun's words' bounds and shape (runBounds read in the scan's plain units). */
export function runForTests(ctx: ScanContext, start: number, limit: number): { bounds: number[]; shape: string } {
  const run = readRun(ctx, start, limit);
  return { bounds: run.words.flatMap((w) => [w.start, w.end]), shape: run.shape };
}

/** Capitalised words joined by single spaces, from `start`; stops at a word of another shape. */
function readRun(ctx: ScanContext, start: number, limit: number): { words: Word[]; end: number; shape: Shape } {
  return runRead(start, runBounds(unitsOf(ctx)[0], ctx.folded, start, limit));
}

function atSentenceStart(plain: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && plain.charCodeAt(i) === 32) i--;
  if (i < 0) return true;
  const c = plain.charCodeAt(i);
  // newline, tab, . ! ? : - " ( • *
  return c === 10 || c === 13 || c === 9 || c === 46 || c === 33 || c === 63 || c === 58 || c === 45 || c === 34 || c === 40 || c === 0x2022 || c === 42 || c === 62;
}

function numberBefore(plain: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && plain.charCodeAt(i) === 32) i--;
  // A house number is one space from its street; "01  Tống Văn Khuê  1972" is a row's number in its column.
  if (i < 0 || pos - i > 2) return false;
  // "12 Lê Lợi", "12A Lê Lợi", "45/6 Nguyễn Trãi"
  let j = i;
  while (j >= 0 && isWordCode(plain.charCodeAt(j))) j--;
  // An item's number: "No.12 PHAN THI MAI LINH", "#3 Lê Văn Tám"; a log's time: "08:22 Quách Văn Bền".
  if (plain.charCodeAt(j) === 35 || (plain.charCodeAt(j) === 46 && /(?:^|[^A-Za-z])No$/i.test(plain.slice(Math.max(0, j - 3), j)))) return false;
  if (plain.charCodeAt(j) === 58 && isDigitCode(plain.charCodeAt(j - 1))) return false;
  for (let k = j + 1; k <= i; k++) if (isDigitCode(plain.charCodeAt(k))) return true;
  return plain.charCodeAt(i) === 47;
}

function addressAfter(ctx: ScanContext, pos: number): boolean {
  const { folded, plain } = ctx;
  let i = pos;
  while (i < folded.length && folded.charCodeAt(i) === 32) i++;
  if (folded.charCodeAt(i) !== 44 && folded.charCodeAt(i) !== 45) return false;
  i++;
  while (i < folded.length && folded.charCodeAt(i) === 32) i++;
  let j = i;
  while (j < folded.length && isLetterCode(folded.charCodeAt(j))) j++;
  const first = folded.slice(i, j);
  // A unit then its place's name or number ("quận Ba Đình", "P. 12"), not a word that folds like it ("quân nhân").
  if (ADDRESS_FOLLOWERS.has(first)) return !isLetterCode(folded.charCodeAt(j + 1)) || isUpperCode(plain.charCodeAt(j + 1)) || folded.charCodeAt(j) !== 32;
  let k = j + 1;
  while (k < folded.length && isLetterCode(folded.charCodeAt(k))) k++;
  const two = folded.slice(i, k);
  return ADDRESS_FOLLOWERS.has(two) || PLACES.has(two) || PLACES.has(first);
}

/**
 * Folded phrases (titles, labels, heads) looked up by the hash of the words
 * before a position: `phraseEndingAt` is phraseBefore without building those
 * words and their joined phrases, which it did before every name after a
 * title's or a head's last word ("đồng chí", "Vũ": dịch vụ, "Trần": thị trấn).
 */
interface PhraseTable {
  set: ReadonlySet<string>;
  list: string[];
  /** A phrase's hash → its number in `list`. */
  numbers: IntTable;
  /** The hashes of the phrases' last words: phraseBefore reads no further unless the nearest word is one. */
  lastWords: IntTable;
  /** The hashes of the one-word phrases, and of the last two words of the others ("truong thon"). */
  oneWords: IntTable;
  lastPairs: IntTable;
  /** The hashes of the last two words of the phrases of three words or more. */
  longPairs: IntTable;
  /** No two phrases share a hash (else phraseBefore reads them). */
  byHash: boolean;
}

function phraseTable(phrases: ReadonlySet<string>): PhraseTable {
  const list = [...phrases];
  const numbers = new IntTable(list.map((p, k) => [keyHash(p, 0, p.length), k] as const));
  const lastWords = keyHashes(list.map((p) => p.slice(p.lastIndexOf(' ') + 1)));
  const oneWords = keyHashes(list.filter((p) => !p.includes(' ')));
  const lastTwo = (p: string) => p.slice(p.lastIndexOf(' ', p.lastIndexOf(' ') - 1) + 1);
  const lastPairs = keyHashes(list.filter((p) => p.includes(' ')).map(lastTwo));
  const longPairs = keyHashes(list.filter((p) => p.split(' ').length >= 3).map(lastTwo));
  return { set: phrases, list, numbers, lastWords, oneWords, lastPairs, longPairs, byHash: numbers.size === list.length };
}

/** The phrase of `table` that folded[start, end) is, compared in place, or null (TITLES.has(key) without the key). */
function listedAs(folded: string, start: number, end: number, table: PhraseTable, hash = keyHash(folded, start, end)): string | null {
  if (!table.byHash) {
    const key = folded.slice(start, end);
    return table.set.has(key) ? key : null;
  }
  const k = table.numbers.get(hash);
  if (k < 0) return null;
  const phrase = table.list[k];
  return phrase.length === end - start && folded.startsWith(phrase, start) ? phrase : null;
}

/**
 * phraseBefore(folded, pos, max, table.set), answered at once when the word
 * before `pos` ends none of the table's phrases (most capitalised words
 * follow no title, head or label), and from the last one or two words when
 * no phrase of more words can end with them: phraseBefore gives the longest
 * phrase, and read the words and their phrases again for "Căn cứ Nghị
 * định" (the title "cụ", then "căn cứ", no title) and "đồng chí".
 */
function phraseEndingAt(folded: string, pos: number, max: number, table: PhraseTable): string | null {
  const floor = Math.max(0, pos - 48);
  if (!wordBack(folded, pos - 1, floor)) return null;
  const start = backStart;
  const end = backEnd;
  const last = keyHash(folded, start, end);
  if (!table.lastWords.has(last)) return null;
  // Only longer phrases end with this word: none ends here unless the word
  // before it ends one too ("thôn Đông" follows no "trưởng thôn").
  if (max < 2 || !pairEndingAt(folded, start - 1, floor, end, table)) return table.oneWords.has(last) ? listedAs(folded, start, end, table, last) : null;
  // (A phrase of more words ends with the pair, or one of two words may
  // have a hash another phrase shares: phraseBefore tells.)
  if ((max >= 3 && table.longPairs.has(pairHash)) || !table.byHash) return phraseBefore(folded, pos, max, table.set);
  const k = table.numbers.get(pairHash);
  if (k >= 0 && pairIs(table.list[k], folded, backStart, backEnd, start, end)) return table.list[k];
  return table.oneWords.has(last) ? listedAs(folded, start, end, table, last) : null;
}

/** Test hook: phraseEndingAt's answer and phraseBefore's, for each of the tables the recognizer reads so (tables fill at the first scan). */
export function phraseEndingAtForTests(folded: string, pos: number, max: number): [string | null, string | null][] {
  const tables = [TITLE_PHRASES, LABEL_PHRASES, HEAD_PHRASES, UNIT_PHRASES, NAMER_PHRASES, NOT_TITLE_PHRASES, JUNCTIONS, COMMON_SURNAME_KEYS, PLACE_KEYS];
  return tables.map((table) => [phraseEndingAt(folded, pos, max, table), phraseBefore(folded, pos, max, table.set)]);
}

/** Whether `phrase` is folded[firstStart, firstEnd) and folded[start, end) joined by one space (as phraseBefore joins words). */
function pairIs(phrase: string, folded: string, firstStart: number, firstEnd: number, start: number, end: number): boolean {
  const first = firstEnd - firstStart;
  if (phrase.length !== first + 1 + end - start || phrase.charCodeAt(first) !== 32) return false;
  for (let i = 0; i < first; i++) if (phrase.charCodeAt(i) !== folded.charCodeAt(firstStart + i)) return false;
  for (let i = start; i < end; i++) if (phrase.charCodeAt(first + 1 + i - start) !== folded.charCodeAt(i)) return false;
  return true;
}

// The bounds wordBack read last (two numbers: no object per call).
let backStart = 0;
let backEnd = 0;

/** The word ending at or before `i` as phraseBefore reads it (spaces and a period skipped, not below `floor`) into backStart/backEnd; false when there is none. */
function wordBack(folded: string, i: number, floor: number): boolean {
  while (i >= floor && folded.charCodeAt(i) === 32) i--;
  if (i < floor) return false;
  if (folded.charCodeAt(i) === 46) i--;
  const end = i + 1;
  while (i >= floor && isPhraseCode(folded.charCodeAt(i))) i--;
  if (i + 1 === end) return false;
  backStart = i + 1;
  backEnd = end;
  return true;
}

/**
 * Whether the word before folded[i + 1, lastEnd), read as phraseBefore reads
 * it (not below `floor`), ends some phrase of the table with that word: none
 * unless a space is at `i` (else the clause opens there).
 */
function pairEndingAt(folded: string, i: number, floor: number, lastEnd: number, table: PhraseTable): boolean {
  if (i < floor || folded.charCodeAt(i) !== 32 || !wordBack(folded, i, floor)) return false;
  pairHash = hashOn(hashOn(keyHash(folded, backStart, backEnd), ' ', 0, 1), folded, i + 1, lastEnd);
  return table.lastPairs.has(pairHash);
}

// The hash of the two words pairEndingAt read last, joined by a space (the word before in backStart/backEnd).
let pairHash = 0;

/** A character of a word as phraseBefore reads words (with '/': "đ/c"). */
function isPhraseCode(c: number): boolean {
  return isWordCode(c) || c === 47;
}

/** The text just before `pos` on its line ends with a name label and a colon, dash or tab. */
function labelBefore(folded: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (folded.charCodeAt(i) === 32)) i--;
  const c = folded.charCodeAt(i);
  if (c !== 58 && c !== 45 && c !== 9 && c !== 61) return false;
  return phraseEndingAt(folded, i, 6, LABEL_PHRASES) !== null;
}

interface Evidence {
  score: number;
  rule: string;
  validator: string;
  context: string[];
}

/** Whether the text around [start, end) is written with diacritics (pasted texts mix both). */
function marksNear(ctx: ScanContext, start: number, end: number): boolean {
  return hasMarks(ctx) && marksAround(ctx, start, end);
}

/**
 * A head of two or more words ending with the name's first word ("BỆNH VIỆN
 * NHÂN DÂN": "bệnh viện nhân"), as phraseBefore reads it: none unless a
 * space comes before that word (in a table cell or at a line start none does).
 */
function headSpanning(folded: string, first: Word): string | null {
  // The nearest word, read as phraseBefore and wordsBefore read it.
  const floor = Math.max(0, first.end - 48);
  let i = first.end - 1;
  while (i >= floor && folded.charCodeAt(i) === 32) i--;
  if (i >= floor && folded.charCodeAt(i) === 46) i--;
  const end = i + 1;
  while (i >= floor && isPhraseCode(folded.charCodeAt(i))) i--;
  if (i + 1 >= end || i < floor || folded.charCodeAt(i) !== 32) return null;
  const head = phraseEndingAt(folded, first.end, 3, HEAD_PHRASES);
  return head !== null && head.includes(' ') ? head : null;
}

function headBefore(ctx: ScanContext, pos: number): string | null {
  const head = phraseEndingAt(ctx.folded, pos, 3, HEAD_PHRASES);
  if (!head) return null;
  let end = pos;
  while (end > 0 && ctx.folded.charCodeAt(end - 1) === 32) end--;
  if (ctx.folded.charCodeAt(end - 1) === 46) end--;
  const form = HEAD_SPELLINGS.check(head, originalLower(ctx, end - head.length, end));
  if (form === 'wrong' || (form === 'bare' && (AMBIGUOUS_BARE_HEADS.has(head) || marksNear(ctx, end - head.length, end)))) return null;
  return head;
}


/** Whether every word is written without diacritics. */
function writtenBareAll(ctx: ScanContext, words: Word[]): boolean {
  if (!hasMarks(ctx)) return true;
  for (const w of words) if (!bareOf(ctx, w)) return false;
  return true;
}

// Listed as a surname, a given name or a middle name and spelled so, or
// written bare where the name's surroundings have no marks either. (One
// small function a list, not one for the three: each fits scoreName's inlining budget.)
function knownSurname(ctx: ScanContext, w: Word, marks: boolean): boolean {
  return knownForm(surnameForm(ctx, w), marks);
}

function knownGiven(ctx: ScanContext, w: Word, marks: boolean): boolean {
  return knownForm(givenForm(ctx, w), marks);
}

function knownMiddle(ctx: ScanContext, w: Word, marks: boolean): boolean {
  const spelled = spelledOf(ctx, w);
  if (spelled.middle === undefined) spelled.middle = spelledForm(ctx, w.start, w.end, MIDDLE_SPELLINGS);
  return knownForm(spelled.middle, marks);
}

function knownForm(form: Form | null, marks: boolean): boolean {
  return form === 'exact' || form === 'partial' || (form === 'bare' && !marks);
}

// scoreName's validators for a listed surname, by (common ? 6 : 0) plus the
// number of known syllables (0–3), 4 for a double surname or 5 for a middle name.
const SURNAME_VALIDATORS = ['surname', 'surname (common)'].flatMap((surname) =>
  ['0 known syllable(s)', '1 known syllable(s)', '2 known syllable(s)', '3 known syllable(s)', 'double surname', 'middle name'].map((evidence) => `${surname}, ${evidence}`),
);

// Words of official headings whose first syllable is a surname or a title,
// or whose second is a surname: "LÝ LỊCH", "ĐOÀN VIÊN", "PHỤ HUYNH". In upper
// case nothing else tells them from a name.
const COMMON_WORDS = new Set([
  'ly lich', 'ly do', 'doan vien', 'doan the', 'cong doan', 'phu huynh', 'nhan dan', 'chung minh', 'dinh ky',
  'thuan tinh', 'nghia vu', 'han tu', 'ho so', 'hoc sinh', 'sinh vien', 'cong dan', 'ton giao', 'dan toc',
  'tinh hinh', 'to chuc', 'hoang thanh', 'truong hop', 'tieu su', 'quoc tich', 'ly hon', 'qua trinh', 'ma so',
  'vi pham', 'hoi nghi', 'toi pham', 'chi tra', 'cong dong', 'dai ly', 'hoi dong', 'gia dinh', 'cu tri', 'tu phap', 'chi nhanh',
  'tham dinh', 'quan tri', 'tong cong', 'quy khach', 'quan he', 'danh gia', 'phong van', 'ho tro', 'ho ngheo', 'anh trai', 'ban hang',
  // A receipt's or a certificate's heading, its payer's label, an amount in words ("BA TRĂM NĂM MƯƠI…").
  'chung nhan', 'bien lai', 'dang ky', 'giao dich', 'hoat dong', 'giao duc', 'nop tien', 'le phi', 'tram nam', 'nam muoi', 'nam tram',
  'khai sinh',
  // Days of the week, "Thứ Năm", "Chủ nhật", written bare.
  'thu hai', 'thu ba', 'thu tu', 'thu nam', 'thu sau', 'thu bay', 'chu nhat',
  // A heading's tax words ("GIÁ TRỊ GIA TĂNG").
  'gia tri',
  // Office words that upper case leaves looking like names ("QUẢN LÝ VĂN BẢN", "BỘ PHẬN MỘT CỬA"), not a title's (bác sĩ, điều tra viên).
  'quan ly', 'bo tri', 'bo sung', 'bo phan', 'dong y', 'cung cap', 'nhan vien', 'thong tin',
  'tham gia', 'thanh toan', 'thanh vien', 'chi tiet', 'muc tieu', 'ca nhan', 'co the', 'hop phap', 'dinh danh',
  'thuong binh', 'gia danh', 'ban do', 'chu y', 'ma co', 'phan mot', 'ho gia', 'hieu luc', 'tra cong', 'dang hoc', 'dang o',
  'khong thanh', 'khong tra', 'danh muc', 'an toan', 'luu y', 'bien dong', 'nhan tien', 'dai thao',
]);

// A hospital's departments, in any case and after any title: "bác sĩ Khoa Phẫu thuật thần kinh" (Khoa is also a given name).
const DEPARTMENTS = new Set([
  'khoa noi', 'khoa ngoai', 'khoa san', 'khoa nhi', 'khoa phau', 'khoa hoi', 'khoa cap', 'khoa xet', 'khoa duoc',
  'khoa kham', 'khoa mat', 'khoa rang', 'khoa tim', 'khoa ung', 'khoa truyen', 'khoa chan', 'khoa gay', 'khoa tam',
  'khoa lao', 'khoa dinh', 'khoa phuc', 'khoa vat', 'khoa kiem', 'khoa chong', 'khoa than', 'khoa benh',
]);

// Common words whose first two syllables a common surname opens, told from a name by the lower-case
// word that completes them ("Dang Cong san" is the Party; "Dang Cong Hau" a person).
const COMPLETED_COMMON_WORDS = new Set(['dang cong san']);

/**
 * Offices a capitalised given name and a lower-case word make, after a
 * title: "cán bộ Thanh tra tỉnh", "anh chị Huyện đoàn", "quân chủng Hải quân".
 */
const COMPLETED_OFFICES = new Set(['thanh tra', 'huyen doan', 'tinh doan', 'thanh doan', 'hai quan', 'huyen uy', 'tinh uy', 'thanh uy', 'dang uy']);

/** Whether a two-word run and the lower-case word after it are such a common word, or a one-word run and it an office. */
function completedCommonWord(ctx: ScanContext, words: Word[]): boolean {
  const { folded } = ctx;
  const end = lowerWordAfter(folded, words[words.length - 1].end);
  if (end <= 0) return false;
  const phrase = folded.slice(words[0].start, end);
  // ("chị Thanh tra cứu hồ sơ" is Thanh looking a file up.)
  if (words.length === 1) return COMPLETED_OFFICES.has(phrase) && !folded.startsWith(' cuu', end);
  return COMPLETED_COMMON_WORDS.has(phrase);
}

/** Whether the run's first two words, or the word before it and its first, are such a common word. */
function commonWordAt(ctx: ScanContext, words: Word[]): boolean {
  const { folded } = ctx;
  if (words.length > 1 && COMMON_WORDS.has(`${keyOf(ctx, words[0])} ${keyOf(ctx, words[1])}`)) return true;
  const before = phraseBefore(folded, words[0].start, 1, ALL_FIRST);
  return before !== null && COMMON_WORDS.has(`${before} ${keyOf(ctx, words[0])}`);
}
const ALL_FIRST = new Set([...COMMON_WORDS].map((w) => w.split(' ')[0]));

/**
 * "Tôn Nữ Quỳnh Như", "Tôn Thất Hùng": the Nguyễn royal lineage's two-word
 * surname, common in Huế and the centre; Nữ and Thất are no one's middle name otherwise.
 */
function royalLineage(ctx: ScanContext, words: Word[]): boolean {
  if (keyOf(ctx, words[0]) !== 'ton') return false;
  const second = keyOf(ctx, words[1]);
  return second === 'nu' || second === 'that';
}

/** The evidence that `words` name a person, or null; one object for every call, overwritten by the next. */
function scoreName(ctx: ScanContext, words: Word[], shape: Shape, titleWord: string | null): Evidence | null {
  const { folded } = ctx;
  const first = words[0];
  let hasSurname = surnameForm(ctx, first) !== null;
  // "Phòng An ninh", "Công ty", "Phó Chủ tịch": a unit or a position, not a person after a greeting or title.
  // (Its first word hashed already: most open no unit, told without reading it again.)
  if (ORG_FIRST.has(hashOfWord(ctx, first)) && opensUnit(ctx, first.start)) return null;
  // "công dân A", "bà Y tá": one letter alone is a placeholder or a word's start, no one's name.
  if (words.length === 1 && first.end - first.start === 1) return null;
  // An upper-case heading's common words that open with a surname ("SƠ YẾU LÝ LỊCH", "PHỤ HUYNH HỌC SINH").
  // Written bare, the same common words in Title Case ("Thu Nam" is Thứ Năm), unless a common surname
  // opens them, which a name as often does ("Hoang Thanh Tung"); "Dang Cong san" is the Party.
  if ((shape === 'upper' || (!hasMarks(ctx) && !COMMON.has(keyOf(ctx, first)))) && commonWordAt(ctx, words)) return null;
  if (((words.length === 2 && !hasMarks(ctx)) || words.length === 1) && completedCommonWord(ctx, words)) return null;
  if (words.length >= 2 && first.end - first.start === 4 && folded.startsWith('khoa', first.start) && DEPARTMENTS.has(`khoa ${keyOf(ctx, words[1])}`)) return null;
  // Made on the first word pushed: most names have none.
  let context: string[] | null = null;
  let validator: string;
  let score: number;
  if (hasSurname && surnameForm(ctx, first) === 'wrong') {
    // Spelled as no surname: only a title makes it a name ("ông Định", not Đinh).
    if (!titleWord) return null;
    hasSurname = false;
  }
  if (hasSurname) {
    // In a text written with diacritics, a syllable written without them is
    // not evidence ("Phạm Vi" is scope, not a name).
    // A name typed wholly without diacritics inside a text that has them is
    // common (forms ask for it); one bare syllable among marked ones is not.
    const marks = !writtenBareAll(ctx, words) && marksNear(ctx, first.start, words[words.length - 1].end);
    // "Trần Nguyễn Minh Yến", "Lê Phạm Hồng Lụa": a second surname from the other parent.
    const double = words.length >= 3 && (knownSurname(ctx, words[1], marks) || royalLineage(ctx, words));
    let known = 0;
    for (let k = 1; k < words.length; k++) if (knownGiven(ctx, words[k], marks) || (k === 1 && double)) known++;
    const middle = words.length >= 3 && (knownMiddle(ctx, words[1], marks) || (double && (words.length === 3 || knownMiddle(ctx, words[2], marks) || knownGiven(ctx, words[2], marks))));
    if (words.length === 4) score = middle ? 0.8 : 0.3;
    else if (words.length === 3) score = middle ? 0.8 : known === 2 ? 0.65 : known === 1 ? 0.5 : 0.35;
    else score = known === 1 ? 0.55 : 0.3;
    const common = isCommonSurname(ctx, first);
    if (common) score += 0.05;
    validator = SURNAME_VALIDATORS[(common ? 6 : 0) + (middle ? (double ? 4 : 5) : known)];
  } else {
    // In UPPERCASE every word is capitalised: after a title ("CHỒNG MẤT NĂM 2021",
    // "CÔNG DÂN ĐẾN LIÊN HỆ") the words must all be given names to be one.
    if (shape === 'upper' && !words.every((w) => isKnownSyllable(ctx, w))) return null;
    const single = words.length === 1 && isKnownSyllable(ctx, first);
    score = words.length >= 2 ? 0.45 : single ? 0.35 : 0;
    validator = words.length === 1 ? 'given name only' : 'no listed surname';
  }
  if (shape === 'upper') score -= 0.1;
  let named = false;
  // A name that opens its line (a list's, a column's first cell) follows no
  // label, head, house number or street: those are not looked for
  // (opensLineSkips: each finds nothing there).
  const before = folded.charCodeAt(first.start - 1);
  const opensLine = first.start === 0 || before === 10 || before === 13;
  if (titleWord) {
    score = Math.max(score + 0.3, hasSurname ? 0.8 : words.length === 1 ? 0.65 : 0.6);
    (context ??= []).push(`+${titleWord}`);
    named = true;
  } else if (!opensLine && labelBefore(folded, first.start)) {
    score = Math.max(score + 0.3, 0.85);
    (context ??= []).push('+name label');
    named = true;
  }
  // "BỆNH VIỆN NHÂN DÂN", "CƠ QUAN QUẢN LÝ": a head ending inside the name.
  const spanning = opensLine ? null : headSpanning(folded, first);
  const head = spanning !== null && !folded.startsWith(spanning, first.start) ? spanning : opensLine ? null : headBefore(ctx, first.start);
  // "Trưởng thôn Nguyễn Văn Tài": the head word ends a title, the hamlet's head, not the hamlet.
  // Short of a full name the words name the hamlet ("Trưởng ấp Phú Hòa", "Truong thon Dong Lac").
  const heads = head !== null && hasSurname && words.length >= 3 && titleWord !== null && titleWord.endsWith(` ${head}`) ? null : head;
  if (heads) {
    score = Math.min(score, 0.15);
    (context ??= []).push(`-${heads}`);
  } else if (!opensLine && numberBefore(ctx.plain, first.start)) {
    score = Math.min(score, HOUSE_NUMBER_SCORE);
    (context ??= []).push('-house number');
  } else {
    // The whole name, or its first two words, is a place's name ("Hà Nội", "Lê Lợi"), compared in place.
    const lastEnd = words[words.length - 1].end;
    const firstTwo = Math.min(words.length, 2);
    // After a kinship title a full name is the person's, though a street bears it ("bố là ông Lê Văn Lương").
    const place = opensPlace(ctx, first);
    if (place && ((!(titleWord !== null && KIN.has(titleWord) && words.length >= 3) && listedAs(folded, first.start, lastEnd, PLACE_KEYS, hashOfWords(ctx, words, words.length)) !== null) || (!named && listedAs(folded, first.start, words[firstTwo - 1].end, PLACE_KEYS, hashOfWords(ctx, words, firstTwo)) !== null))) {
      score = Math.min(score, 0.15);
      (context ??= []).push('-place name');
    } else if (!named && !opensLine && streetListed(ctx, first.start)) {
      score = Math.min(score, 0.15);
      (context ??= []).push('-listed after a street');
    } else if (!named && addressAfter(ctx, words[words.length - 1].end)) {
      score = Math.min(score, 0.3);
      (context ??= []).push('-address follows');
    } else if (!named && dateLinePlace(folded, words[words.length - 1].end)) {
      score = Math.min(score, 0.3);
      (context ??= []).push('-place of a date line');
    }
  }
  // A name alone under an official's position is the document's signer:
  // public, but a person's name all the same (Decree 356 exempts no one's),
  // and the position is evidence the line is a name.
  if (!named && score >= 0.3 && streetColumn(ctx, first.start)) {
    score = Math.min(score, 0.15);
    (context ??= []).push('-street column');
  }
  if (!named && hasSurname && (context === null || !context.some(isNegative)) && signatory(ctx, first.start, words[words.length - 1].end)) {
    score = Math.max(score, SIGNATORY_SCORE);
    (context ??= []).push(SIGNATORY);
  }
  const out = scored;
  out.score = Math.max(0, Math.min(0.98, score));
  out.rule = hasSurname ? 'person_name.surname' : 'person_name.title';
  out.validator = validator;
  // Most names have no context: one shared empty list (candidates share their lists, and add to them by copy).
  out.context = context ?? NO_WORDS;
  return out;
}

/**
 * Test hook: what scoreName would read before a name at [start, end) that
 * opens its line, and no longer reads there (opensLine): the label, the head
 * spanning the name, the head before it, a house number, a listed street.
 */
export function opensLineSkipsForTests(ctx: ScanContext, start: number, end: number): unknown[] {
  return [labelBefore(ctx.folded, start), headSpanning(ctx.folded, word(start, end)), headBefore(ctx, start), numberBefore(ctx.plain, start), streetListed(ctx, start)];
}

/** What scoreName caps a name right after a house number at ("12 Lê Lợi": a street's), below the engine's threshold. */
const HOUSE_NUMBER_SCORE = 0.15;

// The lowest score the engine reports for the scan being made, when it has
// said (reportsFrom): a candidate below it is dropped before anything reads
// it, so a name that cannot reach it need not be scored.
const reportFloor = scanCache<number>();

/** Tells the recognizer that the scan reports only candidates scoring `threshold` or more (the engine, before collecting). */
export function reportsFrom(ctx: ScanContext, threshold: number): void {
  reportFloor.key = ctx;
  reportFloor.value = threshold;
}

/**
 * Whether a name scoring at most `score` (or none) goes unreported whether
 * it is pushed or not. Past the threshold, FoundNames keeps the best name
 * at a start either way, and no other recognizer reads these candidates.
 * found.has (titledMinorityNames) matters only at a start after a kinship
 * title, which no house number precedes, or at "Y"/"H'", which is no
 * surname: no name is pushed there either way.
 */
function unseenScore(ctx: ScanContext, score: number): boolean {
  return reportFloor.key === ctx && score < reportFloor.value!;
}

// scoreName's answer, read at once by its callers: an object per name was garbage at once.
const scored: Evidence = { score: 0, rule: '', validator: '', context: NO_WORDS };

// Heads of a list of streets: "các tuyến phố Hàng Mã, Lương Văn Can, Hàng
// Lược", "phố Phùng Hưng và Trần Nhật Duật", "nút giao Nguyễn Văn Linh –
// Nguyễn Hữu Thọ": every name in it is a street's.
const STREET_HEADS = new Set(['duong', 'pho', 'tuyen', 'nga ba', 'nga tu', 'dai lo', 'quoc lo', 'tinh lo', 'cau']);
const JUNCTIONS = phraseTable(new Set(['nut giao', 'giao lo', 'giao nhau', 'cac tuyen', 'tuyen pho', 'tuyen duong', 'lo trinh', 'hanh trinh']));

/** Whether the name at `pos` follows, in a list, a street named with its head word. */
function streetListed(ctx: ScanContext, pos: number): boolean {
  const { folded, plain } = ctx;
  // A route's first stop: "lộ trình: Nguyễn Hữu Thọ - Lê Văn Lương - …".
  let k = pos;
  while (k > 0 && folded.charCodeAt(k - 1) === 32) k--;
  if (folded.charCodeAt(k - 1) === 58 && phraseEndingAt(folded, k - 1, 2, JUNCTIONS) !== null) return true;
  let at = pos;
  for (let items = 0; items < 6; items++) {
    let i = at;
    while (i > 0 && folded.charCodeAt(i - 1) === 32) i--;
    const c = folded.charCodeAt(i - 1);
    const dash = c === 45 || c === 0x2013;
    if (c === 44 || dash || c === 47) i--;
    else if (folded.startsWith(' va', i - 3)) i -= 3;
    else return false;
    while (i > 0 && folded.charCodeAt(i - 1) === 32) i--;
    // A stop may end with its number ("cầu Tân Thuận 2").
    const numberEnd = i;
    while (i > 0 && isDigitCode(folded.charCodeAt(i - 1))) i--;
    if (i < numberEnd) while (i > 0 && folded.charCodeAt(i - 1) === 32) i--;
    const run = capitalisedRunBefore(folded, plain, i, 4);
    if (run.words === 0) return false;
    const head = headBefore(ctx, run.start);
    // The stop before is a street by its head word, a junction's, or (on a route's dashes) a street the
    // lexicon knows: "…, huyện Châu Thành, Lâm Văn Tài" names a person after a place.
    if ((head !== null && STREET_HEADS.has(head)) || phraseEndingAt(folded, run.start, 2, JUNCTIONS) !== null || (dash && run.words >= 2 && listedAs(folded, run.start, i, PLACE_KEYS) !== null)) return true;
    at = run.start;
  }
  return false;
}

// A land-price table's street and section columns ("Tên đường phố", "Đoạn từ", "Đoạn đến") hold streets named after people.
// (The cell opens with the word: "Điều dưỡng" holds dưỡng, no đường.)
const STREET_COLUMN = /^[^a-z]*(?:ten )?(?:duong|pho|duong pho|tuyen duong|doan tu|doan den)(?:[^a-z]|$)/;

// Whether the scan's text holds a word a street column's header needs
// (duong, pho, doan), or names SQL columns (whose names lose their quotes
// and spaces, so may join into one). Searched for the commonest first:
// "pho" (phòng, phó, thành phố) is near the start of most Vietnamese texts,
// where a search for "duong" in a text without it reads the whole text.
const streetWords = scanCache<boolean>();

function mayHaveStreetColumn(ctx: ScanContext): boolean {
  if (streetWords.key !== ctx) {
    const { folded } = ctx;
    streetWords.value = folded.includes('pho') || folded.includes('duong') || folded.includes('doan') || folded.includes('values');
    streetWords.key = ctx;
  }
  return streetWords.value!;
}

function streetColumn(ctx: ScanContext, pos: number): boolean {
  // A header is cut from the text: without those words none is a street's,
  // and no name of a long table need find its row's header.
  if (!mayHaveStreetColumn(ctx)) return false;
  const header = columnHeader(ctx, pos);
  return header !== null && STREET_COLUMN.test(header);
}

/** "đại diện Thượng úy Nguyễn Văn Tài": the word opens a title (a rank) with the lower-case word after it. */
function opensTitle(ctx: ScanContext, w: Word): boolean {
  const next = lowerWordAfter(ctx.folded, w.end);
  if (next > 0 && TITLES.has(ctx.folded.slice(w.start, next))) return true;
  // "Cán bộ Tư pháp", "đại diện Chi nhánh": the word opens a common compound in lower case.
  if (next > 0 && COMMON_WORDS.has(ctx.folded.slice(w.start, next))) return true;
  // "Chủ tịch Hội LHPN xã", "Đoàn TN": a body's first word before its initials.
  const { plain } = ctx;
  return plain.charCodeAt(w.end) === 32 && isUpperCode(plain.charCodeAt(w.end + 1)) && isUpperCode(plain.charCodeAt(w.end + 2)) && UNIT_SPEAKERS.has(keyOf(ctx, w));
}

/** "Đặng Sơn, ngày 18 tháng 6 năm 2024": a document's place and date line names a commune, not a person. */
function dateLinePlace(folded: string, end: number): boolean {
  if (!folded.startsWith(', ngay ', end)) return false;
  const c = folded.charCodeAt(end + 7);
  return (c >= 48 && c <= 57) || c === 46 || c === 32;
}

const SIGNATORY = '+signatory of an official document';
const SIGNATORY_SCORE = 0.75;
const isNegative = (word: string) => word.charCodeAt(0) === 45;

// A police or army officer signs with the rank: "Thượng tá Đỗ Thành Trung".
const RANK = /(?:Thuong|Dai|Trung|Thieu) (?:ta|uy|tuong) *$/i;

// What every position (POSITIONS, person-name-position.ts) holds, tested
// first: a letter then a dot (TM., KT., Q., TL., TUQ.), "(", or one of the
// longer words. This pattern runs about three times as fast as the
// positions' (the lines above most names alone on a line, a letter's
// sign-off, hold none of them).
const POSITION_HINTS = /[MTQL]\.|\(|TRUONG|CHU TICH|CHANH VAN PHONG|GIAM DOC|BI THU/;

/**
 * A name alone on its line under an official's position is the signatory of
 * a public document (the provincial plans this product is used around are
 * signed so); it is public, not a leak.
 */
function signatory(ctx: ScanContext, start: number, end: number): boolean {
  const { plain } = ctx;
  // Cheap first: the name must open its line (after bold markers, spaces or a rank).
  let i = skipMarkup(plain, start - 1);
  // Only a word ending in a, y or g can end a rank ("tá", "úy", "tướng").
  const rank = i >= 0 && endsRank(plain.charCodeAt(i)) && RANK.exec(plain.slice(Math.max(0, i - 12), i + 1));
  if (rank) i = skipMarkup(plain, i - rank[0].length);
  // Only markup or a rank lies between the line feed and the name. (A bare
  // carriage return before it never made a signatory: the line read back
  // from it held the return itself, which is no markup; and looking for
  // that line's start read back through a text of such lines per name.)
  if (i >= 0 && plain.charCodeAt(i) !== 10) return false;
  const lineStartAt = i + 1;
  if (!endsLine(plain, end) || !leadsAlone(plain, lineStartAt, start)) return false;
  // The lines read below lie within the 200 characters above: none of them
  // holds a position when those hold none. (Told by the positions, not only
  // their hints: the lines above an e-mail's names often hold a bracket,
  // "trường" or a sentence's last "t.", and finding the lines, upper-casing
  // them and running the patterns for each was a tenth of scanning an e-mail.)
  if (!mayHoldPositionIn(ctx, Math.max(0, lineStartAt - 200), lineStartAt)) return false;
  const lines = plain.slice(linesAbove(plain, lineStartAt, 4), lineStartAt).toUpperCase();
  // The position's own second line ("CHU TICH" bare: Chu is a surname) signs nothing.
  const name = ctx.folded.slice(start, end).toUpperCase();
  if (POSITION_HINTS.test(name) && POSITIONS.test(name)) return false;
  return POSITION_HINTS.test(lines) && POSITIONS.test(lines) && !PETITIONER.test(lines);
}

/**
 * A stretch of the scan's plain text known to hold no position (upper-
 * cased): in a list of names one a line, each name's 200 characters above
 * are mostly the last name's, and only the part past the stretch is read
 * (reading every name's lines above, upper-cased, was a tenth of scanning
 * such a list).
 */
const positionFree = scanCache<{ from: number; to: number }>();

/** The longest position ("CHANH VAN PHONG") less one: a position reaching past a stretch starts within this many characters before its end. */
const POSITION_REACH = 14;

/**
 * How far past a query a stretch that grows is read for hints at most: as
 * far as the stretch is long, which doubles while a list's names ask about
 * it (each name's new line read with the reach before it was a tenth of
 * scanning a list of names one a line). A new stretch is read to the
 * query's end only: a lone name (an e-mail's) has no name below to ask (read
 * as far again below it, mixed text's hints read 175 k units for 107 k).
 */
const READ_AHEAD = 4096;

/** Whether plain[from, to), upper-cased, may hold a position; false when it surely holds none. */
function mayHoldPositionIn(ctx: ScanContext, from: number, to: number): boolean {
  const free = positionFree.key === ctx ? positionFree.value! : null;
  if (free !== null && free.from <= from && to <= free.to) return false;
  // Upper-casing maps each unit on its own, so the stretch's part past its
  // end, read with the reach before it, is enough (from the stretch's end,
  // not the query's start: the grown stretch must leave no part unread).
  const grows = free !== null && free.from <= from && from <= free.to && free.to < to;
  const a = grows ? Math.max(free!.from, free!.to - POSITION_REACH) : from;
  const { plain } = ctx;
  // A position holds a hint: read in place up to the first hint, past the
  // query when there is none in it. A hint in the query (or a unit that
  // upper-cases to ASCII) leaves it to the positions' pattern.
  const ahead = grows ? Math.min(READ_AHEAD, to - free!.from) : 0;
  const hint = firstHint(plain, a, Math.min(plain.length, to + ahead));
  let end = hint;
  if (hint < to) {
    if (mayHoldPosition(plain, a, to)) return true;
    end = to;
  }
  if (grows) free!.to = end;
  else {
    positionFree.key = ctx;
    positionFree.value = { from, to: end };
  }
  return false;
}

/**
 * POSITION_HINTS.test(plain.slice(from, to).toUpperCase()), read in place
 * (an upper-cased copy per name was a twentieth of scanning a list of
 * names) unless a unit upper-cases to ASCII ("ı" to "I", "ﬀ" to "FF").
 */
export function asciiHint(plain: string, from: number, to: number): boolean {
  const hint = firstHint(plain, from, to);
  return hint < 0 ? POSITION_HINTS.test(plain.slice(from, to).toUpperCase()) : hint < to;
}

/**
 * Where in plain[from, to), read upper-cased, the first hint is told (where
 * it starts, or its dot): `to` when there is none, -1 when a unit that
 * upper-cases to ASCII comes first (the hints are then read on a copy).
 * No hint lies inside plain[from, the answer). Any other unit upper-cases to
 * units that are not ASCII, which no hint holds or spans.
 */
export function firstHint(plain: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = plain.charCodeAt(i);
    const kind = HINT_UNITS[c];
    if (kind === 0) continue;
    if (kind === 2) return -1;
    if (hintAt(plain, i, from, to, c)) return i;
  }
  return to;
}

// Per UTF-16 unit: 1 where a hint can be told ("(", the dot after [MTQL], the
// first letter of a longer hint), 2 for a unit that upper-cases to ASCII.
const HINT_UNITS = new Uint8Array(65536);
for (const c of '(.TtCcGgBb') HINT_UNITS[c.charCodeAt(0)] = 1;
for (const [first, last] of UPPER_TO_ASCII) HINT_UNITS.fill(2, first, last + 1);

function hintAt(plain: string, i: number, from: number, to: number, c: number): boolean {
  if (c === 40) return true;
  if (c === 46) {
    if (i === from) return false;
    const b = plain.charCodeAt(i - 1) & ~0x20;
    return b === 77 || b === 84 || b === 81 || b === 76;
  }
  const u = c & ~0x20;
  // The longer hints' second letters first: most such letters open other words ("Nguyen", "Thi").
  const second = plain.charCodeAt(i + 1) & ~0x20;
  if (u === 84) return second === 82 && upperAt(plain, i, to, 'TRUONG');
  if (second !== (u === 71 || u === 66 ? 73 : 72)) return false;
  if (u === 67) return upperAt(plain, i, to, 'CHU TICH') || upperAt(plain, i, to, 'CHANH VAN PHONG');
  if (u === 71) return upperAt(plain, i, to, 'GIAM DOC');
  return upperAt(plain, i, to, 'BI THU');
}

/** Whether ASCII plain[i, to), upper-cased, starts with `word` (upper case, letters and spaces). */
function upperAt(plain: string, i: number, to: number, word: string): boolean {
  if (i + word.length > to) return false;
  for (let k = 0; k < word.length; k++) {
    const c = plain.charCodeAt(i + k);
    const u = c >= 97 && c <= 122 ? c - 32 : c;
    if (u !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** Back from `i` past bold markers, spaces and tabs. */
function skipMarkup(plain: string, i: number): number {
  while (i >= 0 && isMarkup(plain.charCodeAt(i), false)) i--;
  return i;
}

/** * _ space tab, and a carriage return when `cr`. */
function isMarkup(c: number, cr: boolean): boolean {
  return c === 42 || c === 95 || c === 32 || c === 9 || (cr && c === 13);
}

function endsRank(c: number): boolean {
  return c === 97 || c === 103 || c === 121 || c === 65 || c === 71 || c === 89;
}

function onlyMarkup(plain: string, from: number, to: number, cr: boolean): boolean {
  for (let i = from; i < to; i++) if (!isMarkup(plain.charCodeAt(i), cr)) return false;
  return true;
}

/** Whether only markup (a carriage return too) follows `end` on its line. */
function endsLine(plain: string, end: number): boolean {
  let j = end;
  while (j < plain.length && isMarkup(plain.charCodeAt(j), true)) j++;
  return j === plain.length || plain.charCodeAt(j) === 10;
}

/** Whether the line's text before the name is markup only, or a rank. */
function leadsAlone(plain: string, lineStartAt: number, start: number): boolean {
  // Nearly always nothing or markup: the slice and the regexes only for a rank.
  return onlyMarkup(plain, lineStartAt, start, false) || plain.slice(lineStartAt, start).replace(RANK, '').replace(/[*_ \t]/g, '') === '';
}

/**
 * Where the last `count` lines with text (not only white space) begin among
 * the 200 characters before `lineStartAt` (a line start). The positions read
 * there span no line, so the blank lines between need not be cut out.
 */
function linesAbove(plain: string, lineStartAt: number, count: number): number {
  const floor = Math.max(0, lineStartAt - 200);
  // Read back from the end of the line above (lineStartAt - 1 is its line break).
  let text = false;
  for (let i = lineStartAt - 2; i >= floor; i--) {
    const c = plain.charCodeAt(i);
    if (c === 10) {
      if (text && --count === 0) return i + 1;
      text = false;
    } else if (!text && !isTrimSpace(c)) text = true;
  }
  return floor;
}

/** White space as String.prototype.trim reads it. */
function isTrimSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// "Người làm đơn (ký, ghi rõ họ tên)": a citizen signs their own petition or declaration.
const PETITIONER = /NGUOI (?:LAM|VIET) DON|NGUOI KHAI|NGUOI DE NGHI|NGUOI YEU CAU|NGUOI LAM CHUNG/;

/**
 * The best name found at each start, in the order first found (as a Map
 * keeps its keys). A list, with a Map of where each start sits only once a
 * start comes before the greatest so far: capitalisedNames finds a long
 * table's names in order, one a row, and a Map's look-up and growth per name
 * cost a fifth of scoring it.
 */
export class FoundNames {
  readonly list: Candidate[] = [];
  /** The greatest start in `list`, while `at` is not built. */
  private last = -1;
  /** Start → its place in `list`, built on the first start out of order. */
  private at: Map<number, number> | null = null;
  /**
   * Whether a candidate of three units or fewer was ever pushed: withoutCodes
   * drops none but such, and a list of full names has none (reading every
   * candidate's bounds back was about a hundredth of scanning such a list).
   */
  short = false;

  /** The place of `start` in `list`, or -1. */
  private placeOf(start: number): number {
    if (this.at === null) {
      if (start > this.last) return -1;
      this.at = new Map();
      for (let k = 0; k < this.list.length; k++) this.at.set(this.list[k].start, k);
    }
    return this.at.get(start) ?? -1;
  }

  has(start: number): boolean {
    return this.placeOf(start) >= 0;
  }

  /** Keeps `candidate` unless one at its start scores as high. */
  push(candidate: Candidate): void {
    if (candidate.end - candidate.start <= 3) this.short = true;
    const k = this.placeOf(candidate.start);
    if (k >= 0) {
      if (this.list[k].score < candidate.score) this.list[k] = candidate;
      return;
    }
    if (this.at !== null) this.at.set(candidate.start, this.list.length);
    else this.last = candidate.start;
    this.list.push(candidate);
  }
}

/**
 * A short title must be spelled as one where the text has diacritics: "chú",
 * not "chủ" or "chữ". In UPPERCASE a greeting opens its line ("GỬI ANH
 * TUẤN"): elsewhere "GỬI" is the verb ("TIỀN GỬI TIẾT KIỆM").
 */
function titleSpelled(ctx: ScanContext, title: string, end: number): boolean {
  const start = end - title.length;
  // A chat's one-letter titles ("c Hạnh", "a Sơn", "e Thảo Vy") are written so, in lower case:
  // "Á Châu" is Asia, "A Pa Chải" a place.
  if (title.length === 1) return ctx.text.charCodeAt(ctx.toOriginal(start)) === title.charCodeAt(0) && !isLetterCode(ctx.folded.charCodeAt(start - 1)) && ctx.toOriginal(end) - ctx.toOriginal(start) === 1;
  if (GREETINGS.has(title) && isUpperCode(ctx.plain.charCodeAt(end - 1)) && !atSentenceStart(ctx.plain, start)) return false;
  // After a unit word a title word names the place: "huyện Củ Chi", "đường Bà Triệu", "xã Bà Điểm".
  const unit = phraseEndingAt(ctx.folded, start, 2, UNIT_PHRASES);
  if (unit !== null && unitSpelled(ctx, unit, start)) return false;
  // "Tôi tên là", "cháu tên là" introduce a person; "xã này tên là" a place.
  if ((title === 'ten la' || title === 'ten') && phraseEndingAt(ctx.folded, start, 1, NAMER_PHRASES) === null) return false;
  if (!TITLE_SPELLINGS.has(title)) return true;
  if (phraseEndingAt(ctx.folded, end, 2, NOT_TITLE_PHRASES) !== null) return false;
  // "BẠN ĐANG GẶP KHÓ KHĂN?", "BAN TU NHAN XET": a poster's or a form's heading addresses the reader, or is no "bạn".
  if (title === 'ban' && isUpperCode(ctx.plain.charCodeAt(start)) && isUpperCode(ctx.plain.charCodeAt(start + 1))) return false;
  const form = TITLE_SPELLINGS.check(title, originalLower(ctx, start, end));
  // Written bare among marked words, "BAN", "CHU" are ban, chu, not bạn, chú
  // (a bare "chao" or "gui" is still a greeting: no other word is spelled so).
  return form !== 'wrong' && (form !== 'bare' || !BARE_WORDS.has(title) || !marksNear(ctx, start, end));
}

/** Whether the unit word `unit` ending before `pos` (spaces between) is spelled as one: "phố", not "Phó". */
function unitSpelled(ctx: ScanContext, unit: string, pos: number): boolean {
  let end = pos;
  while (end > 0 && ctx.folded.charCodeAt(end - 1) === 32) end--;
  return UNIT_SPELLINGS.check(unit, originalLower(ctx, end - unit.length, end)) !== 'wrong';
}

/** A title among the run's own words before `j` ("Ông", "NGƯỜI BỆNH") or just before the run. */
function titleBeforeWord(ctx: ScanContext, words: Word[], j: number): string | null {
  const { folded } = ctx;
  if (j >= 1) {
    const end = words[j - 1].end;
    const two = j >= 2 ? folded.slice(words[j - 2].start, end) : '';
    if (two && TITLES.has(two) && titleSpelled(ctx, two, end)) return two;
    const one = listedAs(folded, words[j - 1].start, end, TITLE_PHRASES, hashOfWord(ctx, words[j - 1]));
    if (one !== null && titleSpelled(ctx, one, end)) return one;
    // A title whose last word opens the run, written in capitals: "chủ TK HA VAN KHUONG".
    if (j === 1) {
      const across = titleBefore(ctx, words[1].start);
      if (across !== null && across.length > end - words[0].start) return across;
    }
    return null;
  }
  return titleBefore(ctx, words[0].start);
}

// The last answer of titleBefore, for the scan that asked: a name's opening
// word is asked about up to four times in a row (whether a kin title opens
// it, whether the run may hold a name, the run's own words), each reading and
// spelling the words before it again.
const lastTitle = scanCache<{ pos: number; title: string | null }>();
const noTitleYet = () => ({ pos: -1, title: null });

function titleBefore(ctx: ScanContext, pos: number): string | null {
  const last = perScan(lastTitle, ctx, noTitleYet);
  if (last.pos !== pos) {
    last.title = titleBeforeNow(ctx, pos);
    last.pos = pos;
  }
  return last.title;
}

function titleBeforeNow(ctx: ScanContext, pos: number): string | null {
  // Most capitalised words open a sentence or a line: no word before, no title.
  let k = pos - 1;
  while (k >= 0 && ctx.folded.charCodeAt(k) === 32) k--;
  if (k < 0 || !isLetterCode(ctx.folded.charCodeAt(k))) return null;
  const title = phraseEndingAt(ctx.folded, pos, 3, TITLE_PHRASES);
  if (!title) return null;
  let end = pos;
  while (end > 0 && ctx.folded.charCodeAt(end - 1) === 32) end--;
  // "Văn phòng luật sư Hạ Long Bay", "Đoàn luật sư tỉnh": a firm's or a bar's name, no lawyer's.
  if (title === 'luat su' && FIRM_BEFORE.test(ctx.folded.slice(Math.max(0, end - 22), end - 7))) return null;
  return titleSpelled(ctx, title, end) ? title : null;
}
const FIRM_BEFORE = /(?:^|[^a-z])(?:van phong|doan|cong ty|to chuc hanh nghe) ?$/;

// Mid-sentence, after a kinship title written in lower case, a capitalised
// syllable is a name even when the lexicon lacks it ("bà Lựu", "anh Độ", "ông
// Sửu"): Vietnamese capitalises no common noun there.
const KIN = new Set(['ong', 'ba', 'anh', 'chi', 'co', 'chu', 'bac', 'cu', 'di', 'cau', 'thim']);

// The word index's hashes of those titles: most capitalised words follow none.
const KIN_HASHES = intSet([...KIN].map((t) => letterHash(t, 0, t.length)));

function kinBefore(ctx: ScanContext, pos: number): boolean {
  const title = titleBefore(ctx, pos);
  if (title === null || !KIN.has(title)) return false;
  let end = pos;
  while (isLetterCode(ctx.folded.charCodeAt(end))) end++;
  // One space after the title, written in lower case with the text's diacritics ("cau Cay" may be cầu Cây).
  const at = pos - 1 - title.length;
  return ctx.folded.startsWith(`${title} `, at) && !isUpperCode(ctx.plain.charCodeAt(at)) && isVietnameseSyllable(ctx.folded, pos, end) && marksNear(ctx, pos, end);
}

/** Listed with diacritics but written without them ("THAM" for Thẩm). */
function writtenBare(ctx: ScanContext, w: Word): boolean {
  return GIVEN.check(keyOf(ctx, w), writtenOf(ctx, w)) === 'bare';
}

function isMarked(ctx: ScanContext, w: Word): boolean {
  return writtenOf(ctx, w) !== keyOf(ctx, w);
}

function isKnownSyllable(ctx: ScanContext, w: Word): boolean {
  const form = givenForm(ctx, w);
  return form !== null && form !== 'wrong';
}

/**
 * Names inside a run of capitalised words. In Title Case a longer run is a
 * heading or an organisation ("Phòng Quản Lý Hành Chính"), so the name must
 * open the run or follow a title; in UPPERCASE whole lines are capitalised,
 * so a name is cut out of the run by its lexicon evidence.
 */
// Catholic baptismal names, written before a Vietnamese full name ("Maria Nguyễn Thị Lụa").
const BAPTISMAL = new Set([
  'giuse', 'maria', 'phero', 'phaolo', 'gioan', 'anna', 'teresa', 'matheu', 'daminh', 'anton', 'phanxico', 'luca', 'marco',
  'anre', 'giacobe', 'toma', 'inhaxio', 'lucia', 'catarina', 'rosa', 'martino', 'micae', 'stephano', 'agata', 'cecilia',
]);

function namesInRun(ctx: ScanContext, words: Word[], shape: Shape, found: FoundNames): void {
  const { plain, folded } = ctx;
  const upper = shape === 'upper';
  let j = 0;
  // The title before a baptismal name carries on to the name after it ("Ông Giuse Trần Văn Đoài").
  let carried: string | null = null;
  while (j < words.length) {
    const w = words[j];
    // Most runs are one capitalised word ("Công văn", "Kính gửi"): only a
    // given name after a title ("chị Lan") can be a name then, so look no further.
    const kin = words.length === 1 && kinBefore(ctx, w.start);
    if (words.length === 1 && givenForm(ctx, w) === null && !kin) return;
    // "CHU NGHIA" is chủ nghĩa (-ism) written without diacritics, not chú Nghĩa.
    let title: string | null = titleBeforeWord(ctx, words, j) ?? carried;
    carried = null;
    if (title === 'chu' && keyOf(ctx, w) === 'nghia') title = null;
    if (title && BAPTISMAL.has(keyOf(ctx, w)) && j + 1 < words.length) {
      carried = title;
      j++;
      continue;
    }
    // "Ông" is a title before a surname, not the surname Ông.
    // (Spelled as one: "Võ Hoàng" is the surname Võ, not vợ.)
    const own = listedAs(folded, w.start, w.end, TITLE_PHRASES, hashOfWord(ctx, w));
    if (own !== null && j + 1 < words.length && surnameForm(ctx, words[j + 1]) !== null && titleSpelled(ctx, own, w.end)) {
      j++;
      continue;
    }
    // Title Case: only at the start of the run, after a title, or after one capitalised sentence opener ("Gửi Nguyễn…").
    if (!upper && j > 0 && !title && !(j === 1 && atSentenceStart(plain, words[0].start))) break;
    // Right after a house number scoreName caps any name at HOUSE_NUMBER_SCORE ("61 Huỳnh Lan Khanh" is a
    // street), or finds none: unreported either way, so the words are not read (they were a sixth of a text
    // of addresses after numbers). Every way on from here, at the first word, moves to the next word having
    // pushed at most such a name; only a Title Case run of more than four words ends below instead.
    // (Only the run's first word: a capitalised word comes before the others. No line opens after a number.)
    if (j === 0 && (upper || words.length <= 4) && unseenScore(ctx, HOUSE_NUMBER_SCORE) && numberBefore(plain, w.start)) {
      j++;
      continue;
    }
    // "Định" folds like the surname Đinh: spelled otherwise, it is a given name ("ông Định").
    // (Read only here: most Title Case runs end above, at their second word.)
    const surname = isSurname(ctx, w);
    if (!surname && !title) {
      j++;
      continue;
    }
    let m = 1;
    const limit = Math.min(words.length - j, 4);
    // After a title a foreigner's name may go on in words no Vietnamese syllable spells ("ông Kim Jae Hoon", "Mr. John Carter").
    // Not after a Vietnamese name's word ("anh Tuấn Facebook", "Anh Duong Edu"), nor a greeting ("Dear Hiring Team").
    const foreignOk = title !== null && !upper && !GREETINGS.has(title) && (foreignWord(ctx, w) || FOREIGN_SURNAMES.has(keyOf(ctx, w)));
    while (m < limit && (syllableOf(ctx, words[j + m]) || (foreignOk && foreignWord(ctx, words[j + m])))) {
      // In UPPERCASE the name ends where the lexicon stops vouching for it.
      // A bare word after marked ones ("NGUYỄN HỮU KIÊN THAM DỰ") is the next word, not the name.
      if (upper && m >= 2 && (!isKnownSyllable(ctx, words[j + m]) || (isMarked(ctx, words[j]) && writtenBare(ctx, words[j + m])))) break;
      m++;
    }
    // A name does not end on "Văn" or "Thị": the capitalised word after them is the given name, however
    // it is spelled ("Đinh Văn Hmưn", "Lò Thị Ỏn" read bare, "Hà Thị Blăng").
    // (In upper case the lexicon stops the name above at an unlisted given name that ends the run: "4. ĐỖ VĂN BẢY - 0380…".)
    if (m === 2 && m < limit && surname && middleOnly(ctx, words[j + 1]) && (foreignWord(ctx, words[j + 2]) || (upper && j + 3 === words.length && syllableOf(ctx, words[j + 2])))) m++;
    if (!upper && words.length - j > 4) break;
    if (!syllableOf(ctx, w) && !(foreignOk && m >= 2 && foreignWord(ctx, w))) {
      j++;
      continue;
    }
    // Without a listed surname only a title makes a name, and a lone given name needs one too
    // ("chị Lan"; after a greeting only when the greeting ends there: "Gửi Uyên," not "gửi Công an").
    // A surname that is a given name too is one after a title ("chị Mai", "cô Hà"),
    // where diacritics tell the title from a place's first word ("Bac Giang", "Ba Trieu").
    // (A title and the word together may be a place: "Ba Đình", "Bà Rịa", "Cô Tô".)
    const lone = title && j + 1 === words.length && !opensTitle(ctx, w) && (!surname || marksNear(ctx, w.start, w.end)) && (isKnownSyllable(ctx, w) || kin) && (!GREETINGS.has(title) || greetingEnds(plain, w.end)) && !PLACES.has(`${title} ${keyOf(ctx, w)}`);
    if (m < 2 && !lone) {
      j++;
      continue;
    }
    // The whole run is the name most often (a list's row, a line of its own): no copy of it then.
    const name = j === 0 && m === words.length ? words : words.slice(j, j + m);
    const evidence = scoreName(ctx, name, shape, title);
    if (evidence && evidence.score > 0) {
      found.push({ type: 'person_name', start: name[0].start, end: name[m - 1].end, score: evidence.score, rule: evidence.rule, validator: evidence.validator, context: evidence.context });
      if (evidence.score >= 0.6) {
        j += m;
        continue;
      }
    }
    j++;
  }
}

/** "Văn" or "Thị" (bare only in text without diacritics): middle names that end no name. */
function middleOnly(ctx: ScanContext, w: Word): boolean {
  const key = keyOf(ctx, w);
  if (key !== 'van' && key !== 'thi') return false;
  return hasMarks(ctx) ? writtenOf(ctx, w) === (key === 'van' ? 'văn' : 'thị') : true;
}

// Korean surnames Vietnamese spells as its own syllables ("Kim", "Han", "Hong"): a foreign given name may follow them.
const FOREIGN_SURNAMES = new Set(['kim', 'lee', 'park', 'choi', 'jung', 'kang', 'cho', 'yoon', 'jang', 'lim', 'han', 'shin', 'seo', 'kwon', 'hwang', 'ahn', 'song', 'yoo', 'hong', 'jeon', 'moon', 'bae']);

/** A capitalised word of two letters or more that no Vietnamese syllable spells: "Jae", "John", "Carter". */
function foreignWord(ctx: ScanContext, w: Word): boolean {
  return w.end - w.start >= 2 && !isVietnameseSyllable(ctx.folded, w.start, w.end) && /^[a-z]+$/.test(keyOf(ctx, w));
}

// Letter hashes of the words that can open a name, so most capitalised words
// ("Công văn", "Kính gửi", "Ủy ban") are passed over without building anything.
let OPENER_HASHES = intSet([]);
// The same hashes' low 16 bits, one byte each: the table (tens of kilobytes)
// is probed only for a word whose bits are set, so nearly half the capitals,
// no opener, cost one load from a table that stays in the cache.
const OPENER_BITS = new Uint8Array(1 << 16);
atFirstScan(() => {
  const openers = [...foldedSet([...COMMON_SURNAMES, ...OTHER_SURNAMES, ...MARKED_SURNAMES, ...GIVEN_NAMES, ...MIDDLE_NAMES]), ...PERSON_TITLES.map((t) => t.split(' ')[0])];
  OPENER_HASHES = intSet(openers.map((w) => letterHash(w, 0, w.length)));
  for (const w of openers) OPENER_BITS[letterHash(w, 0, w.length) & 0xffff] = 1;
});

function isOpener(hash: number): boolean {
  return OPENER_BITS[hash & 0xffff] === 1 && OPENER_HASHES.has(hash);
}

/**
 * Whether word `w` (the index's `k`th capital) or, one unit after it, a
 * capitalised second word may open a name (the second is read only when the
 * first may not).
 */
function mayOpen(index: WordIndex, k: number, w: number, foldedUnits: Uint16Array): boolean {
  if (isOpener(index.hashes[w])) return true;
  // The second is capitalised (isUpperCode of its first unit) when it is
  // the next capital: read in the list of capitals walked, not the text.
  // (One unit apart when the unit two before the second is still in the first.)
  if (k + 1 >= index.capitalCount || index.capitals[k + 1] !== w + 1) return false;
  return WORD_UNIT[foldedUnits[index.starts[w + 1] - 2]] === 1 && isOpener(index.hashes[w + 1]);
}

/** Test hook: for each capital of the scan's word index, mayOpen's answer and the answer read in the text (the second word capitalised as isUpperCode reads its first unit). */
export function mayOpenForTests(ctx: ScanContext): [boolean, boolean][] {
  const index = wordIndex(ctx);
  const [plainUnits, foldedUnits] = unitsOf(ctx);
  const answers: [boolean, boolean][] = [];
  for (let k = 0; k < index.capitalCount; k++) {
    const w = index.capitals[k];
    const next = w + 1 < index.count ? index.starts[w + 1] : -1;
    const read = isOpener(index.hashes[w]) || (next >= 0 && WORD_UNIT[foldedUnits[next - 2]] === 1 && isUpperCode(plainUnits[next]) && isOpener(index.hashes[w + 1]));
    answers.push([mayOpen(index, k, w, foldedUnits), read]);
  }
  return answers;
}

// The word list's hashes of the titles' last letters ("chi", "c" of "đ/c",
// "ba" of "ông/bà"): a title before a capitalised word ends with the word
// listed just before it, so a word after none of these follows no title.
const TITLE_TAILS = intSet(PERSON_TITLES.map((t) => {
  let start = t.length;
  while (start > 0 && WORD_UNIT[t.charCodeAt(start - 1)] === 1) start--;
  return letterHash(t, start, t.length);
}));

/**
 * The scan's plain and folded text as UTF-16 units: the scan's own buffers
 * while it is the latest long one, else copies (a short text's). The loop over
 * capitals reads a few characters of each, cheaper from typed arrays.
 */
function unitsOf(ctx: ScanContext): [Uint16Array, Uint16Array] {
  const plain = plainUnitsOf(ctx);
  const folded = foldedUnitsOf(ctx);
  if (plain !== null && folded !== null) return [plain, folded];
  const n = ctx.plain.length;
  const copies: [Uint16Array, Uint16Array] = [new Uint16Array(n + 1), new Uint16Array(n + 1)];
  for (let i = 0; i < n; i++) {
    copies[0][i] = ctx.plain.charCodeAt(i);
    copies[1][i] = ctx.folded.charCodeAt(i);
  }
  return copies;
}

function capitalisedNames(ctx: ScanContext, found: FoundNames, everyRun: boolean): void {
  const { plain } = ctx;
  const n = plain.length;
  const words = wordIndex(ctx);
  const [plainUnits, foldedUnits] = unitsOf(ctx);
  let resume = 0;
  // Only words that start with a capital (as isUpperCode reads it) can open a run.
  for (let k = 0; k < words.capitalCount; k++) {
    const w = words.capitals[k];
    const i = words.starts[w];
    if (i < resume) continue;
    if (i > 0 && isWordCode(plainUnits[i - 1])) continue;
    // A run can only hold a name if its first or second word may open one.
    if (!mayOpen(words, k, w, foldedUnits) && !(w > 0 && KIN_HASHES.has(words.hashes[w - 1]) && kinBefore(ctx, i))) {
      // In UPPERCASE lines a name may sit further in ("NGƯỜI BỆNH NGUYỄN THỊ HOA"): skip just this word.
      continue;
    }
    if (!everyRun) {
      // A run of one word (no single space and capital after it) holds a
      // name only right after a title ("chị Lan"): most capitalised words are
      // such runs, and have none.
      let j = i;
      while (j < n && isLetterCode(plainUnits[j])) j++;
      const more = j + 1 < n && plainUnits[j] === 32 && isUpperCode(plainUnits[j + 1]);
      if (!more && !(w > 0 && TITLE_TAILS.has(words.hashes[w - 1]) && titleBefore(ctx, i) !== null)) continue;
    }
    const count = runBounds(plainUnits, ctx.folded, i, n, words.hashes, w);
    resume = count ? Math.max(RUN_ENDS[count - 1], i + 1) : i + 1;
    if (count < 1) continue;
    const shape = runShape;
    const run = reusedRun(count, words.hashes, w);
    if (everyRun || mayHoldName(ctx, run, words.hashes, w)) namesInRun(ctx, run, shape, found);
  }
}

/**
 * Test hook: the words of the runs capitalisedNames reads in the scan's text
 * (every run, as with `everyRun`), folded, with the hashes the word index
 * gives them (reusedRun) and keyHash's; then each run's first two words or
 * more, with hashOfWords's hash and keyHash's.
 */
export function runHashesForTests(ctx: ScanContext): [string, number, number][] {
  const index = wordIndex(ctx);
  const [plainUnits] = unitsOf(ctx);
  const words: [string, number, number][] = [];
  for (let k = 0; k < index.capitalCount; k++) {
    const w = index.capitals[k];
    const i = index.starts[w];
    if (i > 0 && isWordCode(plainUnits[i - 1])) continue;
    const count = runBounds(plainUnits, ctx.folded, i, ctx.plain.length, index.hashes, w);
    const run = reusedRun(count, index.hashes, w);
    for (const word of run) words.push([ctx.folded.slice(word.start, word.end), word.hash, keyHash(ctx.folded, word.start, word.end)]);
    // And the run's first words joined, hashed from theirs (hashOfWords).
    for (let k = 2; k <= count; k++) words.push([ctx.folded.slice(run[0].start, run[k - 1].end), hashOfWords(ctx, run, k), keyHash(ctx.folded, run[0].start, run[k - 1].end)]);
  }
  return words;
}

// A name in a run starts at a listed surname or right after a title (one
// ending on an earlier word of the run, or just before the run): a run with
// neither ("Sở Thông", "Luật Bảo", "Công an") yields nothing, and most runs
// are such.
// By the hash of a surname folded, 1 when it folds like a given name too
// and is no common surname ("Tẩn" and "Tân", "Đinh" and "Định"): such a
// word is spelled before the run is taken on. Any other surname takes it on
// at once: spelling Nguyễn there (Nguyên) cost a list of names a few
// percent, and a house number's street ("61 Huỳnh Lan Khanh") is passed
// over later without being spelled.
let SURNAME_WORDS = new IntTable([]);
atFirstScan(() => {
  const given = foldedSet([...GIVEN_NAMES, ...MIDDLE_NAMES]);
  SURNAME_WORDS = new IntTable([...foldedSet([...COMMON_SURNAMES, ...OTHER_SURNAMES, ...MARKED_SURNAMES])].map((key) => [keyHash(key, 0, key.length), given.has(key) && !COMMON.has(key) ? 1 : 0] as const));
});

/**
 * Whether namesInRun could find anything in the run `words` (reusedRun's,
 * the first being word `firstWord` of the index): false only when it
 * provably cannot. A name starts at a surname, as spelled where it may be
 * a given name (isSurname: "Tân Lập" after "xã" opens with no Tẩn), or
 * after a title. A title
 * inside the run (titleBeforeWord) is one word, or the two words before the
 * next joined by their space: "Đan Phượng" follows no title, though "công
 * dân" ends with "dân". One before the run ends with the index's word before
 * it (TITLE_TAILS: "huyện Đan Phượng" asks no more); one may also end on the
 * run's first word ("lễ Tân Lập": namesInRun asks at the second word).
 */
function mayHoldName(ctx: ScanContext, words: Word[], hashes: Int32Array, firstWord: number): boolean {
  const { folded } = ctx;
  const last = words.length - 1;
  let before = 0;
  for (let k = 0; k <= last; k++) {
    const h = hashes[firstWord + k];
    const surname = SURNAME_WORDS.get(h);
    if (surname === 0 || (surname === 1 && isSurname(ctx, words[k]))) return true;
    if (k < last && (TITLE_PHRASES.oneWords.has(h) || (k > 0 && TITLE_PHRASES.lastPairs.has(hashOn(hashOn(before, ' ', 0, 1), folded, words[k].start, words[k].end))))) return true;
    before = h;
  }
  if (firstWord > 0 && TITLE_TAILS.has(hashes[firstWord - 1]) && titleBefore(ctx, words[0].start) !== null) return true;
  // Ending on the first word, a title reaching before it is a longer
  // title's last word (the first word is no title of its own here), or
  // that word read on past a '/' ("ông/Bà Lan").
  if (last === 0) return false;
  const first = words[0];
  const floor = Math.max(0, words[1].start - 48);
  if (!isPhraseCode(folded.charCodeAt(first.start - 1)) && first.start >= floor) {
    // Read as titleBefore's phraseEndingAt reads it, the first word ends a
    // longer title only with the word before it ("lễ tân", not "xã Tân").
    if (!TITLE_PHRASES.lastWords.has(hashes[firstWord]) || !pairEndingAt(folded, first.start - 1, floor, first.end, TITLE_PHRASES)) return false;
  }
  return titleBefore(ctx, words[1].start) !== null;
}

/** The end of the lower-case word of one to seven letters after the space at `i`, or -1. */
function lowerWordAfter(folded: string, i: number): number {
  if (folded.charCodeAt(i) !== 32) return -1;
  const start = i + 1;
  let j = start;
  while (j < folded.length && folded.charCodeAt(j) >= 97 && folded.charCodeAt(j) <= 122) j++;
  return j === start || j - start > 7 || isWordCode(folded.charCodeAt(j)) ? -1 : j;
}

// The given names' and middle names' folded keys, hashed: GIVEN holds no other key.
let GIVEN_KEYS = intSet([]);
atFirstScan(() => {
  GIVEN_KEYS = keyHashes(foldedSet([...GIVEN_NAMES, ...MIDDLE_NAMES]));
});

// The word list's hashes of the lower-case pairs' first words (the common
// surnames, folded, as the pairs' matcher hashes them), and their low 16 bits.
let LOWER_OPENERS = intSet([]);
const LOWER_OPENER_BITS = new Uint8Array(1 << 16);
atFirstScan(() => {
  const hashes = COMMON_SURNAMES.map((surname) => {
    const key = foldText(surname);
    return letterHash(key, 0, key.length);
  });
  LOWER_OPENERS = intSet(hashes);
  for (const h of hashes) LOWER_OPENER_BITS[h & 0xffff] = 1;
});

/**
 * Whether a word that may open a lower-case pair starts with no capital:
 * else every pair opens a capitalised name, and is passed over. Prose has
 * such a word within a few sentences ("lễ", "do", "phần", "đang"); a list of
 * capitalised names has none, and finding its pairs was a twentieth of
 * scanning it.
 */
function lowerOpenerIn(ctx: ScanContext): boolean {
  const index = wordIndex(ctx);
  const { plain } = ctx;
  const { hashes, starts } = index;
  for (let w = 0; w < index.count; w++) {
    const h = hashes[w];
    if (LOWER_OPENER_BITS[h & 0xffff] === 1 && LOWER_OPENERS.has(h) && !isUpperCode(plain.charCodeAt(starts[w]))) return true;
  }
  return false;
}

function lowerCaseNames(ctx: ScanContext, found: FoundNames, everyPair: boolean): void {
  if (!everyPair && !lowerOpenerIn(ctx)) return;
  const { plain, folded } = ctx;
  const units = unitsOf(ctx)[0];
  // Nearly every pair in a text is the start of a capitalised name, which the
  // loop below passes over: not building those matches is most of its cost.
  const keep = everyPair ? undefined : (start: number) => !isUpperCode(plain.charCodeAt(start));
  for (const pair of LOWER_PAIRS.scanAll(ctx, keep)) {
    const start = pair.start;
    if (isUpperCode(plain.charCodeAt(start))) continue;
    // Most lower-case pairs are words of a sentence ("dịch vụ công,", "xử lý
    // trong"): no listed given name follows, which its hash tells before
    // anything is built.
    const thirdEnd = lowerWordAfter(folded, pair.end);
    if (thirdEnd < 0 || !GIVEN_KEYS.has(keyHash(folded, pair.end + 1, thirdEnd))) continue;
    // The given name (and maybe one more) after "nguyen van".
    const words: Word[] = [];
    let i = pair.start;
    for (let k = 0; k < 2; k++) {
      const wordStart = i;
      while (i < pair.end && folded.charCodeAt(i) !== 32) i++;
      words.push(word(wordStart, i));
      i++;
    }
    i = pair.end;
    while (words.length < 4) {
      const j = lowerWordAfter(folded, i);
      if (j < 0) break;
      words.push(word(i + 1, j));
      i = j;
    }
    if (words.length < 3) continue;
    let count = 3;
    if (words.length === 4) {
      const last = keyOf(ctx, words[3]);
      if (GIVEN.has(last) && !LOWER_STOPS.has(last) && last !== 'nam' && last !== 'nu') count = 4;
    }
    const thirdKey = keyOf(ctx, words[2]);
    if (LOWER_STOPS.has(thirdKey) || !GIVEN.has(thirdKey)) continue;
    const name = words.slice(0, count);
    if (name.some((w) => shapeOf(units, w.start, w.end) !== 'lower')) continue;
    if (LOWER_PHRASES.has(folded.slice(start, name[2].end))) continue;
    // Lower case is a name typed bare; written with its marks it is words ("đại diện hộ gia đình").
    if (hasMarks(ctx) && name.some((w) => isMarked(ctx, w))) continue;
    const evidence = scoreName(ctx, name, 'lower', titleBefore(ctx, start));
    if (!evidence) continue;
    evidence.score = Math.min(evidence.score, evidence.context.some((c) => c.startsWith('+')) ? 0.85 : 0.6);
    found.push({ type: 'person_name', start, end: name[count - 1].end, ...evidence, rule: 'person_name.lowercase' });
  }
}

// Everyday phrases typed bare that read as a surname, a middle and a given name: a household, "because in the year".
const LOWER_PHRASES = new Set(['ho gia dinh', 'ho gia han', 'do trong nam', 'do trong thang', 'do trong tuan']);

// A marriage form's two columns ("| Bên nữ | Bên nam") hold each party's every field, not names only.
const NOT_COLUMNS = new Set(['ben nam', 'ben nu']);
const COLUMN_LABELS = new Set([...LABELS].filter((label) => !NOT_COLUMNS.has(label)));

/** After "Họ và tên:" the value is a name in whatever case it was typed. */
const OPINION_BEFORE = /(?:^|[^a-z])(?:y kien|loi khai|trinh bay|chu ky)(?: cua)? $/;

/**
 * OPINION_BEFORE.test(folded.slice(from, to)), the pattern run only where
 * the text ends as it needs: a space after "kien", "khai", "bay", "ky" or
 * "cua", seven units at least ("y kien "). Most labels follow a line break
 * or another field's value (a line of labels ran it at each).
 */
function opinionBefore(folded: string, from: number, to: number): boolean {
  if (to - from < 7 || folded.charCodeAt(to - 1) !== 32) return false;
  const c = folded.charCodeAt(to - 2);
  if (c !== 110 && c !== 105 && c !== 121 && c !== 97) return false;
  return OPINION_BEFORE.test(folded.slice(from, to));
}

/** Test hook: opinionBefore's answer and the pattern's on the slice. */
export function opinionBeforeForTests(folded: string, from: number, to: number): [boolean, boolean] {
  return [opinionBefore(folded, from, to), OPINION_BEFORE.test(folded.slice(from, to))];
}

// The bounds of the words labelledNames reads after a label (five at most),
// made Words only once the value is no label of its own: a line of labels
// ("Người nhận: Người nhận: …") read each label's words as objects.
const VALUE_STARTS = new Int32Array(5);
const VALUE_ENDS = new Int32Array(5);

function labelledNames(ctx: ScanContext, found: FoundNames): void {
  const { folded } = ctx;
  for (const hit of labelledPositions(folded, LABELS, 6)) {
    let start = hit.sep + 1;
    while (folded.charCodeAt(start) === 32 || folded.charCodeAt(start) === 9 || folded.charCodeAt(start) === 34) start++;
    // A tab after a label is a two-column form ("Họ và tên<TAB>Nguyễn Văn An"),
    // not a header row of a wider table.
    if (hit.tab && !twoColumnRow(folded, hit.sep, start)) continue;
    // "Ý kiến người vi phạm: Tôi đã uống…", "Ý kiến bị đơn: …": what the person said, not their name.
    if (opinionBefore(folded, Math.max(0, hit.sep - hit.label.length - 12), hit.sep - hit.label.length)) continue;
    let count = 0;
    let i = start;
    while (count < 5) {
      const wordStart = i;
      while (i < folded.length && isLetterCode(folded.charCodeAt(i))) i++;
      if (i === wordStart || !isVietnameseSyllable(folded, wordStart, i)) break;
      if (i < folded.length && isDigitCode(folded.charCodeAt(i))) break;
      VALUE_STARTS[count] = wordStart;
      VALUE_ENDS[count] = i;
      count++;
      if (folded.charCodeAt(i) !== 32 || !isLetterCode(folded.charCodeAt(i + 1))) break;
      i++;
    }
    if (count < 2) {
      const end = minorityName(ctx, start);
      if (end > start) found.push({ type: 'person_name', start, end, score: 0.7, rule: 'person_name.label', validator: 'name-shaped value after name label', context: [`+${hit.label}`] });
      continue;
    }
    if (count > 4) continue;
    // A form's next label, not its value: "Bên nữ⇥Bên nam", "Bên được ủy quyền⇥⇥Bên ủy quyền".
    // (Asked first: the cheapest test, and the one a row of labels fails; compared in place.)
    if (listedAs(folded, start, VALUE_ENDS[count - 1], LABEL_PHRASES) !== null) continue;
    const words: Word[] = new Array<Word>(count);
    for (let k = 0; k < count; k++) words[k] = word(VALUE_STARTS[k], VALUE_ENDS[k]);
    // "Nguyên đơn: Công ty TNHH …", "Người đại diện: UBND xã …": a party that is a body.
    if (HEADS.has(keyOf(ctx, words[0])) || HEADS.has(`${keyOf(ctx, words[0])} ${keyOf(ctx, words[1])}`)) continue;
    // Lower case written with its marks is words ("Người đại diện: mẹ là bà …", "Người lập biểu: cán bộ …"), not a name typed bare.
    if (hasMarks(ctx) && !isUpperCode(ctx.plain.charCodeAt(start)) && isMarked(ctx, words[0])) continue;
    // "Ký tên: Chánh Văn phòng", "Người nhận: người nhà", "Quan hệ với chủ hộ: Chủ hộ": a position or a relation, no one's name.
    if (opensUnit(ctx, start) || RELATIONS.has(`${keyOf(ctx, words[0])} ${keyOf(ctx, words[1])}`) || relationField(folded, hit.sep)) continue;
    const known = isSurname(ctx, words[0]);
    found.push({
      type: 'person_name',
      start,
      end: words[words.length - 1].end,
      score: known ? 0.9 : 0.7,
      rule: 'person_name.label',
      validator: known ? 'surname after name label' : 'name-shaped value after name label',
      context: [`+${hit.label}`],
    });
  }
}

// Values of a relation's field, which a name label's words can end ("Quan hệ với chủ hộ: Chủ hộ").
const RELATIONS = new Set([
  'chao anh', 'chao chi', 'chao em', 'con em', 'con toi', 'chu ho', 'nguoi nha', 'ban than', 'dong nghiep', 'con de', 'con nuoi', 'vo chong', 'bo me', 'cha me', 'ong ba',
  // Kin who care or come along ("Người chăm sóc: con gái").
  'con gai', 'con trai', 'con dau', 'con re', 'chau noi', 'chau ngoai', 'anh trai', 'chi gai', 'em gai', 'em trai', 'ba noi', 'ba ngoai', 'ong noi', 'ong ngoai', 'me de', 'bo de',
  'anh ruot', 'chi ruot', 'em ruot', 'anh ho', 'chi ho', 'em ho',
]);

/** Whether the label ending before `sep` is a relation's ("Quan hệ với chủ hộ:"), whose words end like a name label's. */
function relationField(folded: string, sep: number): boolean {
  // Within the 30 characters before the separator, on its line (a search of the whole text per label would be quadratic).
  const from = Math.max(0, sep - 29);
  const at = folded.slice(from, sep + 7).lastIndexOf('quan he', sep - from);
  return at >= 0 && !folded.slice(from + at, sep).includes('\n');
}

/**
 * After a name label, the name of someone of an ethnic minority ("Y Kriêng
 * Mlô", "Rơ Mah H'Bloanh"), whose syllables are not Vietnamese ones: two to
 * four capitalised words of letters (an apostrophe inside), ending the field.
 * Returns the end, or `start` when the value is not so shaped ("Không rõ").
 */
function minorityName(ctx: ScanContext, start: number, field = true): number {
  const { folded, plain } = ctx;
  let i = start;
  let words = 0;
  let end = start;
  while (words < 4) {
    const wordStart = i;
    if (!isUpperCode(plain.charCodeAt(i))) break;
    while (i < folded.length && (isLetterCode(folded.charCodeAt(i)) || (folded.charCodeAt(i) === 39 && i > wordStart && isLetterCode(folded.charCodeAt(i + 1))))) i++;
    // "H' Liên", "K' Brơi": the one-letter opener's apostrophe, then the name.
    if (i === wordStart + 1 && folded.charCodeAt(i) === 39 && folded.charCodeAt(i + 1) === 32) i++;
    if (i - wordStart > 10) return start;
    words++;
    end = i;
    if (folded.charCodeAt(i) !== 32 || folded.charCodeAt(i + 1) === 32) break;
    i++;
  }
  // One word holds a whole name only as "K'Brơi", "H'Nhi".
  // (The apostrophe looked for in the name only: a search back through the text per label was quadratic.)
  if (words < 2 && unitIn(folded, 39, start + 1, end + 1) < 0) return start;
  // The field ends there: a lower-case word after it makes it prose (after a title, prose goes on).
  const next = folded.charCodeAt(end);
  if (field && next === 32 && isLetterCode(folded.charCodeAt(end + 1)) && !isUpperCode(plain.charCodeAt(end + 1))) return start;
  return end;
}

// How the names of the Central Highlands' and some northern peoples open:
// "Y" (a man), "H'" (a woman), "K'" (K'Ho), Jrai and Ê Đê family names
// before the given name ("Ksor H'Bia", "Rơ Mah Thuyên", "Siu H'Nhi").
const MINORITY_OPENERS = new Set(['y', 'h', 'k', 'ksor', 'siu', 'ro', 'nay', 'kpa', 'rah', 'rcom', 'hiao', 'puih', 'bya', 'rmah', 'nie']);
// The word list's hashes of those words: nearly every capital is none of
// them, which its hash tells without a slice of the text.
const MINORITY_HASHES = intSet([...MINORITY_OPENERS].map((w) => letterHash(w, 0, w.length)));
// The same words by their length, compared in place: a line of "K'Ab," sliced each "K" to look it up.
const MINORITY_BY_LENGTH: string[][] = [];
for (const w of MINORITY_OPENERS) (MINORITY_BY_LENGTH[w.length] ??= []).push(w);

/** MINORITY_OPENERS.has(folded.slice(start, end)), without the slice. */
function minorityOpenerAt(folded: string, start: number, end: number): boolean {
  const list = MINORITY_BY_LENGTH[end - start];
  if (list === undefined) return false;
  for (const opener of list) if (folded.startsWith(opener, start)) return true;
  return false;
}

/** Test hook: minorityOpenerAt's answer and the set's on the slice. */
export function minorityOpenerForTests(folded: string, start: number, end: number): [boolean, boolean] {
  return [minorityOpenerAt(folded, start, end), MINORITY_OPENERS.has(folded.slice(start, end))];
}

// Ê Đê and M'nông family names, which close a name opened by "Y" or "H'".
const CLOSING_FAMILIES = foldedSet(['Niê', 'Mlô', 'Êban', 'Ayun', 'Byă', 'Adrơng', 'Ktla', 'Knul', 'Hmok', 'Mdrang', 'Bdap', 'Êya', 'Kbuôr', 'Hwing', 'Duôn', 'Alio', 'Kpơr', 'Mjâu', 'Ksơr', 'Êñuôl', 'Kdăm', 'Bkrông']);

/**
 * After a title, a name of one of those peoples, which Vietnamese syllables
 * do not spell ("ông K' Brơi", "Bà Siu H'Nhi", "Hộ ông Rơ Mah Thuyên"): two
 * to four capitalised words opened by one of their name's first words.
 */
/** Whether a letter comes before `pos`, past spaces: with none, no title does (titleBefore is null). */
function letterBefore(folded: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && folded.charCodeAt(k) === 32) k--;
  return k >= 0 && isLetterCode(folded.charCodeAt(k));
}

/** Test hook: letterBefore's answer and titleBefore's. */
export function letterBeforeForTests(ctx: ScanContext, pos: number): [boolean, string | null] {
  return [letterBefore(ctx.folded, pos), titleBefore(ctx, pos)];
}

function titledMinorityNames(ctx: ScanContext, found: FoundNames): void {
  const { folded, plain } = ctx;
  const index = wordIndex(ctx);
  for (let k = 0; k < index.capitalCount; k++) {
    const w = index.capitals[k];
    if (!MINORITY_HASHES.has(index.hashes[w])) continue;
    const start = index.starts[w];
    let end = start;
    while (isLetterCode(folded.charCodeAt(end))) end++;
    // Without a kin title only "Y" and "H'" open a name (below): for the
    // others the title is asked before the name is read (a line of "K'Ab,"
    // read each for none), and its first answer, read in place, before the
    // opener is compared ("K'Ab,K'Ab,": a comma before each "K").
    const bare = end - start === 1 && (folded.charCodeAt(start) === 121 || folded.charCodeAt(start) === 104);
    if (!bare && !letterBefore(folded, start)) continue;
    if (!minorityOpenerAt(folded, start, end)) continue;
    if (found.has(start) || isUpperCode(plain.charCodeAt(start + 1))) continue;
    let title: string | null = null;
    if (!bare) {
      title = titleBefore(ctx, start);
      if (title === null || !KIN.has(title)) continue;
    }
    const nameEnd = minorityName(ctx, start, false);
    if (nameEnd <= start) continue;
    if (bare) title = titleBefore(ctx, start);
    if (title === null || !KIN.has(title)) {
      // Without a title: "Y"/"H'" and a given name before an Ê Đê or M'nông family name, which closes the name ("Y Khoa Niê", "H' Liên Mlô").
      // The name's words and last word are read for them alone (split for
      // every "K'Ab," of a long line, they were most of its cost).
      const last = folded.slice(Math.max(start, lastUnitIn(folded, 32, start, nameEnd) + 1), nameEnd);
      const words = folded.slice(start, nameEnd).split(' ').length;
      if (words >= 3 && words <= 4 && CLOSING_FAMILIES.has(last)) {
        found.push({ type: 'person_name', start, end: nameEnd, score: 0.8, rule: 'person_name.title', validator: "a minority people's name", context: ['+an Ê Đê family name last'] });
      }
      continue;
    }
    found.push({ type: 'person_name', start, end: nameEnd, score: 0.75, rule: 'person_name.title', validator: "a minority people's name after a title", context: [`+${title}`] });
  }
}

/**
 * 2–5 words of letters separated by single spaces: the shape of a full name.
 * Under a name header the words need not be Vietnamese syllables: names of
 * ethnic minorities ("Ksor H'Bia", "Niê Kdăm") are names too.
 */
function nameShaped(folded: string, start: number, end: number): boolean {
  let words = 0;
  let i = start;
  while (i < end) {
    const wordStart = i;
    while (i < end && (isLetterCode(folded.charCodeAt(i)) || folded.charCodeAt(i) === 39)) i++;
    if (i === wordStart || i - wordStart > 10) return false;
    words++;
    if (i === end) break;
    if (folded.charCodeAt(i) !== 32) return false;
    i++;
  }
  return words >= 2 && words <= 5;
}

// (A relation column's values, "Mẹ", "Anh trai", are read as names when a kin word heads the column: RELATIONS keeps them out.)
function tableNames(ctx: ScanContext, found: FoundNames): void {
  if (!mayHoldColumns(ctx)) return;
  const { folded } = ctx;
  for (const cell of columnCells(ctx, COLUMN_LABELS, (start, end) => nameShaped(folded, start, end) && !RELATIONS.has(folded.slice(start, end)))) {
    let firstEnd = cell.start;
    while (firstEnd < cell.end && folded.charCodeAt(firstEnd) !== 32) firstEnd++;
    const known = SURNAMES.has(folded.slice(cell.start, firstEnd));
    // "(đã ký)" under a party's column: lower case written with marks is words, not a name typed bare.
    if (hasMarks(ctx) && !isUpperCode(ctx.plain.charCodeAt(cell.start)) && isMarked(ctx, word(cell.start, firstEnd))) continue;
    found.push({
      type: 'person_name',
      start: cell.start,
      end: cell.end,
      score: known ? 0.92 : 0.8,
      rule: 'person_name.column',
      validator: known ? 'surname in a name column' : 'name-shaped cell in a name column',
      context: [`+column ${cell.header}`],
    });
  }
}

/**
 * Vietnamese full names: a listed surname followed by 1–3 syllables of
 * Vietnamese shape, in Title Case or UPPERCASE (lower case only with a listed
 * middle name such as "van"/"thi"); titles (ông, bà, anh, chị…), labels (Họ và
 * tên:) and name columns raise the score; street, place and organisation
 * words before it ("đường", "quận", "Công ty") turn it away.
 */
export const personNameRecognizer: Recognizer = {
  id: 'person_name',
  types: ['person_name'],
  contextWords: [...PERSON_TITLES, ...NAME_LABELS],
  negativeContextWords: PLACE_OR_ORG_HEADS,
  find(ctx) {
    return findNames(ctx, false);
  },
};

// A chat log's speaker: a line opened (after a "[09:14]", "08:12",
// "2025-09-03 22:41" or "[Zalo]" stamp) by one to four capitalised words, a
// role maybe ("Hải Yến - VP HĐND", "Lê Văn Khải (TP-HT)", "Hương TP-HT",
// "Thanh Tùng CA phường") or a flat's or a room's number ("Hằng 1205", "Thảo P204", "Minh Thư C-1105",
// "Như phòng 5"), then a colon. Every repetition is bounded: a line
// costs a few hundred steps at most, tried once per line.
// readRun then checks the words' case and shape.
const SPEAKER =
  /(?:\[[^\]\n]{1,24}\] {0,24}|[\d/:-]{3,10} [\d:]{4,8} |\d{1,2}:\d{2}(?::\d{2})? {1,24})?([^\d:\n]{1,26}?)(?: [-–] ([^:\n]{1,30})| \(([^)\n]{1,30})\)(?: \d{1,2}:\d{2})?| [A-ZĐ][A-ZĐ-]{1,7}(?: [^\d:\n]{1,20})?| (?:[A-Z]-?|phong |P\. ?)\d{1,4}(?:\.\d{1,2})?| \d{2,5})?:(?!\/)/y;

/**
 * SPEAKER's match at `lineStart` when the line is a chat's commonest, "[09:14]
 * Lan:", read without the pattern (its match and groups were a quarter of
 * reading a chat's speakers): a stamp of 1 to 24 units, none a letter, ']'
 * or a line break; one space; words of letters joined by single spaces, 26
 * units at most, none but the first opening with a capital and another or a
 * dash (the pattern's role: "Hương TP-HT") and none an en dash (" – Mai");
 * the colon, no '/' after it. Returns the colon, the name starting at
 * stampedName; -1 for a line of another form (the pattern reads it). The
 * stamp holds no letter, so the name is not found inside it either.
 */
function stampedSpeaker(plain: string, lineStart: number): number {
  if (plain.charCodeAt(lineStart) !== 91) return -1;
  const stampLimit = Math.min(plain.length, lineStart + 26);
  let q = lineStart + 1;
  while (q < stampLimit) {
    const c = plain.charCodeAt(q);
    if (c === 93) break;
    if (c === 10 || isLetterCode(c)) return -1;
    q++;
  }
  if (q === lineStart + 1 || q >= stampLimit || plain.charCodeAt(q + 1) !== 32) return -1;
  const nameStart = q + 2;
  const nameLimit = Math.min(plain.length, nameStart + 26);
  let i = nameStart;
  for (;;) {
    const first = plain.charCodeAt(i);
    if (i >= nameLimit || !nameLetter(first) || (i > nameStart && roleOpener(first, plain.charCodeAt(i + 1)))) return -1;
    i++;
    while (i < nameLimit && nameLetter(plain.charCodeAt(i))) i++;
    const c = plain.charCodeAt(i);
    if (c === 58 && i <= nameLimit) break;
    if (c !== 32) return -1;
    i++;
  }
  if (plain.charCodeAt(i + 1) === 47) return -1;
  stampedName = nameStart;
  return i;
}

// Where the name of the line stampedSpeaker read last starts.
let stampedName = 0;

/**
 * SPEAKER's answer at `lineStart` for a line whose name has no space before
 * `colon` (the line's first colon), read without the pattern: a form's
 * labels and a chat's bare speakers ("Lan:", "x:") are mostly so, and a
 * text of short labelled lines ran the pattern (and built its match) at
 * each. With no stamp (the line opens with none of a stamp's first units)
 * and no space, no role can follow the name: the pattern matches iff the
 * name is 1 to 26 units, none a digit, and no '/' follows the colon.
 * Returns the colon on a match, -2 when the pattern surely fails, -1 when
 * the line is of another form (the pattern reads it).
 */
function bareSpeaker(plain: string, lineStart: number, colon: number): number {
  const first = plain.charCodeAt(lineStart);
  if (colon <= lineStart || first === 91 || first === 47 || first === 58 || first === 45 || isDigitCode(first) || plain.charCodeAt(colon) !== 58) return -1;
  // A role opens with a space after at most 26 units of name: none in 27 units, no role.
  const limit = Math.min(colon, lineStart + 27);
  for (let i = lineStart; i < limit; i++) {
    const c = plain.charCodeAt(i);
    if (c === 32 || c === 58 || c === 10) return -1;
    // The name stops before a digit, and no space follows it there.
    if (c >= 48 && c <= 57) return -2;
  }
  return colon - lineStart > 26 || plain.charCodeAt(colon + 1) === 47 ? -2 : colon;
}

/** Test hook: bareSpeaker's answer as speakerMatchForTests reads a match ([] when it leaves the line to the pattern). */
export function bareSpeakerForTests(plain: string, lineStart: number, colon: number): unknown[] | null {
  const at = bareSpeaker(plain, lineStart, colon);
  if (at === -1) return [];
  return at < 0 ? null : [lineStart, at, lineStart, at - lineStart, undefined, undefined];
}

/** A letter of a name as stampedSpeaker reads it: isLetterCode's, but the en dash. */
function nameLetter(c: number): boolean {
  return isLetterCode(c) && c !== 0x2013;
}

/** Whether a word opening with `a` then `b` may open SPEAKER's role ([A-ZĐ][A-ZĐ-]). */
function roleOpener(a: number, b: number): boolean {
  return (isUpperCode(a) || a === 0x110) && (isUpperCode(b) || b === 0x110 || b === 45);
}

/** Test hook: SPEAKER's match at `lineStart` as [start, colon, name's start, name's length, group 2, group 3], read by stampedSpeaker (null when it does not) or by the pattern. */
export function speakerMatchForTests(plain: string, lineStart: number, stamped: boolean): unknown[] | null {
  if (stamped) {
    const colon = stampedSpeaker(plain, lineStart);
    return colon < 0 ? null : [lineStart, colon, stampedName, colon - stampedName, undefined, undefined];
  }
  SPEAKER.lastIndex = lineStart;
  const m = SPEAKER.exec(plain);
  return m === null ? null : [m.index, m.index + m[0].length - 1, m.index + m[0].indexOf(m[1]), m[1].length, m[2], m[3]];
}

// The longest match of SPEAKER before its colon, each part at its bound:
// stamp ("[…]" and spaces), name, role (" (…)").
const SPEAKER_REACH = 50 + 26 + 33 + 6;

// Speakers named by their role, not their name: "Dân:" (the citizen), "Khách:", "Bạn:".
const ROLE_SPEAKERS = new Set(['dan', 'khach', 'ban', 'admin', 'bot']);
// A unit's first word, before the unit's initials: "Phong LDTBXH:" is Phòng LĐTBXH, "Truong THCS X:" a school.
const UNIT_SPEAKER_WORDS = ['phòng', 'trường', 'sở', 'cục', 'ban', 'đội', 'viện', 'xã', 'ủy', 'uỷ', 'đoàn', 'hội', 'trạm'];
const UNIT_SPEAKERS = foldedSet(UNIT_SPEAKER_WORDS);
const UNIT_SPEAKER_SPELLINGS = formLexicon(UNIT_SPEAKER_WORDS);

/** Whether the word `key` ending at `end` is a unit's first word, as spelled: "Trâm TNMT:" is a woman of the department, "Trạm YT:" a station. */
function unitWord(ctx: ScanContext, key: string, end: number): boolean {
  return UNIT_SPEAKERS.has(key) && UNIT_SPEAKER_SPELLINGS.check(key, originalLower(ctx, end - key.length, end)) !== 'wrong';
}

/** Whether a one-word speaker is a role, or a unit's first word with its initials after it (up to the colon at `colon`). */
function roleSpeaker(ctx: ScanContext, key: string, end: number, colon: number): boolean {
  if (ROLE_SPEAKERS.has(key)) return true;
  return end < colon && ctx.plain.charCodeAt(end) === 32 && isUpperCode(ctx.plain.charCodeAt(end + 1)) && isUpperCode(ctx.plain.charCodeAt(end + 2)) && unitWord(ctx, key, end);
}

// A speaker's department or office after the name, in words ("Hùng Địa chính:",
// "Lan Tư pháp:", "Mai Văn thư:"): a commune's Zalo group names its staff so.
const ROLE_AFTER_NAME = new Set([
  'dia chinh', 'tu phap', 'ke toan', 'van phong', 'van thu', 'thu quy', 'cong an', 'y te', 'thu y', 'khuyen nong',
  'giao thong', 'xay dung', 'tai chinh', 'thong ke', 'van hoa', 'dan so', 'quan su', 'moi truong', 'lao dong',
  'mat tran', 'phu nu', 'nong dan', 'tiep dan', 'mot cua', 'dia chinh xa', 'tu phap xa', 'ho tich', 'tu phap ho tich',
  // A tour's or a hotel's staff in their group chat ("Tuấn điều hành:", "Mai lễ tân:").
  'dieu hanh', 'dieu phoi', 'le tan', 'lai xe', 'tai xe', 'bao ve', 'truong doan', 'thu ky', 'buong phong',
]);

/** Where the name ends when a role in words follows it within [start, end): the space before the role, or -1. */
function nameBeforeRole(folded: string, start: number, end: number): number {
  for (let i = start + 1; i < end; i++) {
    if (folded.charCodeAt(i) === 32 && ROLE_AFTER_NAME.has(folded.slice(i + 1, end))) return i;
  }
  return -1;
}

// A speaker's unit after the name, its first word spelled as one and more
// words after it: "Tuấn xã Đông Hưng:", "Định phòng LĐ:", "Tâm kế toán xã:"
// (a role in words, then its commune). "Quang Phong:" stays a full name.
const UNIT_AFTER_NAME_WORDS = ['xã', 'phường', 'thị trấn', 'phòng', 'thôn', 'xóm', 'ấp', 'tổ', 'ubnd', 'trạm', 'đội', 'huyện', 'bộ phận'];
const UNIT_AFTER_NAME = foldedSet(UNIT_AFTER_NAME_WORDS);
const UNIT_AFTER_NAME_SPELLINGS = formLexicon(UNIT_AFTER_NAME_WORDS);
// A name's last word and the unit's first that are one word together: "Văn phòng huyện:", "Truong thon Tien:".
const UNIT_COMPOUNDS = foldedSet([
  'văn phòng', 'trưởng phòng', 'phó phòng', 'trưởng thôn', 'phó thôn', 'trưởng xóm', 'trưởng ấp', 'phó ấp', 'trưởng trạm',
  'phó trạm', 'trưởng đội', 'phó đội', 'trưởng huyện', 'trưởng xã', 'phó xã',
]);

/** Where a name of one or two words ends when a unit or a role and more words follow it before `end` (the colon): the space after the name, or -1. */
function nameBeforeUnit(ctx: ScanContext, start: number, end: number): number {
  const { folded, plain } = ctx;
  // (Spaces looked for before `end` only: a search to the text's end per speaker was quadratic in a text with few spaces.)
  let i = unitIn(folded, 32, start + 1, end);
  for (let names = 0; names < 2 && i > start; names++) {
    // The unit's one or two words, with more after them.
    let j = unitIn(folded, 32, i + 2, end);
    for (let words = 0; words < 2 && j > i; words++) {
      const head = folded.slice(i + 1, j);
      if (words === 0 && UNIT_COMPOUNDS.has(folded.slice(Math.max(start, lastUnitIn(folded, 32, start, i) + 1), j))) break;
      if (ROLE_AFTER_NAME.has(head)) return i;
      // Lower case, or spelled as the unit ("Phòng", not the given name "Phong").
      if (UNIT_AFTER_NAME.has(head) && (!isUpperCode(plain.charCodeAt(i + 1)) || UNIT_AFTER_NAME_SPELLINGS.check(head, originalLower(ctx, i + 1, j)) === 'exact')) return i;
      j = unitIn(folded, 32, j + 1, end);
    }
    i = unitIn(folded, 32, i + 1, end);
  }
  return -1;
}

/**
 * Speakers of a chat log, named by given names alone ("Ngọc Ánh: dạ…") or in
 * full ("Trịnh Thu Hà:"). A form's labels have the same shape ("Dân tộc:"), so
 * every word must be a known given name (after a listed surname, for a full
 * name), not a form of address ("Anh:" is a pronoun), and the text must read as
 * a chat: a stamp before the name, or two such speaker lines.
 */
function speakerWords(ctx: ScanContext, words: readonly Word[]): boolean {
  if (words.length === 0 || words.length > 4) return false;
  if (words.length <= 3 && knownFrom(ctx, words, 0)) return true;
  if (words.length > 1 && isSurname(ctx, words[0]) && knownFrom(ctx, words, 1)) return true;
  // Display names put the surname last: "Hằng Nguyễn", "Tony Nguyen", "Jenny Trần".
  const last = words.length - 1;
  return words.length >= 2 && words.length <= 3 && isSurname(ctx, words[last]) && words.slice(0, last).every((w) => isKnownSyllable(ctx, w) || !isVietnameseSyllable(ctx.folded, w.start, w.end));
}

// Speakers of a transcript, a Q&A or an e-mail's header that are no one's name.
const NOT_SPEAKERS = new Set([
  'hoi', 'dap', 'tra loi', 'cau hoi', 'ghi chu', 'luu y', 'nguoi dung', 'tro ly', 'he thong', 'benh nhan', 'khach hang',
  'nhan vien', 'can bo', 'nguoi nha', 'phu huynh', 'giao vien', 'hoc sinh', 'tu van', 'tong dai', 'moderator', 'user',
  'to', 'cc', 'bcc', 'from', 'date', 'subject', 're', 'fw', 'tu', 'den', 'gui', 'ngay', 'chu de', 'tieu de', 'pho', 'chanh',
]);

// Units and groups that speak in a chat under their own name.
const NOT_NICKNAME_FIRST = new Set(['khoa', 'kho', 'to', 'nhom', 'lop', 'ca', 'bo', 'cong', 'nha', 'quay', 'ke']);

// Chat apps a pasted log names in its header ("Nhóm Zalo: …", "[Zalo - nhóm …]", "Messenger: …").
const CHAT_APPS = ['zalo', 'messenger', 'telegram', 'viber', 'slack', 'whatsapp', 'nhom chat', 'group chat'];

/** Whether folded[from, to) (the lines above the first speaker: a pasted log's header) names a chat app. */
function namesChatApp(folded: string, from: number, to: number): boolean {
  const header = folded.slice(from, to);
  return CHAT_APPS.some((app) => {
    const at = header.indexOf(app);
    return at >= 0 && !isLetterCode(header.charCodeAt(at - 1)) && !isLetterCode(header.charCodeAt(at + app.length));
  });
}

/** Whether the words from the `from`th on are all known given names. */
function knownFrom(ctx: ScanContext, words: readonly Word[], from: number): boolean {
  for (let k = from; k < words.length; k++) if (!isKnownSyllable(ctx, words[k])) return false;
  return true;
}

// A form's short labels ("x:", "Tên:") put the colon a unit or two after
// the line's start and the break right after it: those units are read in
// place, before a search is called (its call cost a megabyte of "x:" lines
// more than the rest of speakerNames).

/** s.indexOf(':', from). */
function colonFrom(s: string, from: number): number {
  return s.charCodeAt(from) === 58 ? from : s.charCodeAt(from + 1) === 58 ? from + 1 : s.indexOf(':', from + 2);
}

/** s.indexOf('\n', colon), where s[colon] is no line break. */
function breakAfter(s: string, colon: number): number {
  return s.charCodeAt(colon + 1) === 10 ? colon + 1 : s.indexOf('\n', colon);
}

/** Test hook: colonFrom's and breakAfter's answers, and the searches'. */
export function speakerSearchesForTests(s: string, from: number): [number, number, number, number] {
  const colon = s.indexOf(':', from);
  return [colonFrom(s, from), colon, colon < 0 ? -1 : breakAfter(s, colon), colon < 0 ? -1 : s.indexOf('\n', colon)];
}

function speakerNames(ctx: ScanContext, found: FoundNames, patternOnly = false): void {
  const { folded } = ctx;
  // No colon, no speaker: before the lists below (most messages have none).
  if (folded.indexOf(':') < 0) return;
  const lines: Word[] = [];
  const nicknames = new Map<string, Word[]>();
  let stamped = false;
  let firstSpeaker = -1;
  // Tried at each line's start only (sticky), not at every character, and
  // only on the lines holding a colon, found by searching for the colons: no
  // part of the pattern crosses a line break, so no other line can match
  // (prose has few such lines; each line cost a try).
  // `from` is a line start: the colon's line starts there or after the last
  // line break before the colon, and the next break ends it.
  for (let from = 0; ; ) {
    const colon = colonFrom(folded, from);
    if (colon < 0) break;
    const lineEnd = breakAfter(folded, colon);
    // The pattern's colon ends its bounded parts, within SPEAKER_REACH of the
    // line's start: a line whose first colon is further on (a paragraph's
    // "liên hệ: …") cannot match, and prose has most such lines. So its
    // start is looked for that far back only (a paragraph read back to its
    // start, then on to its end, was read three times over).
    const breakBefore = lastUnitIn(folded, 10, Math.max(from, colon - SPEAKER_REACH - 1), colon);
    const lineStart = breakBefore >= 0 ? breakBefore + 1 : from;
    from = lineEnd < 0 ? folded.length : lineEnd + 1;
    if (colon - lineStart > SPEAKER_REACH) continue;
    // SPEAKER's match: where it starts, its colon, its name (group 1), the name after a dash (2) or in brackets (3).
    let m: RegExpExecArray | null = null;
    let matchAt = lineStart;
    let start: number;
    let length: number;
    let speakerColon = stampedSpeaker(ctx.plain, lineStart);
    let role: string | undefined;
    let bracketed: string | undefined;
    if (speakerColon >= 0) {
      start = stampedName;
      length = speakerColon - start;
    } else if (!patternOnly && (speakerColon = bareSpeaker(ctx.plain, lineStart, colon)) !== -1) {
      // Without a capital first, the run holds no word, and with no space no
      // name before a role or a unit is looked for in it: nothing below keeps
      // the line ("x:", "ghichu:").
      if (speakerColon < 0 || !isUpperCode(ctx.plain.charCodeAt(lineStart))) continue;
      start = lineStart;
      length = speakerColon - start;
    } else {
      SPEAKER.lastIndex = lineStart;
      m = SPEAKER.exec(ctx.plain);
      if (!m) continue;
      matchAt = m.index;
      speakerColon = m.index + m[0].length - 1;
      start = m.index + m[0].indexOf(m[1]);
      length = m[1].length;
      role = m[2];
      bracketed = m[3];
    }
    let run = readRun(ctx, start, start + length);
    // "Công an xã - Tuấn:", "Van thu - Mai:": the role first, the name after the dash.
    if (role !== undefined && (run.end - start !== length || !speakerWords(ctx, run.words))) {
      const after = speakerColon - role.length;
      const named = readRun(ctx, after, after + role.length);
      if (named.end - after === role.length && named.words.length <= 2) {
        start = after;
        length = role.length;
        run = named;
      }
    }
    // "Thủ quỹ (Ngọc Hà) 21:05:": the role first, the name in brackets (a listed name only).
    if (bracketed !== undefined && (run.end - start !== length || !speakerWords(ctx, run.words))) {
      const at = matchAt + m![0].lastIndexOf(`(${bracketed})`) + 1;
      const named = readRun(ctx, at, at + bracketed.length);
      // ("BS Phong (Bạch Mai):" brackets a hospital.)
      if (named.end - at === bracketed.length && named.words.length <= 3 && speakerWords(ctx, named.words) && !PLACES.has(folded.slice(at, named.end))) {
        start = at;
        length = bracketed.length;
        run = named;
      }
    }
    if (role === undefined && bracketed === undefined && run.end - start !== length) {
      const space = nameBeforeRole(folded, start, start + length);
      if (space > start) {
        const named = readRun(ctx, start, space);
        // "Trạm y tế:", "Phòng Tài chính:" (written bare: "Tram y te:") are units, not a name and a role.
        if (named.end === space && named.words.length <= 2 && !(named.words.length === 1 && unitWord(ctx, folded.slice(start, space), space))) {
          length = space - start;
          run = named;
        }
      }
    }
    // Whether the run's words name a speaker, once asked (asked again below, most lines having no unit).
    let speaks: boolean | null = null;
    if (role === undefined && bracketed === undefined && (run.end - start !== length || !(speaks = speakerWords(ctx, run.words)))) {
      const space = nameBeforeUnit(ctx, start, speakerColon);
      if (space > start) {
        const named = readRun(ctx, start, space);
        if (named.end === space && named.words.length <= 2 && speakerWords(ctx, named.words)) {
          length = space - start;
          run = named;
          speaks = true;
        }
      }
    }
    if (run.end - start !== length) continue;
    // Words that name no speaker are kept below only as a nickname of one or
    // two words in Title Case: any other such line is passed over here, its
    // key not built nor looked up (a form's short labels, "x:", are most lines of some texts).
    if (speaks === false && !patternOnly && !(run.words.length <= 2 && run.end > start + 1 && run.shape === 'title')) continue;
    const key = folded.slice(start, run.end);
    // (A name of one word is compared with the titles in place.)
    const title = run.words.length === 1 ? listedAs(folded, start, run.end, TITLE_PHRASES) !== null : TITLES.has(key);
    if (title || (run.words.length === 1 && roleSpeaker(ctx, key, run.end, speakerColon))) continue;
    // An e-mail's "To:", a Q&A's "Hỏi:", a deputy ("Phó CA xã:"), a province's line in a report ("Bình Dương:").
    if (NOT_SPEAKERS.has(key) || PROVINCE_KEYS.has(key)) continue;
    if (!(speaks ?? speakerWords(ctx, run.words))) {
      // A nickname ("Tũn", "Út Nhi"): a name only if it speaks again in a chat.
      if (run.words.length <= 2 && run.end > start + 1 && run.shape === 'title' && run.words.every((w) => w.end > w.start && isVietnameseSyllable(folded, w.start, w.end))) {
        // "Mẹ Bống" (a child's mother), "Trạm YT xã", a hospital's "Khoa Nội", "Kho Dược".
        const first = keyOf(ctx, run.words[0]);
        if (TITLES.has(first) || UNIT_SPEAKERS.has(first) || NOT_NICKNAME_FIRST.has(first)) continue;
        const seen = nicknames.get(key);
        if (seen) seen.push(word(start, run.end));
        else nicknames.set(key, [word(start, run.end)]);
        stamped ||= start > matchAt;
        if (firstSpeaker < 0) firstSpeaker = matchAt;
      }
      continue;
    }
    // An upper-case form puts a label's first word before its second ("SINH NĂM:", "THÀNH VIÊN HỘ:"): a role only after a name in Title Case.
    if (run.shape === 'upper' && run.end < speakerColon) continue;
    lines.push(word(start, run.end));
    stamped ||= start > matchAt;
    if (firstSpeaker < 0) firstSpeaker = matchAt;
  }
  // Two nicknames that each speak twice or more are a chat of their own ("Tũn: …⏎Mập: …⏎Tũn: …⏎Mập: …").
  if (!stamped && lines.length < 2 && !(firstSpeaker >= 0 && namesChatApp(folded, Math.max(0, firstSpeaker - 300), firstSpeaker)) && talkers(nicknames) < 2) return;
  for (const w of lines) found.push({ type: 'person_name', start: w.start, end: w.end, score: 0.7, rule: 'person_name.title', validator: 'given name only', context: CHAT_SPEAKER });
  for (const said of nicknames.values()) {
    if (said.length < 2) continue;
    for (const w of said) found.push({ type: 'person_name', start: w.start, end: w.end, score: 0.65, rule: 'person_name.title', validator: 'nickname', context: SPEAKS_AGAIN });
  }
}

/** Test hook: speakerNames' candidates, with `patternOnly` every line read by the pattern (or stampedSpeaker) and tested to the end. */
export function speakerNamesForTests(ctx: ScanContext, patternOnly: boolean): Candidate[] {
  const found = new FoundNames();
  speakerNames(ctx, found, patternOnly);
  return found.list;
}

// The speakers' context lists, one frozen list each for every candidate (candidates add to their lists by copy).
const CHAT_SPEAKER = Object.freeze(['+chat speaker']) as unknown as string[];
const SPEAKS_AGAIN = Object.freeze(['+chat speaker, speaks again']) as unknown as string[];

/** How many nicknames speak twice or more. */
function talkers(nicknames: Map<string, Word[]>): number {
  let count = 0;
  for (const said of nicknames.values()) if (said.length >= 2) count++;
  return count;
}

// Calling someone: a title, a given name, then "ơi" ("Bác Khương ơi", "chị
// Mây ơi", "a Hùng ơi"). The call says the word is a person's name, listed or
// not; the title says it is not a place ("Hà Nội ơi" has none).
const VOCATIVE_TITLES = new Set([...KIN, 'em', 'a', 'c', 'e', 'co', 'thay', 'ba', 'me', 'bo']);

const OI = letterHash('oi', 0, 2);

function vocativeNames(ctx: ScanContext, found: FoundNames): void {
  const { folded, plain } = ctx;
  // "ơi" after a capitalised word, found among the word list's capitals: a
  // search of the text for " oi" cost a two-byte text 1.7 ms a megabyte.
  const index = wordIndex(ctx);
  for (let k = 0; k < index.capitalCount; k++) {
    const w = index.capitals[k] + 1;
    if (w >= index.count || index.hashes[w] !== OI) continue;
    const at = index.starts[w] - 1;
    if (folded.charCodeAt(at) !== 32 || isLetterCode(folded.charCodeAt(at + 3))) continue;
    // One or two capitalised words before "ơi", then the title.
    let start = at;
    let words = 0;
    while (words < 2) {
      let k = start;
      while (k > 0 && isLetterCode(folded.charCodeAt(k - 1))) k--;
      if (k === start || !isUpperCode(plain.charCodeAt(k)) || !isVietnameseSyllable(folded, k, start)) break;
      words++;
      start = k;
      const t = k - 1;
      if (folded.charCodeAt(t) !== 32) break;
      let u = t;
      while (u > 0 && isLetterCode(folded.charCodeAt(u - 1))) u--;
      const title = folded.slice(u, t);
      if (VOCATIVE_TITLES.has(title)) {
        if (PLACES.has(folded.slice(start, at))) break;
        found.push({ type: 'person_name', start, end: at, score: 0.7, rule: 'person_name.title', validator: 'given name only', context: [`+${title} … ơi`] });
        break;
      }
      start = t;
    }
  }
}

// A letter's or message's sign-off: the line after a closing ("Trân trọng,",
// "Em cảm ơn chị,", "Best regards,"), after a dash ("— Hưng"), or the last
// line after a finished sentence, holding a name and maybe a role or a phone
// ("Linh - 0833 415 062").
// Tried once per line (sticky), not at every character.
const CLOSING = /[ \t]*(?:tran trong(?: cam on)?|than ai|kinh thu|than|best regards|kind regards|warm regards|regards|best wishes|best|cheers|thanks a lot|thanks so much|thanks|thank you|many thanks|yours sincerely|sincerely|yours faithfully|cam on|(?:em|con|chau|toi) (?:xin )?cam on[a-z ]{0,12})[ ,.!]*\n[ \t]*|[ \t]*(?:—|–|--) ?/y;
const SIGN_OFF_TAIL = /^(?:[ \t]*$|[ \t]*[-–—,(|] |,)/;

// The first two units of CLOSING's words ("tr" of "tran trong", "co" of
// "con cam on"), by their ASCII codes: most lines open with neither these
// nor a dash, and are passed over without running the pattern (a list's
// every line ran it).
const CLOSING_OPENERS = new Uint8Array(1 << 14);
for (const pair of ['tr', 'th', 'ki', 'be', 'wa', 're', 'ch', 'ca', 'co', 'em', 'to', 'ma', 'yo', 'si', '--']) CLOSING_OPENERS[(pair.charCodeAt(0) << 7) | pair.charCodeAt(1)] = 1;

/** False when CLOSING surely does not match at `at` (a line's start); true when it may. */
export function mayOpenClosing(folded: string, at: number): boolean {
  let i = at;
  while (folded.charCodeAt(i) === 32 || folded.charCodeAt(i) === 9) i++;
  const c = folded.charCodeAt(i);
  if (c === 0x2014 || c === 0x2013) return true;
  const d = folded.charCodeAt(i + 1);
  return c < 128 && d < 128 && CLOSING_OPENERS[(c << 7) | d] === 1;
}

/** Test hook: whether CLOSING matches at `at`. */
export function closingAtForTests(folded: string, at: number): boolean {
  CLOSING.lastIndex = at;
  return CLOSING.test(folded);
}

/**
 * A line break before a line mayOpenClosing lets through: a text of short
 * lines is searched for these (one pass of the pattern), not read a line at
 * a time (a search for each line's break cost a megabyte of two-unit lines
 * more than the rest of its names).
 */
const CLOSING_LINE = /\n[ \t]*(?:tr|th|ki|be|wa|re|ch|ca|co|em|to|ma|yo|si|--|[\u2013\u2014])/g;

/** Whether CLOSING matches at line start `at`: where it ends goes into `starts`. */
function closingAt(folded: string, at: number, starts: number[]): void {
  if (!mayOpenClosing(folded, at)) return;
  CLOSING.lastIndex = at;
  if (CLOSING.test(folded)) starts.push(CLOSING.lastIndex);
}

/** Test hook: the closings' ends, every line read, and as signOffNames finds them. */
export function closingsForTests(folded: string): [number[], number[]] {
  const every: number[] = [];
  for (let at = 0; at >= 0; at = folded.indexOf('\n', at) + 1 || -1) closingAt(folded, at, every);
  return [closingEnds(folded), every];
}

/** Where each closing ends (CLOSING tried at each line start), in order. */
function closingEnds(folded: string): number[] {
  const starts: number[] = [];
  let lines = 0;
  for (let at = 0; at >= 0; at = folded.indexOf('\n', at) + 1 || -1) {
    closingAt(folded, at, starts);
    // The first 256 lines averaging under 32 units: the pattern finds the rest.
    if (++lines === 256 && at < 256 * 32) {
      CLOSING_LINE.lastIndex = at;
      while (CLOSING_LINE.test(folded)) closingAt(folded, folded.lastIndexOf('\n', CLOSING_LINE.lastIndex - 1) + 1, starts);
      break;
    }
  }
  return starts;
}

function signOffNames(ctx: ScanContext, found: FoundNames): void {
  const { folded, plain } = ctx;
  const starts = closingEnds(folded);
  // The last line, after a finished sentence on the line before.
  let end = folded.length;
  while (end > 0 && (folded.charCodeAt(end - 1) === 10 || folded.charCodeAt(end - 1) === 32)) end--;
  const last = folded.lastIndexOf('\n', end - 1) + 1;
  if (last > 0) {
    let prev = last - 1;
    while (prev > 0 && (folded.charCodeAt(prev - 1) === 32 || folded.charCodeAt(prev - 1) === 10)) prev--;
    const c = folded.charCodeAt(prev - 1);
    if (c === 46 || c === 33 || c === 63) starts.push(last);
  }
  const closings = starts.length - (last > 0 && starts.length > 0 && starts[starts.length - 1] === last ? 1 : 0);
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k];
    if (!isUpperCode(plain.charCodeAt(start))) continue;
    const lineEnd = folded.indexOf('\n', start) < 0 ? folded.length : folded.indexOf('\n', start);
    const run = readRun(ctx, start, lineEnd);
    if (run.shape === 'upper' || !SIGN_OFF_TAIL.test(folded.slice(run.end, Math.min(lineEnd, run.end + 3)) || ' ')) continue;
    const words = folded.slice(start, run.end);
    // "Khánh Hòa, ngày 06 tháng 5 năm 2024": a document's place and date, not its writer.
    if (TITLES.has(words) || PLACES.has(words) || folded.startsWith(', ngay', run.end)) continue;
    // After a closing a foreigner's given name signs too ("Cheers,⏎Liam"): a word no Vietnamese syllable spells.
    const foreign = k < closings && run.words.length === 1 && !isVietnameseSyllable(folded, start, run.end);
    if (!foreign && !speakerWords(ctx, run.words)) continue;
    found.push({ type: 'person_name', start, end: run.end, score: 0.7, rule: 'person_name.title', validator: 'given name only', context: ['+sign-off'] });
  }
}

/**
 * Whether a full name (a listed surname, then known syllables, capitalised)
 * ends at `pos`: the date after "Vũ Thị Lan Anh, " is her birth date. With
 * `anySyllable` the given names need only be shaped like Vietnamese syllables.
 */
export function nameEndsAt(ctx: ScanContext, pos: number, anySyllable = false): boolean {
  const { folded } = ctx;
  for (let i = pos, words = 0; words < 4; words++) {
    let j = i;
    while (j > 0 && isLetterCode(folded.charCodeAt(j - 1))) j--;
    if (j === i) return false;
    // The first word's letters are [j, i): most words are no surname, which
    // tells before the run is read.
    if (words > 0 && SURNAMES.has(folded.slice(j, i))) {
      const run = readRun(ctx, j, pos);
      const [first, ...rest] = run.words;
      if (first !== undefined && run.end === pos && !PLACES.has(folded.slice(j, pos)) && SURNAMES.check(folded.slice(j, first.end), originalLower(ctx, j, first.end)) !== 'wrong' && rest.every((w) => isKnownSyllable(ctx, w) || (anySyllable && isVietnameseSyllable(folded, w.start, w.end)))) return true;
    }
    if (folded.charCodeAt(j - 1) !== 32) return false;
    i = j - 1;
  }
  return false;
}

/** The recognizer's candidates; `everyRun` skips the run and pair prefilters (tests compare both). */
export function findNames(ctx: ScanContext, everyRun: boolean): Candidate[] {
  const found = new FoundNames();
  capitalisedNames(ctx, found, everyRun);
  lowerCaseNames(ctx, found, everyRun);
  labelledNames(ctx, found);
  tableNames(ctx, found);
  speakerNames(ctx, found);
  signOffNames(ctx, found);
  vocativeNames(ctx, found);
  titledMinorityNames(ctx, found);
  bornNames(ctx, found);
  acknowledgedNames(ctx, found);
  signedNames(ctx, found);
  for (const candidate of honorificNames(ctx)) found.push(candidate);
  for (const candidate of hanNames(ctx)) found.push(candidate);
  return found.short ? withoutCodes(ctx.folded, found.list) : found.list;
}

/**
 * Drops the "names" that open a code: a word of a few letters with a dash
 * and digits after it ("mã BN VI-0244"). (A full name may run into a number:
 * "Tran Thi Lan-035741980".)
 */
function withoutCodes(folded: string, list: Candidate[]): Candidate[] {
  let kept = 0;
  for (let k = 0; k < list.length; k++) {
    const c = list[k];
    if (c.end - c.start <= 3 && folded.charCodeAt(c.end) === 45 && isDigitCode(folded.charCodeAt(c.end + 1))) continue;
    list[kept++] = c;
  }
  list.length = kept;
  return list;
}

// A birth year or date right after a capitalised run: "Ksor Thuan (SN 1994",
// "ĐIỂU KRỐT - SINH NĂM 1955", "bà Cil Ha Hương, sinh năm 1981".
// The birth words, found by the shared pass over the word list (a pattern over the whole text,
// or a loop over every word, cost a megabyte of prose about 1.3 ms).
const BIRTH_WORDS = phraseMatcher(['sinh năm', 'sinh ngày', 'sn', 'ns']);

// The role a private paper's signer signs under, alone on its line (or its
// column of a two-column block): "Người làm đơn", "NGƯỜI LẬP BIÊN BẢN", "BÊN B".
const SIGNING_ROLES = phraseMatcher([
  'người làm đơn', 'người viết đơn', 'người tường trình', 'người lập biên bản', 'người lập biểu', 'người lập phiếu',
  'người khai', 'người đề nghị', 'người báo cáo', 'người nhận', 'người giao', 'người nộp', 'người kiểm tra',
  'người ủy quyền', 'người được ủy quyền', 'người làm chứng', 'người chứng kiến', 'người ghi biên bản', 'người cam kết',
  'bên a', 'bên b', 'bên giao', 'bên nhận', 'bên cho thuê', 'bên thuê', 'bên mua', 'bên bán', 'bên vay', 'bên cho vay',
  'trưởng ban quản trị', 'đại diện hộ gia đình', 'chủ hộ', 'thư ký', 'chủ tọa', 'chủ toạ', 'người thuê', 'người cho thuê',
]);

/** A line of the signature block to pass over: empty, or "(Ký, ghi rõ họ tên)", "(đã ký)". */
function signatureNote(folded: string, start: number, end: number): boolean {
  const text = folded.slice(start, end).trim();
  return text === '' || (text.startsWith('(') && text.endsWith(')') && text.length < 40) || text === 'da ky';
}

/** The index in `cells` ([start, end) pairs in order) of the cell [start, end), or -1. */
function cellAt(cells: number[], start: number, end: number): number {
  let lo = 0;
  let hi = cells.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cells[2 * mid] < start) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo < cells.length && cells[2 * lo] === start && cells[2 * lo + 1] === end ? 2 * lo : -1;
}

/** The cells of the first line after the one ending at `lineEnd` that is no signature note (up to three passed over), or null. */
function cellsOfLineAfter(folded: string, lineEnd: number): number[] | null {
  let next = lineEnd + 1;
  for (let skipped = 0; next < folded.length && skipped < 3; skipped++) {
    let e = folded.indexOf('\n', next);
    if (e < 0) e = folded.length;
    if (!signatureNote(folded, next, e)) break;
    next = e + 1;
  }
  if (next >= folded.length) return null;
  let nextEnd = folded.indexOf('\n', next);
  if (nextEnd < 0) nextEnd = folded.length;
  return wideCells(folded, next, nextEnd);
}

/**
 * A name signed under a private paper's role: "Người làm đơn⏎Phương Thị
 * Hậu", "NGƯỜI LẬP BIÊN BẢN⏎Lộc Văn Khải", and side by side in a two-column
 * block ("BÊN A      BÊN B⏎Lê Quang Vinh      Kim Thị Sương"). The role fills
 * its cell; the name, two to four capitalised Vietnamese syllables, fills
 * the cell in the same place of the next line that is not a note.
 */
// signedNames' roles, in lists reused by every scan: a line of roles ("Người
// nhận: Người nhận: …") made an object per role.
const roleMatches = matchList();

function signedNames(ctx: ScanContext, found: FoundNames): void {
  const { folded, plain } = ctx;
  // Roles come in text order, many maybe on one line: a line's bounds and
  // cells, and the next line's, are carried from one role to the next on
  // it (read again for each, a megabyte-long line of roles was quadratic).
  let lineStart = 0;
  // The first line break after the last role's start (native searches: a loop reading the text between roles cost a tenth of the recognizer).
  let nextBreak = -1;
  let lineEnd = -1;
  let roles: number[] = [];
  let rolesFrom = -1;
  let rolesTo = -1;
  let names: number[] | null = null;
  let namesAfter = -1;
  const { count, starts: roleStarts, ends: roleEnds, keys: roleKeys } = SIGNING_ROLES.scanInto(ctx, roleMatches);
  for (let r = 0; r < count; r++) {
    const roleStart = roleStarts[r];
    const roleEnd = roleEnds[r];
    // The line's start: the last break before the role, when one lies after the last role's start.
    if (nextBreak < roleStart) {
      if (nextBreak >= 0 || roleStart > 0) lineStart = folded.lastIndexOf('\n', roleStart - 1) + 1;
      nextBreak = folded.indexOf('\n', roleStart);
      if (nextBreak < 0) nextBreak = folded.length;
    }
    // Its end: the first break from the role's end on, the last role's line end unless the role ends past it.
    if (roleEnd > lineEnd) {
      lineEnd = folded.indexOf('\n', roleEnd);
      if (lineEnd < 0) lineEnd = folded.length;
    }
    if (lineStart !== rolesFrom || lineEnd !== rolesTo) {
      roles = wideCells(folded, lineStart, lineEnd);
      rolesFrom = lineStart;
      rolesTo = lineEnd;
    }
    const column = cellAt(roles, roleStart, roleEnd);
    if (column < 0) continue;
    if (namesAfter !== lineEnd) {
      names = cellsOfLineAfter(folded, lineEnd);
      namesAfter = lineEnd;
    }
    if (names === null || names.length !== roles.length) continue;
    const start = names[column];
    const end = names[column + 1];
    let words = 0;
    for (let i = start; i < end; ) {
      let j = i;
      while (j < end && isLetterCode(folded.charCodeAt(j))) j++;
      if (j === i || !isUpperCode(plain.charCodeAt(i)) || !isVietnameseSyllable(folded, i, j)) {
        words = 0;
        break;
      }
      words++;
      if (j < end && folded.charCodeAt(j) !== 32) {
        words = 0;
        break;
      }
      i = j + 1;
    }
    if (words < 2 || words > 4 || opensUnit(ctx, start) || PLACES.has(folded.slice(start, end))) continue;
    found.push({ type: 'person_name', start, end, score: 0.8, rule: 'person_name.signed', validator: 'capitalised words signed under a role', context: [`+${SIGNING_ROLES.keys()[roleKeys[r]]}`] });
  }
}

// A chat's reply that opens by thanking or answering someone by name: "Ok
// Thoa, mai 8h em qua", "Cảm ơn Ánh nha". Found by the shared pass over the word list.
const ACKNOWLEDGEMENTS = phraseMatcher(['ok', 'oke', 'okay', 'cảm ơn', 'cám ơn', 'thanks']);
// What follows the name in such a reply: a stop, or a particle.
const AFTER_ADDRESSED = /^(?:[,.!]| (?:nha|nhe|nhé|ạ|a|nhiều|nhìu|nhá|ha)(?![a-zà-ỹ]))/;

/**
 * A listed given name (one or two words, capitalised) after a reply's
 * opening "ok" or thanks, at a message's start (a line's, or after its
 * speaker's colon), with a stop or a particle after it.
 */
function acknowledgedNames(ctx: ScanContext, found: FoundNames): void {
  const { folded, plain } = ctx;
  for (const m of ACKNOWLEDGEMENTS.scanAll(ctx)) {
    let b = m.start;
    while (b > 0 && folded.charCodeAt(b - 1) === 32) b--;
    const before = b === 0 ? 10 : folded.charCodeAt(b - 1);
    if (before !== 10 && before !== 58 && before !== 93) continue;
    if (folded.charCodeAt(m.end) !== 32) continue;
    const start = m.end + 1;
    let end = start;
    for (let words = 0; words < 2; words++) {
      if (!isUpperCode(plain.charCodeAt(end))) break;
      let j = end;
      while (j < folded.length && isLetterCode(folded.charCodeAt(j))) j++;
      if (!GIVEN_KEYS.has(keyHash(folded, end, j))) break;
      end = j;
      if (folded.charCodeAt(end) !== 32 || !isUpperCode(plain.charCodeAt(end + 1))) break;
      end++;
    }
    while (end > start && folded.charCodeAt(end - 1) === 32) end--;
    if (end === start || PLACES.has(folded.slice(start, end)) || !AFTER_ADDRESSED.test(ctx.text.slice(ctx.toOriginal(end), ctx.toOriginal(end) + 6))) continue;
    found.push({ type: 'person_name', start, end, score: 0.7, rule: 'person_name.addressed', validator: 'a given name answered or thanked', context: [`+${m.key}`] });
  }
}

/** Where the run before the birth words at `at` ends, past ", ", " (", " - ": -1 when no such separator. */
function beforeBirth(folded: string, at: number): number {
  let i = at;
  while (i > 0 && folded.charCodeAt(i - 1) === 32) i--;
  const c = folded.charCodeAt(i - 1);
  if (c !== 44 && c !== 40 && c !== 45 && c !== 0x2013) return -1;
  i--;
  while (i > 0 && folded.charCodeAt(i - 1) === 32) i--;
  // A sex's field between ("KIM MIN-JI, nữ, sinh ngày …").
  for (const sex of SEX_FIELDS) {
    if (i >= sex.length && folded.startsWith(sex, i - sex.length)) {
      let k = i - sex.length;
      while (k > 0 && folded.charCodeAt(k - 1) === 32) k--;
      if (k > 0 && folded.charCodeAt(k - 1) === 44) {
        k--;
        while (k > 0 && folded.charCodeAt(k - 1) === 32) k--;
        return k;
      }
    }
  }
  return i;
}
const SEX_FIELDS = [' nam', ' nu'];

/**
 * Names, whatever their syllables, that a birth year or date follows: a
 * minority people's names ("Ksor Thuan", "Sa Ly Ha") are in no surname list,
 * but nothing else a text capitalises is born. Two to five capitalised words
 * of letters (an apostrophe inside) before the birth words.
 */
function bornNames(ctx: ScanContext, found: FoundNames): void {
  const { folded, plain } = ctx;
  for (const m of BIRTH_WORDS.scanAll(ctx)) {
    // A digit after the words, a colon or a space maybe between ("SN 1994", "sinh năm: 1981", "SN1994").
    let j = m.end;
    if (folded.charCodeAt(j) === 58) j++;
    while (folded.charCodeAt(j) === 32 && j - m.end < 3) j++;
    if (!isDigitCode(folded.charCodeAt(j))) continue;
    const end = beforeBirth(folded, m.start);
    if (end <= 0) continue;
    const { start, words } = capitalisedRunBefore(folded, plain, end, 5);
    // "Công ty Hoàng Long, …": a body's name, whatever follows it.
    if (words < 2 || opensUnit(ctx, start) || HEADS.has(folded.slice(start, wordEnd(folded, start))) || headBefore(ctx, start) !== null) continue;
    found.push({ type: 'person_name', start, end, score: 0.7, rule: 'person_name.born', validator: 'capitalised words before a birth year', context: ['+birth year after'] });
  }
}

/** Where the word starting at `start` ends. */
function wordEnd(folded: string, start: number): number {
  let k = start;
  while (k < folded.length && isLetterCode(folded.charCodeAt(k))) k++;
  return k;
}

import type { Candidate, Recognizer, ScanContext } from '../recognizer.ts';
import { applyContextTo, keywords, negativeHit, negativeHitWithin, negativeKeywords, NO_WORDS, positiveHitWithin, type ContextHit, type Scored } from '../context.ts';
import { digitsAt, groupEnd, groupStart, isNoise, numberRuns, scanUnits, type NumberRun } from '../numbers.ts';
import { monthAt, monthBefore } from '../months.ts';
import { candidate, labelsPossible } from '../span-score.ts';
import { nameEndsAt } from './person-name.ts';
import { hasMarks, originalLower } from '../lexicon/forms.ts';
import { fieldAfter, fieldBefore } from '../lexicon/row-fields.ts';
import { isLetter } from '../keyword-index.ts';
import { isDigitCode } from '../lexicon/words.ts';
import { lettersIn } from '../text-words.ts';

// A date is personal data when context marks it as a birth date (ngày sinh,
// sinh ngày, NS, DOB, a birth-date column). Meeting, issue and document dates
// are not. A bare year counts only right after "năm sinh" / "sinh năm".

const positive = keywords([
  'ngày sinh', 'sinh ngày', 'ns', 'năm sinh', 'sinh năm', 'ngày tháng năm sinh', 'ngày, tháng, năm sinh', 'dob',
  'd.o.b', 'date of birth', 'birth date', 'birthdate', 'birthday', 'born', 'born on', 'sinh', 'sinh nhật', 'ngày/tháng/năm sinh',
  'ngsinh', 'ng sinh', 'ngày sn', 'sn',
]);
const yearPositive = keywords(['năm sinh', 'sinh năm', 'year of birth', 'born in', 'yob', 'ns', 'sn', 'sinh', 'tháng sinh', 'sinh tháng', 'tháng năm sinh']);
const negative = negativeKeywords([
  'sinh hoạt', 'ngày sinh hoạt', 'sinh hoạt chuyên đề', 'sinh viên', 'học sinh',
  'ngày cấp', 'cấp ngày', 'nơi cấp', 'ngày ký', 'ký ngày', 'ngày họp', 'họp', 'cuộc họp', 'ngày ban hành', 'ban hành',
  'ngày hiệu lực', 'hiệu lực', 'ngày hết hạn', 'hết hạn', 'có giá trị đến', 'giá trị đến', 'ngày nộp', 'ngày nhận',
  'ngày lập', 'ngày tạo', 'ngày gửi', 'hạn chót', 'deadline', 'issued', 'issue date', 'expiry', 'expires', 'meeting',
  'ngày vào', 'ngày ra', 'ngày khám', 'ngày nhập viện', 'ngày xuất viện', 'ngày làm việc', 'date of issue', 'valid until',
  'ngày đăng ký', 'ngày cập nhật', 'updated', 'created', 'thời gian', 'lúc', 'hôm nay', 'ngày mai', 'tuần',
  // An antenatal card's dates: the last period and the expected delivery are no one's birth date yet.
  'dự kiến sinh', 'ngày dự sinh', 'dự sinh', 'kinh cuối', 'kinh chót',
  // Words that hold "sinh" and say nothing of a birth: a martyr's death ("hy
  // sinh ngày 17/4/1972"), antibiotics, hygiene, a newborn's vaccine.
  'hy sinh', 'hi sinh', 'ngày hy sinh', 'hy sinh năm', 'kháng sinh', 'phát sinh', 'nảy sinh', 'vệ sinh',
  'sinh học', 'sinh thái',
  // A death.
  'chết', 'chết ngày', 'ngày chết', 'mất ngày', 'ngày mất', 'qua đời', 'từ trần', 'tử vong', 'date of death',
]);

/** Birth words must sit close to the date: a label, not a topic of the paragraph. */
const MAX_DISTANCE = 24;

function daysIn(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function fullYear(y: number, digits: number): number {
  return digits === 2 ? (y > 30 ? 1900 + y : 2000 + y) : y;
}

function validDate(day: number, month: number, year: number): boolean {
  return year >= 1900 && year <= 2030 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, year);
}

/** The decimal value of s[from, to), read without building a string. */
function num(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN; // an OCR letter read as a digit elsewhere
    v = v * 10 + d;
  }
  return v;
}

function readDigits(s: string, i: number, max: number): number {
  let j = i;
  while (j < s.length && j - i < max + 1 && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
  return j - i;
}

interface DateSpan {
  start: number;
  end: number;
  form: string;
}

/** num() of u[from, to). */
function unitsNum(u: Uint16Array, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const d = u[i] - 48;
    if (d < 0 || d > 9) return Number.NaN;
    v = v * 10 + d;
  }
  return v;
}

/** dd/mm/yyyy, dd/mm/yy written with slashes, starting at `start`. */
function slashDate(u: Uint16Array, start: number, dayLen: number): DateSpan | null {
  let i = start + dayLen;
  if (u[i] !== 47) return null;
  const mLen = digitsAt(u, i + 1, 3);
  if (mLen < 1 || mLen > 2) return null;
  const m = i + 1;
  i = m + mLen;
  if (u[i] !== 47) return null;
  const yLen = digitsAt(u, i + 1, 5);
  if (yLen !== 2 && yLen !== 4) return null;
  const y = i + 1;
  const end = y + yLen;
  if (u[end] === 47) return null;
  const day = unitsNum(u, start, start + dayLen);
  const month = unitsNum(u, m, m + mLen);
  const year = fullYear(unitsNum(u, y, end), yLen);
  return validDate(day, month, year) ? { start, end, form: 'd/m/y' } : null;
}

/** yyyy/mm/dd written with slashes, starting at `start`. */
function slashYearFirst(s: string, start: number): DateSpan | null {
  let i = start + 4;
  if (s.charCodeAt(i) !== 47) return null;
  const mLen = readDigits(s, i + 1, 2);
  if (mLen < 1 || mLen > 2) return null;
  const m = i + 1;
  i = m + mLen;
  if (s.charCodeAt(i) !== 47) return null;
  const dLen = readDigits(s, i + 1, 2);
  if (dLen < 1 || dLen > 2) return null;
  const end = i + 1 + dLen;
  if (s.charCodeAt(end) === 47) return null;
  const year = num(s, start, start + 4);
  return validDate(num(s, i + 1, end), num(s, m, m + mLen), year) ? { start, end, form: 'y/m/d' } : null;
}

/** The end of an English ordinal's suffix at `i` ("5th", "1st"), or `i`. */
function ordinalEnd(s: string, i: number): number {
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  const suffix = (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
  return suffix && !(s.charCodeAt(i + 2) >= 97 && s.charCodeAt(i + 2) <= 122) ? i + 2 : i;
}

/** "12 May 1990", "12-May-1990", "5th of March 1998" (day first) and "May 12, 1990", "March 5th, 1998" (month first). */
function englishDate(s: string, start: number, dayLen: number): DateSpan | null {
  const day = num(s, start, start + dayLen);
  let i = ordinalEnd(s, start + dayLen);
  if (i > start + dayLen && s.startsWith(' of', i)) i += 3;
  const sep = s.charCodeAt(i);
  if (sep === 32 || sep === 45) {
    const month = monthAt(s, i + 1);
    if (month !== null) {
      let k = i + 1 + month[1];
      if (s.charCodeAt(k) === 46) k++;
      if (s.charCodeAt(k) === 32 || s.charCodeAt(k) === 45 || s.charCodeAt(k) === 44) {
        k++;
        if (s.charCodeAt(k) === 32) k++;
        if (readDigits(s, k, 4) === 4 && validDate(day, month[0], num(s, k, k + 4))) return { start, end: k + 4, form: 'd month y' };
      }
    }
  }
  // Month first: "May " right before the day.
  const before = monthBefore(s, start);
  if (before === null) return null;
  const [monthNumber, a] = before;
  const month = [monthNumber];
  i = ordinalEnd(s, start + dayLen);
  if (s.charCodeAt(i) === 44) i++;
  if (s.charCodeAt(i) !== 32) return null;
  i++;
  if (readDigits(s, i, 4) !== 4) return null;
  return validDate(day, month[0], num(s, i, i + 4)) ? { start: a, end: i + 4, form: 'month d, y' } : null;
}

/** "12 tháng 5 năm 1990" (folded: "12 thang 5 nam 1990"). */
function wordDate(s: string, start: number, dayLen: number): DateSpan | null {
  let i = start + dayLen;
  if (!s.startsWith(' thang ', i)) return null;
  i += 7;
  const mLen = readDigits(s, i, 2);
  if (mLen < 1 || mLen > 2) return null;
  const month = num(s, i, i + mLen);
  i += mLen;
  let sep = 0;
  if (s.startsWith(' nam ', i)) sep = 5;
  else if (s.startsWith(', ', i)) sep = 2;
  else if (s.charCodeAt(i) === 47) sep = 1;
  if (sep === 0) return null;
  i += sep;
  const yLen = readDigits(s, i, 4);
  if (yLen !== 4) return null;
  const year = num(s, i, i + 4);
  const day = num(s, start, start + dayLen);
  // "mùng 8 tháng 5 năm 1962": the day word belongs to the date.
  const from = s.startsWith('mung ', start - 5) ? start - 5 : start;
  return validDate(day, month, year) ? { start: from, end: i + 4, form: 'words' } : null;
}

/** d.m.yyyy, d-m-yyyy and yyyy-mm-dd inside one run, starting at group g. */
function runDate(s: string, run: NumberRun, g: number): DateSpan | null {
  // Checked first: the closure below costs an allocation per call.
  return g + 2 >= run.groups ? null : runDateAt(s, run, g);
}

function runDateAt(s: string, run: NumberRun, g: number): DateSpan | null {
  const size = (k: number) => groupEnd(run, k) - groupStart(run, k);
  // Both joiners the same '.' or '-', spaced or not ("13 - 01 - 1994" on a scanned form).
  // Characters first: most runs are phones and ids, and a slice each cost more.
  const at = groupEnd(run, g);
  const len = groupStart(run, g + 1) - at;
  const j1 = s.charCodeAt(at + (len >> 1));
  if ((j1 !== 46 && j1 !== 45) || groupStart(run, g + 2) - groupEnd(run, g + 1) !== len) return null;
  if (len !== 1 && (len !== 3 || !s.startsWith(` ${s[at + 1]} `, at) || !s.startsWith(s.slice(at, at + 3), groupEnd(run, g + 1)))) return null;
  if (len === 1 && s.charCodeAt(groupEnd(run, g + 1)) !== j1) return null;
  const a = num(s, groupStart(run, g), groupEnd(run, g));
  const b = num(s, groupStart(run, g + 1), groupEnd(run, g + 1));
  const c = num(s, groupStart(run, g + 2), groupEnd(run, g + 2));
  const start = groupStart(run, g);
  const end = groupEnd(run, g + 2);
  if (size(g) === 4 && size(g + 1) === 2 && size(g + 2) === 2 && j1 === 45) {
    return validDate(c, b, a) ? { start, end, form: 'y-m-d' } : null;
  }
  if (size(g) <= 2 && size(g + 1) <= 2 && (size(g + 2) === 4 || size(g + 2) === 2)) {
    return validDate(a, b, fullYear(c, size(g + 2))) ? { start, end, form: 'd.m.y' } : null;
  }
  return null;
}

/**
 * Where a name would end if the date stands in apposition to it, else 0: a
 * date after "…, " or "… (", a year in the next cell of a table row (a date
 * there may be any column's: "ngày tiêm").
 */
function afterName(s: string, start: number, end: number, year: boolean): number {
  // "Kieu Thi Phuong Thao - 11/04/2000 - 0013…", "Đào Thị Thúy Nga  1987  phường…": a field of a
  // list's row, another field after it (a signature's "Phùng Gia Bảo — 12/06/2025" ends its line).
  if (s.charCodeAt(start - 1) === 32 && s.charCodeAt(start - 2) === 45 && s.charCodeAt(start - 3) === 32) {
    // A member's relation between name and date marks a household's list, where the date may end the line.
    const nameEnd = pastRelation(s, start - 3);
    return fieldAfter(s, start) || (nameEnd !== start - 3 && lineEndsAt(s, dateEnd(s, start))) ? nameEnd : 0;
  }
  if (year && s.charCodeAt(start - 1) === 32 && s.charCodeAt(start - 2) === 32) {
    let k = start - 2;
    while (s.charCodeAt(k - 1) === 32) k--;
    return k;
  }
  if (year) {
    if (s.charCodeAt(start - 1) === 9) return start - 1;
    // "bác Hoàng Văn Lư (1948)", "(thế danh Võ Văn Tâm, 1985)": a year closing the brackets after a name.
    if (s.charCodeAt(start + 4) !== 41) return 0;
    if (s.charCodeAt(start - 1) === 40) return start - 1 - (s.charCodeAt(start - 2) === 32 ? 1 : 0);
    return s.charCodeAt(start - 1) === 32 && s.charCodeAt(start - 2) === 44 ? start - 2 : 0;
  }
  // "4⇥Nguyễn Hữu Phước⇥30/01/2012⇥Nam⇥Kinh": a date between a name's cell and a sex's is the birth date
  // (any other column's date, "ngày tiêm", has no sex after it).
  // So is one before an ID's cell whose birth year it shares ("Trần Thị Tý⇥12/01/1940⇥035140001877").
  if (s.charCodeAt(start - 1) === 9) return sexCellAt(s, end) || idCellOfYear(s, end) ? start - 1 : 0;
  const k = s.charCodeAt(start - 1) === 40 ? start - 1 : start - 2;
  const c = s.charCodeAt(k);
  return (c === 44 || c === 40) && s.charCodeAt(k + 1) !== 10 ? k - (s.charCodeAt(k - 1) === 32 ? 1 : 0) : 0;
}

// A household's member list: "1. Tran Quoc Bao - chu ho - 12/06/1979", "2. Vo Thi Ngoc Diep - vo - 25/09/1982".
const RELATIONS = ['chu ho', 'vo', 'chong', 'con', 'con trai', 'con gai', 'bo', 'me', 'cha', 'ong', 'ba', 'chau', 'em', 'anh', 'chi'];

/** Where the name ends when a relation's field stands between it and `end` (" - vo"), else `end`. */
function pastRelation(s: string, end: number): number {
  for (const relation of RELATIONS) {
    const at = end - relation.length;
    if (at >= 3 && s.startsWith(relation, at) && s.charCodeAt(at - 1) === 32 && s.charCodeAt(at - 2) === 45 && s.charCodeAt(at - 3) === 32) return at - 3;
  }
  return end;
}

function lineEndsAt(s: string, i: number): boolean {
  return i >= s.length || s.charCodeAt(i) === 10 || s.charCodeAt(i) === 13;
}

/** Where the date starting at `start` ends (its digits and separators). */
function dateEnd(s: string, start: number): number {
  let i = start;
  while (i < s.length && (isDigitCode(s.charCodeAt(i)) || s.charCodeAt(i) === 47 || s.charCodeAt(i) === 46 || s.charCodeAt(i) === 45)) i++;
  return i;
}

/**
 * A tab at `pos`, then a cell of 12 digits whose century digit and two year
 * digits (a CCCD's 4th to 6th) give the year the date before `pos` ends with.
 */
function idCellOfYear(s: string, pos: number): boolean {
  if (s.charCodeAt(pos) !== 9) return false;
  const year = num(s, pos - 4, pos);
  const id = pos + 1;
  for (let k = id; k < id + 12; k++) if (!isDigitCode(s.charCodeAt(k))) return false;
  const after = s.charCodeAt(id + 12);
  if (!(Number.isNaN(after) || after === 9 || after === 10 || after === 13)) return false;
  const century = s.charCodeAt(id + 3) - 48;
  return century <= 3 && (century >> 1) * 100 + 1900 + num(s, id + 4, id + 6) === year;
}

/** A tab at `pos`, then a cell that is a sex ("Nam", "Nữ", "Nu") ending its row or before another tab. */
function sexCellAt(s: string, pos: number): boolean {
  if (s.charCodeAt(pos) !== 9) return false;
  const word = s.startsWith('nam', pos + 1) ? 3 : s.startsWith('nu', pos + 1) ? 2 : 0;
  if (word === 0) return false;
  const after = s.charCodeAt(pos + 1 + word);
  return Number.isNaN(after) || after === 9 || after === 10 || after === 13;
}

// The sexagenary cycle's stems and branches: "năm Giáp Thìn (2024)" names a
// year, though Giáp is a surname and Thìn a given name.
const STEMS = new Set(['giap', 'at', 'binh', 'dinh', 'mau', 'ky', 'canh', 'tan', 'nham', 'quy']);
const BRANCHES = new Set(['ty', 'suu', 'dan', 'mao', 'thin', 'ngo', 'mui', 'than', 'dau', 'tuat', 'hoi']);

/** Whether a stem and a branch end at `pos` ("Giáp Thìn", "ẤT TỴ"). */
function lunarYearEndsAt(s: string, pos: number): boolean {
  let j = pos;
  while (j > 0 && s.charCodeAt(j - 1) >= 97 && s.charCodeAt(j - 1) <= 122) j--;
  if (!BRANCHES.has(s.slice(j, pos)) || s.charCodeAt(j - 1) !== 32) return false;
  let i = j - 1;
  while (i > 0 && s.charCodeAt(i - 1) >= 97 && s.charCodeAt(i - 1) <= 122) i--;
  return STEMS.has(s.slice(i, j - 1));
}

/**
 * A date or year in the field after a person's sex, itself a field of a
 * list's row: "DƯƠNG VĂN THẬT - CHỦ HỘ - NAM - 1964", "Lê Thị Hoa, nữ, 12/5/1990".
 * (Not "năm 1964", which folds the same: with diacritics the word must be
 * spelled "nam".)
 */
function afterGender(ctx: ScanContext, start: number): boolean {
  const s = ctx.folded;
  const i = fieldBefore(s, start, false);
  if (i === start) return false;
  let j = i;
  while (j > 0 && s.charCodeAt(j - 1) >= 97 && s.charCodeAt(j - 1) <= 122) j--;
  const word = s.slice(j, i);
  if (word !== 'nam' && word !== 'nu') return false;
  if (word === 'nam' && hasMarks(ctx) && originalLower(ctx, j, i) !== 'nam') return false;
  while (j > 0 && s.charCodeAt(j - 1) === 32) j--;
  const c = s.charCodeAt(j - 1);
  return c !== 32 && isFieldSeparator(c);
}

/** Space, tab, '-', ',', '|'. */
function isFieldSeparator(c: number): boolean {
  return c === 32 || c === 9 || c === 45 || c === 44 || c === 124;
}

// The scored date, read at once by the caller (candidate() copies what it
// keeps): an assessment and a scored object per date were garbage at once.
const scoredDate: Scored = { score: 0, context: NO_WORDS };
/** The context of a date that stands after a name (one frozen list for all of them). */
const AFTER_A_NAME = Object.freeze(['+after a name']) as unknown as string[];
const AFTER_A_SEX = Object.freeze(["+after a person's sex"]) as unknown as string[];

function scoreDate(ctx: ScanContext, start: number, end: number, year: boolean): Scored | null {
  const kw = year ? yearPositive : positive;
  // Most dates have no birth label: check for one before scoring anything
  // (the same look-up assess() would make, so it is made once).
  const near = year ? 3 : MAX_DISTANCE;
  let positiveWord = positiveHitWithin(ctx, start, end, kw, near);
  // A column header's word with no letter near its date (a date alone in its
  // cell): none of the checks below can find the words they look for.
  if (positiveWord !== null && positiveWord.distance === 0 && !checkEveryLabel && noLettersNear(ctx, start, end)) return scoreLabelledDate(ctx, start, positiveWord);
  if (positiveWord !== null && positiveWord.word === 'sinh' && (sinhInAName(ctx, start, end) || notBirthAfter(ctx.folded, end))) positiveWord = null;
  // "Hy sinh ngày 27/7/1968", "Lễ Giáng sinh 2024", "trầm cảm sau sinh năm 2023": the birth word is another word's end.
  if (positiveWord !== null && positiveWord.word.startsWith('sinh') && notBirthBefore(ctx.folded, start)) positiveWord = null;
  // A date with its own "ngày" ("…tuyển sinh     Hà Nội, ngày 10 tháng 3 năm 2025", "THÍ SINH, NỘP TRƯỚC NGÀY
  // 31/7/2025"): a birth word further back labels another value ("Ngày sinh: ngày 12…" is near).
  if (positiveWord !== null && positiveWord.distance > 8 && OWN_DAY_WORD.test(ctx.folded.slice(Math.max(0, start - 8), start))) positiveWord = null;
  // "BHYT học sinh năm 2025": the label's "sinh" is a pupil's (its own word before it, not a window's).
  if (positiveWord !== null && positiveWord.word.startsWith('sinh') && pupilBefore(ctx.folded, start - positiveWord.distance - positiveWord.word.length)) positiveWord = null;
  if (positiveWord === null || positiveWord.distance > near) {
    const nameEnd = afterName(ctx.folded, start, end, year);
    // A table row's first cell is a name whatever its given name ("Võ Minh Triết⇥2001").
    // Before an ID of the same birth year any Vietnamese syllables make the name ("Trần Thị Tý").
    // So do they before a date that a list's row sets off by dashes, another field after it ("Lữ Văn Thoại - 12/4/1995 - Thái").
    const named = nameEnd !== 0 && !lunarYearEndsAt(ctx.folded, nameEnd) && nameEndsAt(ctx, nameEnd, year || nameEnd === start - 3 || idCellOfYear(ctx.folded, end));
    if (!named && !afterGender(ctx, start)) return null;
    const scored = applyContextTo(scoredDate, 0.65, null, dateNegative(ctx, start), 0);
    if (scored.context.length) return null;
    scored.context = named ? AFTER_A_NAME : AFTER_A_SEX;
    return scored;
  }
  return scoreLabelledDate(ctx, start, positiveWord);
}

/** The score of a date its birth word labels (within reach), unless a nearer negative word wins. */
function scoreLabelledDate(ctx: ScanContext, start: number, positiveWord: ContextHit): Scored | null {
  const scored = applyContextTo(scoredDate, 0.3, positiveWord, dateNegative(ctx, start, positiveWord.distance), 0.62);
  // A copy marked supported was garbage at once: candidate() reads score and context only.
  return scored.context[0]?.[0] === '−' ? null : scored;
}

/** Tests only: what each form that may start at a short group reads there (find reads the first that does). */
export function shortGroupFormsForTests(s: string, start: number, dayLen: number): (DateSpan | null)[] {
  const u = new Uint16Array(s.length + 1);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return [slashDate(u, start, dayLen), wordDate(s, start, dayLen), englishDate(s, start, dayLen)];
}

// Tests only: make the checks noLettersNear lets a date pass by.
let checkEveryLabel = false;
export function checkEveryLabelForTests(on: boolean): void {
  checkEveryLabel = on;
}

/**
 * No letter from 32 characters before the date to 20 after it (and to 32
 * after its start): where sinhInAName, notBirthAfter, notBirthBefore,
 * OWN_DAY_WORD and pupilBefore (for a word at distance 0) look. False when
 * the text's words were not read (lettersIn cannot tell).
 */
function noLettersNear(ctx: ScanContext, start: number, end: number): boolean {
  const n = ctx.folded.length;
  return lettersIn(ctx, Math.max(0, start - 32), Math.min(n, Math.max(end + 20, start + 32))) === false;
}

/**
 * The negative word nearest before the date, unless it is a meeting's "họp"
 * that only folds like one: "Trường hợp ông … , 12/03/1968", "hộp thư" (a
 * case, a mailbox). Written bare, "truong hop" is still a case.
 */
function dateNegative(ctx: ScanContext, start: number, near?: number): ContextHit | null {
  // Beside a positive word `near` characters away, only a negative word as near can win.
  const hit = near === undefined ? negativeHit(ctx, start, negative) : negativeHitWithin(ctx, start, negative, near);
  if (hit === null || hit.word !== 'hop' || hit.distance === 0) return hit;
  const at = start - hit.distance - 3;
  if (at < 0 || !ctx.folded.startsWith('hop', at)) return hit;
  const written = originalLower(ctx, at, at + 3);
  if (written !== 'hop' && written !== 'họp') return null;
  return written === 'hop' && /(?:^|[^a-z])truong $/.test(ctx.folded.slice(Math.max(0, at - 8), at)) ? null : hit;
}

/** "hoc " just before `pos` (where a label starting "sinh" starts), as a word of its own. */
function pupilBefore(s: string, pos: number): boolean {
  return pos >= 4 && s.startsWith('hoc ', pos - 4) && !isLetter(s.charCodeAt(pos - 5));
}

// ("sơ sinh" only written so: "số, sinh 2003" folds to the same words.)
// So are an expected delivery (dự sinh), enrolment (tuyển sinh) and Easter (Phục sinh).
const OWN_DAY_WORD = /(?:^|[^a-z])ngay $/;

// So is an examinee (thí sinh), and an export's key ("nam_tuyen_sinh").
export const NOT_BIRTH_BEFORE = /(?:^|[^a-z])(?:hy|hi|giang|sau|so|du|tuyen|phuc|thi)[ _]sinh[^\n,;.]{0,24}$/;

// "hạn cuối 30/10/2024. Sinh viên nộp …": the next sentence's "sinh" opens another word.
export const NOT_BIRTH_AFTER = /^[ .,;:)]*sinh (?:vien|hoat|hoc|thai)/;

// The patterns above are tried on a slice only when their "sinh" is there:
// a column headed "Sinh" asked both of every date, and none had one
// (exported, with the patterns, for their test).

/** NOT_BIRTH_BEFORE on the 32 characters before `start`. */
export function notBirthBefore(s: string, start: number): boolean {
  const from = Math.max(0, start - 32);
  // The pattern's "sinh" and all after it stand after the last line break or clause mark.
  let i = start;
  while (i > from && !isClauseMark(s.charCodeAt(i - 1))) i--;
  return sinhIn(s, i, start) && NOT_BIRTH_BEFORE.test(s.slice(from, start));
}

/** NOT_BIRTH_AFTER on the 16 characters after `end`. */
export function notBirthAfter(s: string, end: number): boolean {
  const to = Math.min(s.length, end + 16);
  // The pattern's "sinh" comes right after the marks it skips.
  let i = end;
  while (i < to && isSkippedMark(s.charCodeAt(i))) i++;
  return s.startsWith('sinh', i) && NOT_BIRTH_AFTER.test(s.slice(end, to));
}

/** '\n', ',', ';', '.': what NOT_BIRTH_BEFORE's tail may not cross. */
function isClauseMark(c: number): boolean {
  return c === 10 || c === 44 || c === 59 || c === 46;
}

/** ' ', '.', ',', ';', ':', ')': what NOT_BIRTH_AFTER skips before its "sinh". */
function isSkippedMark(c: number): boolean {
  return c === 32 || c === 46 || c === 44 || c === 59 || c === 58 || c === 41;
}

/** Whether "sinh" lies wholly within s[from, to). */
function sinhIn(s: string, from: number, to: number): boolean {
  for (let k = from; k + 4 <= to; k++) if (s.charCodeAt(k) === 115 && s.startsWith('sinh', k)) return true;
  return false;
}

/**
 * "Sinh" capitalised between two capitalised words is part of a name ("nhà
 * văn hóa thôn Tân Sinh Đông từ ngày 06/10/2025"), not the birth label
 * ("Ngày Sinh: …" has no capital after it).
 */
function sinhInAName(ctx: ScanContext, start: number, end: number): boolean {
  const { folded, plain } = ctx;
  // Only a "sinh" within reach of the date counts, and is looked for there
  // only: a column headed "Sinh" sent each date's two searches to the
  // header and to the text's end (quadratic in the table's rows).
  const reach = MAX_DISTANCE + 4;
  const from = Math.max(0, start - reach);
  // Without a letter there, no "sinh" (the text's words tell, with no slice).
  if (lettersIn(ctx, from, Math.min(folded.length, start + reach + 4)) === false) return false;
  const window = folded.slice(from, start + reach + 4);
  const back = window.lastIndexOf('sinh', start - from);
  const ahead = end - from <= window.length ? window.indexOf('sinh', end - from) : -1;
  for (const at of [back < 0 ? -1 : from + back, ahead < 0 ? -1 : from + ahead]) {
    if (at < 0 || Math.abs(at - start) > reach) continue;
    if (plain.charCodeAt(at) !== 83 || plain.charCodeAt(at + 1) !== 105) continue;
    const before = plain.charCodeAt(at - 2);
    const after = plain.charCodeAt(at + 5);
    if (plain.charCodeAt(at - 1) === 32 && plain.charCodeAt(at + 4) === 32 && before >= 97 && before <= 122 && after >= 65 && after <= 90) {
      // The word before must itself be capitalised: find its first letter.
      let w = at - 2;
      while (w > 0 && plain.charCodeAt(w - 1) !== 32 && plain.charCodeAt(w - 1) !== 10) w--;
      const first = plain.charCodeAt(w);
      if (first >= 65 && first <= 90) return true;
    }
  }
  return false;
}

/**
 * The run's first group is a year that " - " parts from the rest: a list
 * row's next field ("1980 - 0912.470.385"), not a span of years ("1980 -
 * 1985") nor a date ("1980-05-12").
 */
function yearBeforeField(s: string, run: NumberRun): boolean {
  if (run.groups < 2) return false;
  const end = groupEnd(run, 0);
  const next = groupStart(run, 1);
  // " - " or, in a table typed with spaces, a gap of two or more ("1965  033065204910").
  const dashed = next - end === 3 && s.charCodeAt(end) === 32 && s.charCodeAt(end + 1) === 45 && s.charCodeAt(end + 2) === 32;
  if (!dashed && !(next - end >= 2 && spacesOnly(s, end, next))) return false;
  const to = groupEnd(run, 1);
  const second = to - next === 4 ? num(s, next, to) : 0;
  return run.groups > 2 || second < 1900 || second > 2100;
}

function spacesOnly(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) !== 32) return false;
  return true;
}

/** The four digits at `gs` as a year of birth (1900–2030), unless a slash before them makes them a date's. */
function yearAt(s: string, gs: number): DateSpan | null {
  const y = num(s, gs, gs + 4);
  // Glued to a letter after it, or to an '@' before, the digits are part of a token ("Sinh@1964tu", a password).
  if (isLetter(s.charCodeAt(gs + 4)) || s.charCodeAt(gs - 1) === 64) return null;
  return y >= 1900 && y <= 2030 && s.charCodeAt(gs - 1) !== 47 ? { start: gs, end: gs + 4, form: 'year' } : null;
}

/** "11/2021" ending with the year at `yearStart`: a month and year of birth (a small child's). */
function monthYear(s: string, yearStart: number): DateSpan | null {
  if (s.charCodeAt(yearStart - 1) !== 47) return null;
  let m = yearStart - 1;
  while (m > yearStart - 3 && s.charCodeAt(m - 1) >= 48 && s.charCodeAt(m - 1) <= 57) m--;
  if (m === yearStart - 1 || (s.charCodeAt(m - 1) >= 48 && s.charCodeAt(m - 1) <= 57) || s.charCodeAt(m - 1) === 47) return null;
  const year = num(s, yearStart, yearStart + 4);
  return validDate(1, num(s, m, yearStart - 1), year) && s.charCodeAt(yearStart + 4) !== 47 ? { start: m, end: yearStart + 4, form: 'm/y' } : null;
}

/**
 * "19670204" under a birth-date column or label: a compact date (an export's
 * YYYYMMDD), or with the hour and minute after it ("197203040000", a health
 * insurance claim's YYYYMMDDhhmm).
 */
function compactDate(s: string, start: number, size: number): DateSpan | null {
  const year = num(s, start, start + 4);
  if (!validDate(num(s, start + 6, start + 8), num(s, start + 4, start + 6), year)) return null;
  if (size === 8) return { start, end: start + 8, form: 'yyyymmdd' };
  return num(s, start + 8, start + 10) < 24 && num(s, start + 10, start + 12) < 60 ? { start, end: start + 12, form: 'yyyymmddhhmm' } : null;
}

// One validator text per date form, built once (not one string per candidate).
const VALIDATORS = new Map<string, string>();

function validatorOf(form: string): string {
  let v = VALIDATORS.get(form);
  if (v === undefined) {
    v = `valid date (${form})`;
    VALIDATORS.set(form, v);
  }
  return v;
}

function find(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  // A birth date needs a birth label or a name before it: none in a text
  // without letters. (Not the absence of birth words in a big text, which
  // the label-only types pass by on: a name may still stand before a date.)
  if (!labelsPossible(ctx)) return out;
  const s = ctx.folded;
  let lastEnd = -1;
  const push = (d: DateSpan | null, year = false, labelled = false): boolean => {
    if (d === null || d.start < lastEnd) return false;
    const scored = scoreDate(ctx, d.start, d.end, year);
    if (scored === null || (labelled && (scored.context === AFTER_A_NAME || scored.context === AFTER_A_SEX))) return false;
    out.push(candidate('date_of_birth', d.start, d.end, scored, year ? 'date_of_birth.year' : 'date_of_birth.date', validatorOf(d.form)));
    lastEnd = d.end;
    return true;
  };
  const runs = numberRuns(ctx);
  // Slashed dates, the most common, are read from the units (a typed-array
  // load each, not a charCodeAt: a column of them read each date's digits).
  const u = scanUnits(ctx);
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    if (isNoise(run)) continue;
    const groups = run.groups;
    for (let g = 0; g < groups; g++) {
      const gs = groupStart(run, g);
      const size = groupEnd(run, g) - gs;
      if (gs < lastEnd) continue;
      if (push(runDate(s, run, g))) continue;
      if (g === groups - 1 && size <= 2) {
        // At most one of the three forms reads a date here (a slashed date's
        // '/' after the day is neither the word date's " tháng " nor any
        // English form's space, comma or dash, and "tháng" names no month):
        // a date read and turned down by its score is not read again as the
        // other two, which was most of what a prose date without a birth
        // word cost. Nothing below looks at a group this short.
        push(slashDate(u, gs, size) ?? wordDate(s, gs, size) ?? englishDate(s, gs, size));
        continue;
      }
      if (size === 4 && g === groups - 1 && push(slashYearFirst(s, gs))) continue;
      // Compact dates need a birth label or column: an 8-digit code is mostly anything else.
      if ((size === 8 || size === 12) && groups === 1 && push(compactDate(s, gs, size), false, true)) continue;
      // "LÊ VĂN TRUNG - NS 1980 - 0912.470.385": a labelled year, then the row's next field, read as one run.
      if (size === 4 && g === 0 && yearBeforeField(s, run) && push(yearAt(s, gs), true)) continue;
      if (size === 4 && groups === 1) {
        // "ns 11/2021": a month of birth, as close to its label as a year.
        if (push(monthYear(s, gs), true, true)) continue;
        if (s.charCodeAt(run.end) !== 47) push(yearAt(s, gs), true);
      }
    }
  }
  return out;
}

export const dateOfBirth: Recognizer = {
  id: 'date_of_birth',
  types: ['date_of_birth'],
  contextWords: positive.words,
  negativeContextWords: negative.words,
  find,
};

import type { ScanContext } from '../recognizer.ts';
import { capitalisedRunBefore, isDigitCode, isLetterCode, isUpperCode, phraseBefore, unitIn } from '../lexicon/words.ts';
import { fieldBefore } from '../lexicon/row-fields.ts';
import { hasMarks, originalLower } from '../lexicon/forms.ts';

// Where an address stands in a row or a line, which tells whose it is: the
// field after a person's birth year, ID number or titled name is their home;
// a unit ending a chat speaker's name is where the speaker works.

/**
 * Whether the field before `pos` in a row is a birth year ("SN 1989 – ",
 * "Tống Văn Khuê  1972  "): a list of people gives the year, then the
 * address. Both the year and the address are fields of their own (a dash, a
 * comma, a tab or a wide gap after the year; a birth word or a field's
 * separator before it), so "Năm 2024, xã …" in prose is not one.
 */
export function afterBirthYear(folded: string, pos: number): boolean {
  const i = fieldBefore(folded, pos);
  if (i < 4 || !yearEndsAt(folded, i) || /[0-9a-z]/.test(folded[i - 5] ?? ' ')) return false;
  return /(?:^|[^a-z])(?:sn|ns|sinh nam|nam sinh) ?:? ?$/.test(folded.slice(Math.max(0, i - 16), i - 4)) || fieldBefore(folded, i - 4) < i - 4;
}

/** Whether folded[end − 4, end) is a year 19xx or 20xx (read in place: a slice and a pattern per address cost a line of them more). */
function yearEndsAt(folded: string, end: number): boolean {
  const a = folded.charCodeAt(end - 4);
  const b = folded.charCodeAt(end - 3);
  return ((a === 49 && b === 57) || (a === 50 && b === 48)) && isDigitCode(folded.charCodeAt(end - 2)) && isDigitCode(folded.charCodeAt(end - 1));
}

/** Whether the field before `pos` in a row is an age ("Lã Văn Tuấn, 29 tuổi, thôn Đồng Quang"): a person's, whose home follows. */
export function afterAge(folded: string, pos: number): boolean {
  const i = fieldBefore(folded, pos);
  return i < pos && /(?:^|[^0-9a-z])\d{1,3} ?tuoi$/.test(folded.slice(Math.max(0, i - 10), i));
}

// Who lives where "ở" says: the writer, kin, a household ("nhà em ở", "anh ấy ở", "sống ở").
export const DWELLERS: ReadonlySet<string> = new Set(['nha', 'toi', 'em', 'minh', 'chau', 'con', 'ho', 'song', 'ay', 'hien', 'dang']);

/**
 * Whether "ở" just before `pos` says where someone lives: "nhà em ở xóm 3",
 * "anh ấy ở xóm 6", "em là Hoa ở xóm 3" (a given name before it), "(sinh
 * năm 1949) ở thôn Hà Trung". Written "o" only in a text without diacritics.
 */
export function livesAt(ctx: ScanContext, pos: number): boolean {
  const { folded, plain } = ctx;
  let i = pos;
  while (i > 0 && folded.charCodeAt(i - 1) === 32) i--;
  if (!folded.endsWith(' o', i) || (hasMarks(ctx) && originalLower(ctx, i - 1, i) !== 'ở')) return false;
  let j = i - 2;
  while (j > 0 && folded.charCodeAt(j - 1) === 32) j--;
  if (folded.charCodeAt(j - 1) === 41) return true;
  let k = j;
  while (k > 0 && isLetterCode(folded.charCodeAt(k - 1))) k--;
  if (k === j) return false;
  if (DWELLERS.has(folded.slice(k, j))) return true;
  // A given name in Title Case, not a word of an upper-case line.
  return isUpperCode(plain.charCodeAt(k)) && !isUpperCode(plain.charCodeAt(k + 1));
}

/** Whether the field before `pos` in a row is a personal ID number (9 or 12 digits): "…, 052207004618, thôn Hòa Hội". */
export function afterIdNumber(folded: string, pos: number): boolean {
  const i = fieldBefore(folded, pos);
  if (i === pos) return false;
  let j = i;
  while (j > 0 && isDigitCode(folded.charCodeAt(j - 1))) j--;
  const digits = i - j;
  return (digits === 9 || digits === 12) && (j === 0 || !/[0-9a-z./-]/.test(folded[j - 1]));
}

/**
 * One part alone is a home in a person's row only when it names its place
 * ("thôn Hòa Hội", "buôn Mùi 3"): "Thôn 2", "Tổ 3" in a payroll's column may
 * be a hamlet, a team or a group.
 */
export function namedPlace(folded: string, start: number, end: number): boolean {
  // (Looked for in the cell only: a search to the text's end per cell was quadratic in a long table without spaces.)
  const space = unitIn(folded, 32, start, end);
  if (space < 0) return false;
  for (let i = space + 1; i < end; i++) {
    const c = folded.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

// Words that open a village's or hamlet's name and nothing else ("tổ" is a team
// too, "khu" an area, "bản" a copy).
const VILLAGE_WORDS = new Set(['thon', 'xom', 'ap', 'buon', 'khom', 'soc', 'plei', 'lang']);

/**
 * Whether [start, end) is a village numbered or named after its word ("Xóm 3",
 * "thôn 5", "ấp Tân Hòa"): in a person's row it is where they live. ("Tổ 3"
 * or "Khu 2" in a payroll's column may be a team or a work area.)
 */
export function villageAt(folded: string, start: number, end: number): boolean {
  // (Looked for in the cell only: a search to the text's end per cell was quadratic in a long table without spaces.)
  const space = unitIn(folded, 32, start, end);
  if (space < 0 || !VILLAGE_WORDS.has(folded.slice(start, space))) return false;
  const c = folded.charCodeAt(space + 1);
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
}

// A birth date or year, an ID number, a mobile number, a health-insurance card code or a
// person's people ("dân tộc Thái") earlier on the line: the row is a person's.
const PERSON_ROW = /(?:^|[^a-z])(?:ns|sn|sinh nam|nam sinh|ngay sinh|sinh ngay)[ :]{0,3}(?:\d{1,2}[/.-]){0,2}(?:19|20)\d\d(?!\d)|(?:^|[^a-z])dan toc (?!thieu)[a-z]+(?: [a-z]+)?,|(?:^|[^0-9])(?:\d{9}|\d{12})(?![0-9])|(?:^|[^0-9])0[35789]\d(?:[ .]?\d){7}(?![0-9])|(?:^|[^a-z])[a-z]{2}\d{13}(?![0-9])/;

/** Whether the line before `pos` holds a birth date or year, an ID, a mobile or a BHYT card number, in fields before the address. */
export function inPersonRow(folded: string, pos: number): boolean {
  // A field's separator first: most addresses follow none, and the walk to the line's start cost a text of them more.
  if (fieldBefore(folded, pos) === pos) return false;
  // The line's start within 200 characters, looked for no further (quadratic on a line-less text otherwise).
  let lineStart = pos;
  while (lineStart > 0 && pos - lineStart <= 200 && folded.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (pos - lineStart > 200) return false;
  return PERSON_ROW.test(folded.slice(lineStart, pos));
}


/** Whether [start, end) ends a chat line's speaker: a colon right after it, no colon or comma before it on a short line. */
export function speakerUnit(folded: string, start: number, end: number): boolean {
  if (folded.charCodeAt(end) !== 58) return false;
  let lineStart = start;
  while (lineStart > 0 && start - lineStart <= 40 && folded.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (start - lineStart > 40) return false;
  // A time stamp's colons ("[20:22]") are no field's.
  // A list item's fields ("1. Hộ ông Bốn, thôn Giáp Kiền: 5 nhân khẩu") are no speaker.
  const prefix = folded.slice(lineStart, start);
  return !prefix.includes(',') && !prefix.replace(/\d:\d/g, '').includes(':');
}

// Titles before a person's name ("hộ ông", "bà", "cháu").
const NAME_TITLES = new Set(['ong', 'ba', 'anh', 'chi', 'em', 'chau', 'co', 'chu', 'bac', 'cu', 'ho ong', 'ho ba', 'ho anh', 'ho chi', 'vo', 'chong', 'con']);

/**
 * Whether a titled name stands right before `pos`, then a comma, a bracket
 * or "ở"/"tại": "bà Tạ Thị Vân (", "ông Trần Văn Lành, ", "ông Quan Văn Bẩy ở ".
 */
export function afterTitledName(ctx: ScanContext, pos: number): boolean {
  const { folded, plain } = ctx;
  let i = pos;
  while (i > 0 && folded.charCodeAt(i - 1) === 32) i--;
  const c = folded.charCodeAt(i - 1);
  if (c === 44 || c === 40) i--;
  // A list's fields: "1. Ông Thái Văn Bình - thôn Mỹ Hòa - thu hồi …".
  else if (c === 45 || c === 0x2013) i--;
  else if (folded.endsWith(' o', i)) i -= 2;
  else if (folded.endsWith(' tai', i)) i -= 4;
  // Or nothing but the space, the unit in lower case: "nhà ông Nguyễn Hữu Đức xóm 4 vừa bị đột quỵ".
  else if (!(i < pos && isLetterCode(c) && !isUpperCode(plain.charCodeAt(pos)))) return false;
  while (i > 0 && folded.charCodeAt(i - 1) === 32) i--;
  // Two to four capitalised words, read back.
  const { start, words } = capitalisedRunBefore(folded, plain, i, 5);
  if (words >= 2 && phraseBefore(folded, start, 2, NAME_TITLES) !== null) return true;
  // A capitalised title opening the line is read with the name ("1. Ông Thái Văn Bình - ").
  if (words < 3) return false;
  const space = folded.indexOf(' ', start);
  return space > 0 && NAME_TITLES.has(folded.slice(start, space));
}

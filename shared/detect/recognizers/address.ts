import type { Candidate, Recognizer, ScanContext } from '../recognizer.ts';
import { atFirstScan } from '../first-scan.ts';
import { foldedUnitsOf, foldText, plainUnitsOf } from '../scan-context.ts';
import { institutionAt, organisationOf } from './address-owner.ts';
import { fieldLabelFrom, mayOpenLabel } from '../lexicon/field-labels.ts';
import { ADDRESS_LABELS, ADDRESS_UNITS, AGENCY_HEADS, ORGANISATION_ADDRESS_WORDS, WEAK_ADDRESS_LABELS, type AddressLevel, type AddressUnit } from '../lexicon/admin-units.ts';
import { PROVINCES } from '../lexicon/places.ts';
import { IntTable, intSet } from '../lexicon/int-table.ts';
import { hashOf, pairHash } from '../word-hash.ts';
import { foldedSet, formLexicon, hasMarks, originalLower } from '../lexicon/forms.ts';
import { formOfKey, keyNumberAt, spellings, type Form } from '../lexicon/spellings.ts';
import { matchList, phraseMatcher } from '../lexicon/phrase-matcher.ts';
import { isVietnameseSyllable } from '../lexicon/syllable.ts';
import { isDigitCode, isLetterCode, isUpperCode, isWordCode, labelledPositions, phraseEndHashes, lineStart, phraseBefore, phraseBeforeNearest, twoColumnRow, wordHashBefore, unitIn } from '../lexicon/words.ts';
import { columnCells, mayHoldColumns } from '../lexicon/table-columns.ts';
import { afterAge, afterBirthYear, afterIdNumber, afterTitledName, inPersonRow, livesAt, namedPlace, speakerUnit, villageAt } from './address-row.ts';
import { isLetter as isLowerLetter } from '../keyword-index.ts';
import { firstWordFrom, letterHash, wordIndex, WORD_UNIT, type WordIndex } from '../lexicon/word-index.ts';
import { keepFor, keptFor, scanCache } from '../scan-cache.ts';
import { NO_WORDS } from '../context.ts';

// An address's levels, in order (their numbers below).
const LEVELS: readonly AddressLevel[] = ['house', 'lane', 'street', 'hamlet', 'ward', 'district', 'province'];
/** The number of each level (its place in LEVELS). */
const LEVEL_NUMBER = new Map(LEVELS.map((level, n) => [level, n]));

interface UnitEntry {
  unit: AddressUnit;
  /** Accepted spellings of this folded form (with diacritics, and bare). */
  spellings: Set<string>;
  /** The unit's level's number (its place in LEVELS). */
  level: number;
  /** The next words that make this one no unit (NOT_ADDRESSES: "so" before "luong"). */
  notBefore: string[];
  /** Its key's number in UNIT_SPELLINGS (keyNumberAt of the key). */
  spelling: number;
  /** Its key holds a space ("thi xa"): written so only where the text's gap is one space. */
  spaced: boolean;
}

const UNITS = new Map<string, UnitEntry>();
atFirstScan(() => {
  for (const unit of ADDRESS_UNITS) {
    for (const form of unit.forms) {
      const key = foldText(form);
      const entry = UNITS.get(key) ?? { unit, spellings: new Set<string>(), level: LEVEL_NUMBER.get(unit.level)!, notBefore: [] as string[], spelling: -1, spaced: key.includes(' ') };
      entry.spellings.add(form);
      entry.spellings.add(key);
      UNITS.set(key, entry);
    }
  }
});

// The unit words read in place (unitStartsAt at every word of a name,
// readPart at every unit): found by hash and their spelling compared with the
// text, where a slice and a lower-cased copy of each was most of what reading
// an address's names allocated.
const UNIT_FORMS = ADDRESS_UNITS.flatMap((unit) => unit.forms);
const UNIT_SPELLINGS = spellings(UNIT_FORMS, formLexicon(UNIT_FORMS));
/** UNITS' entries by UNIT_SPELLINGS' key numbers. */
let UNIT_ENTRIES: UnitEntry[] = [];
atFirstScan(() => {
  UNIT_ENTRIES = UNIT_SPELLINGS.keys.map((key) => UNITS.get(key)!);
  UNIT_SPELLINGS.keys.forEach((key, k) => (UNITS.get(key)!.spelling = k));
});

/** The hashes of the unit words' first words ("thi" of "thi xa"). */
let unitOpeners = intSet([]);
atFirstScan(() => {
  unitOpeners = intSet(UNIT_SPELLINGS.keys.map((key) => {
    const space = key.indexOf(' ');
    return hashOf(key, 0, space < 0 ? key.length : space);
  }));
});

/** Whether every unit word's key is found by its hash alone (keyNumberAt). */
export function unitsApartByHash(): boolean {
  return UNIT_SPELLINGS.byHash;
}

/** Whether each unit's entry holds the number keyNumberAt finds for its key (readPart reads it there). */
export function unitNumbersKept(): boolean {
  return [...UNITS].every(([key, entry]) => entry.spelling === keyNumberAt(key, 0, key.length, UNIT_SPELLINGS) && entry.spelling >= 0 && entry.spaced === key.includes(' '));
}

/** Whether the caller spells the unit word at [start, end), key number `k`, as one of its entry's spellings (listed, or bare). */
function spelledAsUnit(ctx: ScanContext, start: number, end: number, k: number): boolean {
  const form = unitForm(ctx, start, end, k);
  return form === 'exact' || form === 'bare';
}

/**
 * formOfKey of the unit word at [start, end), key number `k`, kept for the
 * last word asked: a name's reading stops at the next unit word by its
 * spelling (unitStartsAt), and that word, read as a part next, was spelled
 * again (a tenth of reading a line of addresses).
 */
function unitForm(ctx: ScanContext, start: number, end: number, k: number): Form {
  const last = lastUnitForm.key === ctx ? lastUnitForm.value! : null;
  if (last !== null && last.start === start && last.end === end && last.k === k) return last.form;
  const form = formOfKey(ctx, start, end, UNIT_SPELLINGS, k);
  if (last === null) {
    lastUnitForm.key = ctx;
    lastUnitForm.value = { start, end, k, form };
  } else {
    last.start = start;
    last.end = end;
    last.k = k;
    last.form = form;
  }
  return form;
}

const lastUnitForm = scanCache<{ start: number; end: number; k: number; form: Form }>();

// One pass over folded text finds every unit word; most hits ("số lượng",
// "tổ chức", "xã hội") are dropped by a one-character look at what follows.
const UNIT_WORDS = phraseMatcher(ADDRESS_UNITS.flatMap((unit) => unit.forms));
/** UNITS' entries by UNIT_WORDS' key numbers (a Map look-up per unit word found was a fiftieth of reading a line of them). */
let UNITS_BY_MATCH: (UnitEntry | undefined)[] = [];
/** The key number of "so" (số). */
let SO_MATCH = -1;
atFirstScan(() => {
  UNITS_BY_MATCH = UNIT_WORDS.keys().map((key) => UNITS.get(key));
  SO_MATCH = UNIT_WORDS.keys().indexOf('so');
});
const LABEL_KEYS = foldedSet(ADDRESS_LABELS);
const WEAK_LABEL_KEYS = foldedSet(WEAK_ADDRESS_LABELS);
const ORGANISATION_KEYS = foldedSet(ORGANISATION_ADDRESS_WORDS);
const ORGANISATION_SPELLINGS = formLexicon(ORGANISATION_ADDRESS_WORDS);
const LABEL_SPELLINGS = formLexicon(ADDRESS_LABELS);

/**
 * "Hộ bà Trần Thị Quế: con trai đi …": a given name (Quế) folds like the
 * label "quê". A one-word label counts spelled as itself, or without marks
 * in a text that has none.
 */
function givenNameAsLabel(ctx: ScanContext, label: string, sep: number): boolean {
  if (label.includes(' ') || !hasMarks(ctx)) return false;
  const at = ctx.folded.lastIndexOf(label, sep);
  return at >= 0 && LABEL_SPELLINGS.check(label, originalLower(ctx, at, at + label.length)) === 'wrong';
}

/** An organisation's address label right before `start`, spelled as one: "trụ sở", not "ông Tư, trú số 12". */
function organisationLabel(ctx: ScanContext, start: number): string | null {
  const label = labelJustBefore(ctx.folded, start, ORGANISATION_KEYS);
  if (label === null) return null;
  const at = ctx.folded.lastIndexOf(label, start);
  return at >= 0 && ORGANISATION_SPELLINGS.check(label, originalLower(ctx, at, at + label.length)) === 'wrong' ? null : label;
}
const AGENCIES = new Set(AGENCY_HEADS);
const PROVINCE_KEYS = foldedSet(PROVINCES);
const COLUMN_HEADERS = foldedSet(ADDRESS_LABELS);

// An address's levels as numbers: a set of them as bits (which levels) and,
// three bits a level, the order they were first named in (the validator's
// words): a Set and an array per address, and its validator's string, were
// a good part of what a page of addresses allocated.
const HOUSE = 0;
const STREET = 2;
const HAMLET = 3;
const PROVINCE = 6;
/** The levels below a ward (house, lane, street, hamlet), as bits. */
const BELOW_WARD = 0b1111;

/** Distinct levels, in the order first added. */
interface Levels {
  bits: number;
  size: number;
  /** Each level's number + 1, three bits each, the first added highest. */
  order: number;
}

function addLevel(levels: Levels, n: number): void {
  if ((levels.bits >> n) & 1) return;
  levels.bits |= 1 << n;
  levels.size++;
  levels.order = levels.order * 8 + n + 1;
}

/** The levels' validator words ("3 level(s): hamlet, ward, district"), made once per order. */
function levelsWords(levels: Levels): string {
  let words = LEVELS_WORDS.get(levels.order);
  if (words === undefined) {
    const names: string[] = [];
    for (let order = levels.order; order > 0; order = Math.floor(order / 8)) names.unshift(LEVELS[(order % 8) - 1]);
    words = `${levels.size} level(s): ${names.join(', ')}`;
    LEVELS_WORDS.set(levels.order, words);
  }
  return words;
}

const LEVELS_WORDS = new Map<number, string>();

interface Part {
  start: number;
  end: number;
  /** Its levels' numbers + 1, three bits each, the first lowest. */
  levels: number;
  numeric: boolean;
  /** The value is capitalised ("xã Tân Lập"), not lower-case words that may be prose. */
  capital: boolean;
}

function skipSpaces(s: string, i: number, max = 2): number {
  let k = 0;
  while (k < max && s.charCodeAt(i) === 32) {
    i++;
    k++;
  }
  return i;
}

/** "12", "12A", "12/3", "45/6/7B", "3-5": a house, lane or unit number. Returns its end or -1. */
function readNumber(plain: string, i: number): number {
  // A block letter may lead: "B27-11", "A5".
  if (isUpperCode(plain.charCodeAt(i)) && isDigitCode(plain.charCodeAt(i + 1))) i++;
  let groups = 0;
  for (;;) {
    const start = i;
    while (i < plain.length && i - start < 5 && isDigitCode(plain.charCodeAt(i))) i++;
    if (i === start) return -1;
    if (isDigitCode(plain.charCodeAt(i))) return -1;
    if (isLetterCode(plain.charCodeAt(i)) && !isWordCode(plain.charCodeAt(i + 1)) && plain.charCodeAt(i) < 0x80) i++;
    groups++;
    const c = plain.charCodeAt(i);
    if ((c === 47 || c === 45) && isDigitCode(plain.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    // "13/2023/NĐ-CP", "161/KH-UBND": document numbers, not houses.
    if (c === 47 || c === 45 || isWordCode(c)) return -1;
    return i;
  }
}


/**
 * Does a unit word start at `i`, spelled as one and followed by a value (so a
 * name must stop there)? "Kiệt," ends "Lý Thường Kiệt", "kiệt 5" is a lane.
 */
function unitStartsAt(ctx: ScanContext, i: number, strict = false): boolean {
  const { folded } = ctx;
  let j = i;
  while (j < folded.length && isLetterCode(folded.charCodeAt(j))) j++;
  // Most words of a name open no unit word: one look-up tells.
  return unitOpeners.has(hashOf(folded, i, j)) && unitFrom(ctx, i, j, strict);
}

/** unitStartsAt of a word [i, j) whose hash opens a unit word (a caller that has read and hashed it). */
function unitFrom(ctx: ScanContext, i: number, j: number, strict: boolean): boolean {
  const { folded } = ctx;
  // Two words ("thị xã") before one ("thị").
  if (folded.charCodeAt(j) === 32) {
    let k = j + 1;
    while (k < folded.length && isLetterCode(folded.charCodeAt(k))) k++;
    if (unitWithValue(ctx, i, k, strict)) return true;
  }
  return unitWithValue(ctx, i, j, strict);
}

/**
 * Whether [i, end) is a unit word (not a letter's), spelled as one, and a
 * value follows it. `strict`: spelled exactly so, in a text with marks (a
 * value's first word: "huyện Quan Sơn" names a district, no quận).
 */
function unitWithValue(ctx: ScanContext, i: number, end: number, strict: boolean): boolean {
  const k = keyNumberAt(ctx.folded, i, end, UNIT_SPELLINGS);
  if (k < 0) return false;
  const unit = UNIT_ENTRIES[k].unit;
  if (unit.letter || !spelledAsUnit(ctx, i, end, k)) return false;
  if (strict && hasMarks(ctx) && unitForm(ctx, i, end, k) !== 'exact') return false;
  const { plain } = ctx;
  let v = end;
  if (plain.charCodeAt(v) === 46) v++;
  while (plain.charCodeAt(v) === 32 && v - end < 3) v++;
  const c = plain.charCodeAt(v);
  return isDigitCode(c) || (unit.value !== 'number' && isLetterCode(c));
}

/** Capitalised words ("Bến Nghé", "Bà Rịa - Vũng Tàu", "HCM"), or lower-case ones in text without diacritics. */
// Unit words that are also the first word of place names: "đường Láng",
// "phường Láng Thượng", "TP Buôn Ma Thuột". Right after another unit word
// they are its value.
const NAMES_TOO = new Set(['lang', 'bon', 'buon']);

function namesToo(folded: string, i: number): boolean {
  // Read only when the word may be one of them: "l…" or "b…", four letters at most.
  const c = folded.charCodeAt(i);
  if (c !== 108 && c !== 98) return false;
  let j = i + 1;
  while (j < folded.length && j - i <= 4 && isLetterCode(folded.charCodeAt(j))) j++;
  return j - i <= 4 && NAMES_TOO.has(folded.slice(i, j));
}

function readName(ctx: ScanContext, i: number, lowerOk: boolean): number {
  const { plain, folded } = ctx;
  const units = foldedUnitsOf(ctx);
  const plainUnits = plainUnitsOf(ctx);
  let end = -1;
  let words = 0;
  while (words < 5 && i < plain.length) {
    const c = plain.charCodeAt(i);
    const upper = isUpperCode(c);
    if (!upper && !(lowerOk && c >= 97 && c <= 122)) break;
    // The word's letters hashed once for both look-ups below, which
    // otherwise each read and hash it (a name's words are asked both; the
    // functions are asked only where the hash may open what they read).
    let k = i;
    let h = 0;
    // (From the scan's units where it holds them, which a 0 ends: a load per letter, not a call.)
    if (units !== null) for (let d = units[k]; d >= 97 && d <= 122; d = units[++k]) h = (Math.imul(h, 31) + d) | 0;
    else for (let d = folded.charCodeAt(k); d >= 97 && d <= 122; d = folded.charCodeAt(++k)) h = (Math.imul(h, 31) + d) | 0;
    // (A letter past a–z ends the word elsewhere: asked as before.)
    const whole = !isLetterCode(units !== null ? units[k] : folded.charCodeAt(k));
    if ((words > 0 || !namesToo(folded, i)) && (whole ? unitOpeners.has(h) && unitFrom(ctx, i, k, words === 0) : unitStartsAt(ctx, i, words === 0))) break;
    // A flattened form's next label ("huyện Đan Phượng Số điện thoại: …") is no word of the place.
    // (fieldLabelAt reads the same a–z run.)
    if (words > 0 && mayOpenLabel(h) && fieldLabelFrom(folded, i, k, h)) break;
    let j = i;
    if (plainUnits !== null) while (j < plain.length && isLetterCode(plainUnits[j])) j++;
    else while (j < plain.length && isLetterCode(plain.charCodeAt(j))) j++;
    if (j < plain.length && isDigitCode(plain.charCodeAt(j))) break;
    if (!upper && !isVietnameseSyllable(folded, i, j)) break;
    words++;
    end = j;
    if (plain.charCodeAt(j) === 32 && j + 1 < plain.length && isLetterCode(plain.charCodeAt(j + 1))) i = j + 1;
    // "Bà Rịa - Vũng Tàu" is one name; "Tân Thành - Án treo 18 tháng" opens the row's next field.
    // ("thôn Nà Khuổi – CCCD 0081…": another field's label.)
    else if (plain.startsWith(' - ', j) && isUpperCode(plain.charCodeAt(j + 3)) && !goesOnInLowerCase(plain, j + 3) && !otherFieldAt(folded, j + 3)) i = j + 3;
    else break;
  }
  return end;
}

/**
 * What readPart requires of every unit word, checked before a match is even
 * built: after an optional '.' and spaces, a digit or a capital (or any
 * letter in text without diacritics). Most unit-word matches are prose
 * ("số lượng", "tổ chức") and fail here.
 */
export function valueMayFollow(plain: string, end: number, lowerOk: boolean): boolean {
  let i = end;
  if (plain.charCodeAt(i) === 46) i++;
  while (plain.charCodeAt(i) === 32) i++;
  const c = plain.charCodeAt(i);
  return isDigitCode(c) || isUpperCode(c) || (lowerOk && c >= 97 && c <= 122);
}

/**
 * valueMayFollow read from the scan's plain units (`n` of them hold the
 * text; what follows is another scan's): asked at every unit word of prose,
 * twice at most, where charCodeAt is a call per unit.
 */
export function valueMayFollowIn(plain: Uint16Array, n: number, end: number, lowerOk: boolean): boolean {
  let i = end;
  if (i < n && plain[i] === 46) i++;
  while (i < n && plain[i] === 32) i++;
  if (i >= n) return false;
  const c = plain[i];
  return isDigitCode(c) || isUpperCode(c) || (lowerOk && c >= 97 && c <= 122);
}

/**
 * The unit word at [start, end) and its value, written into `part`; false
 * when it is prose ("tổ chức", "số lượng"), and `part` is then left as it was.
 */
/** A unit of measure after the number ending at `i` ("4000 Hz", "35 dB", "120 m2"). */
function measuredAt(folded: string, i: number): boolean {
  if (folded.charCodeAt(i) !== 32) return false;
  let j = i + 1;
  while (j < folded.length && isWordCode(folded.charCodeAt(j))) j++;
  return j > i + 1 && !isLetterCode(folded.charCodeAt(j) | 0) && MEASURES.has(folded.slice(i + 1, j));
}
const MEASURES = new Set(['hz', 'khz', 'mhz', 'db', 'kg', 'mg', 'km', 'cm', 'mm', 'm2', 'm3', 'ml', 'kw', 'kwh', 'mmhg']);

function readPart(ctx: ScanContext, entry: UnitEntry, start: number, end: number, lowerOk: boolean, part: Part): boolean | 'template' {
  const { plain } = ctx;
  const unit = entry.unit;
  let i = end;
  if (unit.letter) {
    if (!isUpperCode(plain.charCodeAt(start))) return false;
    if (plain.charCodeAt(i) === 46) i++;
    else if (!isDigitCode(plain.charCodeAt(i))) return false;
    i = skipSpaces(plain, i, 1);
  } else {
    if (plain.charCodeAt(i) === 46) i++;
    i = skipSpaces(plain, i);
    if (i === end) return false;
  }
  const c = plain.charCodeAt(i);
  const digit = isDigitCode(c) || (isUpperCode(c) && isDigitCode(plain.charCodeAt(i + 1)));
  if (!digit && !isUpperCode(c) && !(lowerOk && c >= 97 && c <= 122)) return false;
  if (digit && unit.value === 'name') return false;
  if (!digit && unit.value === 'number') return false;
  // A number that is no house or lane number ("số 13/2023/NĐ-CP") is read
  // first: a third of the unit words a digit follows end there, and the
  // spellings and look-ups below each cost a string or two.
  const numberEnd = digit ? readNumber(plain, i) : -1;
  if (digit && numberEnd < 0) return false;
  // "tạm trú số 000.00.21.H29-240512-0037": a dossier's dotted code, not a house.
  if (digit && dottedCodeAt(plain, numberEnd)) return false;
  // "ở tần số 4000 Hz", "số 30 km/h": a measurement, not a house.
  if (digit && measuredAt(ctx.folded, numberEnd)) return false;
  // A key with more than one spelling is no bare form itself (a test holds
  // this): 'bare' is then the written word being the folded one.
  if (!unit.letter && entry.spellings.size > 1) {
    // A unit word split by a line break or spaces is spelled as none. (The
    // match is the entry's key but for its gaps: its number is the entry's,
    // no hashing of the word, where the keys are apart by hash, as they are.)
    const keyNumber = !UNIT_SPELLINGS.byHash || entry.spaced ? keyNumberAt(ctx.folded, start, end, UNIT_SPELLINGS) : entry.spelling;
    if (keyNumber < 0) return false;
    const form = unitForm(ctx, start, end, keyNumber);
    if (form !== 'exact' && form !== 'bare') return false;
    // A bare unit word before a marked value is another word: "BAN NHÂN DÂN" is not "bản Nhân".
    if (form === 'bare' && wordMarked(ctx, i)) return false;
  }
  if (notAnAddress(ctx.folded, entry, i)) return false;
  // "Ủy ban MTTQ", "BIÊN BẢN HỌP", "văn bản số 12": a word's second half, no hamlet.
  if (end - start === 3 && ctx.folded.startsWith('ban', start) && phraseBefore(ctx.folded, start, 1, BAN_COMPOUNDS) !== null) return false;
  let levels = entry.level + 1;
  let shift = 3;
  // "79 đường Trần Phú", "156 ngõ 116": the house number sits before the unit.
  let partStart = start;
  if (unit.level === 'street' || unit.level === 'lane') {
    let k = start - 1;
    if (plain.charCodeAt(k) === 32) {
      let d = k;
      while (d > 0 && (isWordCode(plain.charCodeAt(d - 1)) || plain.charCodeAt(d - 1) === 47)) d--;
      if (d < k && isDigitCode(plain.charCodeAt(d)) && readNumber(plain, d) === k && (d === 0 || !isWordCode(plain.charCodeAt(d - 1)))) {
        partStart = d;
        levels |= (HOUSE + 1) << shift;
        shift += 3;
      }
    }
  }
  let valueEnd: number;
  if (digit) {
    valueEnd = numberEnd;
    // "số 12 Lê Lợi", "ngõ 5 Láng Hạ": the street follows the number.
    if ((unit.level === 'house' || unit.level === 'lane') && plain.charCodeAt(valueEnd) === 32 && !documentAt(ctx.folded, valueEnd + 1)) {
      const streetEnd = readName(ctx, valueEnd + 1, false);
      if (streetEnd > 0) {
        valueEnd = streetEnd;
        levels |= (STREET + 1) << shift;
      }
    }
  } else {
    valueEnd = readName(ctx, i, lowerOk);
    if (valueEnd < 0) return false;
    // "phố Y, phường Z": a template's letters name no street or ward ("khu A", "nhà B" may be real).
    if (valueEnd === i + 1 && unit.level !== 'house' && unit.level !== 'hamlet') return 'template';
    // "thôn Phương Trung 2", "khu phố Tân Lập 1": a hamlet's name may end with its number.
    if (unit.level === 'hamlet' && plain.charCodeAt(valueEnd) === 32 && isDigitCode(plain.charCodeAt(valueEnd + 1))) {
      const numberEnd = readNumber(plain, valueEnd + 1);
      if (numberEnd > 0 && numberEnd - valueEnd <= 4 && !isWordCode(plain.charCodeAt(numberEnd))) valueEnd = numberEnd;
    }
  }
  // In an all-caps line every word is capitalised, so a capital proves nothing there.
  const shouting = isUpperCode(c) && isUpperCode(plain.charCodeAt(i + 1)) && isUpperCode(plain.charCodeAt(start));
  part.start = partStart;
  part.end = valueEnd;
  part.levels = levels;
  part.numeric = digit || partStart < start;
  part.capital = isUpperCode(c) && !shouting;
  return true;
}

// After "số 03" these open a document's name or its date, not a street:
// "theo Mẫu số 03 Nghị định 13/2023/NĐ-CP", "VĂN BẢN THỎA THUẬN SỐ 318 NGÀY 16/8/2023".
const DOCUMENT_WORDS = new Set(['ngay', 'nghi dinh', 'nghi quyet', 'thong tu', 'quyet dinh', 'cong van', 'chi thi', 'to trinh', 'ke hoach', 'bao cao', 'thong bao']);

/** Two more dotted groups of digits from `i` (".00.21"): a code's, where a flat's number has one ("12.05"). */
function dottedCodeAt(plain: string, i: number): boolean {
  if (plain.charCodeAt(i) !== 46 || !isDigitCode(plain.charCodeAt(i + 1))) return false;
  let j = i + 1;
  while (isDigitCode(plain.charCodeAt(j))) j++;
  return plain.charCodeAt(j) === 46 && isDigitCode(plain.charCodeAt(j + 1));
}

/** Whether the word at `i`, or it and the next, is one of DOCUMENT_WORDS. */
function documentAt(folded: string, i: number): boolean {
  let j = i;
  while (isLowerLetter(folded.charCodeAt(j))) j++;
  if (j === i) return false;
  const first = folded.slice(i, j);
  if (DOCUMENT_WORDS.has(first)) return true;
  if (folded.charCodeAt(j) !== 32) return false;
  let k = j + 1;
  while (isLowerLetter(folded.charCodeAt(k))) k++;
  return k > j + 1 && DOCUMENT_WORDS.has(`${first} ${folded.slice(j + 1, k)}`);
}

// A unit word followed by these is something else: bản đồ (map), tờ khai,
// phó trưởng (deputy head), số liệu, khu vực…
const NOT_ADDRESSES = new Set([
  // "văn bản đến số 1847" written bare.
  'ban den', 'ban di',
  'ban do', 'ban sao', 'ban chinh', 'ban nhan', 'to khai', 'to chuc', 'to trinh', 'to cong', 'so lieu', 'so luong',
  'so tien', 'so ke', 'so sanh', 'so ho', 'so van', 'khu vuc', 'khu kinh', 'khu cong', 'tinh hinh', 'tinh xem',
  'pho truong', 'pho giam', 'pho chu', 'pho phong', 'pho cuc', 'pho chanh', 'pho bi', 'pho thu', 'pho hieu',
  'quan ly', 'quan tam', 'quan diem', 'quan he', 'xa hoi', 'duong day', 'duong link', 'duong truyen', 'phong hop',
  'thon tin', 'cum tu', 'buon ban', 'buon lau',
  // A savings group, a reconciliation team, a working group: bodies, not the residents' tổ.
  'to tiet', 'to hoa', 'to vay', 'to tu', 'to giup',
]);

/** The words that make "ban" the end of another: ủy ban, biên bản, văn bản, trưởng ban, phó ban. */
const BAN_COMPOUNDS = new Set(['uy', 'bien', 'van', 'truong', 'pho']);

// Each unit's next words w of NOT_ADDRESSES' "unit w" (none for a unit of two words: the phrases are two words).
atFirstScan(() => {
  for (const [key, entry] of UNITS) {
    if (!key.includes(' ')) entry.notBefore = [...NOT_ADDRESSES].filter((phrase) => phrase.startsWith(`${key} `)).map((phrase) => phrase.slice(key.length + 1)).filter((word) => !word.includes(' '));
  }
});

/**
 * Whether the unit word of `entry` and the word at `i` are one of
 * NOT_ADDRESSES: compared in place with the unit's own few words after
 * which it is none (most units have none; every unit word read hashed the
 * next word for it before).
 */
function notAnAddress(folded: string, entry: UnitEntry, i: number): boolean {
  const words = entry.notBefore;
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    if (folded.charCodeAt(i) === word.charCodeAt(0) && folded.startsWith(word, i) && !isLetterCode(folded.charCodeAt(i + word.length))) return true;
  }
  return false;
}

function wordMarked(ctx: ScanContext, i: number): boolean {
  let j = i;
  while (j < ctx.folded.length && isLetterCode(ctx.folded.charCodeAt(j))) j++;
  return j > i && originalLower(ctx, i, j) !== ctx.folded.slice(i, j);
}

/** Whether the word at `i` is followed by a word in lower case. */
function goesOnInLowerCase(plain: string, i: number): boolean {
  let j = i;
  while (j < plain.length && isLetterCode(plain.charCodeAt(j))) j++;
  return plain.charCodeAt(j) === 32 && isLowerLetter(plain.charCodeAt(j + 1));
}

function gapJoins(s: string, from: number, to: number): boolean {
  if (to - from > 4 || to < from) return false;
  let comma = false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 44) comma = true;
    // A line that ends on a comma goes on below: a printed card wraps its address ("Ngõ 9 Phố Vọng Đức,⏎Phường Hoàn Kiếm").
    else if (c === 10 && comma) continue;
    else if (c !== 32 && c !== 45 && c !== 46 && c !== 0x2013) return false;
  }
  return true;
}

/** "25 Lý Thường Kiệt, " before the first unit: a house number and a street without the word "đường". */
function leadingHouse(ctx: ScanContext, chainStart: number): number {
  const { plain } = ctx;
  let i = chainStart - 1;
  while (i >= 0 && (plain.charCodeAt(i) === 32 || plain.charCodeAt(i) === 44)) i--;
  if (plain.charCodeAt(i + 1) !== 44 && plain.charCodeAt(i + 2) !== 44) return -1;
  const segEnd = i + 1;
  // Back over the street's words to the house number before them.
  let k = segEnd;
  while (k > 0 && segEnd - k < 60 && (isLetterCode(plain.charCodeAt(k - 1)) || plain.charCodeAt(k - 1) === 32)) k--;
  if (k === 0 || !isDigitCode(plain.charCodeAt(k - 1))) return -1;
  let segStart = k;
  while (segStart > 0 && k - segStart < 16 && (isWordCode(plain.charCodeAt(segStart - 1)) || plain.charCodeAt(segStart - 1) === 47 || plain.charCodeAt(segStart - 1) === 45)) segStart--;
  while (!isDigitCode(plain.charCodeAt(segStart)) && segStart < k) segStart++;
  const numberEnd = readNumber(plain, segStart);
  if (numberEnd < 0 || plain.charCodeAt(numberEnd) !== 32) return -1;
  const nameEnd = readName(ctx, numberEnd + 1, !hasMarks(ctx));
  return nameEnd === segEnd ? segStart : -1;
}

/** ", Hoàn Kiếm, Hà Nội" after the last unit: bare names up to a province. */
// The label of another field after a comma ends the address: "…, Hà Nội, CCCD số
// 0010…", "…, Hoàng Mai, SĐT 0912…" (a house number or a place name otherwise).
const OTHER_FIELD = / *(?:cccd|cmnd|cmt|sdt|dt|dtdd|dien thoai|so dien thoai|so dt|so cccd|so cmnd|ho chieu|so ho chieu|email|e-mail|mail|ngay sinh|sinh nam|sinh ngay|sn|ns|mst|stk|so tk|so tai khoan|gioi tinh|nghe nghiep|dan toc|ton giao|quoc tich|so dinh danh)(?![a-z])/y;

function otherFieldAt(folded: string, i: number): boolean {
  OTHER_FIELD.lastIndex = i;
  return OTHER_FIELD.test(folded);
}

function trailingPlaces(ctx: ScanContext, chainEnd: number, lowerOk: boolean): { end: number; province: boolean } {
  const { plain, folded } = ctx;
  let end = chainEnd;
  let i = chainEnd;
  for (let k = 0; k < 3; k++) {
    if (plain.charCodeAt(i) !== 44 && !plain.startsWith(' - ', i)) break;
    const dashed = plain.charCodeAt(i) !== 44;
    i = skipSpaces(plain, dashed ? i + 3 : i + 1);
    if (otherFieldAt(folded, i)) break;
    const nameEnd = readName(ctx, i, lowerOk);
    if (nameEnd < 0) break;
    // After a dash, a capital that goes on in lower case opens the row's next field ("xã Tân Thành – Án treo 18 tháng").
    if (dashed && goesOnInLowerCase(plain, i)) break;
    if (PROVINCE_KEYS.has(folded.slice(i, nameEnd))) return { end: nameEnd, province: true };
    // One unnamed place after the last unit ("…, Hoàn Kiếm") is kept in the span but is no level of its own.
    if (k === 0) end = nameEnd;
    i = nameEnd;
  }
  return { end, province: false };
}

/**
 * The label right before an address, across a colon, dash or "là"/"tại":
 * "Địa chỉ: …", "thường trú tại …", "Trụ sở - …". Cheap: words before one
 * position, no search.
 */
function labelJustBefore(folded: string, pos: number, labels: ReadonlySet<string>): string | null {
  // Most addresses have no label before them, and the nearest word, which
  // ends neither a label nor a linking word, says so at once: the memo's
  // look-up and entry per address cost a text of them more than that word.
  if (!mayEndLabel(folded, pos)) return null;
  // Asked of one address's start several times (its score, its owner, its
  // merge), each once read the words before it: answered once per scan.
  const memos = keptFor(labelMemo, folded) ?? keepFor(labelMemo, folded, new Map<ReadonlySet<string>, LabelMemo>());
  let memo = memos.get(labels);
  if (memo === undefined) memos.set(labels, (memo = labelMemoOf()));
  let label = recallLabel(memo, pos);
  if (label === undefined) rememberLabel(memo, pos, (label = readLabelBefore(folded, pos, labels)));
  return label;
}

/**
 * The labels read before positions: mostly asked in text order, so kept as
 * sorted arrays read from a cursor (a Map's entry per address cost a
 * megabyte-long line of labelled addresses more than the reading); a
 * position first asked after a later one goes to `late`.
 */
export interface LabelMemo {
  at: number[];
  label: (string | null)[];
  cursor: number;
  /** Where recallLabel left a position it did not hold: past the last of `at` (true), or in `late`. */
  past: boolean;
  late: Map<number, string | null>;
}

export function labelMemoOf(): LabelMemo {
  return { at: [], label: [], cursor: 0, past: true, late: new Map() };
}

/** The label kept for `pos`, undefined when none is (rememberLabel, next, keeps it). */
export function recallLabel(memo: LabelMemo, pos: number): string | null | undefined {
  const { at } = memo;
  const n = at.length;
  memo.past = n === 0 || pos > at[n - 1];
  if (memo.past) return undefined;
  let k = memo.cursor;
  // The cursor's entry or the next one, else a binary search for the first entry ≥ pos.
  if (!(at[k] >= pos && (k === 0 || at[k - 1] < pos))) {
    if (k + 1 < n && at[k] < pos && at[k + 1] >= pos) k++;
    else {
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (at[mid] < pos) lo = mid + 1;
        else hi = mid;
      }
      k = lo;
    }
  }
  memo.cursor = k;
  return at[k] === pos ? memo.label[k] : memo.late.get(pos);
}

/** Keeps the label of the position recallLabel has just not found. */
export function rememberLabel(memo: LabelMemo, pos: number, label: string | null): void {
  if (!memo.past) {
    memo.late.set(pos, label);
    return;
  }
  memo.at.push(pos);
  memo.label.push(label);
  memo.cursor = memo.at.length - 1;
}

const labelMemo = scanCache<Map<ReadonlySet<string>, LabelMemo>>();

/**
 * Whether readLabelBefore may find a label of any set it is asked of: the
 * nearest word before the separators ends some label or a linking word.
 */
function mayEndLabel(folded: string, pos: number): boolean {
  const last = keptFor(lastLabelEnd, folded);
  if (last !== null && last.pos === pos) return last.may;
  let i = pos;
  while (i > 0 && labelSeparator(folded.charCodeAt(i - 1))) i--;
  const may = LABEL_ENDS.has(wordHashBefore(folded, i));
  if (last === null) keepFor(lastLabelEnd, folded, { pos, may });
  else {
    last.pos = pos;
    last.may = may;
  }
  return may;
}

// mayEndLabel's last answer: an address's score asks it of the same start
// for three label sets in a row (strong, weak, an organisation's), and its
// owner once more.
const lastLabelEnd = scanCache<{ pos: number; may: boolean }>();

function readLabelBefore(folded: string, pos: number, labels: ReadonlySet<string>): string | null {
  let i = pos;
  while (i > 0 && labelSeparator(folded.charCodeAt(i - 1))) i--;
  const direct = (labels === LABEL_KEYS ? labelFoundAt(folded, i, pos) : null) ?? phraseBefore(folded, i, 6, labels);
  if (direct) return direct;
  // "… của tôi là", "… ở": drop one linking word.
  if (phraseBefore(folded, i, 1, LINKS) === null) return null;
  return phraseBeforeNearest(folded, i, 6, labels);
}

/**
 * The labels labelledPositions found before the text's separators, kept by
 * findAddresses for readLabelBefore: a form's "Địa chỉ: …" is read there and
 * again before the address that follows, and reading it twice was a
 * twentieth of scanning a line of such fields. `cursor`: where the last
 * look-up ended (they come in text order).
 */
interface LabelHits {
  hits: { label: string; sep: number }[];
  cursor: number;
  /** Whether the text holds an underscore (null: not looked for yet). */
  underscores: boolean | null;
}

const labelHits = scanCache<LabelHits>();

/** Keeps the labels labelledPositions found before the separators of `folded` (LABEL_KEYS, five words), for labelFoundAt. */
export function keepLabelHits(folded: string, hits: { label: string; sep: number }[]): void {
  keepFor(labelHits, folded, { hits, cursor: 0, underscores: null });
}

/**
 * phraseBefore(folded, i, 6, LABEL_KEYS) where a kept hit answers it, else
 * null (and the caller reads the words): a separator after spaces only from
 * `i` and before `pos`, the words before it plain ones (findSeparators reads
 * a key with an underscore, a quote or a "(*)" otherwise), is where
 * labelledPositions read back from `i` the same words. (Its five words are
 * phraseBefore's six: no six-word label ends with a shorter one, which a
 * test holds.) Must agree with phraseBefore (a test compares them).
 */
export function labelFoundAt(folded: string, i: number, pos: number): string | null {
  const kept = keptFor(labelHits, folded);
  if (kept === null || i === 0 || !isWordCode(folded.charCodeAt(i - 1))) return null;
  const { hits } = kept;
  // The first hit at or after `i`: next to the last one found, else searched.
  let k = kept.cursor;
  if (!(k < hits.length && hits[k].sep >= i && (k === 0 || hits[k - 1].sep < i))) {
    // The next hit's (a form's next field: the cursor rests on the last one found), else searched.
    if (k + 1 < hits.length && hits[k].sep < i && hits[k + 1].sep >= i) k++;
    else {
      let lo = 0;
      let hi = hits.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (hits[mid].sep < i) lo = mid + 1;
        else hi = mid;
      }
      k = lo;
    }
  }
  kept.cursor = k;
  if (k === hits.length || hits[k].sep >= pos) return null;
  const sep = hits[k].sep;
  for (let j = i; j < sep; j++) if (folded.charCodeAt(j) !== 32) return null;
  // (A text with no underscore is read for one once, not 24 units back per label.)
  if (kept.underscores === null) kept.underscores = folded.indexOf('_') >= 0;
  if (kept.underscores && unitIn(folded, 95, i - 24, i) >= 0) return null;
  return hits[k].label;
}

/** Space, colon, hyphen or tab: what may stand between a label and its value. */
function labelSeparator(c: number): boolean {
  return c === 32 || c === 58 || c === 45 || c === 9;
}

const LINKS = new Set(['la', 'tai', 'o', 'hien', 'moi']);

/** The hashes of the last words of every label set labelJustBefore is asked of, and of LINKS. */
let LABEL_ENDS = intSet([]);
atFirstScan(() => {
  LABEL_ENDS = intSet([LABEL_KEYS, WEAK_LABEL_KEYS, ORGANISATION_KEYS, LINKS].flatMap(phraseEndHashes));
});

// A venue or an office named earlier in the clause: "trụ sở mới tại số 2 đường
// Trần Phú", "tại Hội trường A, số 10 Trần Phú", "nộp hồ sơ tại tầng 5, tòa nhà…".
// ("viên" ends a member's word, "thuyền viên", "sinh viên": no institute.)
const VENUE_PHRASES = ['tru so', 'hoi truong', 'toa nha', 'nop ho so', 'vien', 'trung tam', 'phong hop', 'phong kham', 'nha tho', 'cong ty', 'khu cong nghiep', 'kcn', 'dia diem', 'quan ca phe', 'cua hang', 'co so'];
const NOT_INSTITUTE = '(?<!(?:nhap|thuyen|thanh|sinh|nhan|giao|dang|hoi|doan|chuyen|hoc|uy|dien|dieu tra|kiem sat) )';
export const VENUE = new RegExp(`\\b(?:${VENUE_PHRASES.map((p) => (p === 'vien' ? NOT_INSTITUTE + p : p)).join('|')})\\b`);

// VENUE_PHRASES by the hashes of their words: each phrase's first word, its
// value 1 where it is a one-word phrase, 2 where it opens a longer one (3
// both), one probe a word (a set of each took two for most words); and a
// longer one's first word paired with the next (pairHash).
let VENUE_WORDS = new IntTable([]);
let VENUE_PAIRS = intSet([]);
atFirstScan(() => {
  const words = VENUE_PHRASES.map((p) => p.split(' ').map((w) => hashOf(w, 0, w.length)));
  const firsts = new Map<number, number>();
  for (const w of words) firsts.set(w[0], (firsts.get(w[0]) ?? 0) | (w.length === 1 ? 1 : 2));
  VENUE_WORDS = new IntTable(firsts);
  VENUE_PAIRS = intSet(words.filter((w) => w.length > 1).map((w) => pairHash(w[0], w[1])));
});

/**
 * Whether VENUE may match folded[from, to): a phrase's first word (or the
 * phrase, one word) opens one of its words, by their hashes in the scan's
 * word index, the next word paired with it (a word cut at `from` asked
 * alone). A venue is asked before every address with no strong label, and
 * slicing each one's clause for the pattern cost a line of such addresses
 * a twentieth of its time; most clauses hold no venue's words.
 */
export function mayNameVenue(ctx: ScanContext, from: number, to: number): boolean {
  if (from > 0 && WORD_UNIT[ctx.folded.charCodeAt(from - 1)] === 1) {
    if (VENUE_WORDS.get(letterHash(ctx.folded, from, to)) >= 0) return true;
  }
  const index = wordIndex(ctx);
  const { starts, hashes, count } = index;
  for (let w = firstWordFrom(index, from); w < count && starts[w] < to; w++) {
    const h = hashes[w];
    const opens = VENUE_WORDS.get(h);
    if (opens >= 0 && ((opens & 1) !== 0 || VENUE_PAIRS.has(pairHash(h, w + 1 < count ? hashes[w + 1] : 0)))) return true;
  }
  return false;
}

function venueBefore(ctx: ScanContext, pos: number): string | null {
  // No venue's word in the last 40 characters is none in the clause's part of them
  // (no word cut there: a clause opens after a mark): asked first, most addresses
  // have none, and reading back to the clause's start cost a line of them 2%.
  if (!mayNameVenue(ctx, Math.max(0, pos - 40), pos)) return null;
  // The clause's last 40 characters: after the last '.', ';' or line break (no split of the 40 into pieces).
  const { folded } = ctx;
  let from = pos;
  while (from > 0 && pos - from < 40) {
    const c = folded.charCodeAt(from - 1);
    if (c === 46 || c === 59 || c === 10) break;
    from--;
  }
  if (!mayNameVenue(ctx, from, pos)) return null;
  const clause = folded.slice(from, pos);
  const m = VENUE.exec(clause);
  if (!m) return null;
  // "trú số 12" (lives at number 12) folds like "trụ sở" (head office): the spelling decides.
  if (m[0] === 'tru so') {
    const at = pos - clause.length + m.index;
    if (ORGANISATION_SPELLINGS.check('tru so', originalLower(ctx, at, at + 6)) === 'wrong') return null;
  }
  // "viên" (a member) folds like "viện" (an institute): the spelling decides.
  if (m[0] === 'vien' && hasMarks(ctx)) {
    const at = pos - clause.length + m.index;
    if (originalLower(ctx, at, at + 4) !== 'viện') return null;
  }
  return m[0];
}

// Who heads or serves a unit, written before it.
const HEADS_OF = new Set(['truong', 'pho truong', 'to truong', 'to hoa giai', 'bi thu', 'bi thu chi bo', 'chi hoi truong', 'chi bo']);

// What a "số N" after them numbers: plates, books, registers, election and police units, documents.
const NUMBERED_THINGS = new Set(['bao', 'con bao', 'ap thap', 'bien', 'to ban do', 'ban do', 'thua', 'thua dat', 'quyen', 'ho khau', 'so ho khau', 'bau cu', 'to bau cu', 'bo phieu', 'khu vuc bo phieu', 'don vi bau cu', 'cskv', 'to cskv', 'hop dong', 'bien ban', 'quyet dinh', 'cong van', 'giay phep']);

// A road's kilometre marker ("Km 12+300 Quốc lộ 5"): the metres after '+' are no house number.
const KM_MARKER = /km ?\d{1,4} ?\+ ?$/;

/** A label of more than an abbreviation right before `start`. */
function spelledLabelBefore(folded: string, start: number): boolean {
  const label = labelJustBefore(folded, start, LABEL_KEYS) ?? labelJustBefore(folded, start, WEAK_LABEL_KEYS);
  return label !== null && label.length > 3;
}

function scoreChain(ctx: ScanContext, firstPart: number, start: number, end: number, levels: Levels): Candidate | null {
  if (ctx.folded.charCodeAt(start - 1) === 43 || ctx.folded.charCodeAt(start - 2) === 43) {
    if (KM_MARKER.test(ctx.folded.slice(Math.max(0, start - 12), start))) return null;
  }
  const streetLevel = (levels.bits & BELOW_WARD) !== 0;
  const distinct = levels.size;
  const hamlet = ((levels.bits >> HAMLET) & 1) === 1;
  // The one context word, if any (an array grown by push held room for sixteen).
  let word: string | null = null;
  let score: number;
  if (streetLevel) score = distinct >= 3 ? 0.9 : distinct === 2 ? 0.8 : 0.35;
  else score = distinct >= 2 ? 0.45 : 0.2;
  if (!streetLevel && phraseBefore(ctx.folded, firstPart, 3, AGENCIES) !== null) return null;
  // "Trưởng thôn Tiền, xã Hồng Phong", "Tổ hòa giải thôn Đông Lâm": the unit an official heads, not a home.
  if (phraseBefore(ctx.folded, firstPart, 3, HEADS_OF) !== null) return null;
  // "Cán bộ ĐC xã Hiệp An: …": a chat speaker's unit, unless a label spelled
  // out leads to it (a home before a list: "sinh song tai ap 3, xa Tan Lap, gom:";
  // a speaker's "ĐC" is địa chính).
  if (speakerUnit(ctx.folded, start, end) && !spelledLabelBefore(ctx.folded, start)) return null;
  // One part is a home in a person's row only as a named hamlet ("thôn Hòa Hội"; not "P. Nhân sự", a department).
  // So is a village by its number ("Xóm 3", "thôn 5").
  const namedHamlet = distinct === 1 && hamlet && (namedPlace(ctx.folded, start, end) || villageAt(ctx.folded, start, end));
  const label = labelJustBefore(ctx.folded, start, LABEL_KEYS) ?? (distinct >= 2 ? labelJustBefore(ctx.folded, start, WEAK_LABEL_KEYS) : null);
  // (Read only where it can matter: a strong label outweighs any venue.)
  const venue = label !== null && !WEAK_LABEL_KEYS.has(label) ? null : venueBefore(ctx, start);
  // "nộp hồ sơ tại tầng 5, …": a weak label does not outweigh the venue.
  if (label && !(venue && WEAK_LABEL_KEYS.has(label))) {
    score = Math.max(score + 0.3, streetLevel || distinct >= 2 ? 0.85 : 0.6);
    word = labelWord(label);
  } else {
    const organisation = organisationLabel(ctx, start) ?? venue;
    if (organisation) {
      score -= 0.35;
      word = `-${organisation}`;
    } else if ((distinct >= 2 || namedHamlet) && afterBirthYear(ctx.folded, start)) {
      // "Nguyễn Văn Cường – SN 1989 – ấp Tân Hòa, xã Tân Thành", "Tống Văn Khuê  1972  xã Yên Khánh, huyện Ý Yên",
      // "Nay Y Khoa, sinh năm 2004, buôn Mùi 3": the next field of a person's row is where they live.
      score = Math.max(score, 0.75);
      word = '+after a birth year';
    } else if ((distinct >= 2 || namedHamlet) && afterAge(ctx.folded, start)) {
      // "Lã Văn Tuấn, 29 tuổi, thôn Đồng Quang": as after a birth year.
      score = Math.max(score, 0.75);
      word = '+after an age';
    } else if ((distinct >= 2 || namedHamlet || (distinct === 1 && hamlet)) && livesAt(ctx, start)) {
      // "nhà em ở xóm 3", "anh ấy ở xóm 6", "em là Hoa ở xóm 3 Nghĩa Sơn".
      score = Math.max(score, 0.7);
      word = '+someone lives there';
    } else if ((distinct >= 2 || namedHamlet) && afterIdNumber(ctx.folded, start)) {
      score = Math.max(score, 0.75);
      word = '+after an ID number';
    } else if ((distinct >= 2 || namedHamlet || (distinct === 1 && hamlet)) && afterTitledName(ctx, start)) {
      // "hộ bà Tạ Thị Vân (thôn Thịnh Đại)", "ông Trần Văn Lành, tổ 2, thôn Đông Lâm", "hộ ông Quan Văn Bẩy ở thôn Bắc Sơn".
      score = Math.max(score, 0.7);
      word = "+after a person's name";
    } else if ((distinct >= 2 || namedHamlet) && inPersonRow(ctx.folded, start)) {
      // "Lò Thị Ỏn – NS: 1998 – Nữ – Dân tộc: Thái – bản Nà Dạ, xã Chiềng Pằn – BHYT: …"
      score = Math.max(score, 0.7);
      word = "+in a person's row";
    }
  }
  return {
    type: 'address',
    start,
    end,
    score: Math.max(0, Math.min(0.97, score)),
    rule: 'address.units',
    validator: levelsWords(levels),
    context: contextOf(word),
  };
}

/**
 * A candidate's context list, frozen and shared by every candidate with the
 * same word (they are added to by copy): a list per address was a good part
 * of what scoring a line of them allocated.
 */
function contextOf(word: string | null): string[] {
  if (word === null) return NO_WORDS;
  let list = CONTEXT_LISTS.get(word);
  if (list === undefined) CONTEXT_LISTS.set(word, (list = Object.freeze([word]) as unknown as string[]));
  return list;
}

const CONTEXT_LISTS = new Map<string, string[]>();

function unitChains(ctx: ScanContext, out: Candidate[], prefilter: boolean): void {
  const { folded } = ctx;
  const lowerOk = !hasMarks(ctx);
  // The chain read so far is parts[0, count); parts[count] is where the next
  // part is read. The objects are reused from one address to the next (an
  // object per part read was most of what reading them allocated).
  const parts: Part[] = [newPart()];
  let count = 0;
  // One for every chain (read by scoreChain only).
  const levels: Levels = { bits: 0, size: 0, order: 0 };
  const flush = () => {
    if (count === 0) return;
    const chain = parts;
    levels.bits = 0;
    levels.size = 0;
    levels.order = 0;
    for (let k = 0; k < count; k++) for (let code = chain[k].levels; code > 0; code >>= 3) addLevel(levels, (code & 7) - 1);
    let start = chain[0].start;
    const lead = leadingHouse(ctx, start);
    if (lead >= 0) {
      start = lead;
      addLevel(levels, HOUSE);
      addLevel(levels, STREET);
    }
    const trail = trailingPlaces(ctx, chain[count - 1].end, lowerOk);
    const end = trail.end;
    if (trail.province) addLevel(levels, PROVINCE);
    // Lower-case parts are trusted only next to a number ("so 12 ngo 34 duong lang").
    if ((lowerOk || someLowerWord(chain, count)) && !someNumeric(chain, count) && lead < 0 && !labelJustBefore(ctx.folded, start, LABEL_KEYS) && !(count >= 2 && labelJustBefore(ctx.folded, start, WEAK_LABEL_KEYS)) && !afterIdNumber(ctx.folded, start) && !afterBirthYear(ctx.folded, start) && !(count >= 2 && inPersonRow(ctx.folded, start))) {
      if (someLowerWord(chain, count)) {
        count = 0;
        return;
      }
    }
    const candidate = scoreChain(ctx, chain[0].start, start, end, levels);
    if (candidate) out.push(candidate);
    count = 0;
  };
  let lastEnd = 0;
  const plainUnits = plainUnitsOf(ctx);
  const plainLength = ctx.plain.length;
  const follows = !prefilter ? undefined : plainUnits !== null ? (end: number) => valueMayFollowIn(plainUnits, plainLength, end, lowerOk) : (end: number) => valueMayFollow(ctx.plain, end, lowerOk);
  const { starts, ends, keys, count: found } = UNIT_WORDS.scanInto(ctx, unitMatches, follows);
  for (let n = 0; n < found; n++) {
    const start = starts[n];
    if (start < lastEnd) continue;
    const end = ends[n];
    if (follows !== undefined && !follows(end)) continue;
    const key = keys[n];
    const entry = UNITS_BY_MATCH[key];
    if (!entry) continue;
    const part = parts[count];
    const read = readPart(ctx, entry, start, end, lowerOk, part);
    if (!read) continue;
    // "quyển số 05/2024", "sổ hộ khẩu số 17042", "Tổ bầu cử số 3": a book's, a register's or a unit's number, no house.
    // (Asked after readPart, which changes nothing but the unused part it fills: most "số" before a digit number a phone or a card, which readPart drops.)
    if (key === SO_MATCH && phraseBefore(folded, start, 3, NUMBERED_THINGS) !== null) continue;
    // The template's other parts ("Số 10, ngõ X, phố Y") are no address either.
    if (read === 'template') {
      count = 0;
      continue;
    }
    // An address has a handful of parts; a longer chain is a list, cut into addresses.
    if (count > 0 && (count >= 10 || !gapJoins(folded, parts[count - 1].end, part.start))) {
      const at = count;
      flush();
      // The part read opens the next chain.
      parts[at] = parts[0];
      parts[0] = part;
    }
    count++;
    if (count === parts.length) parts.push(newPart());
    lastEnd = part.end;
  }
  flush();
}

// The unit words of a scan, in lists reused by the next (unitChains is not
// re-entered): a match object per unit word was a third of what a line of
// addresses allocated.
const unitMatches = matchList();

function newPart(): Part {
  return { start: 0, end: 0, levels: 0, numeric: false, capital: false };
}

/** Whether a part of chain[0, count) is lower-case words ("duong lang"), no number. */
function someLowerWord(chain: Part[], count: number): boolean {
  for (let k = 0; k < count; k++) if (!chain[k].capital && !chain[k].numeric) return true;
  return false;
}

function someNumeric(chain: Part[], count: number): boolean {
  for (let k = 0; k < count; k++) if (chain[k].numeric) return true;
  return false;
}

// "12 Lê Lợi, Huế", "45/6 Nguyễn Trãi, Thanh Xuân, Hà Nội": a house number and
// a street with no unit word, recognised by the place names that follow it.
// Led by its first digit, the lookbehind then read from there: the regex
// engine skips to digits instead of trying every character (plates, OCR'd
// numbers: half the time).
const HOUSE_THEN_NAME = /\d(?<![A-Za-z0-9/.,-]\d)\d{0,3}[A-Za-z]?(?:\/\d{1,4}[A-Za-z]?){0,3} (?=[A-Z])/g;

/**
 * Whether a capitalised word follows a house number's end ("12 Lê", "12A
 * Lê"): found among the words the word index lists as capitalised, where a
 * pattern over the whole text cost prose about 0.7 ms a megabyte.
 */
function capitalAfterNumber(ctx: ScanContext): boolean {
  const words = wordIndex(ctx);
  const units = plainUnitsOf(ctx);
  return units !== null ? capitalAfterNumberIn(units, words) : capitalAfterNumberOf(ctx.plain, words);
}

/** capitalAfterNumber of `plain`, whose words `words` lists. */
export function capitalAfterNumberOf(plain: string, words: WordIndex): boolean {
  for (let k = 0; k < words.capitalCount; k++) {
    const i = words.starts[words.capitals[k]];
    const c = plain.charCodeAt(i - 2);
    if (plain.charCodeAt(i - 1) === 32 && (isDigitCode(c) || ((c | 32) - 97 >>> 0 < 26 && isDigitCode(plain.charCodeAt(i - 3))))) return true;
  }
  return false;
}

/**
 * capitalAfterNumber read from the scan's plain units (a load per unit where
 * charCodeAt is a call): a text with no house number before a capital reads
 * every capitalised word. A capital's start is at most the text's length, so
 * the units before it are the text's.
 */
export function capitalAfterNumberIn(plain: Uint16Array, words: WordIndex): boolean {
  const { starts, capitals, capitalCount } = words;
  for (let k = 0; k < capitalCount; k++) {
    const i = starts[capitals[k]];
    if (i < 2 || plain[i - 1] !== 32) continue;
    const c = plain[i - 2];
    if (isDigitCode(c) || (i >= 3 && (c | 32) - 97 >>> 0 < 26 && isDigitCode(plain[i - 3]))) return true;
  }
  return false;
}

/** "lớp " or "khối " (a school's class or grade) just before the number at `pos`. */
function classBefore(folded: string, pos: number): boolean {
  for (const word of ['lop ', 'khoi ']) {
    const at = pos - word.length;
    if (at >= 0 && folded.startsWith(word, at) && !isLowerLetter(folded.charCodeAt(at - 1))) return true;
  }
  return false;
}

function bareStreets(ctx: ScanContext, out: Candidate[]): void {
  const { plain } = ctx;
  // A house number's end, a space and a capital, looked for first: each
  // digit costs the pattern above a try, a megabyte of identifiers 6 ms
  // against 1 for this.
  if (!capitalAfterNumber(ctx)) return;
  const lowerOk = !hasMarks(ctx);
  HOUSE_THEN_NAME.lastIndex = 0;
  for (let m = HOUSE_THEN_NAME.exec(plain); m; m = HOUSE_THEN_NAME.exec(plain)) {
    // "VÀO LỚP 10 TRƯỜNG THPT …": a class's number, not a house's.
    if (classBefore(ctx.folded, m.index)) continue;
    const streetEnd = readName(ctx, m.index + m[0].length, false);
    if (streetEnd < 0) continue;
    const trail = trailingPlaces(ctx, streetEnd, lowerOk);
    const end = trail.end;
    if (end === streetEnd) continue;
    const province = trail.province;
    const label = labelJustBefore(ctx.folded, m.index, LABEL_KEYS);
    const score = (province ? 0.75 : 0.5) + (label ? 0.15 : 0);
    out.push({
      type: 'address',
      start: m.index,
      end,
      score,
      rule: 'address.house_street',
      validator: province ? 'house number, street, province' : 'house number, street, place',
      context: contextOf(label ? labelWord(label) : null),
    });
    HOUSE_THEN_NAME.lastIndex = end;
  }
}

/**
 * "Địa chỉ: …" up to the end of the field: the value is an address whatever
 * its shape. out[0, chains) are the unit chains' candidates.
 */
type LabelledPosition = ReturnType<typeof labelledPositions>[number];

const HOUSING_HEADS = /(?:^|[^a-z])(?:ve|thuc trang|tinh trang|hien trang|dieu kien) $/;
// So does a period ("Quá trình cư trú: từ 1997 đến nay tại Nghệ An").
const COUNT_VALUE = /^(?:\d[\d.,]* (?:nha|ho|nguoi|can|phong|khau)(?![a-z])|tu (?:nam |thang )?\d)/;

function labelledAddresses(ctx: ScanContext, out: Candidate[], chains: number, hits: LabelledPosition[]): void {
  const { folded } = ctx;
  // The value's units read from the scan's typed copy where it holds one (a load, where charCodeAt is a call: most of reading a line of labelled addresses' values).
  const units = foldedUnitsOf(ctx);
  // The chain nearest before the value (the chains are read in text order).
  let chain = -1;
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k];
    // A tab after "Địa chỉ" is a header cell of a wider table, unless the row is label<TAB>value.
    if (hit.tab && !twoColumnRow(folded, hit.sep)) continue;
    // "Thời gian tạm trú: từ 01/9/2024…" is a period, not a place.
    if (periodBefore(folded, hit.sep - hit.label.length)) continue;
    if (givenNameAsLabel(ctx, hit.label, hit.sep)) continue;
    // "Về nhà ở:", "Thực trạng nhà ở:": a report's heading on housing, not a home's field.
    if (hit.label === 'nha o' && HOUSING_HEADS.test(folded.slice(Math.max(0, hit.sep - hit.label.length - 12), hit.sep - hit.label.length))) continue;
    let start = hit.sep + 1;
    while (folded.charCodeAt(start) === 32 || folded.charCodeAt(start) === 9 || folded.charCodeAt(start) === 34) start++;
    // A count opens no address ("14.520 nhà bị hư hỏng"). (Its pattern, and the slice, only where the value opens with a digit or a t.)
    if ((isDigitCode(folded.charCodeAt(start)) || folded.charCodeAt(start) === 116) && COUNT_VALUE.test(folded.slice(start, start + 16))) continue;
    // A card's layout puts the value on the next line ("Quê quán / Place of origin:⏎Tân Hưng, …"), unless that line is a field of its own.
    if (folded.charCodeAt(start) === 13) start++;
    if (folded.charCodeAt(start) === 10) {
      const next = folded.indexOf('\n', start + 1);
      if (folded.slice(start + 1, next < 0 ? folded.length : next).includes(':')) continue;
      start++;
    }
    let end = start;
    let commas = 0;
    let digits = false;
    const limit = Math.min(folded.length, start + 160);
    while (end < limit) {
      const c = units !== null ? units[end] : folded.charCodeAt(end);
      // Most of a value is letters, which end nothing.
      if (c >= 97 && c <= 122) {
        end++;
        continue;
      }
      // A value that ends its line on a comma goes on below, unless that line is a field of its own.
      if (c === 10 && wrapsOn(folded, end)) {
        end++;
        continue;
      }
      if (c === 10 || c === 13 || c === 9 || c === 59 || c === 124 || c === 34) break;
      // Wide spacing lays out the next field of a form ("Nơi sinh: Đồng Nai          5. Quốc tịch").
      if (c === 32 && folded.charCodeAt(end + 1) === 32 && folded.charCodeAt(end + 2) === 32) break;
      // The next "label:" on the same line ends this field ("… Q1 - SĐT: 09…").
      if (c === 58) {
        end = backToFieldEnd(folded, start, end);
        break;
      }
      if (c === 44) {
        if (otherFieldAt(folded, end + 1)) break;
        commas++;
      }
      if (isDigitCode(c)) digits = true;
      end++;
    }
    while (end > start && trailingPunctuation(folded.charCodeAt(end - 1))) end--;
    while (chain + 1 < chains && out[chain + 1].start <= start) chain++;
    // A value inside a chain scored as high (the label raised it) would be
    // merged into it and change nothing: most labelled values are such, and
    // the checks below, the candidate and its sorting were theirs to pay.
    // (The value may only lose a comma or start later below: its score and
    // span only shrink.)
    if (chain >= 0 && out[chain].start <= start && end <= out[chain].end && (commas >= 1 || digits ? 0.88 : 0.6) <= out[chain].score) continue;
    if (end - start < 3 || (!isLetterCode(folded.charCodeAt(start)) && !isDigitCode(folded.charCodeAt(start)))) continue;
    // "Tổng số nhân khẩu thường trú: 12.874": a count, not a place.
    if (!hasAsciiLetter(folded, start, end)) continue;
    if (saysNone(folded, start, end) || blankField(folded, start, end)) continue;
    // "Gửi về: Bà Thập Thị Hồng, thôn Mỹ Nghiệp": the addressee first, then the address.
    const after = addresseeEnd(ctx, start, end);
    if (after > start) {
      start = after;
      commas--;
      if (end - start < 3) continue;
    }
    const rich = commas >= 1 || digits;
    out.push({
      type: 'address',
      start,
      end,
      score: rich ? 0.88 : 0.6,
      rule: 'address.label',
      validator: rich ? 'multi-part value after address label' : 'single place after address label',
      context: contextOf(labelWord(hit.label)),
    });
  }
}

/** Whether s[from, to) holds a letter a–z. */
function hasAsciiLetter(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

// The value's patterns are asked only where they may match: a pattern over
// a slice of the text copies it first.

/** "Nơi tạm trú: Không": the field says there is none; "như trên" points to another field (both open with k or n). */
export function saysNone(folded: string, start: number, end: number): boolean {
  const first = folded.charCodeAt(start);
  return (first === 107 || first === 110) && /^(?:(?:khong(?: co)?|none|n\/a)$|nhu tren(?![a-z]))/.test(folded.slice(start, end));
}

/** A blank form's field ("số nhà ......., ngõ/hẻm .......") or a guide's template letters ("phố Y, phường Z"): no one's address. */
export function blankField(folded: string, start: number, end: number): boolean {
  return mayBeBlank(folded, start, end) && /\.{4}|_{3}|…{2}|(?:^|[ ,])(?:ngo|pho|duong|phuong|xa|quan|huyen|tinh) [a-z](?=,|$)/.test(folded.slice(start, end));
}

/**
 * What the blank-form pattern needs in folded[start, end): a dot, an
 * underscore or an ellipsis, or a lone letter after a space that a comma or
 * the value's end follows ("phố Y,").
 */
function mayBeBlank(folded: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = folded.charCodeAt(i);
    if (c === 46 || c === 95 || c === 0x2026) return true;
    if (c >= 97 && c <= 122 && i > start && folded.charCodeAt(i - 1) === 32 && (i + 1 === end || folded.charCodeAt(i + 1) === 44)) return true;
  }
  return false;
}

/** Space, comma, dot or hyphen: what a field's value does not end with. */
function trailingPunctuation(c: number): boolean {
  return c === 32 || c === 44 || c === 46 || c === 45;
}

/**
 * Whether "thời gian " or "thời hạn " ends folded[max(0, end - 12), end):
 * "Thời gian tạm trú: từ 01/9/2024…" is a period, not a place. Compared in
 * place (a slice and a pattern per label before).
 */
function periodBefore(folded: string, end: number): boolean {
  const from = Math.max(0, end - 12);
  if (end < from) return /(?:thoi gian|thoi han) $/.test(folded.slice(from, end));
  return (end - 10 >= from && folded.startsWith('thoi gian ', end - 10)) || (end - 9 >= from && folded.startsWith('thoi han ', end - 9));
}

/** "+dia chi": a label's context word, one string per label. */
function labelWord(label: string): string {
  let word = LABEL_WORDS.get(label);
  if (word === undefined) LABEL_WORDS.set(label, (word = `+${label}`));
  return word;
}

const LABEL_WORDS = new Map<string, string>();

// Titles that open an addressee before the address on a parcel or a letter.
const ADDRESSEE_TITLE = /^(?:ho ong|ho ba|gia dinh|ong|ba|anh|chi|co|chu|bac|em|chau|cu|mr|mrs|ms|ho) /;

/** Where the address starts after a titled name and its comma ("Bà Thập Thị Hồng, "), or `start` when the value opens with none. */
function addresseeEnd(ctx: ScanContext, start: number, end: number): number {
  const { folded, plain } = ctx;
  let comma = start;
  while (comma < end && folded.charCodeAt(comma) !== 44) comma++;
  if (comma >= end) return start;
  const title = ADDRESSEE_TITLE.exec(folded.slice(start, comma));
  if (!title) return start;
  // The words after the title, up to the comma, are capitalised, as a name is.
  let i = start + title[0].length;
  if (i >= comma) return start;
  for (; i < comma; i++) {
    if (!isUpperCode(plain.charCodeAt(i))) return start;
    const space = unitIn(folded, 32, i, comma);
    if (space < 0) break;
    i = space;
  }
  let after = comma + 1;
  while (folded.charCodeAt(after) === 32) after++;
  return after;
}

/** Whether the line break at `at` follows a comma and the next line reads as the rest of a value (no label, short). */
function wrapsOn(folded: string, at: number): boolean {
  let p = at - 1;
  while (p > 0 && folded.charCodeAt(p) === 32) p--;
  if (folded.charCodeAt(p) !== 44) return false;
  // Looked for no further than a short line's end (a long next line read whole per value was wasted).
  let next = unitIn(folded, 10, at + 1, at + 80);
  if (next < 0) {
    if (at + 80 < folded.length) return false;
    next = folded.length;
  }
  const line = folded.slice(at + 1, next);
  return line.trim().length > 0 && next - at < 80 && !line.includes(':') && !line.includes('\t');
}

function backToFieldEnd(folded: string, start: number, colon: number): number {
  let i = colon;
  // drop the words of the next label ("SĐT", "Số điện thoại")
  for (let words = 0; words < 4 && i > start; words++) {
    while (i > start && folded.charCodeAt(i - 1) === 32) i--;
    const c = folded.charCodeAt(i - 1);
    if (c === 44 || c === 45 || c === 46 || c === 47) break;
    // A bracket opens the next label ("… tỉnh Thanh Hóa (cũ: …"): the field ends before it.
    if (c === 40) return i - 1;
    while (i > start && isWordCode(folded.charCodeAt(i - 1))) i--;
  }
  return i;
}

// A list's column of villages ("Thôn/xóm", "Bản", "Ấp"): a health station's
// or a commune's list of people gives where each lives by village alone.
const VILLAGE_HEADERS = foldedSet([
  'thôn', 'xóm', 'ấp', 'bản', 'buôn', 'làng', 'thôn/xóm', 'xóm/thôn', 'thôn, xóm', 'thôn/bản', 'bản/thôn', 'thôn, bản',
  'thôn/ấp', 'ấp/khóm', 'thôn/buôn', 'buôn/thôn', 'thôn/làng', 'thôn/tổ', 'tổ/thôn', 'thôn/tdp', 'thôn/tổ dân phố', 'tổ dân phố', 'khu phố',
]);

/**
 * A village column's cell: a village word and its name or number ("Xóm 3",
 * "Bản Hợp Thành"; "bản" spelled so, not "Ban Tổ chức"). A name alone
 * ("Lạc Thiện") is left: annotators split on it, and under "Thôn" a list
 * of officials gives the village they serve.
 */
function villageCell(ctx: ScanContext, start: number, end: number): boolean {
  const { folded } = ctx;
  if (end - start > 40 || !/[a-z]/.test(folded.slice(start, end))) return false;
  if (villageAt(folded, start, end)) return true;
  if (folded.startsWith('ban ', start)) return originalLower(ctx, start, start + 3) === 'bản' || !hasMarks(ctx);
  if (folded.startsWith('to dan pho ', start) || folded.startsWith('khu pho ', start) || folded.startsWith('tdp ', start)) return true;
  return false;
}

function columnAddresses(ctx: ScanContext, out: Candidate[]): void {
  if (!mayHoldColumns(ctx)) return;
  for (const cell of columnCells(ctx, VILLAGE_HEADERS, (start, end) => villageCell(ctx, start, end))) {
    out.push({ type: 'address', start: cell.start, end: cell.end, score: 0.8, rule: 'address.column', validator: 'cell in a village column', context: [`+column ${cell.header}`] });
  }
  // A province alone in a birthplace or hometown column is no one's address (nor alone after a label, below).
  for (const cell of columnCells(ctx, COLUMN_HEADERS, (start, end) => /[a-z]/.test(ctx.folded.slice(start, end)) && !provinceOnly(ctx.folded, start, end))) {
    out.push({
      type: 'address',
      start: cell.start,
      end: cell.end,
      score: 0.88,
      rule: 'address.column',
      validator: 'cell in an address column',
      context: [`+column ${cell.header}`],
    });
  }
}

/**
 * Overlapping proposals become one span with the best score. The first of
 * each run is kept and widened in place: every proposal is this scan's own
 * object, and a copy of each was a third of what merging cost.
 */
function merge(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      if (c.score > last.score) {
        last.score = c.score;
        last.rule = c.rule;
        last.validator = c.validator;
        last.context = c.context;
      }
      last.end = Math.max(last.end, c.end);
    } else out.push(c);
  }
  return out;
}

/**
 * Vietnamese addresses: a chain of address parts (số nhà, ngõ/ngách/hẻm,
 * đường/phố, thôn/xóm/ấp/tổ, phường/xã, quận/huyện, tỉnh/thành phố and their
 * abbreviations P., Q., TP., TX., H., F.) joined by commas. A street- or
 * house-level part is required, or an address label (địa chỉ, thường trú,
 * quê quán…): "UBND tỉnh Thanh Hóa" is an agency, not where someone lives.
 */
export const addressRecognizer: Recognizer = {
  id: 'address',
  types: ['address'],
  contextWords: ADDRESS_LABELS,
  negativeContextWords: [...ORGANISATION_ADDRESS_WORDS, ...AGENCY_HEADS],
  find(ctx) {
    return findAddresses(ctx, true);
  },
};

/** The recognizer's candidates; `prefilter` false reads every unit word and keeps every labelled value a chain holds (tests compare both). */
export function findAddresses(ctx: ScanContext, prefilter: boolean): Candidate[] {
  const out: Candidate[] = [];
  // Found first: the chains' labels are read from them (labelFoundAt).
  const hits = labelledPositions(ctx.folded, LABEL_KEYS, 5);
  keepLabelHits(ctx.folded, hits);
  unitChains(ctx, out, prefilter);
  const chains = prefilter ? out.length : 0;
  bareStreets(ctx, out);
  labelledAddresses(ctx, out, chains, hits);
  columnAddresses(ctx, out);
  const merged = merge(out);
  renamedAddresses(ctx, merged);
  wrappedProvinces(ctx, merged);
  headingScopes(ctx, merged);
  const waits = waiting.key === ctx ? waiting.value : null;
  for (let k = 0; k < merged.length; k++) {
    const c = merged[k];
    if (c.rule === 'address.column') continue;
    if (waits !== null && c.score > ORGANISATION_SCORE) waits.add(c);
    else lowerOrganisations(ctx, c);
  }
  return merged;
}

// The address a home had before the 2025 merger of units, or has after it,
// in brackets after the one given: "…, tỉnh Thanh Hóa (cũ: xã Quảng Phú, TP
// Thanh Hóa)", "(địa chỉ cũ: …)", "(trước đây là …)", "(nay là …)".
const RENAMED_LEAD = /\((?:dia chi |d\/c )?(?:cu|cu la|truoc day la|truoc la|nay la|nay thuoc)[ :]*$/;

/** Raises a bracketed former or present address to the address it renames, when that one is reported. */
function renamedAddresses(ctx: ScanContext, merged: Candidate[]): void {
  const { folded } = ctx;
  for (let k = 1; k < merged.length; k++) {
    const c = merged[k];
    const before = merged[k - 1];
    if (c.score >= before.score || before.score <= ORGANISATION_SCORE || folded.charCodeAt(c.start - 1) === 40) continue;
    // (Looked for no further back than the lead's length: a megabyte-long line holds no bracket.)
    let open = c.start - 1;
    while (open >= before.end && c.start - open <= 24 && folded.charCodeAt(open) !== 40) open--;
    if (open < before.end || c.start - open > 24 || !RENAMED_LEAD.test(folded.slice(open, c.start))) continue;
    let gap = before.end;
    while (gap < open && folded.charCodeAt(gap) === 32) gap++;
    if (gap !== open) continue;
    c.score = before.score;
    c.context = ['+renames the address before'];
  }
}

// A document's heading in capitals that opens with its kind: the units in it
// are where the list or the meeting is, no one's home ("DANH SÁCH HỘ CẬN
// NGHÈO … – THÔN 2, XÃ TÂN TRÀO", "BIÊN BẢN HỌP TỔ DÂN PHỐ SỐ 5 – PHƯỜNG ĐÔNG VĨNH").
const HEADING = /^[ \t]*(?:danh sach|bien ban|bao cao|ke hoach|thong bao|quyet dinh|to trinh|tong hop)(?![a-z])/;

/** Whether plain[from, to) holds a lower-case a–z. */
function hasLowerCase(plain: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (plain.charCodeAt(i) >= 97 && plain.charCodeAt(i) <= 122) return true;
  return false;
}

/** Lowers the addresses inside such a heading line. */
function headingScopes(ctx: ScanContext, merged: Candidate[]): void {
  const { folded, plain } = ctx;
  // Indexed: a for…of here made an iterator result per candidate.
  for (let k = 0; k < merged.length; k++) {
    const c = merged[k];
    if (c.score <= ORGANISATION_SCORE || c.rule !== 'address.units' || hasLowerCase(plain, c.start, c.end)) continue;
    // The line's start within 160 characters, looked for no further.
    const start = lineStart(folded, c.start, 161);
    if (c.start - start > 160 || !HEADING.test(folded.slice(start, start + 16))) continue;
    // In capitals throughout, up to the address's end: a heading, not a sentence that opens so.
    // (The address itself first: most are written in lower case, and need no walk back to their line's start.)
    if (hasLowerCase(plain, start, c.start)) continue;
    c.score = 0.3;
    c.context = ["-a document's heading"];
  }
}

/** Where the line after the one ending at `lineEnd` ends, when it is the rest of an address that ends there; else -1. */
function restOfAddress(ctx: ScanContext, lineEnd: number): number {
  const { folded, plain } = ctx;
  const from = lineEnd + 1;
  // A line longer than the 50 characters kept (trailing spaces aside) is not read to its end.
  let to = unitIn(folded, 10, from, from + 256);
  if (to < 0) {
    if (from + 256 < folded.length) return -1;
    to = folded.length;
  }
  while (to > from && (folded.charCodeAt(to - 1) === 32 || folded.charCodeAt(to - 1) === 13)) to--;
  if (to - from < 4 || to - from > 50 || !isUpperCode(plain.charCodeAt(from))) return -1;
  const line = folded.slice(from, to);
  if (line.includes(':') || line.includes('\t') || line.includes('  ')) return -1;
  // Its last part names a province: a card's value wrapped before it ("Thanh Lương, Thanh Chương⏎Nghệ An").
  const comma = line.lastIndexOf(',');
  const last = line.slice(comma + 1).trim().replace(PROVINCE_PREFIX, '');
  return PROVINCE_KEYS.has(last) ? to : -1;
}

/**
 * An address ending its line whose rest, down to the province, was wrapped
 * onto the next (scanned cards and forms print a long value over two lines
 * without a comma at the break: "Nơi ĐKHK thường trú Khối 5, Thị trấn
 * Dùng⏎Thanh Chương, Nghệ An"). The lower candidates the rest held go.
 */
function wrappedProvinces(ctx: ScanContext, merged: Candidate[]): void {
  const { folded } = ctx;
  let removed = 0;
  for (let k = 0; k < merged.length; k++) {
    const c = merged[k];
    if (removed > 0) merged[k - removed] = c;
    if (c.score <= ORGANISATION_SCORE) continue;
    let lineEnd = c.end;
    while (folded.charCodeAt(lineEnd) === 32) lineEnd++;
    if (folded.charCodeAt(lineEnd) === 13) lineEnd++;
    if (folded.charCodeAt(lineEnd) !== 10 || folded.charCodeAt(c.end - 1) === 44 || folded.charCodeAt(c.end - 1) === 46) continue;
    const end = restOfAddress(ctx, lineEnd);
    if (end < 0) continue;
    c.end = end;
    while (k + 1 < merged.length && merged[k + 1].start < end) {
      k++;
      removed++;
    }
  }
  merged.length -= removed;
}

/**
 * The candidates whose owner look-up waits (deferOwnerChecks). In a text that
 * names no one, an address no one lives at is lowered below the report
 * threshold whether or not an office owns it, so its owner, the most an
 * address costs, is looked up only once its score still matters: a line of
 * twenty thousand labelled addresses spent an eighth of its scan there.
 */
const waiting = scanCache<Set<Candidate>>();

/**
 * Makes this scan's address candidates wait for settleOwner or settleOwners
 * before an owning office lowers them. Only for an engine that calls one of
 * them on every candidate whose score it may report, and whose threshold is
 * above the scores an owner or an unidentified text give (its report is then
 * the same as had every owner been looked up at once).
 */
export function deferOwnerChecks(ctx: ScanContext): void {
  waiting.key = ctx;
  waiting.value = new Set();
}

/** Looks up the owner of a candidate if its look-up waits: an office lowers it (lowerOrganisations). */
export function settleOwner(ctx: ScanContext, c: Candidate): void {
  if (waiting.key === ctx && waiting.value!.delete(c)) lowerOrganisations(ctx, c);
}

/** Looks up every waiting owner (a text that names someone: each address keeps the score its owner gives). */
export function settleOwners(ctx: ScanContext): void {
  if (waiting.key !== ctx) return;
  for (const c of waiting.value!) lowerOrganisations(ctx, c);
  waiting.value!.clear();
}

// Labels a letterhead puts before an office's address; "thường trú", "nơi ở" are a person's.
const PLAIN_LABELS = new Set(['dia chi', 'dia chi lien he', 'dia chi lien lac', 'address', 'dc', 'd/c']);
const BIRTH_LABELS = new Set(['noi sinh', 'noi dang ky khai sinh']);

/** Whether a folded phrase is an address label ("dia chi", "noi o"). */
export function isAddressLabel(folded: string): boolean {
  return LABEL_KEYS.has(folded);
}

/**
 * The label before an address that says someone lives there ("thường trú",
 * "nơi ở", "quê quán", "sống tại"), or null: a plain "Địa chỉ:" heads an
 * office's letterhead as often, and a birthplace is no home.
 */
export function residenceLabel(ctx: ScanContext, start: number): string | null {
  const label = labelJustBefore(ctx.folded, start, LABEL_KEYS);
  return label !== null && !PLAIN_LABELS.has(label) && !BIRTH_LABELS.has(label) ? label : null;
}

export const ORGANISATION_SCORE = 0.45;

const PROVINCE_PREFIX = /^(?:tinh|thanh pho|tp\.?) ?/;

/** The value is a province's or a centrally run city's name alone, its unit word maybe before it. */
function provinceOnly(folded: string, start: number, end: number): boolean {
  return PROVINCE_KEYS.has(folded.slice(start, end).replace(PROVINCE_PREFIX, ''));
}

/** An office's, a venue's or a hospital's address is no one's personal data (address-owner.ts). */
function lowerOrganisations(ctx: ScanContext, c: Candidate): void {
  // Already at or below an office's score ("Nghị định số 13", a bare "tỉnh Hà
  // Nam"): the owner would change nothing, and looking for one is the most a
  // candidate costs.
  if (c.score <= ORGANISATION_SCORE) return;
  const label = labelJustBefore(ctx.folded, c.start, LABEL_KEYS);
  // "Nơi sinh: Ninh Bình": a province of birth, which every card and form
  // carries, is no one's address (no blind writer marked one: 9 of 9).
  if (label !== null && BIRTH_LABELS.has(label) && provinceOnly(ctx.folded, c.start, c.end)) {
    c.score = ORGANISATION_SCORE;
    c.context = [...c.context, '-a province of birth only'];
    return;
  }
  // "thường trú tại", "chỗ ở", "nơi ở: chùa Từ Quang": where a person lives, whatever office is named before it (the one that issued the ID).
  if (label !== null && !PLAIN_LABELS.has(label) && !BIRTH_LABELS.has(label)) return;
  // A birth's place or registry may be a hospital or an office: "Nơi sinh: Bệnh viện Phụ sản Hải Phòng".
  const organisation = institutionAt(ctx, c.start, c.end) ?? (label !== null && BIRTH_LABELS.has(label) ? null : organisationOf(ctx, c.start, label));
  if (organisation === null) return;
  c.score = ORGANISATION_SCORE;
  c.context = [...c.context, `-organisation: ${organisation}`];
}

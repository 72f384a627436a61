import type { FindingType } from '../detect/types.ts';
import { createScanContext, plainCode } from '../detect/scan-context.ts';
import { monthAt } from '../detect/months.ts';

// One normalized form per value, so "+84 912 345 678" and "0912.345.678" count
// as one distinct phone and get one tag. No DOM, no Node API: this runs in a
// content script, a worker and Node alike.

const DIGITS_ONLY = new Set<FindingType>([
  'cccd', 'cmnd', 'tax_code', 'social_insurance', 'driver_license', 'bank_account', 'payment_card',
]);
const ALNUM_UPPER = new Set<FindingType>(['passport', 'health_insurance', 'license_plate']);

// Letters the engine reads as digits inside numbers (OCR: O for 0, l/I for 1).
const OCR_DIGITS: Record<string, string> = { o: '0', O: '0', l: '1', I: '1', i: '1' };

/**
 * Digits of a value as written (full-width digits and OCR letters included):
 * the value itself when it is digits already, else slices between its other
 * characters, not a string per character (a megabyte of identifiers or of
 * OCR-read numbers built ten per finding). Beyond ASCII, unit by unit.
 */
export function digitsOf(raw: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (c >= 0x80) return digitsByUnit(raw);
    if (i > from) out += raw.slice(from, i);
    from = i + 1;
    out += OCR_DIGITS[raw[i]] ?? '';
  }
  return from === 0 ? raw : out + raw.slice(from);
}

/** digitsOf, one unit at a time (exported for the fast path's test). */
export function digitsByUnit(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = plainCode(raw.charCodeAt(i));
    if (c >= 48 && c <= 57) out += String.fromCharCode(c);
    else {
      const ocr = OCR_DIGITS[String.fromCharCode(c)];
      if (ocr) out += ocr;
    }
  }
  return out;
}

/**
 * Digits and capitals of a value written in them and ASCII separators
 * ("30A-123.45"): slices between separators, instead of a string per
 * character (a megabyte of plates built ten per finding). Anything else
 * (lower case, a character to fold) goes unit by unit.
 */
function alnumUpper(raw: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) continue;
    if (c >= 0x80 || (c >= 97 && c <= 122) || plainCode(c) !== c) return alnumUpperByUnit(raw);
    if (i > from) out += raw.slice(from, i);
    from = i + 1;
  }
  if (from === 0) return raw;
  return from < raw.length ? out + raw.slice(from) : out;
}

/** alnumUpper, one unit at a time (exported for the fast path's test). */
export function alnumUpperByUnit(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = plainCode(raw.charCodeAt(i));
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) out += String.fromCharCode(c);
    else if (c >= 97 && c <= 122) out += String.fromCharCode(c - 32);
  }
  return out;
}

/**
 * What a number's masks show of its canonical value: its length, its first
 * three characters and its last two (char codes). readNumberShape fills it.
 */
export const NUMBER_SHAPE = { length: 0, c0: 0, c1: 0, c2: 0, a: 0, b: 0 };

/**
 * The shape of canonicalize(type, text.slice(start, end)) for a number type,
 * read in place: the engine needs only the shape for a number's masks, and a
 * megabyte of OCR-read phones built several strings per finding for the
 * canonical value alone. False, the shape unread, for a value the fast paths
 * of digitsOf and alnumUpper would not take, and for a canonical value of five
 * characters or fewer (masks show it differently): canonicalize then.
 */
export function readNumberShape(type: FindingType, text: string, start: number, end: number): boolean {
  if (type === 'phone' || DIGITS_ONLY.has(type)) return digitShape(type === 'phone', text, start, end);
  if (ALNUM_UPPER.has(type)) return alnumShape(text, start, end);
  return false;
}

/** The char code digitsOf reads for each ASCII unit: its digit, an OCR letter's (OCR_DIGITS), or -1 (dropped). */
const DIGIT_CODE = new Int16Array(128).fill(-1);
for (let c = 48; c <= 57; c++) DIGIT_CODE[c] = c;
for (const [letter, digit] of Object.entries(OCR_DIGITS)) DIGIT_CODE[letter.charCodeAt(0)] = digit.charCodeAt(0);

function digitShape(phone: boolean, text: string, start: number, end: number): boolean {
  let n = 0;
  let d0 = 0;
  let d1 = 0;
  let d2 = 0;
  let d3 = 0;
  let d4 = 0;
  let a = 0;
  let b = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return false;
    const d = DIGIT_CODE[c];
    if (d < 0) continue;
    if (n === 0) d0 = d;
    else if (n === 1) d1 = d;
    else if (n === 2) d2 = d;
    else if (n === 3) d3 = d;
    else if (n === 4) d4 = d;
    a = b;
    b = d;
    n++;
  }
  // phone(): 840… of 12 or 13 digits drops the 84, 84… of 11 or 12 puts a 0 in its place.
  if (phone && d0 === 56 && d1 === 52 && n > 4) {
    if (d2 === 48 && (n === 12 || n === 13)) return shape(n - 2, d2, d3, d4, a, b);
    if (n === 11 || n === 12) return shape(n - 1, 48, d2, d3, a, b);
  }
  return shape(n, d0, d1, d2, a, b);
}

function alnumShape(text: string, start: number, end: number): boolean {
  let n = 0;
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  let a = 0;
  let b = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) {
      if (n === 0) c0 = c;
      else if (n === 1) c1 = c;
      else if (n === 2) c2 = c;
      a = b;
      b = c;
      n++;
    } else if (c >= 0x80 || (c >= 97 && c <= 122) || plainCode(c) !== c) return false;
  }
  return shape(n, c0, c1, c2, a, b);
}

function shape(length: number, c0: number, c1: number, c2: number, a: number, b: number): boolean {
  if (length <= 5) return false;
  NUMBER_SHAPE.length = length;
  NUMBER_SHAPE.c0 = c0;
  NUMBER_SHAPE.c1 = c1;
  NUMBER_SHAPE.c2 = c2;
  NUMBER_SHAPE.a = a;
  NUMBER_SHAPE.b = b;
  return true;
}

/** 0912345678 for every way of writing a Vietnamese phone number. */
function phone(raw: string): string {
  const d = digitsOf(raw);
  if (d.startsWith('840') && (d.length === 12 || d.length === 13)) return d.slice(2);
  if (d.startsWith('84') && (d.length === 11 || d.length === 12)) return `0${d.slice(2)}`;
  return d;
}

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Longest digit part read by numericDate; longer ones go the general way (Number() rounding). */
const MAX_PART = 15;

/** What readNumericParts read last: one object for every call, read at once. */
const PARTS = { count: 0, a: 0, b: 0, c: 0, firstLength: 0, thirdLength: 0 };

/**
 * Reads raw[from, to) as numericDate does, its first three parts and their
 * count into PARTS: false for anything but ASCII digits and separators, or a
 * part too long to read.
 */
function readNumericParts(raw: string, from: number, to: number): boolean {
  let count = 0;
  let a = 0;
  let b = 0;
  let c = 0;
  let firstLength = 0;
  let thirdLength = 0;
  let i = from;
  while (i < to) {
    const code = raw.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      const start = i;
      let v = 0;
      while (i < to && raw.charCodeAt(i) >= 48 && raw.charCodeAt(i) <= 57) v = v * 10 + (raw.charCodeAt(i++) - 48);
      if (i - start > MAX_PART) return false;
      if (count === 0) {
        a = v;
        firstLength = i - start;
      } else if (count === 1) b = v;
      else if (count === 2) {
        c = v;
        thirdLength = i - start;
      }
      count++;
    } else if (code === 47 || code === 46 || code === 45 || code === 32 || code === 44) i++;
    else return false;
  }
  PARTS.count = count;
  PARTS.a = a;
  PARTS.b = b;
  PARTS.c = c;
  PARTS.firstLength = firstLength;
  PARTS.thirdLength = thirdLength;
  return true;
}

/** The year of a day, month and year read into PARTS (a two-digit year in its century). */
function partsYear(): number {
  const { a, c, firstLength, thirdLength } = PARTS;
  if (firstLength === 4) return a;
  return thirdLength === 2 ? c + (c > 30 ? 1900 : 2000) : c;
}

/**
 * date() for a value written with ASCII digits and separators only (no month
 * word to read, nothing to fold): one pass by char code, no regular
 * expression or scan context per finding. Null for anything else, and for
 * one or two parts unless the value is a bare year.
 */
function numericDate(raw: string): string | null {
  if (!readNumericParts(raw, 0, raw.length)) return null;
  const { count, a, b, c, firstLength } = PARTS;
  // An export's compact YYYYMMDD reads as the same date written any other way.
  // (A claim's YYYYMMDDhhmm is the same date at a time of day.)
  if (count === 1 && (firstLength === 8 || firstLength === 12) && raw.length === firstLength) return `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`;
  if (count === 1 && firstLength === raw.length) return raw;
  if (count < 3) return null;
  if (firstLength === 4) return `${a}-${twoDigits(b)}-${twoDigits(c)}`;
  return `${partsYear()}-${twoDigits(b)}-${twoDigits(a)}`;
}

/**
 * The year that canonicalize('date_of_birth', text.slice(start, end)) opens
 * with, read in place, when that value is a numeric date of three parts or
 * more whose year has four digits (its masks show that year alone); -1 for
 * any other value. A column of birth dates otherwise built a slice and a
 * canonical date per finding only for its masks to read the year back
 * (about 9 ms of a megabyte of them).
 */
export function numericDateYear(text: string, start: number, end: number): number {
  if (!readNumericParts(text, start, end) || PARTS.count < 3) return -1;
  const year = partsYear();
  return year >= 1000 && year <= 9999 ? year : -1;
}

/** The general reading of a date (exported for the fast path's test). */
export function dateOfPlain(plain: string): string {
  return date(plain);
}

/** YYYY-MM-DD (or YYYY for a bare birth year) from any written date. */
function date(plain: string): string {
  const parts: string[] = plain.match(/\d+/g) ?? [];
  const lower = plain.toLowerCase();
  const word = /[a-z]{3,9}/.exec(lower);
  const named = word ? monthAt(lower, word.index) : null;
  if (named !== null) {
    const y = parts.find((p) => p.length === 4) ?? '';
    const d = parts.find((p) => p.length <= 2) ?? '';
    return `${y}-${twoDigits(named[0])}-${twoDigits(Number(d))}`;
  }
  const nums = parts.map(Number);
  if (parts.length === 1) return parts[0].length === 8 || parts[0].length === 12 ? `${parts[0].slice(0, 4)}-${parts[0].slice(4, 6)}-${parts[0].slice(6, 8)}` : parts[0];
  if (parts.length < 3) return parts.join('-');
  const [a, b, c] = nums;
  let year: number;
  let month: number;
  let day: number;
  if (parts[0].length === 4) {
    [year, month, day] = [a, b, c];
  } else {
    [day, month, year] = [a, b, c];
    if (parts[2].length === 2) year += year > 30 ? 1900 : 2000;
  }
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

/** 21.0285,105.8542 from decimal or degree-minute-second notation. */
function location(plain: string): string {
  const upper = plain.toUpperCase();
  const values: number[] = [];
  if (upper.includes('°')) {
    const re = /(\d+(?:\.\d+)?)°\s*(?:(\d+(?:\.\d+)?)['′]\s*)?(?:(\d+(?:\.\d+)?)(?:"|″|'')\s*)?([NSEW])?/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(upper)) !== null && values.length < 2) {
      let v = Number(m[1]) + Number(m[2] ?? 0) / 60 + Number(m[3] ?? 0) / 3600;
      if (m[4] === 'S' || m[4] === 'W') v = -v;
      values.push(v);
    }
  } else {
    for (const m of upper.match(/-?\d+(?:\.\d+)?/g) ?? []) values.push(Number(m));
  }
  return values.slice(0, 2).map((v) => v.toFixed(4)).join(',');
}

/** The canonical value of a finding of `type` written as `raw`. */
export function canonicalize(type: FindingType, raw: string): string {
  if (DIGITS_ONLY.has(type)) return digitsOf(raw);
  if (ALNUM_UPPER.has(type)) return alnumUpper(raw);
  switch (type) {
    case 'phone':
      return phone(raw);
    case 'email':
      return createScanContext(raw).folded.trim();
    case 'date_of_birth':
      return numericDate(raw) ?? date(createScanContext(raw).plain);
    case 'location':
      return location(raw.normalize('NFC'));
    case 'credential':
      return raw;
    default:
      return raw.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  }
}

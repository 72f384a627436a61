import type { ScanContext } from './recognizer.ts';
import { groupEnd, groupStart, type NumberRun, type NumberSpan, isDigit, groupSize } from './numbers.ts';

// Things that look like identifiers but never are: money amounts, legal
// document numbers (13/2023/NĐ-CP, 2916/BCA-A05), times and hotlines. The
// structured recognizers ask `neverFinding` before scoring a span.

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 0x7f && c !== 0xa0);
}

function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

/** The letters glued directly before `start` (folded), '' when none. */
export function gluedBefore(ctx: ScanContext, start: number): string {
  const s = ctx.folded;
  let i = start;
  while (i > 0 && start - i < 24 && isLetter(s.charCodeAt(i - 1))) i--;
  return s.slice(i, start);
}

/** Whether a letter touches `start` from before / `end` from after (no slicing). */
export function letterBefore(ctx: ScanContext, start: number): boolean {
  return start > 0 && isLetter(ctx.folded.charCodeAt(start - 1));
}

export function letterAfter(ctx: ScanContext, end: number): boolean {
  return end < ctx.folded.length && isLetter(ctx.folded.charCodeAt(end));
}

/** The letters glued directly after `end` (folded), '' when none. */
export function gluedAfter(ctx: ScanContext, end: number): string {
  const s = ctx.folded;
  let i = end;
  while (i < s.length && i - end < 24 && isLetter(s.charCodeAt(i))) i++;
  return s.slice(end, i);
}

const CURRENCY_AFTER = [
  'd', 'vnd', 'dong', 'usd', 'eur', 'trieu', 'tr', 'nghin', 'ngan', 'ty', 'k', 'dollar', 'yen', 'cny', 'xu',
];
const CURRENCY_SYMBOL_AFTER = new Set(['$', '%', '€', '¥', '₫']);

function wordAt(s: string, i: number): string {
  let j = i;
  while (j < s.length && j - i < 10 && isLetter(s.charCodeAt(j))) j++;
  if (j < s.length && isLetter(s.charCodeAt(j))) return '';
  return s.slice(i, j);
}

/**
 * "1.500.000đ", "2,5 triệu", "15.000.000 VND", "$1,200", "12%" are amounts.
 * With `groupedOk`, thousands grouping alone ("123.456.789") is not enough:
 * a label such as "CMND" outweighs it.
 */
export function isMoney(ctx: ScanContext, span: NumberSpan, groupedOk = false): boolean {
  const s = ctx.folded;
  let i = span.end;
  // A decimal or thousands tail written with a comma ("2,5 triệu", "1,200").
  for (let k = 0; k < 6 && s.charCodeAt(i) === 44 && isDigit(s.charCodeAt(i + 1)); k++) {
    i++;
    while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  }
  if (s.charCodeAt(i) === 32) i++;
  if (CURRENCY_SYMBOL_AFTER.has(s[i] ?? '')) return true;
  const word = wordAt(s, i);
  // "ngàn" (thousand) folds like "ngân" of "ngân hàng" (bank), which follows an account number.
  if (word && CURRENCY_AFTER.includes(word) && !(word === 'ngan' && s.startsWith(' hang', i + 4))) return true;
  let b = span.start;
  if (s.charCodeAt(b - 1) === 32) b--;
  // "$", "₫", "vnd", "usd" right before (read in place: no slice per span).
  const last = b > 0 ? s.charCodeAt(b - 1) : -1;
  if (last === 36 || last === 0x20ab) return true;
  if (b >= 3 && (s.startsWith('vnd', b - 3) || s.startsWith('usd', b - 3))) return true;
  // Thousands grouping: 1–3 digits (not a leading zero), then groups of
  // exactly three joined by dots. Identifiers start with 0 or run solid.
  const run = span.run;
  // ("+84.912.345.678" is an international phone number, grouped as money is.)
  if (!groupedOk && span.g1 > span.g0 && s.charCodeAt(span.start - 1) !== 43) {
    const first = groupEnd(run, span.g0) - groupStart(run, span.g0);
    if (first <= 3 && s.charCodeAt(span.start) !== 48) {
      let grouped = true;
      for (let g = span.g0 + 1; g <= span.g1 && grouped; g++) {
        const joiner = s.slice(groupEnd(run, g - 1), groupStart(run, g));
        grouped = joiner === '.' && groupEnd(run, g) - groupStart(run, g) === 3;
      }
      if (grouped) return true;
    }
  }
  return false;
}

/** 13/2023/NĐ-CP, 123/QĐ-UBND, 2916/BCA-A05 and the parts of such numbers. */
export function isDocumentNumber(ctx: ScanContext, span: NumberSpan): boolean {
  const s = ctx.folded;
  const n = s.length;
  const e = span.end;
  // A list typed with slashes ("Ly Van Phat/0898.217.640/ns 12.8.1979"): a
  // document's code is upper case ("/QĐ-UBND") and its number short.
  const long = span.digits.length >= 9;
  if (s.charCodeAt(e) === 47) {
    const c = s.charCodeAt(e + 1);
    if (isLetter(c)) return !(long && isLowerAt(ctx.plain, e + 1));
    if (isDigit(c)) {
      let j = e + 1;
      while (j < n && isDigit(s.charCodeAt(j))) j++;
      const after = s.charCodeAt(j);
      if (after === 47 || (after === 45 && isLetter(s.charCodeAt(j + 1)))) return true;
    }
  }
  const b = span.start;
  if (s.charCodeAt(b - 1) === 47) {
    let j = b - 1;
    while (j > 0 && isDigit(s.charCodeAt(j - 1))) j--;
    const digitsBefore = b - 1 - j;
    if (digitsBefore > 0 && digitsBefore <= 5) return true;
    if (digitsBefore === 0 && isLetter(s.charCodeAt(b - 2))) return !(long && isLowerAt(ctx.plain, b - 2));
  }
  return false;
}

function isLowerAt(plain: string, i: number): boolean {
  const c = plain.charCodeAt(i);
  return c >= 97 && c <= 122;
}

/** 10:30:45, 2024-05-12T10:30: a number touching a clock. */
export function isTime(ctx: ScanContext, span: NumberSpan): boolean {
  const s = ctx.folded;
  if (s.charCodeAt(span.end) === 58 && isDigit(s.charCodeAt(span.end + 1))) return true;
  // ISO 8601: 2026-11-10T19:17:37Z
  if (s.charCodeAt(span.end) === 116 && isDigit(s.charCodeAt(span.end + 1))) return true;
  if (s.charCodeAt(span.start - 1) === 58 && isDigit(s.charCodeAt(span.start - 2))) return true;
  return false;
}

/** Service lines (1800…, 1900…) are not personal. */
export function isHotline(digits: string): boolean {
  return (digits.startsWith('1800') || digits.startsWith('1900')) && digits.length >= 8 && digits.length <= 10;
}

/** The span is part of a longer alphanumeric code (DH0912345678X, a serial). */
export function insideCode(ctx: ScanContext, span: NumberSpan): boolean {
  const s = ctx.folded;
  return isAlnum(s.charCodeAt(span.end)) && isLetter(s.charCodeAt(span.end)) && isAlnum(s.charCodeAt(span.start - 1));
}

/** 26-05-2020, 2025.07.23, 1990-05-12: a calendar date inside one run. */
export function isDate(ctx: ScanContext, span: NumberSpan): boolean {
  // Checked before anything else: the closures below cost an allocation per
  // call, and nearly every span has another number of groups.
  return span.g1 - span.g0 === 2 && threeGroupDate(ctx, span);
}

function threeGroupDate(ctx: ScanContext, span: NumberSpan): boolean {
  const run = span.run;
  const s = ctx.folded;
  const j1 = s.slice(groupEnd(run, span.g0), groupStart(run, span.g0 + 1));
  const j2 = s.slice(groupEnd(run, span.g0 + 1), groupStart(run, span.g1));
  if (j1 !== j2 || (j1 !== '-' && j1 !== '.')) return false;
  const a = span.g0;
  const b = span.g0 + 1;
  const c = span.g1;
  if (groupSize(run, a) === 4 && groupSize(run, b) <= 2 && groupSize(run, c) <= 2) return inRange(s, run, b, 12) && inRange(s, run, c, 31);
  if (groupSize(run, a) <= 2 && groupSize(run, b) <= 2 && groupSize(run, c) === 4) return inRange(s, run, b, 12) && inRange(s, run, a, 31);
  return false;
}

/** Group g's value is within 1..max (as Number() of its text would read it). */
function inRange(s: string, run: NumberRun, g: number, max: number): boolean {
  const value = Number(s.slice(groupStart(run, g), groupEnd(run, g)));
  return value >= 1 && value <= max;
}

/** Why a span can never be a finding, or null. */
export function neverFinding(ctx: ScanContext, span: NumberSpan, groupedOk = false): string | null {
  // Several recognizers ask about the same span: answer once.
  const cached = groupedOk ? span.guardGrouped : span.guard;
  if (cached !== undefined) return cached;
  const answer = guard(ctx, span, groupedOk);
  // Grouping is read only across groups: a one-group span gets one answer.
  if (span.g1 === span.g0) {
    span.guard = answer;
    span.guardGrouped = answer;
  } else if (groupedOk) span.guardGrouped = answer;
  else span.guard = answer;
  return answer;
}

function guard(ctx: ScanContext, span: NumberSpan, groupedOk: boolean): string | null {
  if (isHotline(span.digits)) return 'hotline';
  if (isMoney(ctx, span, groupedOk)) return 'money';
  if (isDocumentNumber(ctx, span)) return 'document number';
  if (isTime(ctx, span)) return 'time';
  if (isDate(ctx, span)) return 'date';
  return null;
}

import type { Candidate, Recognizer, ScanContext } from '../recognizer.ts';
import { BEFORE_WINDOW, headerHit, keywords, nearestAfter, nearestBefore, negativeKeywords, positiveHit, type ContextHit } from '../context.ts';
import { mayEndWord, type Words } from '../keyword-index.ts';
import { labelsAbsent } from '../label-presence.ts';
import { foldedUnitsOf } from '../scan-context.ts';
import { readTextWords } from '../text-words.ts';
import { hasMarks, originalLower } from '../lexicon/forms.ts';
import { forEachSpan, groupEnd, groupStart, type NumberRun, type NumberSpan } from '../numbers.ts';
import { neverFinding } from '../guards.ts';
import { isLetter } from '../keyword-index.ts';
import { cardScheme } from './payment-card.ts';
import { luhnValid } from '../checksums.ts';
import { isNsnAt } from './phone.ts';
import { candidate, labelOf, labelsPossible, scoreLabelledShared, type ContextRule } from '../span-score.ts';

// Account numbers run from about 8 to 19 digits depending on the bank (a
// 6-digit number beside "tài khoản" is a code sent to it) and have no public
// structure: only banking context (STK, số tài khoản, a bank's
// name) makes a number an account.

export const BANK_NAMES = [
  'vietcombank', 'vcb', 'vietinbank', 'bidv', 'agribank', 'techcombank', 'tcb', 'mb', 'mb bank', 'mbbank', 'ngân hàng quân đội',
  'acb', 'vpbank', 'tpbank', 'sacombank', 'hdbank', 'vib', 'shb', 'msb', 'ocb', 'scb', 'eximbank', 'seabank',
  'lienvietpostbank', 'lpbank', 'nam a bank', 'namabank', 'bac a bank', 'pvcombank', 'abbank', 'kienlongbank',
  'vietabank', 'baoviet bank', 'ncb', 'oceanbank', 'gpbank', 'vietbank', 'dongabank', 'saigonbank', 'timo',
];

const rule: ContextRule = {
  positive: keywords([
    'stk', 'số tài khoản', 'số tk', 'tài khoản', 'tk', 'tài khoản ngân hàng', 'tk ngân hàng', 'chủ tài khoản', 'account',
    'account number', 'acc', 'acct', 'bank account', 'iban', 'số tài khoản thụ hưởng', 'thụ hưởng', 'tài khoản số', 'tài khoản nhận tiền', 'tk nhận tiền', 'stk nhận tiền', 'tk tiền gửi', 'tài khoản tiền gửi',
  ]),
  weak: keywords(['ngân hàng', 'tại nh', 'nh', 'chuyển khoản', 'ck', 'bank', 'chuyển tiền', 'nhận tiền', ...BANK_NAMES]),
  negative: negativeKeywords([
    'số tiền', 'tiền', 'tổng tiền', 'thành tiền', 'amount', 'giá', 'phí', 'số dư', 'sd', 'balance', 'số lượng', 'mức hưởng',
    'mức lương', 'tiền lương', 'lương cơ bản', 'thu nhập', 'hạn mức', 'tổng cộng', 'cộng',
    // An account that is no bank's: a social network's or an e-ID's, and the phone it was opened with.
    'tài khoản facebook', 'tài khoản zalo', 'tài khoản mạng xã hội', 'tài khoản tiktok', 'tài khoản vneid',
    'tài khoản định danh', 'đăng ký tài khoản', 'uid', 'user id',
    // A payee's ID card number on a transfer form, not their account.
    'cccd người thụ hưởng', 'cccd người nhận', 'cccd người nộp', 'cccd chủ tài khoản', 'cmnd người thụ hưởng', 'cmnd người nhận',
  ]),
  boost: 0.42,
  weakBoost: 0.3,
};

/** Round amounts: account numbers almost never end in four zeros. */
function looksLikeAmount(ctx: ScanContext, span: NumberSpan): boolean {
  if (span.digits.endsWith('0000')) return true;
  return span.digits.endsWith('000') && span.g1 > span.g0 && ctx.folded.charCodeAt(groupEnd(span.run, span.g0)) === 46;
}

function tightlyJoined(run: NumberRun, g: number): boolean {
  if (g < 0 || g + 1 >= run.groups) return false;
  return groupStart(run, g + 1) - groupEnd(run, g) === 1;
}

/**
 * A digit between the label and the span: the label names the number after
 * it ("STK 0011004123456; CCCD 001203012345" labels no CCCD).
 */
function digitBetween(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (s.charCodeAt(k) - 48 >>> 0 < 10) return true;
  return false;
}

/**
 * The label's second number, listed right after its first: "2 tài khoản:
 * 8404205127731 và 8404215096642". Between the label's end `from` and the
 * span at `to`: one account-length number, then "và", "hoặc", a comma, a
 * semicolon or a slash. A label claims no number past a second one.
 */
function secondListed(s: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && (s.charCodeAt(i) === 58 || s.charCodeAt(i) === 32)) i++;
  const first = i;
  while (i < to && s.charCodeAt(i) - 48 >>> 0 < 10) i++;
  if (i - first < 8 || i - first > 19 || to - i > 7) return false;
  return isListJoiner(s, i, to);
}
const LIST_JOINERS = [' va ', ' hoac ', ', ', ' , ', '; ', ' / ', '/', ' and ', ' or '];
const LONGEST_JOINER = Math.max(...LIST_JOINERS.map((joiner) => joiner.length));

// One validator text per digit count, built once (not one string per candidate).
const VALIDATOR_BY_LENGTH = Array.from({ length: 20 }, (_, n) => `${n} digits after banking words`);

/**
 * A bank's SMS reference ("Ref MBVCB.8841270553.chuyen tien": a code glued
 * after letters and a dot), an application's code ("#LA-2025-004417": glued
 * after letters and a dash) or a span of years ("(2020–2024)"): no account,
 * whatever banking words stand around it.
 */
function referenceOrRange(folded: string, start: number, end: number): boolean {
  const before = folded.charCodeAt(start - 1);
  if ((before === 46 || before === 45) && isLetter(folded.charCodeAt(start - 2))) return true;
  if (end - start === 9 && folded.charCodeAt(start + 4) === 45) {
    const from = Number(folded.slice(start, start + 4));
    const to = Number(folded.slice(start + 5, end));
    if (from >= 1900 && from < to && to <= 2100) return true;
  }
  return false;
}

const PHONE_SHAPED = 0.55;
const EWALLET = /(?:momo|viettel ?money|zalo ?pay|shopee ?pay|vi dien tu)[^0-9]*$/;

/** A Vietnamese mobile or fixed line written nationally: 0 and a valid NSN. */
function phoneShaped(digits: string): boolean {
  return digits[0] === '0' && isNsnAt(digits, 1);
}

/**
 * "thụ hưởng" (the payee) folds like the given names Thu Hương: "Nguyen Thi
 * Thu Huong⇥Hieu truong⇥0913 245 876" is a teacher's phone. The label counts
 * spelled with its marks, or without them in a text that has none unless
 * written as a name (both words capitalised).
 */
function givenNames(ctx: ScanContext, start: number, label: ContextHit): boolean {
  if (label.word !== 'thu huong') return false;
  const end = start - label.distance;
  const from = end - label.word.length;
  if (from < 0 || !ctx.folded.startsWith(label.word, from)) return false;
  if (hasMarks(ctx)) return originalLower(ctx, from, end) !== 'thụ hưởng';
  const plain = ctx.plain;
  return plain.charCodeAt(from) === 84 && plain.charCodeAt(from + 1) === 104 && plain.charCodeAt(from + 4) === 72 && plain.charCodeAt(from + 5) === 117;
}

/**
 * A bank's SMS masks part of the account ("TK 3600 2051 xxxx", "TK xxxx 2051
 * 3600"): the digits shown are a record mask's, not the account.
 */
function maskedBeside(folded: string, start: number, end: number): boolean {
  let after = end;
  if (folded.charCodeAt(after) === 32) after++;
  let before = start;
  if (folded.charCodeAt(before - 1) === 32) before--;
  return maskRun(folded, after, 1) || maskRun(folded, before - 1, -1);
}

/** Two or more x or * from `i` in direction `step`. */
function maskRun(folded: string, i: number, step: number): boolean {
  let n = 0;
  for (let k = i; k >= 0 && k < folded.length && n < 2; k += step) {
    const c = folded.charCodeAt(k);
    if (c !== 120 && c !== 42) break;
    n++;
  }
  return n >= 2;
}

/**
 * Whether labelOf's label, whatever it is, turns the span away, told without
 * reading its window (a line of "STK 0011…; CCCD 0012…, SĐT 0912…" looked up
 * "STK" again for each number after its own). In a text with no weak word
 * (`u` its units), no label after the span and none in its column header,
 * the label is the positive word nearest before it or none: when no word
 * that may end one ends between the last digit before the span and the
 * span, that word (if any) has a digit between, and unless the gap is a
 * list joiner secondListed cannot hold; a span without one has no label.
 */
export function labelTurnsAway(ctx: ScanContext, u: Uint16Array, start: number, end: number): boolean {
  // The last digit within the window before the span (none: the whole window is the gap).
  let last = start - 1;
  const stop = Math.max(0, start - BEFORE_WINDOW);
  while (last >= stop && !(u[last] - 48 >>> 0 < 10)) last--;
  if (last >= stop && isListJoiner(ctx.folded, last + 1, start)) return false;
  if (labelEndBefore(ctx, start) > last) return false;
  return nearestAfter(ctx, rule.positive, end) === null && headerHit(ctx, rule.positive, start) === null;
}

// The text's words as a scan's spans read them, in text order: the next one
// to pass, and the end of the last passed that may end a positive word.
const passed = { words: null as Words | null, ctx: null as ScanContext | null, next: 0, labelEnd: -1, pos: -1 };

/**
 * The end of the last word of the text ending at or before `pos` that may
 * end a positive word (-1 for none). Spans come in text order: a pointer
 * moves over the words once per scan instead of a look back per span.
 */
function labelEndBefore(ctx: ScanContext, pos: number): number {
  if (passed.ctx !== ctx || pos < passed.pos) {
    passed.words = readTextWords(ctx);
    passed.ctx = ctx;
    passed.next = 0;
    passed.labelEnd = -1;
  }
  passed.pos = pos;
  const w = passed.words!;
  const index = rule.positive.index;
  let k = passed.next;
  while (k < w.count && w.end[k] <= pos) {
    if (mayEndWord(index, w.hash[k])) passed.labelEnd = w.end[k];
    k++;
  }
  passed.next = k;
  return passed.labelEnd;
}

// Tests only: read every span's label (labelTurnsAway not asked).
let askLabelFirst = true;
export function readEveryLabelForTests(on: boolean): void {
  askLabelFirst = !on;
}

/** Whether s[from, to) is one of LIST_JOINERS (compared in place: a slice per span was garbage on a line of labelled numbers). */
function isListJoiner(s: string, from: number, to: number): boolean {
  if (to - from > LONGEST_JOINER) return false;
  for (const joiner of LIST_JOINERS) if (joiner.length === to - from && s.startsWith(joiner, from)) return true;
  return false;
}

/** No banking word before the span or in its column's header: its label, if any, follows it. */
function labelAfterOnly(ctx: ScanContext, start: number): boolean {
  return nearestBefore(ctx, rule.positive, start) === null && headerHit(ctx, rule.positive, start) === null;
}

function find(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  if (!labelsPossible(ctx, rule)) return out;
  // Units for labelTurnsAway, only in a text with no weak word (short texts: never).
  const u = askLabelFirst && labelsAbsent(ctx, rule.weak!) ? foldedUnitsOf(ctx) : null;
  forEachSpan(ctx, 8, 19, (span) => {
    // Every guard below only rules a span out, as this does.
    if (u !== null && labelTurnsAway(ctx, u, span.start, span.end)) return;
    if (looksLikeAmount(ctx, span) || referenceOrRange(ctx.folded, span.start, span.end) || maskedBeside(ctx.folded, span.start, span.end)) return;
    // Grouped digits ("9704 3612 3456 7891") are one number: an account is the
    // whole group sequence, never a slice of it.
    if (tightlyJoined(span.run, span.g0 - 1) || tightlyJoined(span.run, span.g1)) return;
    // A card number is a card even beside a bank's name.
    const scheme = cardScheme(span.digits);
    if (span.digits.startsWith('9704') || (scheme !== null && span.digits.length >= 16 && luhnValid(span.digits))) return;
    // The label before the guards: every check here only rules a span out,
    // and on a megabyte of plates or codes with no banking word anywhere the
    // look-up answers at once while the guards read every span.
    let label = labelOf(ctx, span.start, span.end, rule);
    if (label && givenNames(ctx, span.start, label)) label = rule.weak && positiveHit(ctx, span.start, span.end, rule.weak) !== null ? null : undefined;
    if (label === undefined || (label !== null && digitBetween(ctx.folded, span.start - label.distance, span.start) && !secondListed(ctx.folded, span.start - label.distance, span.start))) return;
    // A label outweighs thousands-style grouping ("617.519.586.478"), not a currency.
    if (neverFinding(ctx, span, true) !== null) return;
    // Shared with the next span's: changed and copied into the candidate before then.
    const scored = scoreLabelledShared(ctx, span.start, span.end, 0.5, rule, label);
    if (!scored.supported) return;
    // A phone number's shape beside banking words only ("…chuyển tiền. Hỗ trợ: 024 3768 9679"), or
    // an e-wallet's account, which is its phone number ("TK ViettelMoney 0389114725"): the phone's.
    // So is one whose banking word only follows it ("gọi anh Tuấn số 0912 486 330 xin lại STK").
    if (phoneShaped(span.digits) && (label === null || EWALLET.test(ctx.folded.slice(Math.max(0, span.start - 24), span.start)) || labelAfterOnly(ctx, span.start))) {
      scored.score = Math.min(scored.score, PHONE_SHAPED);
      scored.context = [...scored.context, '-a phone number\'s shape'];
      // The wallet's label claims no number: the phone reading, by its score, does.
      scored.distance = undefined;
    }
    out.push(candidate('bank_account', span.start, span.end, scored, 'bank_account.context', VALIDATOR_BY_LENGTH[span.digits.length]));
  });
  // The text is let go with its scan.
  passed.ctx = null;
  passed.words = null;
  return out;
}

export const bankAccount: Recognizer = {
  id: 'bank_account',
  types: ['bank_account'],
  contextWords: [...rule.positive.words, ...(rule.weak?.words ?? [])],
  negativeContextWords: rule.negative.words,
  find,
};

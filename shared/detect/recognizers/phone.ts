import type { Candidate, Recognizer, ScanContext } from '../recognizer.ts';
import { keywords, negativeKeywords } from '../context.ts';
import { foldText } from '../scan-context.ts';
import { forEachSpan, splitsGroupedNumber, type NumberSpan } from '../numbers.ts';
import { neverFinding } from '../guards.ts';
import { candidate, scoreSpanShared, wordless, type ContextRule } from '../span-score.ts';
import { officeOfLine } from './address-owner.ts';

// Vietnamese numbers after the trunk 0 or +84 (the national significant number,
// NSN). Mobile: 9 digits with the prefixes allocated since the 2018 conversion
// (03x Viettel, 05x Vietnamobile/Gmobile, 07x MobiFone, 08x, 09x). Fixed lines:
// 10 digits starting with a 2xx area code. 1800/1900 service lines never
// start this way, so they are never phones.

// Prefixes by value: read from the digits in place, not sliced and hashed per number.
const MOBILE_2 = new Set([
  30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 56, 58, 59, 70, 76, 77, 78, 79, 81, 82, 83, 84, 85, 86, 87, 88, 90, 91, 92, 93, 94, 95, 96, 97, 98,
]);
const MOBILE_3 = new Set([522, 523, 528, 896, 897, 898, 899, 990, 991, 993, 994, 995, 996, 997, 998, 999]);

/** Second and third digit of fixed-line area codes 2xx, per the numbering plan. */
const AREA: Record<string, string> = {
  '0': '3456789', '1': '012345689', '2': '01256789', '3': '23456789', '4': '2345678', '5': '12456789',
  '6': '01239', '7': '01234567', '8': '2345679', '9': '01234679',
};

/** The value of the `n` digits of `d` from `k`. */
function valueAt(d: string, k: number, n: number): number {
  let v = 0;
  for (let i = k; i < k + n; i++) v = v * 10 + d.charCodeAt(i) - 48;
  return v;
}

/** Whether the digits of `d` from `k` on are a mobile NSN. */
function mobileAt(d: string, k: number): boolean {
  return d.length - k === 9 && (MOBILE_2.has(valueAt(d, k, 2)) || MOBILE_3.has(valueAt(d, k, 3)));
}

function landlineAt(d: string, k: number): boolean {
  return d.length - k === 10 && d[k] === '2' && (AREA[d[k + 1]] ?? '').includes(d[k + 2]);
}

export const isMobileNsn = (nsn: string) => mobileAt(nsn, 0);
export const isLandlineNsn = (nsn: string) => landlineAt(nsn, 0);
/** Whether digits[k…] is a mobile or a fixed line's NSN, read in place (no slice per number). */
export const isNsnAt = (digits: string, k: number) => mobileAt(digits, k) || landlineAt(digits, k);

// Other types' labels: one claims the number it labels, not one a clause further on.
const OTHER_LABELS = ['mã số thuế', 'mst', 'mã số bhxh', 'mã bhxh', 'số bhxh', 'sổ bhxh', 'số cccd', 'cccd', 'cmnd', 'số định danh', 'gplx', 'số tài khoản', 'stk', 'số thẻ', 'hộ chiếu'];

const rule: ContextRule = {
  positive: keywords([
    'số điện thoại', 'điện thoại', 'sđt', 'sdt', 'đt', 'dt', 'đtdđ', 'di động', 'didong', 'số máy', 'liên hệ', 'lh',
    'zalo', 'mobile', 'phone', 'tel', 'cell', 'fax', 'gọi', 'call', 'hotline cá nhân', 'số đt', 'điện thoại di động',
    'phone number', 'contact', 'whatsapp', 'viber',
  ]),
  // Another type's label right before the number claims it ("Mã số thuế
  // 0312100220" is a tax code even with a wrong check digit, not a phone).
  negative: negativeKeywords([
    'tổng đài', 'cskh', 'chăm sóc khách hàng', ...OTHER_LABELS, 'id phòng', 'meeting id', 'id cuộc họp', 'mã cuộc họp', 'zoom id', 'id zoom',
    // An office's line: a hotline, the duty phone.
    'đường dây nóng', 'hotline', 'điện thoại trực', 'số điện thoại trực', 'trực ban', 'số trực', 'thường trực', 'điện thoại thường trực',
  ]),
  boost: 0.15,
  claims: new Set(OTHER_LABELS.map(foldText)),
  claimReach: 24,
};

function prefixStart(s: string, start: number): number {
  let p = start;
  if (s.charCodeAt(p - 1) === 43) p--; // +
  if (s.charCodeAt(p - 1) === 40) p--; // (
  return p;
}

// The four validator texts, built once (not one string per candidate).
const MOBILE_NATIONAL = 'mobile prefix valid, national form';
const MOBILE_INTERNATIONAL = 'mobile prefix valid, international form';
const FIXED_NATIONAL = 'fixed-line area code valid, national form';
const FIXED_INTERNATIONAL = 'fixed-line area code valid, international form';

const OFFICE_LINE = 0.45;

function find(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  const quiet = wordless(ctx, rule);
  forEachSpan(ctx, 10, 13, (span) => {
    const d = span.digits;
    // Where the NSN starts: after the trunk 0, or after 84 ("+84 (0) 912 345 678" keeps the trunk zero in parentheses).
    const k = d[0] === '0' ? 1 : d.startsWith('840') && d.length >= 12 ? 3 : d.startsWith('84') ? 2 : 0;
    if (k === 0) {
      foreign(ctx, span, quiet, out);
      return;
    }
    const national = k === 1;
    const mobile = mobileAt(d, k);
    if (!mobile && !landlineAt(d, k)) return;
    if (neverFinding(ctx, span) !== null) return;
    const start = prefixStart(ctx.folded, span.start);
    // "84…" without "+" is more often part of a longer code than a phone.
    const bare84 = !national && ctx.folded.charCodeAt(span.start - 1) !== 43;
    const split = splitsGroupedNumber(ctx, span);
    const base = (mobile ? 0.85 : 0.75) - (bare84 ? 0.15 : 0) - (split ? 0.2 : 0);
    // Shared with the next span's: read, and copied into the candidate, before then.
    const scored = scoreSpanShared(ctx, start, span.end, base, rule, quiet);
    const validator = mobile ? (national ? MOBILE_NATIONAL : MOBILE_INTERNATIONAL) : national ? FIXED_NATIONAL : FIXED_INTERNATIONAL;
    // A fixed line an office answers is no one's personal data: "Phòng Quản lý
    // Văn hóa, điện thoại 0219…", a letterhead's "Điện thoại:". A mobile is a
    // person's, whoever it is listed for.
    if (!mobile && scored.score > OFFICE_LINE) {
      const office = officeOfLine(ctx, start);
      if (office !== null) {
        scored.score = OFFICE_LINE;
        scored.context = [...scored.context, `-an office's line: ${office}`];
      }
    }
    out.push(candidate('phone', start, span.end, scored, mobile ? 'phone.mobile' : 'phone.landline', validator));
  });
  return out;
}

const FOREIGN = 'international form, another country';
const FOREIGN_BASE = 0.5;

/**
 * A foreign guest's or a worker abroad's number, "+60 12-417 5093",
 * "+44 7700 914 352": after "+", a country code other than Viet Nam's, and
 * only under a phone label (no numbering plan is checked, so the label is
 * the evidence).
 */
function foreign(ctx: ScanContext, span: NumberSpan, quiet: boolean, out: Candidate[]): void {
  if (quiet || ctx.folded.charCodeAt(span.start - 1) !== 43 || span.digits[0] === '0') return;
  if (neverFinding(ctx, span) !== null) return;
  const start = span.start - 1;
  const scored = scoreSpanShared(ctx, start, span.end, FOREIGN_BASE, rule, quiet);
  if (!scored.supported) return;
  out.push(candidate('phone', start, span.end, scored, 'phone.foreign', FOREIGN));
}

export const phone: Recognizer = {
  id: 'phone',
  types: ['phone'],
  contextWords: rule.positive.words,
  negativeContextWords: rule.negative.words,
  find,
};

import type { Candidate, Recognizer, ScanContext } from '../recognizer.ts';
import { keywords, negativeKeywords } from '../context.ts';
import { forEachSpan, groupSizes, type NumberSpan } from '../numbers.ts';
import { neverFinding } from '../guards.ts';
import { luhnValid } from '../checksums.ts';
import { candidate, scoreSpan, type ContextRule } from '../span-score.ts';

// Card numbers: 13–19 digits under a known issuer prefix, passing Luhn.
// NAPAS domestic cards (9704…) are not all confirmed to use Luhn, so one that
// fails it still counts when a card label stands beside it.

/** The number the first `k` characters of `d` write, or NaN if one is not a digit (read in place, no slice). */
function leading(d: string, k: number): number {
  let v = 0;
  for (let i = 0; i < k; i++) {
    const c = d.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return Number.NaN;
    v = v * 10 + c;
  }
  return v;
}

/** The issuer of a card number `d` (digits only), or null. */
export function cardScheme(d: string): string | null {
  const n = d.length;
  // Every scheme below has 13–19 digits: shorter numbers (most spans) need no prefix read.
  if (n < 13 || n > 19) return null;
  const p2 = leading(d, 2);
  const p4 = leading(d, 4);
  if (d.startsWith('9704') && (n === 16 || n === 19)) return 'NAPAS';
  if (d[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'Visa';
  if (n === 16 && ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720))) return 'Mastercard';
  if (n >= 16 && n <= 19 && p4 >= 3528 && p4 <= 3589) return 'JCB';
  if (n === 15 && (p2 === 34 || p2 === 37)) return 'American Express';
  if (n >= 16 && n <= 19 && p2 === 62) return 'UnionPay';
  if (n >= 16 && n <= 19 && (d.startsWith('6011') || p2 === 65)) return 'Discover';
  return null;
}

/** Cards are written solid or in fours (the last group shorter), Amex 4-6-5. */
function cardGrouping(span: NumberSpan): boolean {
  const sizes = groupSizes(span);
  if (sizes.length === 1) return true;
  if (sizes.join('-') === '4-6-5') return true;
  return sizes.every((n, i) => n === 4 || (i === sizes.length - 1 && n < 4));
}

const rule: ContextRule = {
  positive: keywords([
    'thẻ', 'số thẻ', 'thẻ atm', 'atm', 'thẻ tín dụng', 'thẻ ghi nợ', 'card', 'card number', 'credit card', 'debit card',
    'visa', 'mastercard', 'master card', 'jcb', 'napas', 'số thẻ ngân hàng', 'cvv', 'hạn thẻ',
  ]),
  negative: negativeKeywords(),
  boost: 0.1,
};

function find(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  forEachSpan(ctx, 13, 19, (span) => {
    const scheme = cardScheme(span.digits);
    if (scheme === null) return;
    if (neverFinding(ctx, span) !== null) return;
    if (!cardGrouping(span)) return;
    const luhn = luhnValid(span.digits);
    if (!luhn && scheme !== 'NAPAS') return;
    // 13-digit Visa numbers are long retired: only a card label makes one.
    const weak = !luhn || span.digits.length === 13 || scheme === 'American Express';
    const scored = scoreSpan(ctx, span.start, span.end, weak ? 0.45 : 0.9, { ...rule, boost: weak ? 0.35 : 0.1 });
    if (weak && !scored.supported) return;
    out.push(candidate('payment_card', span.start, span.end, scored, 'payment_card.luhn', `${scheme} prefix, ${luhn ? 'Luhn ok' : 'Luhn not met'}`));
  });
  return out;
}

export const paymentCard: Recognizer = {
  id: 'payment_card',
  types: ['payment_card'],
  contextWords: rule.positive.words,
  negativeContextWords: rule.negative.words,
  find,
};

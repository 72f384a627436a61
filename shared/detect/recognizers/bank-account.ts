import type { Candidate, Recognizer, ScanContext } from '../recognizer.ts';
import { keywords, negativeKeywords } from '../context.ts';
import { forEachSpan } from '../numbers.ts';
import { neverFinding } from '../guards.ts';
import { candidate, scoreSpan, type ContextRule } from '../span-score.ts';

// Account numbers run from about 6 to 19 digits depending on the bank and have
// no public structure: only banking context (STK, số tài khoản, a bank's
// name) makes a number an account.

export const BANK_NAMES = [
  'vietcombank', 'vcb', 'vietinbank', 'bidv', 'agribank', 'techcombank', 'tcb', 'mb bank', 'mbbank', 'ngân hàng quân đội',
  'acb', 'vpbank', 'tpbank', 'sacombank', 'hdbank', 'vib', 'shb', 'msb', 'ocb', 'scb', 'eximbank', 'seabank',
  'lienvietpostbank', 'lpbank', 'nam a bank', 'namabank', 'bac a bank', 'pvcombank', 'abbank', 'kienlongbank',
  'vietabank', 'baoviet bank', 'ncb', 'oceanbank', 'gpbank', 'vietbank', 'dongabank', 'saigonbank', 'timo',
];

const rule: ContextRule = {
  positive: keywords([
    'stk', 'số tài khoản', 'số tk', 'tài khoản', 'tk', 'tài khoản ngân hàng', 'tk ngân hàng', 'ngân hàng', 'chuyển khoản',
    'ck', 'chủ tài khoản', 'account', 'account number', 'acc', 'acct', 'bank account', 'bank', 'iban', 'số tài khoản thụ hưởng',
    'thụ hưởng', ...BANK_NAMES,
  ]),
  negative: negativeKeywords([
    'số tiền', 'tiền', 'tổng tiền', 'thành tiền', 'amount', 'giá', 'phí', 'số dư', 'balance', 'nội dung', 'số lượng',
  ]),
  boost: 0.42,
};

function find(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  forEachSpan(ctx, 6, 19, (span) => {
    if (neverFinding(ctx, span) !== null) return;
    const scored = scoreSpan(ctx, span.start, span.end, 0.5, rule);
    if (!scored.supported) return;
    out.push(candidate('bank_account', span.start, span.end, scored, 'bank_account.context', `${span.digits.length} digits after banking words`));
  });
  return out;
}

export const bankAccount: Recognizer = {
  id: 'bank_account',
  types: ['bank_account'],
  contextWords: rule.positive.words,
  negativeContextWords: rule.negative.words,
  find,
};

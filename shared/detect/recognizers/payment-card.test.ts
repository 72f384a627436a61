import { describe, expect, it } from 'vitest';
import { expectFound, expectNotFound, type Row } from '../testing.ts';
import { cardScheme } from './payment-card.ts';

const positives: Row[] = [
  ['Số thẻ: 4111 1111 1111 1111', '4111 1111 1111 1111'],
  ['the tin dung 5555555555554444', '5555555555554444'],
  ['JCB 3530-1113-3330-0000', '3530-1113-3330-0000'],
  ['Thẻ ATM Vietcombank 9704 3612 3456 7891', '9704 3612 3456 7891'],
  ['card 4111111111111111 exp 12/27', '4111111111111111'],
];

const negatives: Row[] = [
  ['Số thẻ 4111 1111 1111 1112', '4111 1111 1111 1112'],
  ['mã vận đơn 4111111111111111', '4111111111111111'],
  ['số 1234567812345670', '1234567812345670'],
  ['timestamp 1716182400000', '1716182400000']
];

describe('payment_card', () => {
  it.each(positives)('finds %s', (text, value) => expectFound('payment_card', [text, value]));
  it.each(negatives)('does not report %s', (text, value) => expectNotFound('payment_card', [text, value]));
});

// The prefix reading as it was before cardScheme read prefixes in place:
// Number() of sliced prefixes, null outside 13-19 digits.
function reference(d: string): string | null {
  const n = d.length;
  if (n < 13 || n > 19) return null;
  const p2 = Number(d.slice(0, 2));
  const p4 = Number(d.slice(0, 4));
  if (d.startsWith('9704') && (n === 16 || n === 19)) return 'NAPAS';
  if (d[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'Visa';
  if (n === 16 && ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720))) return 'Mastercard';
  if (n >= 16 && n <= 19 && p4 >= 3528 && p4 <= 3589) return 'JCB';
  if (n === 15 && (p2 === 34 || p2 === 37)) return 'American Express';
  if (n >= 16 && n <= 19 && p2 === 62) return 'UnionPay';
  if (n >= 16 && n <= 19 && (d.startsWith('6011') || p2 === 65)) return 'Discover';
  return null;
}

describe('cardScheme', () => {
  it('answers as the prefix reading did for every length (the early return for other lengths)', () => {
    const prefixes = ['9704', '4', '51', '55', '2221', '2720', '3528', '3589', '34', '37', '62', '6011', '65', '0', '1'];
    for (const prefix of prefixes) {
      for (let n = 1; n <= 22; n++) {
        const d = (prefix + '1234567890123456789012').slice(0, n);
        expect(cardScheme(d), d).toBe(reference(d));
      }
    }
  });
});

describe('cardScheme prefixes read in place', () => {
  it('names the scheme the sliced prefixes name, on generated digit strings', () => {
    const prefixes = ['9704', '4', '51', '55', '56', '2221', '2720', '2721', '3528', '3589', '34', '37', '62', '6011', '65', '0', '1'];
    let seed = 11;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let k = 0; k < 20000; k++) {
      let d = prefixes[next(prefixes.length)];
      const length = 11 + next(10);
      while (d.length < length) d += String(next(10));
      expect(cardScheme(d), d).toBe(reference(d));
    }
  });
});

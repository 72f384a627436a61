// The card's number as OCR reads it: 12 digits (CCCD / Căn cước personal ID,
// first three a birth-province code) or 9 (old CMND), with the letters OCR
// puts in place of digits read back as digits (O→0, I/l/|→1, S→5, B→8) and a
// stray space tolerated.
import { CCCD_PROVINCE_CODES } from '../provinces.ts';

const AS_DIGIT: Record<string, string> = { O: '0', o: '0', D: '0', Q: '0', I: '1', l: '1', '|': '1', i: '1', S: '5', s: '5', B: '8', Z: '2', z: '2', G: '6' };

export interface CardNumber {
  start: number;
  end: number;
  digits: string;
  kind: 'cccd' | 'cmnd';
}

function digitOf(ch: string): string | null {
  if (ch >= '0' && ch <= '9') return ch;
  return AS_DIGIT[ch] ?? null;
}

/** Digit-like runs (a single space or dot inside allowed), read as digits. */
export function findCardNumbers(text: string): CardNumber[] {
  const out: CardNumber[] = [];
  let i = 0;
  while (i < text.length) {
    if (!(text[i] >= '0' && text[i] <= '9')) {
      i++;
      continue;
    }
    // Extend left over confusable letters glued to the first real digit.
    let start = i;
    while (start > 0 && digitOf(text[start - 1]) !== null) start--;
    // Glued to a word ("SO025…"): those letters were letters.
    if (start > 0 && /\p{L}/u.test(text[start - 1])) start = i;
    let digits = '';
    let real = 0;
    let j = start;
    let end = start;
    while (j < text.length) {
      const d = digitOf(text[j]);
      if (d !== null) {
        digits += d;
        if (text[j] >= '0' && text[j] <= '9') real++;
        j++;
        end = j;
        continue;
      }
      if ((text[j] === ' ' || text[j] === '.') && j + 1 < text.length && digitOf(text[j + 1]) !== null && digits.length < 12) {
        j++;
        continue;
      }
      break;
    }
    // At least half real digits: a word of O and l is not a number.
    if (real * 2 >= digits.length) {
      if (digits.length === 12 && CCCD_PROVINCE_CODES.has(digits.slice(0, 3))) out.push({ start, end, digits, kind: 'cccd' });
      else if (digits.length === 9) out.push({ start, end, digits, kind: 'cmnd' });
    }
    i = Math.max(end, i + 1);
  }
  return out;
}

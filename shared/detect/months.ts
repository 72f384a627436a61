import { isLetter as isLower } from './keyword-index.ts';
// English month names in dates ("12 May 1990", "May 12, 1990", "3-Jan-1985"),
// matched on folded text. Shared by the digit-run scanner (which keeps a short
// number beside a month) and the date-of-birth recognizer.
const SHORT = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

// Month number + 1 by the code of a word's first three letters, 0 for none:
// the check made for every short number beside a word reads three
// characters and one table entry, and slices no string.
const BY_PREFIX = new Int8Array(26 * 26 * 26);

function prefixCode(s: string, i: number): number {
  return ((s.charCodeAt(i) - 97) * 26 + (s.charCodeAt(i + 1) - 97)) * 26 + (s.charCodeAt(i + 2) - 97);
}

SHORT.forEach((w, m) => {
  BY_PREFIX[prefixCode(w, 0)] = m + 1;
});

/** The month word starting at `i` (full name, 3-letter or "sept"): [month 1–12, length] or null. */
export function monthAt(s: string, i: number): [number, number] | null {
  if (i > 0 && isLower(s.charCodeAt(i - 1))) return null;
  let j = i;
  while (j < s.length && j - i < 10 && isLower(s.charCodeAt(j))) j++;
  const length = j - i;
  if (length < 3 || length > 9) return null;
  const m = BY_PREFIX[prefixCode(s, i)] - 1;
  if (m < 0) return null;
  const full = FULL[m];
  const named = length === 3 || (length === full.length && s.startsWith(full, i)) || (length === 4 && s.startsWith('sept', i));
  return named ? [m + 1, length] : null;
}

/** The month word ending one space before `pos` ("May 12"): [month 1–12, its start] or null. */
export function monthBefore(s: string, pos: number): [number, number] | null {
  const end = pos - 1;
  if (s.charCodeAt(end) !== 32) return null;
  let a = end;
  while (a > 0 && end - a < 10 && isLower(s.charCodeAt(a - 1))) a--;
  const month = monthAt(s, a);
  return month !== null && a + month[1] === end ? [month[0], a] : null;
}

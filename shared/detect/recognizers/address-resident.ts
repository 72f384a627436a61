import type { Candidate, ScanContext } from '../recognizer.ts';
import { isAddressLabel, residenceLabel } from './address.ts';
import { atFirstScan } from '../first-scan.ts';
import { asciiUnitsOf, foldedUnitsOf, foldText, plainUnitsOf } from '../scan-context.ts';
import { wordIndex } from '../lexicon/word-index.ts';
import { keepFor, keptFor, scanCache } from '../scan-cache.ts';
import { IntTable, intSet } from '../lexicon/int-table.ts';
import { hashOf } from '../word-hash.ts';
import { ADDRESS_UNITS } from '../lexicon/admin-units.ts';
import { isDigitCode, isUpperCode, isWordCode, WORD_CODE, wordHashBefore, wordsBefore } from '../lexicon/words.ts';
import { someoneNear } from './topics/identifiable.ts';
import { DWELLERS } from './address-row.ts';

/**
 * Whether an address points at someone who lives there, in a text that names
 * no one (no name, number or e-mail): a power cut's streets, a land-price
 * table, a how-to's example address or a crime scene in the news are places,
 * not anyone's home. Kept: the whole text being the address (a pasted
 * field), a residence label ("thường trú", "nơi ở"), a house ("nhà số 15
 * ngõ 8"), a dweller ("nhà Hải ở", "tôi ở"), or a person the text points at
 * nearby (the writer, "chị ấy", "chị Trang").
 */
export function pointsAtResident(ctx: ScanContext, c: Candidate): boolean {
  const { folded } = ctx;
  if (wholeText(ctx, c.start, c.end)) return true;
  if (residenceLabel(ctx, c.start) !== null) return true;
  // The words before are read only after one of those below (the nearest word's hash tells; an array and its strings per address cost a line of them more).
  if (HOUSE_WORDS.has(wordHashBefore(folded, c.start))) {
    const before = wordsBefore(folded, c.start, 3);
    const last = before[before.length - 1];
    // "nhà số 15", "nha so 22": a household.
    if (last === 'nha' || (last === 'so' && before[before.length - 2] === 'nha')) return true;
    if ((last === 'o' || last === 'tru' || last === 'ngu') && dwellerBefore(ctx, c.start, before[before.length - 2])) return true;
  }
  if (folded.startsWith('nha so ', c.start)) return true;
  return someoneNear(ctx, c.start, c.end);
}

/** The hashes of the words that, nearest before an address, may say someone lives there (pointsAtResident). */
const HOUSE_WORDS = intSet(['nha', 'so', 'o', 'tru', 'ngu'].map((word) => hashOf(word, 0, word.length)));

// The words an address is made of, one by one ("thi", "xa", "p", "tp"): around
// the span only these, names and numbers may stand for the text to be an
// address and nothing else.
let UNIT_WORDS = new Set<string>();
// The same by hash, each compared in place (the Set alone took a slice of
// every lower-case word of the text, once per scan: a line of addresses
// holds three a unit).
let UNIT_WORD_LIST: string[] = [];
let UNIT_WORD_NUMBERS = new IntTable([]);
atFirstScan(() => {
  UNIT_WORDS = new Set(ADDRESS_UNITS.flatMap((u) => u.forms.flatMap((f) => foldText(f).split(/[ -]/))));
  UNIT_WORD_LIST = [...UNIT_WORDS];
  UNIT_WORD_NUMBERS = new IntTable(UNIT_WORD_LIST.map((word, k) => [hashOf(word, 0, word.length), k] as const));
});

/** Whether every unit's word is letters a–z alone (firstOtherIndexed reads a word with a digit as none). */
export function unitWordsAreLetters(): boolean {
  return UNIT_WORD_LIST.length > 0 && UNIT_WORD_LIST.every((word) => /^[a-z]+$/.test(word));
}

/** Whether folded[start, end) is one of UNIT_WORDS. */
function isUnitWord(folded: string, start: number, end: number): boolean {
  return unitWordOfHash(folded, start, end, hashOf(folded, start, end));
}

/** isUnitWord of a word whose hashOf is `h`. */
function unitWordOfHash(folded: string, start: number, end: number, h: number): boolean {
  const k = UNIT_WORD_NUMBERS.get(h);
  if (k < 0) return false;
  const word = UNIT_WORD_LIST[k];
  // (Two words of one hash: the table holds the later, the set both.)
  return (word.length === end - start && folded.startsWith(word, start)) || UNIT_WORDS.has(folded.slice(start, end));
}

/**
 * The text is the address: around the span only the address's other parts
 * (capitalised names, numbers, unit words, however the recognizer cut them:
 * "…, Đ. Trần Phú, P.Lạch Tray, HP"), its label maybe before it. A pasted field.
 */
function wholeText(ctx: ScanContext, start: number, end: number): boolean {
  return (addressWordsBefore(ctx, start) || onlyLabelBefore(ctx.folded, start)) && addressWordsAfter(ctx, end);
}

/**
 * Where the text's first word other than an address's starts (its length
 * when there is none), and where its last one starts (-1): found once per
 * scan. Asked at every candidate, reading the text before and after each
 * cost a line of addresses quadratic time (1 MB of "thôn Đông xã Tân Lập
 * huyện Đan Phượng, " took 55 s).
 */
interface OtherWords {
  first: number;
  last: number;
}
const otherWordsCache = scanCache<OtherWords>();

function otherWordsOf(ctx: ScanContext): OtherWords {
  return keptFor(otherWordsCache, ctx) ?? keepFor(otherWordsCache, ctx, { first: -2, last: -2 });
}

function insideWord(folded: string, i: number): boolean {
  return i > 0 && isWordCode(folded.charCodeAt(i - 1)) && isWordCode(folded.charCodeAt(i));
}

/**
 * Whether folded[0, to) holds only an address's words. A bound inside a
 * word ("Tân61", a house number glued on) reads that word's head as a word
 * of its own; the words before it are the scan's whole words, answered by
 * the first other one (read from the text's start per candidate, a text of
 * such addresses took quadratic time: 13 s for 400 kB).
 */
function addressWordsBefore(ctx: ScanContext, to: number): boolean {
  const { folded } = ctx;
  const first = firstOtherOf(ctx);
  if (!insideWord(folded, to)) return first >= to;
  const head = wordStartBefore(folded, to);
  return first >= head && addressWord(ctx, head, to);
}

/** The same of folded[from, end), a bound inside a word reading that word's tail. */
function addressWordsAfter(ctx: ScanContext, from: number): boolean {
  const { folded } = ctx;
  const other = otherWordsOf(ctx);
  // A text with no other word from its start has none from its end either (read twice, a text of addresses alone cost two passes).
  if (other.last === -2) other.last = firstOtherOf(ctx) === folded.length ? -1 : lastOtherWord(ctx);
  // (Inside a word, the last other word starting before `from` is at most that word.)
  return other.last < from && (!insideWord(folded, from) || addressWord(ctx, from, wordEndAfter(folded, from)));
}

function firstOtherOf(ctx: ScanContext): number {
  const other = otherWordsOf(ctx);
  if (other.first === -2) other.first = firstOtherWord(ctx);
  return other.first;
}

/** The start of the word (as otherWordIn reads words) holding folded[pos − 1]. */
function wordStartBefore(folded: string, pos: number): number {
  let i = pos;
  while (i > 0 && isWordCode(folded.charCodeAt(i - 1))) i--;
  return i;
}

function wordEndAfter(folded: string, pos: number): number {
  let i = pos;
  while (i < folded.length && isWordCode(folded.charCodeAt(i))) i++;
  return i;
}

/** Whether the whole word folded[start, end) may stand in an address: a capital, a number or a unit's word. */
function addressWord(ctx: ScanContext, start: number, end: number): boolean {
  const c = ctx.plain.charCodeAt(start);
  return isUpperCode(c) || isDigitCode(c) || isUnitWord(ctx.folded, start, end);
}

function firstOtherWord(ctx: ScanContext): number {
  const units = foldedUnitsOf(ctx);
  const plain = plainUnitsOf(ctx);
  const at = units === null || plain === null ? otherWordIn(ctx, 0, ctx.folded.length) : asciiUnitsOf(ctx) ? firstOtherIndexed(ctx, units, plain) : firstOtherWordIn(ctx, units, plain);
  return at < 0 ? ctx.folded.length : at;
}

function lastOtherWord(ctx: ScanContext): number {
  const { folded } = ctx;
  let i = folded.length;
  while (i > 0) {
    while (i > 0 && !isWordCode(folded.charCodeAt(i - 1))) i--;
    const end = i;
    while (i > 0 && isWordCode(folded.charCodeAt(i - 1))) i--;
    if (i === end) break;
    if (!addressWord(ctx, i, end)) return i;
  }
  return -1;
}

// Longer than any address label with its numbering: more text before the span is more than a label.
const LONGEST_LABEL = 80;

/** Nothing before the span but its label ("Địa chỉ: …", "2. Nơi ở: …"): one field pasted alone. */
function onlyLabelBefore(folded: string, start: number): boolean {
  return start <= LONGEST_LABEL && isAddressLabel(folded.slice(0, start).replace(/[\s:.\-]+$/, '').replace(/^[\s\d.)\-]+/, ''));
}

/**
 * Where the first word of folded[from, to) that is no address's starts (a
 * word cut at `to` read as cut), or -1. Read word by word and left at the
 * first other word (building the text's word list per candidate was quadratic).
 */
export function otherWordIn(ctx: ScanContext, from: number, to: number): number {
  const { folded } = ctx;
  let i = from;
  while (i < to) {
    // isWordCode as a table: this reads a text of addresses alone to its end, and the range tests were most of that.
    while (i < to && WORD_CODE[folded.charCodeAt(i)] === 0) i++;
    const start = i;
    while (i < to && WORD_CODE[folded.charCodeAt(i)] === 1) i++;
    if (i === start) break;
    if (!addressWord(ctx, start, i)) return start;
  }
  return -1;
}

/**
 * otherWordIn of the whole text read from the scan's units, which a 0
 * follows (it ends the last word): a text of addresses alone is read to
 * its end, where charCodeAt, a call per unit, cost several times a load.
 * A word's case or digit is read from the plain units, and a lower-case
 * word is hashed as it is read (addressWord took a call and a second pass
 * over it: a third of this reading). Must agree with otherWordIn (a test
 * compares them).
 */
export function firstOtherWordIn(ctx: ScanContext, units: Uint16Array, plain: Uint16Array): number {
  const n = ctx.folded.length;
  let i = 0;
  while (i < n) {
    while (i < n && WORD_CODE[units[i]] === 0) i++;
    if (i === n) break;
    const start = i;
    const c = plain[start];
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
      while (WORD_CODE[units[i]] === 1) i++;
      continue;
    }
    let h = 0;
    for (let u = units[i]; WORD_CODE[u] === 1; u = units[++i]) h = (Math.imul(h, 31) + u) | 0;
    if (!unitWordOfHash(ctx.folded, start, i, h)) return start;
  }
  return -1;
}

/**
 * firstOtherWordIn of a scan whose units are ASCII (asciiUnitsOf), read
 * from the word index, whose words are then the same: a word at a time, not
 * a unit (a text of addresses alone is read to its end; the units' reading
 * was a twentieth of it). A word that opens with a capital or a digit is
 * passed over; any other is a unit's word only if its leading letters are
 * (a unit's word has no digit), and is read whole only where they are.
 * Must agree with firstOtherWordIn (a test compares them).
 */
export function firstOtherIndexed(ctx: ScanContext, units: Uint16Array, plain: Uint16Array): number {
  const { folded } = ctx;
  const n = folded.length;
  const { starts, hashes, count } = wordIndex(ctx);
  for (let w = 0; w < count; w++) {
    const start = starts[w];
    const c = plain[start];
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) continue;
    const k = UNIT_WORD_NUMBERS.get(hashes[w]);
    if (k < 0) return start;
    // Most such words are the listed one, whole.
    const word = UNIT_WORD_LIST[k];
    const end = start + word.length;
    if (end <= n && WORD_CODE[units[end]] === 0 && folded.startsWith(word, start)) continue;
    let i = start;
    while (WORD_CODE[units[i]] === 1) i++;
    if (!isUnitWord(folded, start, i)) return start;
  }
  return -1;
}

/** "nhà Hải ở", "tôi ở", "Tuấn ở", "sống ở": someone lives at the address after "ở" (`who` is the word before it). */
function dwellerBefore(ctx: ScanContext, start: number, who: string | undefined): boolean {
  if (who === undefined) return false;
  if (DWELLERS.has(who)) return true;
  // A capitalised word before "ở" (not an upper-case line's): a given name.
  const { folded, plain } = ctx;
  let i = start;
  for (let word = 0; word < 2; word++) {
    while (i > 0 && !isWordCode(folded.charCodeAt(i - 1))) i--;
    while (i > 0 && isWordCode(folded.charCodeAt(i - 1))) i--;
  }
  return isUpperCode(plain.charCodeAt(i)) && !isUpperCode(plain.charCodeAt(i + 1));
}

import type { FindingType } from '../detect/types.ts';
import { canonicalize, NUMBER_SHAPE, numericDateYear, readNumberShape } from './canonical.ts';
import { plainCode } from '../detect/scan-context.ts';

// interfaces.md §1, written once. The record mask is what leaves the page; the
// display mask stays with the person who typed the value.

const KEEP_TAIL = new Set<FindingType>([
  'cccd', 'cmnd', 'passport', 'tax_code', 'social_insurance', 'health_insurance', 'phone', 'bank_account',
  'payment_card', 'license_plate', 'driver_license',
]);

/** The types whose masks are computed from the canonical value. */
const USES_CANONICAL = new Set<FindingType>([...KEEP_TAIL, 'email', 'date_of_birth']);

function stars(n: number): string {
  return n > 0 ? '*'.repeat(n) : '';
}

function emailParts(canonical: string): [string, string] {
  const at = canonical.lastIndexOf('@');
  return at === -1 ? ['', canonical] : [canonical.slice(0, at), canonical.slice(at + 1)];
}

/** A date with every digit hidden, its shape kept: `**\/**\/****`. */
const HIDDEN_DATE = '**/**/****';

function hiddenDate(canonical: string): string {
  return canonical.length === 4 ? '****' : HIDDEN_DATE;
}

/** Record mask: numbers keep their last 2 characters, emails their domain, the rest only their type. */
export function recordMask(type: FindingType, value: string): string {
  return recordMaskOf(type, canonicalize(type, value));
}

/** Both masks from one canonicalization (the engine needs both for every finding). */
export function masksOf(type: FindingType, value: string): { record: string; display: string } {
  const c = maskCanonical(type, value);
  return { record: recordMaskOf(type, c), display: displayMaskOf(type, c, value) };
}

/**
 * The canonical form both masks of a finding are read from (for the engine,
 * which writes them straight into the finding rather than through masksOf's
 * object, one per finding).
 */
export function maskCanonical(type: FindingType, value: string): string {
  // The other types' masks show only the type (or a name's initials): their
  // canonical form, an NFC pass and a regex per finding, would go unused.
  return USES_CANONICAL.has(type) ? canonicalize(type, value) : '';
}

// stars(n - 2) and the last two characters of a number: one string for each
// length and tail, kept (a megabyte of plates or identifiers otherwise built
// two strings per mask, and its display mask ends the same way). Keys need
// ASCII tails and a length below 2^17; the table is emptied when it grows.
const TAILS = new Map<number, string>();

/** stars(n - 2) + c.slice(-2), for n > 2. */
export function starredTail(c: string, n: number): string {
  return starredTailOf(c.charCodeAt(c.length - 2), c.charCodeAt(c.length - 1), n);
}

/** starredTail of a value whose last two char codes are `a` and `b`. */
function starredTailOf(a: number, b: number, n: number): string {
  // Other tails and lengths share key -1, never read back.
  const key = (a | b | (n >> 10)) < 128 ? (n << 14) | (a << 7) | b : -1;
  let tail = TAILS.get(key);
  if (tail === undefined || key < 0) {
    if (TAILS.size > 4095) TAILS.clear();
    TAILS.set(key, (tail = stars(n - 2) + String.fromCharCode(a, b)));
  }
  return tail;
}

// A number's first three characters, as its display mask shows them: one
// string for each, kept (ASCII only, as readNumberShape reads). Emptied when it grows.
const HEADS = new Map<number, string>();

function headOf(c0: number, c1: number, c2: number): string {
  const key = (c0 << 14) | (c1 << 7) | c2;
  let head = HEADS.get(key);
  if (head === undefined) {
    if (HEADS.size > 4095) HEADS.clear();
    HEADS.set(key, (head = String.fromCharCode(c0, c1, c2)));
  }
  return head;
}

// How masksAt reads each type, found in one look-up per finding (a megabyte
// of names or topics asked two sets and a map for each of its findings).
const NAME = 0;
const NUMBER = 1;
const TYPE_ONLY_KIND = 2;
const CANONICAL = 3;
interface Masking {
  kind: number;
  typeOnly: string;
}
const MASKINGS = new Map<FindingType, Masking>();

function maskingOf(type: FindingType): Masking {
  let masking = MASKINGS.get(type);
  if (masking === undefined) {
    const kind = type === 'person_name' ? NAME : KEEP_TAIL.has(type) ? NUMBER : USES_CANONICAL.has(type) ? CANONICAL : TYPE_ONLY_KIND;
    MASKINGS.set(type, (masking = { kind, typeOnly: typeOnly(type) }));
  }
  return masking;
}

/** Both masks of a finding, as masksOf gives them; one object, overwritten by the next call. */
const PAIR = { record: '', display: '' };

/**
 * masksOf(type, text.slice(start, end)) for the engine, which reads the
 * answer at once: a number's masks from its shape (readNumberShape), without
 * its value or canonical form; a type whose masks show only the type without
 * its value either.
 */
export function masksAt(type: FindingType, text: string, start: number, end: number): { record: string; display: string } {
  let year: number;
  const masking = maskingOf(type);
  // Names are the commonest findings of a pasted list: their masks read in place.
  if (masking.kind === NAME) {
    PAIR.record = masking.typeOnly;
    PAIR.display = initialsIn(text, start, end);
  } else if (masking.kind === NUMBER && readNumberShape(type, text, start, end)) {
    const { length, c0, c1, c2, a, b } = NUMBER_SHAPE;
    PAIR.record = starredTailOf(a, b, length);
    PAIR.display = headOf(c0, c1, c2) + starredTailOf(a, b, length - 3);
  } else if (masking.kind === TYPE_ONLY_KIND) {
    PAIR.record = masking.typeOnly;
    PAIR.display = PAIR.record;
  } else if (type === 'date_of_birth' && (year = numericDateYear(text, start, end)) !== -1) {
    PAIR.record = HIDDEN_DATE;
    PAIR.display = yearShownOf(year);
  } else {
    const value = text.slice(start, end);
    const c = maskCanonical(type, value);
    PAIR.record = recordMaskOf(type, c);
    PAIR.display = displayMaskOf(type, c, value);
  }
  return PAIR;
}

/** Record mask from maskCanonical's answer. */
export function recordMaskOf(type: FindingType, c: string): string {
  if (KEEP_TAIL.has(type)) return c.length <= 2 ? stars(c.length) : starredTail(c, c.length);
  if (type === 'email') return `***@${emailParts(c)[1]}`;
  if (type === 'date_of_birth') return hiddenDate(c);
  return typeOnly(type);
}

// "[person_name]", "[address]": one string per type, kept (names and
// addresses are the commonest findings, and each built its two masks anew).
const TYPE_ONLY = new Map<FindingType, string>();

/** The mask of a type whose value shows nothing: its name in brackets. */
function typeOnly(type: FindingType): string {
  let mask = TYPE_ONLY.get(type);
  if (mask === undefined) TYPE_ONLY.set(type, (mask = `[${type}]`));
  return mask;
}

/**
 * JavaScript's \s (what trim() and split(/\s+/) cut at): the unusual spaces
 * are those the scan folds to a plain one.
 */
function isSpace(c: number): boolean {
  // ASCII first: no unit below 0x80 but the space folds to one (masks.test.ts).
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return plainCode(c) === 32 || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}

/**
 * "N. V. A.": the first character of each word, upper-cased. One pass over
 * the name instead of split, filter and a spread per word (names are the
 * commonest findings of a pasted list); same result (masks.test.ts).
 */
function initials(value: string): string {
  return composedAlready(value, 0, value.length) ? initialsOf(value, 0, value.length) : initialsOf(value.normalize('NFC'), 0, -1);
}

/** initials(text.slice(start, end)), without the slice when the name needs no normalizing (nearly every name). */
function initialsIn(text: string, start: number, end: number): string {
  // composedAlready and initialsOf in one walk: a unit NFC might change sends
  // the name the slow way (the initials walked so far are only kept in the tree).
  let node = NO_INITIALS;
  let afterSpace = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x300 && !(c >= 0x1ea0 && c <= 0x1ef9)) return initials(text.slice(start, end));
    const space = isSpace(c);
    // No surrogate passes the test above: the unit is the code point.
    if (!space && afterSpace) node = withInitial(node, c);
    afterSpace = space;
  }
  return node.text;
}

/** The initials of v[start, end) (to v's end when `end` is -1), read as written. */
function initialsOf(v: string, start: number, end: number): string {
  const to = end < 0 ? v.length : end;
  let node = NO_INITIALS;
  let afterSpace = true;
  for (let i = start; i < to; i++) {
    const space = isSpace(v.charCodeAt(i));
    // The whole first character of a word, a surrogate pair included (read in place only when none is, composedAlready).
    if (!space && afterSpace) node = withInitial(node, v.codePointAt(i)!);
    afterSpace = space;
  }
  return node.text;
}

/**
 * Whether `value` is in NFC for want of anything NFC would change: each
 * character is below U+0300 (no combining mark among them) or one of
 * Vietnamese's precomposed letters (U+1EA0–U+1EF9, their own NFC). Nearly
 * every name is, and normalize() cost more than the rest of its initials
 * (masks.test.ts checks the ranges).
 */
export function composedAlready(value: string, start = 0, end = value.length): boolean {
  for (let i = start; i < end; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x300 && !(c >= 0x1ea0 && c <= 0x1ef9)) return false;
  }
  return true;
}

/**
 * Initials written so far, and those written after them by the next word's
 * first code point: a tree walked word by word, so a name whose initials
 * were seen before ("N. V. A." under N, V, A) builds no string at all (one
 * string per word was most of what a pasted list of names allocated for its
 * masks). Bounded: beyond MAX_INITIALS nodes new ones are made, not kept.
 */
interface Initials {
  text: string;
  next: Map<number, Initials> | null;
}

const NO_INITIALS: Initials = { text: '', next: null };
const MAX_INITIALS = 1 << 14;
let initialsKept = 0;

function withInitial(node: Initials, codePoint: number): Initials {
  let child = node.next?.get(codePoint);
  if (child === undefined) {
    child = { text: `${node.text && `${node.text} `}${String.fromCodePoint(codePoint).toUpperCase()}.`, next: null };
    if (initialsKept < MAX_INITIALS) {
      (node.next ??= new Map()).set(codePoint, child);
      initialsKept++;
    }
  }
  return child;
}

/** Display mask: numbers keep their first 3 and last 2, emails the first character and domain, names their initials. */
export function displayMask(type: FindingType, value: string): string {
  return displayMaskOf(type, canonicalize(type, value), value);
}

/** Display mask from maskCanonical's answer and the value as written. */
export function displayMaskOf(type: FindingType, c: string, value: string): string {
  if (KEEP_TAIL.has(type)) {
    if (c.length <= 5) return stars(c.length - 1) + c.slice(-1);
    return c.slice(0, 3) + starredTail(c, c.length - 3);
  }
  if (type === 'email') {
    const [local, domain] = emailParts(c);
    return `${local.slice(0, 1)}***@${domain}`;
  }
  if (type === 'person_name') return initials(value);
  if (type === 'date_of_birth') return c.length === 4 ? '****' : yearShown(c);
  return typeOnly(type);
}

// "**/**/1990" for each year, kept: a string per birth date otherwise.
const YEAR_SHOWN = new Map<number, string>();

/** `**\/**\/` and the year a canonical date opens with (its first four characters). */
function yearShown(c: string): string {
  let key = 0;
  for (let i = 0; i < 4; i++) {
    const d = c.charCodeAt(i) - 48;
    // Not four digits (never, for a date the engine reads): built as it is.
    if (!(d >= 0 && d <= 9)) return `**/**/${c.slice(0, 4)}`;
    key = key * 10 + d;
  }
  return yearShownOf(key);
}

/** `**\/**\/` and the four digits of `year` (leading zeros written). */
function yearShownOf(year: number): string {
  let shown = YEAR_SHOWN.get(year);
  if (shown === undefined) YEAR_SHOWN.set(year, (shown = `**/**/${String(year).padStart(4, '0')}`));
  return shown;
}

import type { Candidate, ScanContext } from '../../recognizer.ts';
import { TOPIC_TYPES } from '../../types.ts';
import { atFirstScan } from '../../first-scan.ts';
import { foldText, foldedUnitsOf } from '../../scan-context.ts';
import { GIVEN_NAMES, MIDDLE_NAMES } from '../../lexicon/name-syllables.ts';
import { hasMarks, originalLower } from '../../lexicon/forms.ts';
import { isLetterCode, isUpperCode, LETTER_CODE } from '../../lexicon/words.ts';
import { IntTable, intSet } from '../../lexicon/int-table.ts';
import { hashOf } from '../../word-hash.ts';
import { keepFor, keptFor, scanCache } from '../../scan-cache.ts';
import { pointsAtResident } from '../address-resident.ts';
import { settleOwner, settleOwners } from '../address.ts';
import { lineEndOf, lineStartOf } from '../../context.ts';

/**
 * A sensitive topic is personal data only about someone who can be told
 * apart. A news story ("một bệnh nhân nam 45 tuổi … được lọc máu"), a
 * statistic table of ethnic groups or a law on amnesty names nobody: with no
 * name, number, e-mail or address anywhere in the text, a topic phrase is
 * kept only where the text still points at one person: a labelled form field
 * ("Tôn giáo: Công giáo"), the writer ("tôi", "mình", "em"), someone the
 * reader knows ("chị ấy", "chị Trang", "Nghĩa là …"), or a record's subject.
 * Blind sets a–j: 40 of 65 topic false positives sat in such texts, 5 of 476
 * true topics did.
 *
 * An address is the same: in a text that names no one (no name, number or
 * e-mail), a power cut's streets, a land-price table or a how-to's example
 * address is a place, kept only where it is someone's home
 * (address-resident.ts). One kept is an identified person for the topics.
 * Blind sets a–m: 35 of 117 address false positives sat in such texts; this
 * lowers 25 of them, and 1 of 813 true addresses.
 */

/** A place, a topic or an address does not tell who by itself. */
const NOT_NAMING = new Set<string>([...TOPIC_TYPES, 'location', 'address']);
const TOPICS = new Set<string>(TOPIC_TYPES);

/** Below the report threshold, above nothing: a caller asking for more (a lower threshold) still sees it. */
export const UNIDENTIFIED_SCORE = 0.5;

/** Whether a finding of this type names someone by itself. */
export function names(type: string): boolean {
  return !NOT_NAMING.has(type);
}

/** Lowers, in place, the address and topic candidates of a text in which no one is named. */
export function demoteUnidentified(ctx: ScanContext, candidates: Candidate[], threshold: number): void {
  if (someoneNamed(candidates, threshold)) {
    settleOwners(ctx);
    return;
  }
  if (demoteAddresses(ctx, candidates, threshold)) return;
  demoteTopics(ctx, candidates);
}

// Each loop alone in a function that ends with it: a text full of candidates
// runs a loop on-stack-replaced, and code after it in the same function (no
// feedback when that code was compiled) threw it away on every long scan.

// (Indexed, not for…of: a loop run before it is optimised made an iterator result per candidate.)

function someoneNamed(candidates: Candidate[], threshold: number): boolean {
  for (let k = 0; k < candidates.length; k++) if (candidates[k].score >= threshold && names(candidates[k].type)) return true;
  return false;
}

/**
 * Demotes the addresses no one lives at; true when someone lives at one. An
 * office's address houses no one: its owner, if its look-up waits
 * (deferOwnerChecks in address.ts), is looked up for an address someone may
 * live at only. One no one lives at goes below the threshold either way.
 */
function demoteAddresses(ctx: ScanContext, candidates: Candidate[], threshold: number): boolean {
  let housed = false;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    if (c.type !== 'address' || c.score < threshold) continue;
    if (pointsAtResident(ctx, c)) {
      settleOwner(ctx, c);
      if (c.score >= threshold) housed = true;
    } else if (c.score > UNIDENTIFIED_SCORE) {
      c.score = UNIDENTIFIED_SCORE;
      // By copy: an address's context list may be shared (address.ts contextOf).
      c.context = noted(c.context, NO_ONE_LIVES_THERE);
    }
  }
  return housed;
}

const NO_ONE_LIVES_THERE = '-no one lives there in the text';

/** The context with the note added, as a copy its own length. */
function noted(context: string[], note: string): string[] {
  if (context.length === 0) return [note];
  if (context.length === 1) return [context[0], note];
  return [...context, note];
}

function demoteTopics(ctx: ScanContext, candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    if (!TOPICS.has(c.type) || c.score <= UNIDENTIFIED_SCORE || pointsAtSomeone(ctx, c)) continue;
    c.score = UNIDENTIFIED_SCORE;
    c.context = unidentified(c.context);
  }
}

const NO_ONE_IDENTIFIED = '-no one identified in the text';
/** A frozen context list with the note added, one per list (the lists topic-scan.ts shares are few and kept). */
const NOTED = new Map<readonly string[], string[]>();

/**
 * The context with the note added, by copy: topic candidates with the same
 * context share one frozen list (topic-scan.ts), and a shared list gets one
 * shared noted copy (a text of topic phrases naming no one made a list per
 * phrase, a tenth of what it allocated).
 */
function unidentified(context: string[]): string[] {
  if (!Object.isFrozen(context)) return [...context, NO_ONE_IDENTIFIED];
  let noted = NOTED.get(context);
  if (noted === undefined) {
    noted = Object.freeze([...context, NO_ONE_IDENTIFIED]) as unknown as string[];
    NOTED.set(context, noted);
  }
  return noted;
}

function pointsAtSomeone(ctx: ScanContext, c: Candidate): boolean {
  if (c.rule.endsWith('.label')) return true;
  if (c.context.includes("+a person's record")) return true;
  if (fieldName(ctx.folded, c.start, c.end)) return true;
  return someoneNear(ctx, c.start, c.end);
}

/** Someone the text points at on the line of [start, end) or within REACH of it (the span's own words aside). */
export function someoneNear(ctx: ScanContext, start: number, end: number): boolean {
  // The line's ends from the scan's line index: a text without line breaks
  // would otherwise be read REACH characters each way for every phrase.
  const lineFrom = lineStartOf(ctx, start);
  const lineStart = start - lineFrom <= REACH;
  const from = lineStart ? lineFrom : start - REACH;
  const to = Math.min(lineEndOf(ctx, end), end + REACH);
  return someoneOnLine(ctx, from, to, lineStart, start, end);
}

const REACH = 200;

/**
 * The phrase opens a line and a colon follows it: a form's field ("Đặc điểm
 * nhận dạng / Personal identification: Sẹo chấm …" on a card's back), which
 * is about the form's holder wherever the name is.
 */
function fieldName(folded: string, start: number, end: number): boolean {
  let i = start;
  while (i > 0 && (folded.charCodeAt(i - 1) === 32 || folded.charCodeAt(i - 1) === 9)) i--;
  if (i > 0 && folded.charCodeAt(i - 1) !== 10) return false;
  for (let k = end; k < end + 40 && k < folded.length; k++) {
    const c = folded.charCodeAt(k);
    if (c === 58) return true;
    if (c === 10) return false;
  }
  return false;
}

// "em" alone is the writer, or a child ("trẻ em"), or kin ("anh em").
const NOT_FIRST_PERSON_EM = new Set(['tre', 'anh', 'chi']);
const FIRST_PERSON = new Map<string, string>([['toi', 'tôi'], ['minh', 'mình'], ['em', 'em']]);
const TITLES = new Set(['anh', 'chi', 'ong', 'ba', 'em', 'co', 'chu', 'bac', 'cu', 'be', 'a', 'c', 'e']);
const PREDICATES = new Set(['la', 'thuoc', 'bi', 'dang', 'da', 'co', 'mac', 'dong', 'vua', 'hien', 'nghien', 'theo']);
/** The words a line's reading stops at (first person or a title): every other word is passed on its hash. */
const TRIGGERS = intSet([...FIRST_PERSON.keys(), ...TITLES].map((k) => hashOf(k, 0, k.length)));

let NAMES = new Set<string>();
atFirstScan(() => {
  NAMES = new Set([...GIVEN_NAMES, ...MIDDLE_NAMES].map(foldText));
});

/**
 * The text's trigger words (a letter run whose hash is one of TRIGGERS),
 * found once per scan: addresses and topic phrases each ask about the 400
 * characters around them, and reading those again at each one cost a text
 * dense with them most of its time. Each word's verdict is kept with the
 * stretch of text it read: a window holding that stretch reads the same.
 */
interface Triggers {
  starts: Int32Array;
  ends: Int32Array;
  /** 0 not yet asked, 1 points at someone, 2 does not. */
  verdicts: Int8Array;
  /** The stretch of text the verdict read. */
  from: Int32Array;
  to: Int32Array;
}

const triggerCache = scanCache<Triggers>();

// The bounds read so far, in buffers kept across scans (a number[] grown per push allocated
// more than the result): `found` of them are filled.
let foundStarts = new Int32Array(256);
let foundEnds = new Int32Array(256);
let found = 0;

function keepTrigger(start: number, end: number): void {
  if (found === foundStarts.length) {
    const starts = new Int32Array(found * 2);
    const ends = new Int32Array(found * 2);
    starts.set(foundStarts);
    ends.set(foundEnds);
    foundStarts = starts;
    foundEnds = ends;
  }
  foundStarts[found] = start;
  foundEnds[found] = end;
  found++;
}

function triggersOf(ctx: ScanContext): Triggers {
  found = 0;
  const units = foldedUnitsOf(ctx);
  // From the scan's units when it holds them (a load, where charCodeAt is a call): a 0 follows them.
  if (units !== null) readUnitTriggers(units, ctx.folded.length);
  else readTriggers(ctx.folded);
  const count = keepMayPoint(ctx);
  return { starts: foundStarts.slice(0, count), ends: foundEnds.slice(0, count), verdicts: new Int8Array(count), from: new Int32Array(count), to: new Int32Array(count) };
}

// The titles that are no first-person word ("em" is both): whether one points at
// someone hangs on the word after it alone. By hash, and compared in place.
const TITLES_ONLY = [...TITLES].filter((k) => !FIRST_PERSON.has(k));
const TITLE_NUMBERS = new IntTable(TITLES_ONLY.map((k, n) => [hashOf(k, 0, k.length), n] as const));

/** Whether folded[start, end) is one of TITLES_ONLY. */
function titleOnly(folded: string, start: number, end: number): boolean {
  const n = TITLE_NUMBERS.get(hashOf(folded, start, end));
  if (n < 0) return false;
  const title = TITLES_ONLY[n];
  return title.length === end - start && folded.startsWith(title, start);
}

/**
 * Leaves out of the found triggers those that point at no one whatever
 * window reads them, and returns how many are left. A title points only at
 * "ấy" or a capitalised given name right after it (pointsAt), so one the
 * text follows with another word ("Địa chỉ: thôn …", "anh em") never does,
 * nor does any other word of a trigger's hash; a window that cuts the next
 * word leaves its head, which may read "ay". Every window of a line of
 * labelled addresses read the labels' "chỉ" one by one.
 */
function keepMayPoint(ctx: ScanContext): number {
  let kept = 0;
  for (let k = 0; k < found; k++) {
    const start = foundStarts[k];
    const end = foundEnds[k];
    if (!mayPointAt(ctx, start, end)) continue;
    foundStarts[kept] = start;
    foundEnds[kept] = end;
    kept++;
  }
  return kept;
}

/** Whether pointsAt may be true of the word [start, end) in some window, whole or cut at the window's end (a test holds it). */
export function mayPointAt(ctx: ScanContext, start: number, end: number): boolean {
  const { folded, plain } = ctx;
  if (!titleOnly(folded, start, end)) return true;
  // The next word, as wordAfter reads it (each trigger's look ends at the next word: one pass in all).
  let i = end;
  while (i < folded.length && !isLetterCode(folded.charCodeAt(i))) i++;
  return i < folded.length && (isUpperCode(plain.charCodeAt(i)) || (folded.charCodeAt(i) === 97 && folded.charCodeAt(i + 1) === 121));
}

/** The trigger words' bounds, kept by keepTrigger: a loop alone in its function (listOpeners in phrase-matcher.ts says why). */
function readTriggers(folded: string): void {
  const n = folded.length;
  let i = 0;
  while (i < n) {
    while (i < n && LETTER_CODE[folded.charCodeAt(i)] === 0) i++;
    const start = i;
    let h = 0;
    while (i < n) {
      const c = folded.charCodeAt(i);
      if (LETTER_CODE[c] === 0) break;
      h = (Math.imul(h, 31) + c) | 0;
      i++;
    }
    if (i > start && TRIGGERS.has(h)) keepTrigger(start, i);
  }
}

/** readTriggers of units[0, n), which a 0 follows (it ends the last word). */
function readUnitTriggers(units: Uint16Array, n: number): void {
  let i = 0;
  while (i < n) {
    while (i < n && LETTER_CODE[units[i]] === 0) i++;
    const start = i;
    let h = 0;
    for (let c = units[i]; LETTER_CODE[c] !== 0; c = units[++i]) h = (Math.imul(h, 31) + c) | 0;
    if (i > start && TRIGGERS.has(h)) keepTrigger(start, i);
  }
}

/** The first index of `sorted` holding a value ≥ x. */
function firstAtLeast(sorted: Int32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// A word of the window [from, to) as the window's own reading cuts it (a
// word running past an end is cut there): its bounds, -1 when there is none.
let wordStart = -1;
let wordEnd = -1;
/** The stretch of text wordAfter and wordBefore have read since a verdict reset it. */
let readFrom = 0;
let readTo = 0;

/** The first word at or after `pos` within [pos, to). */
function wordAfter(folded: string, pos: number, to: number): boolean {
  let i = pos;
  while (i < to && !isLetterCode(folded.charCodeAt(i))) i++;
  if (i >= to) return false;
  wordStart = i;
  while (i < to && isLetterCode(folded.charCodeAt(i))) i++;
  wordEnd = i;
  if (i > readTo) readTo = i;
  return true;
}

/** The last word ending at or before `pos` within [from, pos). */
function wordBefore(folded: string, from: number, pos: number): boolean {
  let i = pos;
  while (i > from && !isLetterCode(folded.charCodeAt(i - 1))) i--;
  if (i <= from) return false;
  wordEnd = i;
  while (i > from && isLetterCode(folded.charCodeAt(i - 1))) i--;
  wordStart = i;
  if (i < readFrom) readFrom = i;
  return true;
}

function spelled(ctx: ScanContext, start: number, end: number, as: string): boolean {
  return !hasMarks(ctx) || originalLower(ctx, start, end) === as;
}

/**
 * A capitalised given name standing alone, the window's first word at or
 * after `pos`: "Trang", not "Hà Nội" nor "TRANG" in an upper-case heading.
 */
function givenNameAfter(ctx: ScanContext, pos: number, to: number): boolean {
  const { folded, plain } = ctx;
  if (!wordAfter(folded, pos, to)) return false;
  const start = wordStart;
  const end = wordEnd;
  if (!isUpperCode(plain.charCodeAt(start)) || isUpperCode(plain.charCodeAt(start + 1))) return false;
  if (!NAMES.has(folded.slice(start, end))) return false;
  return !wordAfter(folded, end, to) || wordStart - end > 2 || !isUpperCode(plain.charCodeAt(wordStart));
}

/** Whether the word [at, wordEnd) of the window [from, to) points at someone (the writer, "chị ấy", "chị Trang"). */
export function pointsAt(ctx: ScanContext, from: number, to: number, at: number, end: number): boolean {
  const { folded } = ctx;
  const key = folded.slice(at, end);
  const first = FIRST_PERSON.get(key);
  if (first && spelled(ctx, at, end, first)) {
    if (key !== 'em' || !wordBefore(folded, from, at) || !NOT_FIRST_PERSON_EM.has(folded.slice(wordStart, wordEnd))) return true;
  }
  if (!TITLES.has(key)) return false;
  // "chị ấy", "anh ấy": someone the reader already knows.
  if (wordAfter(folded, end, to) && wordEnd - wordStart === 2 && folded.startsWith('ay', wordStart) && spelled(ctx, wordStart, wordEnd, 'ấy')) return true;
  return givenNameAfter(ctx, end, to);
}

function someoneOnLine(ctx: ScanContext, from: number, to: number, lineStart: boolean, start: number, end: number): boolean {
  const { folded } = ctx;
  // The window's first word, which may be a word's tail where the window cuts it.
  if (!wordAfter(folded, from, to)) return false;
  const firstStart = wordStart;
  const firstEnd = wordEnd;
  if (!(firstStart >= start && firstEnd <= end)) {
    // A line that opens on a given name and says something of it: "Nghia dong tinh nam a".
    if (lineStart && givenNameAfter(ctx, from, to) && wordAfter(folded, firstEnd, to) && PREDICATES.has(folded.slice(wordStart, wordEnd))) return true;
    // Only a trigger word may point at someone (pointsAt looks up no other): its hash tells without the word's string (every address asks of its window's first word).
    if (TRIGGERS.has(hashOf(folded, firstStart, firstEnd)) && pointsAt(ctx, from, to, firstStart, firstEnd)) return true;
  }
  const triggers = keptFor(triggerCache, ctx) ?? keepFor(triggerCache, ctx, triggersOf(ctx));
  const { starts, ends, verdicts } = triggers;
  for (let k = firstAtLeast(starts, firstEnd); k < starts.length && starts[k] < to; k++) {
    const at = starts[k];
    if (ends[k] > to) {
      // Cut by the window's end: read as the window cuts it.
      let wordTo = at;
      while (wordTo < to && isLetterCode(folded.charCodeAt(wordTo))) wordTo++;
      if (!(at >= start && wordTo <= end) && pointsAt(ctx, from, to, at, wordTo)) return true;
      continue;
    }
    if (at >= start && ends[k] <= end) continue;
    if (verdicts[k] === 0) {
      readFrom = at;
      readTo = ends[k];
      verdicts[k] = pointsAt(ctx, 0, folded.length, at, ends[k]) ? 1 : 2;
      triggers.from[k] = readFrom;
      triggers.to[k] = readTo;
    }
    if (triggers.from[k] >= from && triggers.to[k] <= to) {
      if (verdicts[k] === 1) return true;
    } else if (pointsAt(ctx, from, to, at, ends[k])) return true;
  }
  return false;
}

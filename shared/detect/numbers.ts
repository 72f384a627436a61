import type { ScanContext } from './recognizer.ts';
import { monthAt, monthBefore } from './months.ts';
import { isLetter as isLowerLetter } from './keyword-index.ts';
import { addSpan, createSpanIndex, sealSpanIndex, type SpanIndex } from './span-index.ts';
import { decode, foldedUnitsOf } from './scan-context.ts';
import { clearUsed } from './scan-cache.ts';
import { doubled } from './typed-arrays.ts';

/**
 * A run of digit groups as written: "0912 345 678", "038.090.012.345",
 * "(+84) 912-345-678". Groups are maximal digit sequences; the joiners between
 * them are 1–3 characters of space, '.', '-', '(' or ')', never a tab or a
 * newline (Excel columns and lines stay apart). Offsets are into `folded`.
 *
 * Every structured recognizer works on group-aligned sub-spans of runs, so
 * the whole text is walked for digits once per scan, not once per recognizer.
 */
export interface NumberRun {
  start: number;
  end: number;
  /**
   * How many digits the run has. Its digits are read from the text when a
   * span of it is made (digitsIn): most runs never give one, and a string
   * per run, joined from a slice per group, was a fifth of what a megabyte
   * of plates allocated.
   */
  count: number;
  /** How many groups the run has. */
  groups: number;
  /** Where its groups begin in the group table (read them with groupStart and the like). */
  first: number;
}

/**
 * The groups of every run of a scan, back to back in typed arrays: a
 * megabyte of identifiers has a hundred thousand runs, and two small arrays
 * per run were most of what a scan kept alive (and copied in each
 * collection). One table serves every scan, grown to the most groups seen:
 * arrays made per scan, and doubled as a megabyte of plates filled them,
 * were a third of reading its runs (fresh zeroed pages, copies). It holds
 * the runs of one scan at a time (`owner`: one scan runs at a time on a
 * thread), and the caches below answer for that scan only.
 */
const table = {
  start: new Int32Array(64),
  end: new Int32Array(64),
  /** Digits of the run before the group. */
  offset: new Int32Array(64),
  /** The owner's folded text, which the groups index. */
  text: '',
};
let owner: ScanContext | null = null;
let ownRuns: NumberRun[] = [];
let ownIndex: SpanIndex | null = null;
let ownSpans: NumberSpan[] | null = null;
/** The digits of the owner's runs that gave a span of several groups (digitsIn). */
const ownDigits = new Map<NumberRun, string>();

/** Makes `ctx` (with its runs, of folded text `text`) the owner, its caches empty. */
function own(ctx: ScanContext | null, runs: NumberRun[], text: string): void {
  owner = ctx;
  ownRuns = runs;
  ownIndex = null;
  ownSpans = null;
  clearUsed(ownDigits);
  table.text = text;
}

/** Start of group g of `run` (folded offset). */
export function groupStart(run: NumberRun, g: number): number {
  return table.start[run.first + g];
}

/** End of group g of `run` (folded offset). */
export function groupEnd(run: NumberRun, g: number): number {
  return table.end[run.first + g];
}

/** Digits of `run` before group g (its digit count for g = groups). */
export function digitsBefore(run: NumberRun, g: number): number {
  return g >= run.groups ? run.count : table.offset[run.first + g];
}

/** The digits of groups g0..g1 of `run`, separators removed. */
export function digitsIn(run: NumberRun, g0: number, g1: number): string {
  const s = table.text;
  if (g0 === g1) return s.slice(groupStart(run, g0), groupEnd(run, g0));
  // A slice of the run's digits, gathered and decoded once per run: joined
  // per span, "0912345 678901 …" made a rope per span, which every
  // recognizer reading it paid for.
  let digits = ownDigits.get(run);
  if (digits === undefined) {
    if (digitUnits.length < run.count) digitUnits = new Uint16Array(run.count);
    let n = 0;
    for (let i = run.start; i < run.end; i++) if (isDigit(s.charCodeAt(i))) digitUnits[n++] = s.charCodeAt(i);
    ownDigits.set(run, (digits = decode(digitUnits, n, true)));
  }
  return digits.slice(digitsBefore(run, g0), digitsBefore(run, g1 + 1));
}

let digitUnits = new Uint16Array(0);

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isJoiner(c: number): boolean {
  return c === 32 || c === 46 || c === 45 || c === 40 || c === 41;
}

// OCR's O for 0 and l or I for 1 inside numbers are digits already in the
// scan's folded text (scan-context.ts), so runs are read from digits alone.

// Group boundaries of the run being scanned, in reused typed arrays, so that
// runs no recognizer can use ("1°", "09 .-()" noise, lone 3-digit numbers)
// cost no allocation at all.
let scratchStart = new Int32Array(64);
let scratchEnd = new Int32Array(64);

const DIGIT = /[0-9]/g;

function growScratch(): void {
  scratchStart = doubled(scratchStart);
  scratchEnd = doubled(scratchEnd);
}

/** Room for `more` groups after `used` in the table. */
function reserve(used: number, more: number): void {
  if (used + more <= table.start.length) return;
  const size = Math.max(table.start.length * 2, used + more);
  const start = new Int32Array(size);
  const end = new Int32Array(size);
  const offset = new Int32Array(size);
  start.set(table.start.subarray(0, used));
  end.set(table.end.subarray(0, used));
  offset.set(table.offset.subarray(0, used));
  table.start = start;
  table.end = end;
  table.offset = offset;
}

// The filters below read the scan's units (`u`, a 0 after the text), not
// the string: each short run of a megabyte-long column of dates is asked
// about, and charCodeAt made them a third of reading its runs. Past the 0
// the units hold an older text's; no read goes there but one whose value
// nothing then looks at.

/**
 * A single group of 1–3 digits matters only as part of a date ("3/7/92",
 * "12 tháng 5") or as a plate's province code ("30A-…", "99-G7 …"); anything
 * else that short is no identifier's part.
 */
function shortRunMatters(s: string, u: Uint16Array, start: number, end: number): boolean {
  const len = end - start;
  if (len === 3) return false;
  const next = u[end];
  // Before a slash, only as the day of a d/m/y date: the month and year are
  // read from the text, so a run after a slash is no date's start, and
  // "12/05/12/05/…" (no date closes) materializes nothing.
  if (next === 47) return mayOpenSlashDate(u, end);
  if (next === 32 && s.startsWith(' thang', end)) return true;
  if (len === 2 && ((next >= 97 && next <= 122) || (next === 45 && u[end + 1] >= 97 && u[end + 1] <= 122))) return true;
  // An English ordinal day: "March 5th, 1998", "5th of March".
  const second = u[end + 1];
  if ((next === 115 && second === 116) || ((next === 110 || next === 114) && second === 100) || (next === 116 && second === 104)) return true;
  // English dates: "12 May 1990", "3-Jan-1985", "May 12, 1990".
  if ((next === 32 || next === 45) && monthAt(s, end + 1) !== null) return true;
  return monthBefore(s, start) !== null;
}

/**
 * A single group of 4–5 digits is too short for any span (6 digits at
 * least) or passport (7–8): it matters only as a birth year (1900–2030, also
 * "1990/05/12") or as a plate's serial, which follows the series letters
 * ("30A 1234", "51G-12345", "30A12345": digit, '-'?, one or two letters, a
 * space, '-' or '.' or nothing). "sdt 0912 sdt 0912 …" then materializes
 * nothing.
 */
function midRunMatters(u: Uint16Array, start: number, end: number): boolean {
  if (end - start === 4) {
    let year = 0;
    for (let k = start; k < end; k++) year = year * 10 + (u[k] - 48);
    // (After a slash no plate's serial either: the letters must come first.)
    if (year >= 1900 && year <= 2030) return u[start - 1] !== 47 || yearAfterSlashMatters(u, start, end);
  }
  let i = start - 1;
  const sep = u[i];
  if (sep === 45 || sep === 32 || sep === 46) i--;
  let letters = 0;
  while (letters < 2 && isLowerLetter(u[i])) {
    i--;
    letters++;
  }
  if (letters === 0) return false;
  if (u[i] === 45) i--;
  return isDigit(u[i]);
}

/**
 * A year right after a slash ends a d/m/y date, which is read from its day's
 * run (a column of "01/01/1990" kept a run per date for its year alone),
 * unless it opens a y/m/d date ("…/1990/05/12") or ends a month and year
 * ("ns 11/2021": one or two digits before the slash, nothing of a date
 * before them), as the date-of-birth recognizer reads them.
 */
function yearAfterSlashMatters(u: Uint16Array, start: number, end: number): boolean {
  if (u[end] === 47) return true;
  let m = start - 1;
  while (m > start - 3 && isDigit(u[m - 1])) m--;
  return m < start - 1 && !isDigit(u[m - 1]) && u[m - 1] !== 47;
}

/** Digits from `i`, counting at most `max` (the 0 after a scan's units ends them). */
export function digitsAt(u: Uint16Array, i: number, max: number): number {
  let k = i;
  while (k - i < max && isDigit(u[k])) k++;
  return k - i;
}

/**
 * Whether "/m/y" follows `slash` as the date-of-birth recognizer reads a
 * d/m/y date (1–2 digits, '/', 2 or 4 digits, no further '/'), whatever
 * the values.
 */
function mayOpenSlashDate(u: Uint16Array, slash: number): boolean {
  const m = digitsAt(u, slash + 1, 3);
  if (m < 1 || m > 2 || u[slash + 1 + m] !== 47) return false;
  const y = digitsAt(u, slash + 2 + m, 5);
  return (y === 2 || y === 4) && u[slash + 2 + m + y] !== 47;
}

// Tests only: materialize every run, to check that the filter above drops
// none a recognizer would use.
let keepEveryRun = false;
export function keepEveryRunForTests(on: boolean): void {
  keepEveryRun = on;
}

// Tests only: read the rest of every slashed date (pastSlashDate skips it).
let skipDateRest = true;
export function skipDateRestForTests(on: boolean): void {
  skipDateRest = on;
}

let shortUnits = new Uint16Array(256);

/** The units of `s`, for a text whose scan keeps none (a short one), in a reused array. */
function unitsOfShort(s: string): Uint16Array {
  if (shortUnits.length <= s.length) shortUnits = new Uint16Array(s.length + 1);
  for (let i = 0; i < s.length; i++) shortUnits[i] = s.charCodeAt(i);
  shortUnits[s.length] = 0;
  return shortUnits;
}

/**
 * The scan's folded units followed by a 0: its own while it is the latest
 * scan, else a copy in an array the next call reuses (read it before then).
 */
export function scanUnits(ctx: ScanContext): Uint16Array {
  return foldedUnitsOf(ctx) ?? unitsOfShort(ctx.folded);
}

/** The digit runs of a scan, computed once and shared by every recognizer. */
export function numberRuns(ctx: ScanContext): NumberRun[] {
  if (ctx === owner) return ownRuns;
  const runs: NumberRun[] = [];
  const s = ctx.folded;
  own(ctx, runs, s);
  // The runs' characters read as units, a typed-array load each instead of a
  // charCodeAt (several times dearer), from the scan's own units when it
  // still holds them (a 0 after the text ends every digit loop).
  const u = scanUnits(ctx);
  let used = 0;
  const n = s.length;
  DIGIT.lastIndex = 0;
  // The regex engine skips prose natively (several times faster than a
  // charCodeAt loop); the char loop only sees numbers. test() advances
  // lastIndex like exec() without allocating a match array.
  let peekFrom = 0;
  for (;;) {
    // Dense numbers ("12/05/12/05/…", a column of identifiers): the next run
    // is usually a few characters away, nearer than a regex call is cheap.
    let start = -1;
    for (let k = peekFrom, stop = Math.min(n, peekFrom + 8); k < stop; k++) {
      if (isDigit(u[k])) {
        start = k;
        break;
      }
    }
    if (start === -1) {
      // From past the units the peek read (none of them a digit).
      DIGIT.lastIndex = Math.min(n, peekFrom + 8);
      if (!DIGIT.test(s)) break;
      start = DIGIT.lastIndex - 1;
    }
    let groups = 0;
    let i = start;
    for (;;) {
      const gs = i;
      // (The 0 after the text ends this loop and the joiners' below.)
      while (isDigit(u[i])) i++;
      if (groups === scratchStart.length) growScratch();
      scratchStart[groups] = gs;
      scratchEnd[groups] = i;
      groups++;
      let j = i;
      while (j - i < 3 && isJoiner(u[j])) j++;
      if (j > i && isDigit(u[j])) {
        i = j;
        continue;
      }
      break;
    }
    const end = scratchEnd[groups - 1];
    peekFrom = end;
    if (groups === 1 && !keepEveryRun) {
      const length = end - start;
      if (length <= 3 && !shortRunMatters(s, u, start, end)) continue;
      if ((length === 4 || length === 5) && !midRunMatters(u, start, end)) continue;
    }
    reserve(used, groups);
    const first = used;
    let count = 0;
    // A loop, not set(subarray()): most runs have a few groups, and a
    // typed-array view per run costs more than copying them.
    for (let g = 0; g < groups; g++, used++) {
      table.start[used] = scratchStart[g];
      table.end[used] = scratchEnd[g];
      table.offset[used] = count;
      count += scratchEnd[g] - scratchStart[g];
    }
    runs.push({ start, end, count, groups, first });
    // A day kept for the "/m/y" after it: the month's run and a lone
    // four-digit year's are dropped whatever they hold, and not read.
    if (groups === 1 && end - start <= 2 && u[end] === 47 && !keepEveryRun && skipDateRest) peekFrom = pastSlashDate(u, end);
  }
  return runs;
}

/**
 * Where reading runs resumes after the slash ending a day that
 * mayOpenSlashDate accepted: past its month, which a slash ends (a short
 * run before a slash matters only as a day, and no "/m/y" follows it: the
 * year has no slash after it), and past its year when that has four digits
 * and no group joined after it (a year after "d/m/" matters to no one:
 * midRunMatters).
 */
function pastSlashDate(u: Uint16Array, slash: number): number {
  const monthEnd = slash + 1 + digitsAt(u, slash + 1, 3);
  const yearEnd = monthEnd + 1 + digitsAt(u, monthEnd + 1, 5);
  if (yearEnd - monthEnd - 1 !== 4) return monthEnd;
  let j = yearEnd;
  while (j - yearEnd < 3 && isJoiner(u[j])) j++;
  return j > yearEnd && isDigit(u[j]) ? monthEnd : yearEnd;
}

/** How many digit groups the scan's runs hold (the runs no recognizer can use left out). */
export function numberGroupCount(ctx: ScanContext): number {
  const runs = numberRuns(ctx);
  if (runs.length === 0) return 0;
  const last = runs[runs.length - 1];
  return last.first + last.groups;
}

/**
 * Lets go of a scan's runs and spans once its candidates are collected (the
 * engine calls this): on a megabyte of identifiers they are a good part of
 * what the collector would otherwise keep copying while findings are built.
 */
export function forgetNumbers(ctx: ScanContext): void {
  if (ctx === owner) own(null, [], '');
}

/** A group-aligned slice of a run: groups g0..g1 inclusive. */
export interface NumberSpan {
  run: NumberRun;
  g0: number;
  g1: number;
  start: number;
  end: number;
  digits: string;
  /** neverFinding's answer, computed once for all recognizers (guards.ts). */
  guard?: string | null;
  guardGrouped?: string | null;
}

/** Digit counts the structured types can have (a 6-digit account … a 19-digit card). */
export const MIN_SPAN_DIGITS = 6;
export const MAX_SPAN_DIGITS = 19;
/** No identifier is written in more groups than this (a 19-digit card: 4-4-4-4-3). */
const MAX_SPAN_GROUPS = 6;
/**
 * A run of many short groups ("1 2 3 4 …", "12.12.12.…", "0912 0912 …") is
 * noise, not a list of identifiers: lists of numbers have long groups.
 */
const NOISE_MIN_GROUPS = 50;
const NOISE_MAX_AVERAGE = 5;

function bracketed(s: string, run: NumberRun, g: number): boolean {
  return s.charCodeAt(groupStart(run, g) - 1) === 40 && s.charCodeAt(groupEnd(run, g)) === 41;
}

/**
 * A fixed line's exchange digit after its area code: "0238 3 871 245",
 * "0236 3 842 516" (group g is one digit, the group before it "02xx").
 */
function afterAreaCode(s: string, run: NumberRun, g: number): boolean {
  if (g < 1) return false;
  const a = groupStart(run, g - 1);
  return groupEnd(run, g - 1) - a === 4 && s.charCodeAt(a) === 48 && s.charCodeAt(a + 1) === 50;
}

export function isNoise(run: NumberRun): boolean {
  const groups = run.groups;
  return groups >= NOISE_MIN_GROUPS && run.count / groups < NOISE_MAX_AVERAGE;
}

/**
 * Every group-aligned sub-span of 6–19 digits, computed once per scan and
 * shared by the recognizers. Groups inside a span have at least two digits
 * except the first and the last ("HS 4 01 0120878811", "8748 7670 6654 1"),
 * so a run of single spaced digits yields nothing. Linear: from each group the
 * span extends only until it passes 19 digits or 6 groups.
 */
export function numberSpans(ctx: ScanContext): NumberSpan[] {
  const index = spanIndex(ctx);
  if (ownSpans === null) {
    ownSpans = [];
    for (let i = 0; i < index.size; i++) ownSpans.push(spanAt(index, i));
  }
  return ownSpans;
}

/** The rows of numberSpans, in its order, without their objects (span-index.ts). */
function spanIndex(ctx: ScanContext): SpanIndex {
  // Index loops over runs: for-of allocates per element whenever the loop
  // runs unoptimized, which a megabyte of short runs makes costly.
  const runs = numberRuns(ctx);
  if (ownIndex !== null) return ownIndex;
  const index = createSpanIndex(runs);
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    if (run.count < MIN_SPAN_DIGITS || isNoise(run)) continue;
    const groups = run.groups;
    for (let g0 = 0; g0 < groups; g0++) {
      for (let g1 = g0; g1 < groups && g1 - g0 < MAX_SPAN_GROUPS; g1++) {
        const count = digitsBefore(run, g1 + 1) - digitsBefore(run, g0);
        if (count > MAX_SPAN_DIGITS) break;
        // An inner group of one digit ends every span that would contain it,
        // unless it is a bracketed trunk zero ("+84 (0) 912 …").
        if (g1 > g0 + 1 && digitsBefore(run, g1) - digitsBefore(run, g1 - 1) < 2 && !bracketed(ctx.folded, run, g1 - 1) && !afterAreaCode(ctx.folded, run, g1 - 1)) break;
        if (count >= MIN_SPAN_DIGITS) addSpan(index, r, g0, g1, count);
      }
    }
  }
  sealSpanIndex(index);
  ownIndex = index;
  return index;
}

/** How many spans the scan has (none: no recognizer of spans needs anything else). */
export function spanCount(ctx: ScanContext): number {
  return spanIndex(ctx).size;
}

/** Row i's span object, made on first use. */
function spanAt(index: SpanIndex, i: number): NumberSpan {
  const k = index.slot[i];
  if (k !== 0) return index.made[k - 1];
  const run = index.runs[index.rows[i * 4]];
  const g0 = index.rows[i * 4 + 1];
  const g1 = index.rows[i * 4 + 2];
  const span: NumberSpan = {
    run,
    g0,
    g1,
    start: groupStart(run, g0),
    end: groupEnd(run, g1),
    digits: digitsIn(run, g0, g1),
    // Present from the start, so the guards' answers fill slots the
    // object already has instead of growing it span by span.
    guard: undefined,
    guardGrouped: undefined,
  };
  index.slot[i] = index.made.push(span);
  return span;
}

/** Calls `visit` for every cached span whose digit count is within [min, max], in text order. */
export function forEachSpan(
  ctx: ScanContext,
  min: number,
  max: number,
  visit: (span: NumberSpan) => void,
): void {
  // Index loops, not for-of: every recognizer passes its own callback, so
  // these loops keep deoptimizing, and unoptimized for-of allocates a result
  // object per element (tens of megabytes on a megabyte of identifiers).
  // One pass over the rows' digit counts: linear in the spans, whatever
  // the range, and no object is made for a span not visited.
  const index = spanIndex(ctx);
  const rows = index.rows;
  for (let i = 0; i < index.size; i++) {
    const n = rows[i * 4 + 3];
    if (n >= min && n <= max) visit(spanAt(index, i));
  }
}

/**
 * The span cuts a number written in short groups ("1642 [0324 6489 22]"): a
 * neighbouring group of fewer than five digits joined by one character belongs
 * to the same number. Neighbours that are whole numbers themselves
 * ("0912345678 0987654321") do not count.
 */
export function splitsGroupedNumber(ctx: ScanContext, span: NumberSpan): boolean {
  const run = span.run;
  if (span.g0 > 0 && tightAfter(ctx, run, span.g0 - 1) && groupSize(run, span.g0 - 1) < 5) return true;
  if (span.g1 < run.groups - 1 && tightAfter(ctx, run, span.g1) && groupSize(run, span.g1 + 1) < 5) return true;
  return false;
}

// Helpers at module level, not closures: a closure over the run costs an
// allocation per call, and these are asked about every span.
export function groupSize(run: NumberRun, g: number): number {
  return groupEnd(run, g) - groupStart(run, g);
}

/** Group g and the next are joined by one character other than '('. */
function tightAfter(ctx: ScanContext, run: NumberRun, g: number): boolean {
  return groupStart(run, g + 1) - groupEnd(run, g) === 1 && ctx.folded.charCodeAt(groupEnd(run, g)) !== 40;
}

/** Digit count of each group of a span (for grouping-shape checks). */
export function groupSizes(span: NumberSpan): number[] {
  const sizes: number[] = [];
  for (let g = span.g0; g <= span.g1; g++) sizes.push(groupEnd(span.run, g) - groupStart(span.run, g));
  return sizes;
}

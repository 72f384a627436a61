import type { Candidate, Recognizer, ScanContext } from '../recognizer.ts';
import { keywords, negativeKeywords } from '../context.ts';
import { groupEnd, groupStart, numberRuns, type NumberRun, isDigit, groupSize as size } from '../numbers.ts';
import { candidate, scoreSpan, wordless, type ContextRule } from '../span-score.ts';
import { isLetter as isLower } from '../keyword-index.ts';
import { isUpperCode as isUpper } from '../lexicon/words.ts';

// Vehicle plates: a 2-digit province code, a series of one or two letters
// (motorbikes add a digit), then 4 or 5 digits, written 30A-123.45,
// 29B1-123.45, 51G 678.90, 30A12345. Found from the province-code run so the
// whole text is not scanned again.

const rule: ContextRule = {
  positive: keywords([
    'biển số', 'biển số xe', 'biển kiểm soát', 'bks', 'bsx', 'số xe', 'xe', 'ô tô', 'xe máy', 'plate', 'license plate',
    'biển', 'phương tiện',
  ]),
  // A candidate's number, a race bib and a file's number share the plate's shape ("24HT0153", "21K-0342").
  negative: negativeKeywords(['mã', 'model', 'phòng', 'tầng', 'lô', 'sbd', 'số báo danh', 'bib', 'số áo', 'hồ sơ số', 'số hồ sơ']),
  boost: 0.12,
};

/** Series letters never issued (they read as digits): I J O Q W, either case. */
function unusedSeries(c: number): boolean {
  const u = c >= 97 ? c - 32 : c;
  return u === 73 || u === 74 || u === 79 || u === 81 || u === 87;
}

/**
 * The run starting exactly at `pos`, by binary search over the sorted runs.
 * The serial is nearly always the run right after the province code's
 * (`next`), checked first: a search per plate over a hundred thousand runs
 * read scattered objects.
 */
function runAt(runs: NumberRun[], pos: number, next: number): NumberRun | null {
  if (next < runs.length && runs[next].start === pos) return runs[next];
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = runs[mid].start;
    if (s === pos) return runs[mid];
    if (s < pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}

/**
 * The group that ends the serial (12345, 1234, or 123.45 written with a dot),
 * or -1. Later groups may belong to the next value on the line.
 */
/** Whether the text between groups g and g + 1 is exactly `joiner` (compared in place, no slice per plate). */
function joinedBy(s: string, run: NumberRun, g: number, joiner: string): boolean {
  const from = groupEnd(run, g);
  return groupStart(run, g + 1) - from === joiner.length && s.startsWith(joiner, from);
}

// At module level, not a closure in serialEnd: one allocation per plate.
function serialEnd(ctx: ScanContext, run: NumberRun, g0: number): number {
  if (g0 >= run.groups) return -1;
  const s = ctx.folded;
  let end = -1;
  if (size(run, g0) === 5 || size(run, g0) === 4) end = g0;
  else if (size(run, g0) === 3 && g0 + 1 < run.groups && size(run, g0 + 1) === 2) {
    if (joinedBy(s, run, g0, '.')) end = g0 + 1;
  }
  if (end === -1 || end + 1 >= run.groups) return end;
  // A following group joined tightly ("123.456", "12345-6") means a longer number.
  return joinedBy(s, run, end, ' ') || joinedBy(s, run, end, ' - ') ? end : -1;
}

function solidEnd(ctx: ScanContext, run: NumberRun): number {
  if (run.groups === 1) return 0;
  return joinedBy(ctx.folded, run, 0, ' ') ? 0 : -1;
}

// A plate typed onto its label ("bsx35B2-417.36", "BKS29A12345"): the label, not
// any word, may touch the province code.
const GLUED_LABELS = ['bsx', 'bks', 'bienso', 'bien so'];

function labelGlued(folded: string, start: number): boolean {
  for (const label of GLUED_LABELS) {
    if (folded.startsWith(label, start - label.length) && !isLower(folded.charCodeAt(start - label.length - 1))) return true;
  }
  return false;
}

// The validator texts (1 or 2 letters, with or without a series digit, upper
// or lower case), built once instead of once per plate.
const VALIDATORS: string[] = [];

function validatorOf(letters: number, seriesDigit: boolean, upper: boolean): string {
  const key = letters * 4 + (seriesDigit ? 2 : 0) + (upper ? 1 : 0);
  return (VALIDATORS[key] ??= `province code, ${letters}-letter series${seriesDigit ? ' with digit' : ''}, ${upper ? 'upper case' : 'lower case'}`);
}

function find(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  const p = ctx.plain;
  const runs = numberRuns(ctx);
  const quiet = wordless(ctx, rule);
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    // The province code is the run's last group: alone, or after a space.
    const lastGroup = run.groups - 1;
    const start = groupStart(run, lastGroup);
    if (run.end - start !== 2) continue;
    if (lastGroup > 0 && p.charCodeAt(start - 1) !== 32) continue;
    const before = p.charCodeAt(start - 1);
    if ((isUpper(before) || isLower(before) || before > 0x7f || before === 46) && !labelGlued(ctx.folded, start)) continue;
    // Read without slicing; an OCR letter read as a digit gives NaN, as Number() would.
    const d1 = p.charCodeAt(start) - 48;
    const d2 = p.charCodeAt(start + 1) - 48;
    const province = d1 >= 0 && d1 <= 9 && d2 >= 0 && d2 <= 9 ? d1 * 10 + d2 : Number.NaN;
    if (province < 11) continue;
    let i = run.end;
    // "99-G7 413.70": a hyphen may stand between province code and series.
    if (p.charCodeAt(i) === 45 && isUpper(p.charCodeAt(i + 1))) i++;
    let letters = 0;
    let upper = true;
    while (letters < 2 && (isUpper(p.charCodeAt(i)) || isLower(p.charCodeAt(i)))) {
      if (isLower(p.charCodeAt(i))) upper = false;
      i++;
      letters++;
    }
    if (letters === 0 || isUpper(p.charCodeAt(i)) || isLower(p.charCodeAt(i))) continue;
    // Read in place: a slice per plate for a regex test was garbage at once.
    if (unusedSeries(p.charCodeAt(i - 1)) || (letters === 2 && unusedSeries(p.charCodeAt(i - 2)))) continue;
    // The series digit of a motorbike plate opens the next run (29B1-123.45).
    let serial: NumberRun | null;
    let g0 = 0;
    let seriesDigit = false;
    let solidSeries = false;
    if (isDigit(p.charCodeAt(i))) {
      serial = runAt(runs, i, r + 1);
      if (serial === null) continue;
      const first = groupEnd(serial, 0) - groupStart(serial, 0);
      if (first === 1 && serial.groups > 1) {
        g0 = 1;
        seriesDigit = true;
      } else if (first === 6) {
        // Written solid: series digit and five digits ("61A944515").
        solidSeries = true;
        seriesDigit = true;
      }
    } else {
      const sep = p.charCodeAt(i);
      if (sep !== 45 && sep !== 32 && sep !== 46) continue;
      serial = runAt(runs, i + 1, r + 1);
      if (serial === null) continue;
    }
    const last = solidSeries ? solidEnd(ctx, serial) : serialEnd(ctx, serial, g0);
    if (last === -1) continue;
    const end = groupEnd(serial, last);
    const after = p.charCodeAt(end);
    if (isUpper(after) || isLower(after) || after > 0x7f) continue;
    const base = upper ? 0.85 : 0.5;
    const scored = scoreSpan(ctx, start, end, base, rule, quiet);
    out.push(candidate('license_plate', start, end, scored, 'license_plate.structure', validatorOf(letters, seriesDigit, upper)));
  }
  return out;
}

export const licensePlate: Recognizer = {
  id: 'license_plate',
  types: ['license_plate'],
  contextWords: rule.positive.words,
  negativeContextWords: rule.negative.words,
  find,
};

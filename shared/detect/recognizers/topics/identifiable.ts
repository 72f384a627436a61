import type { Candidate, ScanContext } from '../../recognizer.ts';
import { TOPIC_TYPES } from '../../types.ts';
import { atFirstScan } from '../../first-scan.ts';
import { foldText } from '../../scan-context.ts';
import { GIVEN_NAMES, MIDDLE_NAMES } from '../../lexicon/name-syllables.ts';
import { hasMarks, originalLower } from '../../lexicon/forms.ts';
import { isUpperCode, wordsIn, type TextWord } from '../../lexicon/words.ts';
import { pointsAtResident } from '../address-resident.ts';

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
  for (const c of candidates) if (c.score >= threshold && names(c.type)) return;
  let housed = false;
  for (const c of candidates) {
    if (c.type !== 'address' || c.score < threshold) continue;
    if (pointsAtResident(ctx, c)) housed = true;
    else if (c.score > UNIDENTIFIED_SCORE) {
      c.score = UNIDENTIFIED_SCORE;
      c.context.push('-no one lives there in the text');
    }
  }
  if (housed) return;
  for (const c of candidates) {
    if (!TOPICS.has(c.type) || c.score <= UNIDENTIFIED_SCORE || pointsAtSomeone(ctx, c)) continue;
    c.score = UNIDENTIFIED_SCORE;
    c.context.push('-no one identified in the text');
  }
}

function pointsAtSomeone(ctx: ScanContext, c: Candidate): boolean {
  if (c.rule.endsWith('.label')) return true;
  if (c.context.includes("+a person's record")) return true;
  if (fieldName(ctx.folded, c.start, c.end)) return true;
  return someoneNear(ctx, c.start, c.end);
}

/** Someone the text points at on the line of [start, end) or within REACH of it (the span's own words aside). */
export function someoneNear(ctx: ScanContext, start: number, end: number): boolean {
  const { folded } = ctx;
  // The line's ends, looked for within REACH only: a text without line breaks
  // would otherwise be searched whole for every phrase (quadratic time).
  let from = start;
  while (from > 0 && start - from <= REACH && folded.charCodeAt(from - 1) !== 10) from--;
  const lineStart = start - from <= REACH && (from === 0 || folded.charCodeAt(from - 1) === 10);
  if (!lineStart) from = start - REACH;
  let to = end;
  const limit = Math.min(folded.length, end + REACH);
  while (to < limit && folded.charCodeAt(to) !== 10) to++;
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
const FIRST_PERSON: Record<string, string> = { toi: 'tôi', minh: 'mình', em: 'em' };
const TITLES = new Set(['anh', 'chi', 'ong', 'ba', 'em', 'co', 'chu', 'bac', 'cu', 'be', 'a', 'c', 'e']);
const PREDICATES = new Set(['la', 'thuoc', 'bi', 'dang', 'da', 'co', 'mac', 'dong', 'vua', 'hien', 'nghien', 'theo']);

let NAMES = new Set<string>();
atFirstScan(() => {
  NAMES = new Set([...GIVEN_NAMES, ...MIDDLE_NAMES].map(foldText));
});

function spelled(ctx: ScanContext, w: TextWord, as: string): boolean {
  return !hasMarks(ctx) || originalLower(ctx, w.start, w.end) === as;
}

/** A capitalised given name standing alone: "Trang", not "Hà Nội" nor "TRANG" in an upper-case heading. */
function givenName(ctx: ScanContext, words: TextWord[], k: number): boolean {
  const w = words[k];
  if (!w || !NAMES.has(w.key) || !isUpperCode(ctx.plain.charCodeAt(w.start))) return false;
  if (isUpperCode(ctx.plain.charCodeAt(w.start + 1))) return false;
  const next = words[k + 1];
  return !next || next.start - w.end > 2 || !isUpperCode(ctx.plain.charCodeAt(next.start));
}

function someoneOnLine(ctx: ScanContext, from: number, to: number, lineStart: boolean, start: number, end: number): boolean {
  const words = wordsIn(ctx.folded, from, to);
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w.start >= start && w.end <= end) continue;
    const first = FIRST_PERSON[w.key];
    if (first && spelled(ctx, w, first) && !(w.key === 'em' && k > 0 && NOT_FIRST_PERSON_EM.has(words[k - 1].key))) return true;
    // "chị ấy", "anh ấy": someone the reader already knows.
    if (TITLES.has(w.key) && words[k + 1]?.key === 'ay' && spelled(ctx, words[k + 1], 'ấy')) return true;
    if (TITLES.has(w.key) && givenName(ctx, words, k + 1)) return true;
    // A line that opens on a given name and says something of it: "Nghia dong tinh nam a".
    if (k === 0 && lineStart && givenName(ctx, words, 0) && PREDICATES.has(words[1]?.key ?? '')) return true;
  }
  return false;
}

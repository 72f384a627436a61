import type { Candidate, ScanContext } from '../../recognizer.ts';
import type { FindingType } from '../../types.ts';
import { atFirstScan, prepareTables } from '../../first-scan.ts';
import { foldText } from '../../scan-context.ts';
import { COMMON_SURNAMES, OTHER_SURNAMES } from '../../lexicon/surnames.ts';
import { formLexicon, hasMarks, marksAround, originalLower, type FormLexicon } from '../../lexicon/forms.ts';
import { matchList, phraseMatcher, type MatchList, type PhraseMatch, type PhraseMatcher } from '../../lexicon/phrase-matcher.ts';
import { columnCells, mayHoldColumns } from '../../lexicon/table-columns.ts';
import { isDigitCode, isLetterCode, isUpperCode, isWordCode } from '../../lexicon/words.ts';
import { phraseForm } from '../../lexicon/spellings.ts';
import { GENERAL_NEGATIVES } from './general-negatives.ts';
import { PERSON_ANCHORS } from './person-anchors.ts';
import { inPersonRecord } from './record-subject.ts';
import type { TopicSpec } from './spec.ts';
import { scanCache } from '../../scan-cache.ts';
import { matchWithin, nextMatch, type NextMatch } from '../../next-match.ts';

type Kind = 'strong' | 'weak' | 'label';

interface Entry {
  spec: TopicSpec;
  kind: Kind;
  /** This phrase's own spelling: "phạt tù" (criminal) and "phật tử" (religion) fold alike. */
  spelling: FormLexicon;
  /** Its candidates' rules, "health.weak" and "ethnicity.value", built once (not per phrase found). */
  rule: string;
  valueRule: string;
}

/** What a context word means: a person nearby, and/or a general-discourse word for some topics. */
interface ContextEntry {
  anchor: boolean;
  negativeFor: Set<FindingType>;
  /** The types for which it is a misreading: negative only over their phrase. */
  misreadingFor: Set<FindingType>;
}

/**
 * Words that hold a general negative word and mean something else: "kỷ
 * luật" (discipline) is no "luật" (a law), and a member's discipline is
 * about that member.
 */
const NEUTRAL_CONTEXT = ['kỷ luật'];

/** Every topic's phrases in one matcher, so the text is read once for all seven. */
export interface TopicIndex {
  specs: readonly TopicSpec[];
  phrases: PhraseMatcher;
  entries: Map<string, Entry[]>;
  /** The same by the phrase matcher's key numbers (its keys are known at the first scan: filled then, by entriesByNumber). */
  byNumber: (Entry[] | undefined)[] | null;
  context: PhraseMatcher;
  contextEntries: Map<string, ContextEntry>;
  values: Map<FindingType, Set<string>>;
  valueSpellings: Map<FindingType, FormLexicon>;
  headers: Map<FindingType, Set<string>>;
  anchorSpellings: FormLexicon;
  negativeSpellings: FormLexicon;
}

export function buildTopicIndex(specs: readonly TopicSpec[]): TopicIndex {
  const entries = new Map<string, Entry[]>();
  const all: string[] = [];
  const add = (spec: TopicSpec, kind: Kind, phrase: string) => {
    const key = foldText(phrase);
    const list = entries.get(key) ?? [];
    list.push({ spec, kind, spelling: formLexicon([phrase]), rule: `${spec.type}.${kind}`, valueRule: `${spec.type}.value` });
    entries.set(key, list);
    all.push(phrase);
  };
  const contextEntries = new Map<string, ContextEntry>();
  const contextKeys: string[] = [];
  const contextOf = (phrase: string) => {
    const key = foldText(phrase);
    let entry = contextEntries.get(key);
    if (!entry) {
      contextEntries.set(key, (entry = { anchor: false, negativeFor: new Set(), misreadingFor: new Set() }));
      contextKeys.push(key);
    }
    return entry;
  };
  const values = new Map<FindingType, Set<string>>();
  const valueSpellings = new Map<FindingType, FormLexicon>();
  const headers = new Map<FindingType, Set<string>>();
  // Filled at the first scan (first-scan.ts), before the two matchers below
  // read `all` and `contextKeys`: they register after this.
  atFirstScan(() => {
    for (const spec of specs) {
      for (const p of spec.strong) add(spec, 'strong', p);
      for (const p of spec.weak) add(spec, 'weak', p);
      for (const p of spec.labels) add(spec, 'label', p);
      for (const p of [...spec.negative, ...GENERAL_NEGATIVES]) contextOf(p).negativeFor.add(spec.type);
      for (const p of spec.misreadings ?? []) {
        const entry = contextOf(p);
        entry.negativeFor.add(spec.type);
        entry.misreadingFor.add(spec.type);
      }
      if (spec.values) {
        values.set(spec.type, new Set(spec.values.map(foldText)));
        valueSpellings.set(spec.type, formLexicon(spec.values));
      }
      // "người" labels a value ("là người Tày"), never a column: a budget table's unit column says NGƯỜI.
      headers.set(spec.type, new Set(spec.labels.filter((l) => !l.includes('người') && !l.includes('đồng bào')).map(foldText)));
    }
    for (const p of PERSON_ANCHORS) contextOf(p).anchor = true;
    // Read as words of their own, so the negative word inside is not.
    for (const p of NEUTRAL_CONTEXT) contextOf(p);
  });
  return {
    specs,
    phrases: phraseMatcher(all),
    entries,
    byNumber: null,
    context: phraseMatcher(contextKeys),
    contextEntries,
    values,
    valueSpellings,
    headers,
    anchorSpellings: formLexicon(PERSON_ANCHORS),
    negativeSpellings: formLexicon([...specs.flatMap((spec) => [...spec.negative, ...(spec.misreadings ?? [])]), ...GENERAL_NEGATIVES]),
  };
}

// A named person nearby: a surname and another capitalised word ("Nguyễn
// Văn"), or in UPPERCASE a surname and a middle name ("NGUYEN VAN"), since
// whole upper-case lines put surname-like words next to capitals anyway.
// Sticky, tried at each capital of a window in place (namedIn), without the
// lookbehind, which namedIn checks itself.
let NAMED = /$^/y;
atFirstScan(() => {
  const surnames = [...new Set([...COMMON_SURNAMES, ...OTHER_SURNAMES].map(foldText))];
  NAMED = new RegExp(
    // ("ĐỒNG BÀO", compatriots, is no Đồng Bảo.)
    `(?!DONG BAO(?![A-Z]))(?:(?:${surnames.map((s) => `${s[0].toUpperCase()}${s.slice(1)}`).join('|')}) [A-Z][a-z]|(?:${surnames.map((s) => s.toUpperCase()).join('|')}) (?:VAN|THI|HUU|DUC|MINH|THANH|NGOC|QUANG|XUAN|HOANG|QUOC|THU|KIM|BAO|GIA|CONG|DINH|DUY|TIEN|TRONG|MANH|THE|HONG|PHUONG|ANH|THUY|TUAN|HAI|NHAT|VIET|BA|KHAC|CHI|MAI|BICH)(?![A-Z]))`,
    'y',
  );
});

/**
 * The first named person within plain[from, to), as NAMED would find it in
 * that slice with a letter's lookbehind at its front: its bounds in
 * namedStart/namedEnd, or false. Tried in place at each capital that no
 * ASCII letter precedes (every surname opens with one), where the slice and
 * its match array were a sixth of what a long table of topic rows
 * allocated. Only an ASCII capital right after the window can make a
 * lookahead read differently from the slice's end: that window is sliced.
 */
function namedIn(plain: string, from: number, to: number): boolean {
  if (to === plain.length || !isUpperCode(plain.charCodeAt(to))) return firstNamed(plain, from, to);
  const slice = plain.slice(from, to);
  if (!firstNamed(slice, 0, slice.length)) return false;
  namedStart += from;
  namedEnd += from;
  return true;
}

let namedStart = 0;
let namedEnd = 0;

/** namedIn's finding as bounds, or null (for tests). */
export function namedWithin(plain: string, from: number, to: number): [number, number] | null {
  prepareTables();
  return namedIn(plain, from, to) ? [namedStart, namedEnd] : null;
}

/** NAMED tried at each capital of s[from, to) that no ASCII letter precedes within it; a match must end by `to`. */
function firstNamed(s: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    if (!isUpperCode(s.charCodeAt(p)) || (p > from && isAsciiLetter(s.charCodeAt(p - 1)))) continue;
    NAMED.lastIndex = p;
    if (NAMED.test(s) && NAMED.lastIndex <= to) {
      namedStart = p;
      namedEnd = NAMED.lastIndex;
      return true;
    }
  }
  return false;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A line that starts in lower case carries on the sentence before it (a stray line break). */
function continues(plain: string, lineStart: number): boolean {
  let i = lineStart;
  while (plain.charCodeAt(i) === 32) i++;
  const c = plain.charCodeAt(i);
  return c >= 97 && c <= 122;
}

// Without a sentence end nearby the window snaps to fixed blocks, so hits in
// one long run of text share one window (and its cached context).
const REACH = 160;
const BLOCK = 128;

/** Where the sentence around [start, end) ends, as sentenceBounds read it last. */
let sentenceEnd = 0;

/** Where the sentence around [start, end) starts (its end in sentenceEnd: no pair per window). */
function sentenceBounds(s: string, start: number, end: number): number {
  let from = start;
  const floor = Math.max(0, start - REACH);
  while (from > floor) {
    const c = s.charCodeAt(from - 1);
    if ((c === 10 && !continues(s, from)) || c === 33 || c === 63 || (c === 46 && s.charCodeAt(from) === 32)) break;
    from--;
  }
  if (from === floor && from > 0) from = Math.max(0, Math.floor(start / BLOCK) * BLOCK - BLOCK);
  let to = end;
  const ceil = Math.min(s.length, end + REACH);
  while (to < ceil) {
    const c = s.charCodeAt(to);
    if ((c === 10 && !continues(s, to + 1)) || c === 33 || c === 63 || (c === 46 && (to + 1 >= s.length || s.charCodeAt(to + 1) === 32))) break;
    to++;
  }
  if (to === ceil && to < s.length) to = Math.min(s.length, Math.ceil(end / BLOCK) * BLOCK + BLOCK);
  sentenceEnd = to;
  return from;
}

// Context words inside the phrase itself do not count: "cộng đồng" in
// "thuộc cộng đồng LGBT" is not a campaign, "Toi" in "Toi pham" not a person;
// one that reaches beyond it ("phòng chống tội phạm") does.
function outside(at: number, length: number, start: number, end: number): boolean {
  return at < start || at + length > end;
}

/**
 * The sentence (or block) around the phrases being scored, and what was read
 * in it. A scan has one, refilled for each new window (only the last is ever
 * asked again): an object per window, and one per named person found in it,
 * were a fifth of what a long table of topic rows allocated. Its lists are
 * kept too, their first `count` items the window's: a list and an object
 * per context word were most of what the rest of a window allocated.
 */
interface Window {
  from: number;
  to: number;
  /** The context words, the first contextCount items. */
  context: PhraseMatch[];
  contextCount: number;
  phrases: readonly PhraseMatch[] | null;
  /** The named person's bounds (namedIn), NOT_READ before it is looked for, or -1 when there is none. */
  namedStart: number;
  namedEnd: number;
  /**
   * The context words that name or address someone, spelled as such, and
   * the negative words not spelled as other words: read once per window,
   * not once per phrase in it (a dense text has several per sentence).
   */
  anchors: PhraseMatch[];
  anchorCount: number;
  negatives: PhraseMatch[];
  /** Each negative word's entry, beside it. */
  negativeEntries: ContextEntry[];
  negativeCount: number;
}

const NOT_READ = -2;

/** A scan's window, empty until its first phrase (no phrase ends by -1). */
function noWindow(): Window {
  return { from: -1, to: -1, context: [], contextCount: 0, phrases: null, namedStart: NOT_READ, namedEnd: 0, anchors: [], anchorCount: 0, negatives: [], negativeEntries: [], negativeCount: 0 };
}

/** `w` as the window [from, to): kept when it is that window already, else refilled. */
function windowFor(index: TopicIndex, ctx: ScanContext, w: Window, from: number, to: number): Window {
  if (w.from === from && w.to === to) return w;
  w.from = from;
  w.to = to;
  w.contextCount = index.context.scanWordsInto(ctx, from, to, w.context);
  w.phrases = null;
  w.namedStart = NOT_READ;
  // Read now, in one pass: every phrase scored asks for both.
  readContext(index, ctx, w);
  return w;
}

/** `m` as item n of `list` (a window's kept list: its items past the count are stale). */
function putAt(list: PhraseMatch[], n: number, m: PhraseMatch): void {
  if (n < list.length) list[n] = m;
  else list.push(m);
}

const AMBIGUOUS_BARE_ANCHORS = new Set(['ma', 'toi', 'be', 'co', 'di', 'cu', 'cau', 'con', 'bo', 'vo', 'me', 'ba', 'cha', 'nu', 'minh', 'chu', 'bac']);

function nameFollows(plain: string, pos: number): boolean {
  const c = plain.charCodeAt(pos + 1);
  return plain.charCodeAt(pos) === 32 && c >= 65 && c <= 90;
}

/**
 * The window's anchors and negative words, the first w.anchorCount items of
 * w.anchors and w.negativeCount of w.negatives, each context word's entry
 * looked up once.
 */
function readContext(index: TopicIndex, ctx: ScanContext, w: Window): void {
  const marks = hasMarks(ctx);
  const { anchors, negatives, negativeEntries } = w;
  let a = 0;
  let g = 0;
  for (let k = 0; k < w.contextCount; k++) {
    const m = w.context[k];
    const entry = index.contextEntries.get(m.key)!;
    // "Chăm Bà-ni": a hyphen makes the word part of a name, no one addressed.
    if (entry.anchor && ctx.folded.charCodeAt(m.end) !== 45) {
      // In a text with diacritics, "ma" is not "má" nor "toi" "tôi"; without
      // them the shortest anchors are too often other words ("ma tuy", "be").
      const form = phraseForm(ctx, m.start, m.end, index.anchorSpellings, m.key);
      if (form === 'exact' || form === 'partial') putAt(anchors, a++, m);
      // …unless a name follows: "bac Kien", "chi Lan".
      else if (form === 'bare' && !marks && (!AMBIGUOUS_BARE_ANCHORS.has(m.key) || nameFollows(ctx.plain, m.end))) putAt(anchors, a++, m);
    }
    // Spelled as another word it is that word: "hồ sơ cá nhân" holds no "số ca".
    if (entry.negativeFor.size > 0 && !(marks && phraseForm(ctx, m.start, m.end, index.negativeSpellings, m.key) === 'wrong')) {
      if (g < negativeEntries.length) negativeEntries[g] = entry;
      else negativeEntries.push(entry);
      putAt(negatives, g++, m);
    }
  }
  w.anchorCount = a;
  w.negativeCount = g;
}

/** Whether plain[from, to) holds at least `least` capitals A–Z. */
function capitals(plain: string, from: number, to: number, least: number): boolean {
  let count = 0;
  for (let i = from; i < to && count < least; i++) if (isUpperCode(plain.charCodeAt(i))) count++;
  return count >= least;
}

function personNear(index: TopicIndex, ctx: ScanContext, w: Window, start: number, end: number): string | null {
  // (Indexed, not for…of: each phrase of a long table made an iterator result here.)
  const anchors = w.anchors;
  for (let k = 0; k < w.anchorCount; k++) {
    const m = anchors[k];
    if (outside(m.start, m.end - m.start, start, end)) return m.key;
  }
  if (w.namedStart === NOT_READ) {
    // A name takes two capitals at least ("Le Va", "LE VAN"): most windows of a dense text hold fewer, and need no slice and pattern.
    const found = capitals(ctx.plain, w.from, w.to, 2) && namedIn(ctx.plain, w.from, w.to);
    w.namedStart = found ? namedStart : -1;
    w.namedEnd = found ? namedEnd : 0;
  }
  if (w.namedStart >= 0 && outside(w.namedStart, w.namedEnd - w.namedStart, start, end)) return 'a named person';
  return inPersonRecord(ctx, start) ? 'a person\'s record' : null;
}

function negativeNear(type: FindingType, w: Window, start: number, end: number): string | null {
  const negatives = w.negatives;
  for (let k = 0; k < w.negativeCount; k++) {
    const m = negatives[k];
    const entry = w.negativeEntries[k];
    if (!entry.negativeFor.has(type) || !outside(m.start, m.end - m.start, start, end)) continue;
    if (entry.misreadingFor.has(type) && (m.start >= end || m.end <= start)) continue;
    return m.key;
  }
  return null;
}

/**
 * A negative word that shares letters with the phrase ("tiền ăn trưa" over
 * "tiền án", "tiền sử dụng đất" over "tiền sử") says what the words really
 * are, whoever is named beside them.
 */
function negativeOver(index: TopicIndex, type: FindingType, w: Window, start: number, end: number): boolean {
  for (let k = 0; k < w.contextCount; k++) {
    const m = w.context[k];
    if (m.start < end && m.end > start && outside(m.start, m.end - m.start, start, end) && index.contextEntries.get(m.key)!.negativeFor.has(type)) return true;
  }
  return false;
}

function otherPhraseNear(index: TopicIndex, ctx: ScanContext, w: Window, type: FindingType, start: number, end: number): boolean {
  w.phrases ??= index.phrases.scanWords(ctx, w.from, w.to);
  for (const m of w.phrases) {
    if (!outside(m.start, m.end - m.start, start, end)) continue;
    const list = index.entries.get(m.key);
    if (list && list.length > 0 && list.every((e) => e.spec.type === type)) return true;
  }
  return false;
}

/**
 * A phrase read across a line break into a line that opens with a
 * capitalised word ("kích động⏎Tình trạng"): two fields, not "đồng tính". An
 * upper-case line broken mid-title ("BIEN BAN VI⏎PHAM HANH CHINH") still reads on.
 */
function breaksLine(plain: string, start: number, end: number): boolean {
  // Read within the phrase only: a search of the rest of a line-less text per phrase is quadratic.
  let nl = start;
  while (nl < end && plain.charCodeAt(nl) !== 10) nl++;
  if (nl >= end) return false;
  let i = nl + 1;
  while (plain.charCodeAt(i) === 32) i++;
  const c = plain.charCodeAt(i);
  const next = plain.charCodeAt(i + 1);
  return c >= 65 && c <= 90 && next >= 97 && next <= 122;
}

function onlySeparators(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 44 && c !== 59 && c !== 10 && c !== 9) return false;
  }
  return true;
}

/**
 * Whether every entry of a phrase is a label with no value after it, which
 * the loop in scan() would pass over one by one after reading the phrase's
 * spelling. "Người" is such a label ("người Tày") and begins much of any
 * Vietnamese text ("người dân", "người lao động").
 */
function labelsWithoutValue(index: TopicIndex, ctx: ScanContext, list: readonly Entry[], end: number): boolean {
  if (labelValueEnd(ctx.folded, end) >= 0) return false;
  for (const entry of list) {
    if (entry.kind !== 'label') return false;
    const values = index.values.get(entry.spec.type);
    if (values !== undefined && listedValueEnd(ctx.plain, ctx.folded, end, values) >= 0) return false;
  }
  return true;
}

// A field's value saying there is nothing to reveal.
const NONE_VALUES = new Set(['khong', 'khong co', 'chua', 'chua co', 'none', 'no', 'n/a', 'khong theo', 'khong theo ton giao']);

/** Where the value after a label ending at `end` starts (past the separator and spaces, a JSON key's quotes). */
function valueStart(folded: string, end: number): number {
  let i = end;
  while (i < folded.length && (folded.charCodeAt(i) === 32 || folded.charCodeAt(i) === 34 || folded.charCodeAt(i) === 58 || folded.charCodeAt(i) === 9)) i++;
  return i;
}

/** Whether a '|' opens the cell that ends at `pos`, on its line: a pasted table's label cell. */
function pipeCellBefore(folded: string, pos: number): boolean {
  // Read back to the cell's '|' or the line's break, not further (a whole-text search per label is quadratic).
  for (let k = pos - 1; k >= 0 && pos - k <= 120; k--) {
    const c = folded.charCodeAt(k);
    if (c === 124) return true;
    if (c === 10) return false;
  }
  return false;
}

/** After a label: ":" or a tab, then a value; returns the value's end or -1. */
function labelValueEnd(folded: string, end: number, start = -1): number {
  let i = end;
  // A JSON key's closing quote ("danToc":"Ê Đê").
  const quoted = folded.charCodeAt(i) === 34;
  if (quoted) i++;
  while (folded.charCodeAt(i) === 32) i++;
  const sep = folded.charCodeAt(i);
  // A pasted table's label cell, "| Ngày vào Đảng | 19/05/2010 |": a value with a number only, so a header row names no value.
  const pipe = sep === 124 && pipeCellBefore(folded, i);
  if (sep !== 58 && sep !== 9 && !pipe) return -1;
  if (sep === 9 && (headerRow(folded, i) || (start >= 0 && !opensCell(folded, start)))) return -1;
  i++;
  while (folded.charCodeAt(i) === 32 || folded.charCodeAt(i) === 9 || (quoted && folded.charCodeAt(i) === 34)) i++;
  const valueStart = i;
  while (i < folded.length && i - valueStart < 60) {
    const c = folded.charCodeAt(i);
    if (c === 10 || c === 13 || c === 9 || c === 59 || c === 44 || c === 124 || (quoted && c === 34)) break;
    if (c === 46 && !isWordCode(folded.charCodeAt(i + 1))) break;
    // Wide spacing separates two fields of one line ("Dân tộc: Kinh    Tôn giáo: …").
    if (c === 32 && folded.charCodeAt(i + 1) === 32) break;
    i++;
  }
  while (i > valueStart && folded.charCodeAt(i - 1) === 32) i--;
  if (pipe && !/\d/.test(folded.slice(valueStart, i))) return -1;
  // "Tôn giáo: Công giáo", "Ngày vào Đảng: 12/01/2007"
  for (let k = valueStart; k < i; k++) if (isWordCode(folded.charCodeAt(k))) return i;
  return -1;
}

/**
 * Nothing but spaces between the cell's or line's start and `start`: a
 * label cell. "Máy chấm công khuôn mặt + vân tay⇥ZK SpeedFace" ends its
 * cell with the word, and the next cell is the device's model.
 */
function opensCell(folded: string, start: number): boolean {
  let i = start;
  while (i > 0 && folded.charCodeAt(i - 1) === 32) i--;
  const c = i === 0 ? 10 : folded.charCodeAt(i - 1);
  return c === 10 || c === 9 || c === 13 || c === 124 || c === 34;
}

/**
 * A tab row without a number and with three cells or more is a table's
 * header: "STT⇥Họ và tên⇥Dân tộc⇥Tôn giáo⇥Địa chỉ" names columns, its cells are
 * no label and value (the column's cells below are read by columnTopics).
 */
function headerRow(folded: string, pos: number): boolean {
  // Asked once per line and kept for the scan: a long line of tabbed labels asked it per label, each reading the whole line.
  let line = headerLines.key === folded ? headerLines.value : null;
  if (line === null || pos < line.start || pos >= line.end) {
    const start = folded.lastIndexOf('\n', pos) + 1;
    let end = folded.indexOf('\n', pos);
    if (end < 0) end = folded.length;
    line = { start, end, header: headerLine(folded, start, end) };
    headerLines.key = folded;
    headerLines.value = line;
  }
  return line.header;
}
const headerLines = scanCache<{ start: number; end: number; header: boolean }>();

function headerLine(folded: string, start: number, end: number): boolean {
  let tabs = 0;
  for (let i = start; i < end; i++) {
    const c = folded.charCodeAt(i);
    // A digit ending a column's name ("ICD10", "VT1") keeps the row a header; a number makes it data.
    if (c >= 48 && c <= 57 && !isLetterCode(folded.charCodeAt(i - 1)) && !(folded.charCodeAt(i - 1) >= 48 && folded.charCodeAt(i - 1) <= 57 && isLetterCode(folded.charCodeAt(i - 2)))) return false;
    if (c === 9) tabs++;
  }
  return tabs >= 2;
}

/** "dân tộc Tày", "dân tộc Bru-Vân Kiều": a listed value right after the phrase. */
function listedValueEnd(plain: string, folded: string, end: number, values: Set<string>): number {
  // A pasted table's label cell and its value cell: "| Dân tộc | Kinh |".
  if (folded.startsWith(' | ', end) && pipeCellBefore(folded, end)) end += 2;
  // A group name is a proper noun: "là người Co" but not "là người có trách nhiệm".
  if (folded.charCodeAt(end) !== 32 || !(plain.charCodeAt(end + 1) >= 65 && plain.charCodeAt(end + 1) <= 90)) return -1;
  let i = end + 1;
  let best = -1;
  for (let words = 0; words < 3; words++) {
    while (i < folded.length && (isLetterCode(folded.charCodeAt(i)) || folded.charCodeAt(i) === 39 || folded.charCodeAt(i) === 45)) i++;
    // "người lao động" (worker) is no "người Lào" in text without diacritics.
    // Nor are the province Lào Cai ("ủng hộ đồng bào Lào Cai") and the worker.
    if (values.has(folded.slice(end + 1, i)) && !folded.startsWith('lao dong', end + 1) && !folded.startsWith('lao cai', end + 1)) best = i;
    if (folded.charCodeAt(i) !== 32) break;
    i++;
  }
  return best;
}

/** "LÀ NGƯỜI CÓ" is not the group Co: a listed value must be spelled as listed. */
function valueSpelled(index: TopicIndex, ctx: ScanContext, type: FindingType, phraseEnd: number, valueEnd: number): boolean {
  const lexicon = index.valueSpellings.get(type);
  if (!lexicon) return true;
  const start = phraseEnd + 1;
  const form = lexicon.check(ctx.folded.slice(start, valueEnd), originalLower(ctx, start, valueEnd));
  // Bare among marked words, "NGƯỜI LAO ĐỘNG" is no "người Lào".
  return form !== 'wrong' && (form !== 'bare' || !marksAround(ctx, start, valueEnd));
}

const BASE: Record<Kind, number> = { strong: 0.7, weak: 0.3, label: 0.9 };

// A count of people beside the phrase ("3.412 bệnh nhân đang điều trị",
// "512.000 tín đồ", "hàng chục ca ngộ độc") makes it a statistic about a
// group, not a fact about one person. Only close by: a year or a tally
// elsewhere in the sentence says nothing about this phrase. With a person
// named or addressed nearby the count must lead into the phrase (a comma
// between at most: "20.000 tăng ni, phật tử") or be that person ("14 bị
// can … về tội đánh bạc"): "nhà có 3 người, chồng tôi bị ung thư" is about
// the husband.
const COUNTED = /(?:\d|trong so|hang (?:chuc|tram|nghin|ngan|van|trieu)|nhieu)(?: (?:nghin|ngan|van|trieu))?%?(?: luot)?(?: la)? (?:nguoi(?! con)|cong dan|benh nhan|doi tuong|truong hop|bi (?:cao|can)|pham nhan|tin do|giao dan|phat tu|tang ni|dang vien|hoc sinh|dong bao|dan toc|ca(?![a-z])|vu(?![a-z]))/g;

/**
 * The pattern's openers: a digit with a space after it (every count the
 * pattern reads has one) or a count word. Most phrases have none near, and
 * the pattern then need not run.
 */
const COUNT_OPENERS = /\d |\d%|trong so|hang |nhieu/g;

function counted(folded: string, openers: NextMatch, start: number, end: number, person: string | null): boolean {
  const from = Math.max(0, start - 40);
  const to = Math.min(folded.length, end + 18);
  if (!matchWithin(openers, from, to)) return false;
  for (const m of folded.slice(from, to).matchAll(COUNTED)) if (!person || m[0].endsWith(person) || from + m.index + m[0].length >= start - 2) return true;
  return false;
}

/**
 * A count right after the phrase, ending its item: a statistic's line
 * ("người HĐKC bị nhiễm chất độc hóa học 2.381; thân nhân liệt sĩ 4.105",
 * "Tiểu đường: 1.204,"), not a person's ("mang thai 5 tháng", "hạng 2/4",
 * "đái tháo đường type 2,") nor a CSV row's next cell.
 */
function countFollows(folded: string, end: number): boolean {
  let i = end;
  while (i < end + 3 && (folded.charCodeAt(i) === 32 || folded.charCodeAt(i) === 58)) i++;
  // A share of a population in brackets: "HBSAG DƯƠNG TÍNH (9,4%)" (a person's own "tỷ lệ thương tật 61%" has none).
  if (folded.charCodeAt(i) === 40 && /^\(\d{1,3}(?:[.,]\d{1,2})? ?%\)/.test(folded.slice(i, i + 10))) return true;
  const digits = i;
  let grouped = false;
  for (;;) {
    while (isDigitCode(folded.charCodeAt(i))) i++;
    // A thousands group ("2.381"): a count, not a type's number ("type 2") nor a CSV's next cell.
    if (i > digits && folded.charCodeAt(i) === 46 && isDigitCode(folded.charCodeAt(i + 1)) && isDigitCode(folded.charCodeAt(i + 3)) && !isDigitCode(folded.charCodeAt(i + 4))) {
      grouped = true;
      i++;
    } else break;
  }
  if (i - digits < 2) return false;
  while (folded.charCodeAt(i) === 32) i++;
  const c = folded.charCodeAt(i);
  return c === 59 || c === 10 || c === 41 || Number.isNaN(c) || (grouped && c === 44);
}

// A hospital's department named by what it treats: "Khoa Hồi sức cấp cứu",
// "Khoa Nội thận - Lọc máu", "đơn nguyên Sơ sinh". The name says what the ward
// does, not what anyone has.
const DEPARTMENT = /(?:^|[^a-z])(?:khoa|don nguyen)((?: [a-z]+){0,3}) ?(?:[-–/] ?)?$/;

// The words that open a department's name, found ahead of the phrases asking.
const DEPARTMENT_WORDS = /khoa|don nguyen/g;

function departmentName(folded: string, words: NextMatch, start: number): boolean {
  const from = Math.max(0, start - 32);
  // Most health phrases have no department word in the 32 characters before
  // them (a search of the rest of the text per phrase would cost a long text
  // quadratic time).
  if (!matchWithin(words, from, start)) return false;
  const before = folded.slice(from, start).trimEnd();
  return DEPARTMENT.test(before) && !/\b(?:bi|mac|dieu tri|chuyen|nhap|vao|o|tai|cua)\b/.test(DEPARTMENT.exec(before)![1]);
}

/**
 * One pass over the text for every topic phrase; each hit is scored by its
 * kind and by what shares its sentence: a person (+), a campaign, plan or
 * agency word (−). Results are cached per scan, so the seven topic
 * recognizers share it.
 */
interface ScannedTopics {
  index: TopicIndex;
  byType: Map<FindingType, Candidate[]>;
}

// The product has one topic index; a scan asked about another (tests) reads
// that one's topics again.
const cache = scanCache<ScannedTopics>();

/** No topic in the text: most texts' answer, shared (no map per scan). */
const NONE: Map<FindingType, Candidate[]> = new Map();

/**
 * The scan's candidates of one topic, a list of the caller's own: split by
 * type once per scan (seven recognizers filtering every candidate of a dense
 * text cost a twelfth of reading its topics).
 */
export function scanTopics(index: TopicIndex, ctx: ScanContext, type: FindingType): Candidate[] {
  let scanned = cache.key === ctx ? cache.value : null;
  if (scanned === null || scanned.index !== index) {
    scanned = { index, byType: byTypeOf(scan(index, ctx, true)) };
    cache.key = ctx;
    cache.value = scanned;
  }
  const list = scanned.byType.get(type);
  return list === undefined ? [] : list.slice();
}

// The loop alone, ending its function (scorePhrases says why).
function byTypeOf(candidates: Candidate[]): Map<FindingType, Candidate[]> {
  if (candidates.length === 0) return NONE;
  // A text of one topic (a health table, a file's religion fields) keeps its list as it is, uncopied.
  if (oneType(candidates)) return new Map([[candidates[0].type, candidates]]);
  const byType = new Map<FindingType, Candidate[]>();
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const list = byType.get(c.type);
    if (list === undefined) byType.set(c.type, [c]);
    else list.push(c);
  }
  return byType;
}

/** Whether every candidate is of the first one's type. */
function oneType(candidates: readonly Candidate[]): boolean {
  const type = candidates[0].type;
  for (let i = 1; i < candidates.length; i++) if (candidates[i].type !== type) return false;
  return true;
}

/**
 * The phrase continues a capitalised name ("chợ Rạch Sỏi", "xóm Đạo Tin"):
 * every word of it in Title Case after a word in Title Case, in text that is
 * not upper case. A place's or a body's name, not anyone's condition.
 */
function insideAName(plain: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const first = i === start || plain.charCodeAt(i - 1) === 32;
    if (first !== isUpperCode(plain.charCodeAt(i))) return false;
  }
  const i = start - 1;
  if (plain.charCodeAt(i) !== 32) return false;
  let j = i;
  while (j > 0 && isLetterCode(plain.charCodeAt(j - 1))) j--;
  if (j === i || !isUpperCode(plain.charCodeAt(j))) return false;
  for (let k = j + 1; k < i; k++) if (isUpperCode(plain.charCodeAt(k))) return false;
  return true;
}

/**
 * The phrase is words of a company's name: "CÔNG TY TNHH ĐIỆN TỬ KỲ PHONG"
 * typed bare holds "tu ky" (tự kỷ, autism). Every word from the company
 * word to the phrase's end opens with a capital. (A lower-case phrase, most
 * of them, is told at its first letter.)
 */
function insideACompanyName(ctx: ScanContext, start: number, end: number): boolean {
  const { plain, folded } = ctx;
  // The phrase's last word is capitalised ("Điện tử Kỳ Phong": a name's own words may be lower case before it).
  let last = end - 1;
  while (last > start && isLetterCode(folded.charCodeAt(last - 1))) last--;
  if (!isUpperCode(plain.charCodeAt(last))) return false;
  // Nothing may end the name between the company word and the phrase (a
  // line break, a sentence's or a clause's mark), and no company word holds
  // one: the word is looked for after the last such mark only, in one walk
  // back no further than the word's reach ("Người nhận: " repeated along a
  // line walked 64 characters to a line's start, then sliced and searched
  // them, per phrase).
  let from = Math.max(0, start - COMPANY_REACH);
  for (let i = start - 1; i >= from; i--) {
    const c = folded.charCodeAt(i);
    if (c === 10 || c === 46 || c === 44 || c === 59 || c === 58 || c === 40 || c === 41) {
      from = i + 1;
      break;
    }
  }
  // The shortest company word is three letters.
  return start - from >= 3 && COMPANY_WORD.test(folded.slice(from, start));
}
const COMPANY_WORD = /(?<![a-z])(?:cong ty|cty|tnhh|doanh nghiep|hop tac xa|htx)(?![a-z])/;
const COMPANY_REACH = 64;


/** Labels that name a value only when it is a listed one ("là người Tày"). */
const PEOPLE_WORD_LABELS = new Set(['nguoi', 'la nguoi']);

/** Phrases that fold like a sum of money's name. */
const FOLDS_LIKE_MONEY = new Set(['tien an']);

/** A sum right after `end` ("tiền ăn 30.000 đồng", "tien an: 50k"). */
function amountAfter(folded: string, end: number): boolean {
  let i = end;
  while (i < end + 3 && (folded.charCodeAt(i) === 32 || folded.charCodeAt(i) === 58)) i++;
  return isDigitCode(folded.charCodeAt(i));
}

/** Whether the first `count` types of `types` hold `type`. */
function holds(types: readonly FindingType[], count: number, type: FindingType): boolean {
  for (let k = 0; k < count; k++) if (types[k] === type) return true;
  return false;
}

/** Whether `list` has a label of `type`. */
function labelOf(list: readonly Entry[], type: FindingType): boolean {
  for (const e of list) if (e.kind === 'label' && e.spec.type === type) return true;
  return false;
}

/** Whether `list` has an entry of a type other than `type`. */
function otherType(list: readonly Entry[], type: FindingType): boolean {
  for (const e of list) if (e.spec.type !== type) return true;
  return false;
}

const VALIDATORS: Record<Kind, string> = { strong: 'strong phrase', weak: 'weak phrase', label: 'labelled value' };

// A candidate whose only context is the person near it ("+a named person")
// shares one frozen list with every other such candidate: a dense table has
// one per phrase, and a list and a string each cost more than the rest of
// the candidate. (demoteUnidentified adds to a topic's list by copy.)
const PERSON_ONLY = new Map<string, string[]>();
const NO_CONTEXT: string[] = Object.freeze([]) as unknown as string[];

// The person personOnly was asked for last (a table's rows name the same one, "a named person").
let lastPerson = '';
let lastPersonOnly = NO_CONTEXT;

function personOnly(person: string): string[] {
  if (person === lastPerson) return lastPersonOnly;
  let list = PERSON_ONLY.get(person);
  if (list === undefined) {
    list = Object.freeze([`+${person}`]) as unknown as string[];
    PERSON_ONLY.set(person, list);
  }
  lastPerson = person;
  lastPersonOnly = list;
  return list;
}

// The phrases a scan found, refilled scan after scan: an object per phrase
// lived through the scan, and a table of topic rows has two per row.
const found = matchList();

/** The topic candidates of one scan; `shortcuts` false scores every phrase found (tests compare both). */
export function scan(index: TopicIndex, ctx: ScanContext, shortcuts: boolean): Candidate[] {
  const out: Candidate[] = [];
  // A phrase spelled as no entry of it is another word, and covers none of the words after its first.
  const spelled = (start: number, end: number, key: string) => spelledAsSome(index, ctx, start, end, key);
  scorePhrases(index, ctx, shortcuts, index.phrases.scanInto(ctx, found, undefined, hasMarks(ctx) ? spelled : undefined, true), out);
  for (const spec of index.specs) columnTopics(index, spec, ctx, out);
  return out;
}

/**
 * Whether some entry of `key` is spelled at [start, end) as itself, or at
 * least not as another word. Missing marks ("tiểu dương" for tiểu đường)
 * count only when no phrase spelled in full starts at a later word of it:
 * "nước tiểu dương tính" holds "dương tính", not a diabetic.
 */
function spelledAsSome(index: TopicIndex, ctx: ScanContext, start: number, end: number, key: string): boolean {
  const list = index.entries.get(key);
  if (list === undefined) return true;
  let partial = false;
  for (const entry of list) {
    const form = phraseForm(ctx, start, end, entry.spelling, key);
    if (form === 'exact' || form === 'bare') return true;
    if (form === 'partial') partial = true;
  }
  return partial && !exactPhraseInside(index, ctx, start, end);
}

/** Whether a phrase spelled exactly starts at a word of (start, end) after the first. */
function exactPhraseInside(index: TopicIndex, ctx: ScanContext, start: number, end: number): boolean {
  const { folded } = ctx;
  let i = start;
  while (i < end && isLetterCode(folded.charCodeAt(i))) i++;
  for (const m of index.phrases.scan(folded, i, Math.min(folded.length, end + 48))) {
    if (m.start >= end) break;
    const list = index.entries.get(m.key);
    if (list !== undefined && list.some((e) => phraseForm(ctx, m.start, m.end, e.spelling, m.key) === 'exact')) return true;
  }
  return false;
}

/** index.entries by the phrase matcher's key numbers, as scanInto lists the keys. */
function entriesByNumber(index: TopicIndex): readonly (Entry[] | undefined)[] {
  const keys = index.phrases.keys();
  if (index.byNumber === null || index.byNumber.length !== keys.length) index.byNumber = keys.map((key) => index.entries.get(key));
  return index.byNumber;
}

// The loop alone, ending its function: the code after it had no feedback when
// the loop's on-stack replacement compiled it, and threw that code away at the
// end of every long scan (listOpeners in phrase-matcher.ts says more).
function scorePhrases(index: TopicIndex, ctx: ScanContext, shortcuts: boolean, found: MatchList, out: Candidate[]): void {
  const { folded } = ctx;
  const current = noWindow();
  let furthest = 0;
  // The same phrase again right after the last one ("ung thư, ung thư …")
  // extends that finding instead of being scored anew: one span, same verdict.
  // Only separators between: a list's commas, a column's line breaks, a row's tabs.
  let lastKey = '';
  // Two arrays per phrase were a fifth of what a dense text's topics
  // allocated: these are reused, their first `count` items the phrase's
  // (emptying one by its length frees its storage, so the next push allocates anew).
  const lastFound: Candidate[] = [];
  let lastCount = 0;
  // The types already found at a phrase (a phrase has one or two: an array, not a Set).
  const done: FindingType[] = [];
  let doneCount = 0;
  const countOpeners = nextMatch(folded, COUNT_OPENERS);
  const departmentWords = nextMatch(folded, DEPARTMENT_WORDS);
  const { starts, ends, keys, count } = found;
  const keyList = index.phrases.keys();
  const entriesOf = entriesByNumber(index);
  for (let i = 0; i < count; i++) {
    const start = starts[i];
    const end = ends[i];
    const key = keyList[keys[i]];
    if (start < furthest) continue;
    if (key === lastKey && lastCount > 0 && start - furthest <= 3 && onlySeparators(folded, furthest, start)) {
      for (let k = 0; k < lastCount; k++) lastFound[k].end = end;
      furthest = end;
      continue;
    }
    const list = entriesOf[keys[i]];
    if (!list || breaksLine(ctx.plain, start, end) || insideAName(ctx.plain, start, end) || insideACompanyName(ctx, start, end)) continue;
    lastKey = key;
    lastCount = 0;
    if (shortcuts && labelsWithoutValue(index, ctx, list, end)) continue;
    doneCount = 0;
    for (const entry of list) {
      const type = entry.spec.type;
      if (holds(done, doneCount, type)) continue;
      const spelling = phraseForm(ctx, start, end, entry.spelling, key);
      if (spelling === 'wrong') continue;
      // Written bare, "tien an 30.000 dong/ngay" is meal money (tiền ăn), not a record (tiền án).
      if (spelling === 'bare' && FOLDS_LIKE_MONEY.has(key) && amountAfter(folded, end)) continue;
      // A phrase that is also a label ("chẩn đoán") reads as the label when a value follows.
      if (entry.kind !== 'label' && labelOf(list, type) && labelValueEnd(folded, end) >= 0) continue;
      let kind: Kind = entry.kind;
      let spanEnd = end;
      let rule = entry.rule;
      if (kind === 'label') {
        let valueEnd = labelValueEnd(folded, end, start);
        // An ethnic group is a name: "NGƯỜI<TAB>150" is a unit column of a budget table.
        if (valueEnd >= 0 && index.values.has(type) && !/[a-z]/.test(folded.slice(end, valueEnd))) valueEnd = -1;
        // "Người: 150.000.000đ/người/vụ", a table's "Người" cell (injured people, not goods): "người" labels a listed group only.
        if (valueEnd >= 0 && PEOPLE_WORD_LABELS.has(key) && !index.values.get(type)?.has(folded.slice(valueStart(folded, end), valueEnd))) valueEnd = -1;
        const listed = valueEnd < 0 && index.values.has(type) ? listedValueEnd(ctx.plain, folded, end, index.values.get(type)!) : -1;
        // "Tôn giáo: Không", "Đảng viên: không": the field says there is none. ("Tiền án, tiền sự: Không"
        // is the result of a records check, which the writers mark.)
        if (valueEnd >= 0 && type !== 'criminal_record' && NONE_VALUES.has(folded.slice(valueStart(folded, end), valueEnd))) continue;
        if (valueEnd >= 0) spanEnd = valueEnd;
        else if (listed >= 0 && valueSpelled(index, ctx, type, end, listed)) {
          spanEnd = listed;
          kind = 'strong';
          rule = entry.valueRule;
        } else continue;
      }
      // Hits inside the last window share it (a sentence, or a block of a long run).
      const w = start >= current.from && spanEnd <= current.to ? current : windowFor(index, ctx, current, sentenceBounds(ctx.plain, start, spanEnd), sentenceEnd);
      const person = personNear(index, ctx, w, start, spanEnd);
      const negative = negativeNear(type, w, start, spanEnd);
      let score = BASE[kind];
      if (kind !== 'label') {
        if (person && negative) score = kind === 'strong' ? 0.6 : 0.35;
        else if (person) score += kind === 'strong' ? 0.2 : 0.35;
        else if (negative) score -= kind === 'strong' ? 0.4 : 0.2;
      } else if (negative && !person) score -= 0.35;
      let context = NO_CONTEXT;
      if (counted(folded, countOpeners, start, spanEnd, person) || (kind !== 'label' && countFollows(folded, spanEnd))) {
        score = Math.min(score, 0.3);
        context = ['-count of people'];
      } else if (type === 'health' && kind !== 'label' && departmentName(folded, departmentWords, start)) {
        score = Math.min(score, 0.3);
        context = ["-a department's name"];
      } else if (negative && negativeOver(index, type, w, start, spanEnd)) score = Math.min(score, 0.3);
      // Written without diacritics, a phrase shared by two topics ("phat tu":
      // phạt tù or phật tử) counts for the one the rest of the sentence is about.
      if (spelling === 'bare' && otherType(list, type) && !otherPhraseNear(index, ctx, w, type, start, end)) {
        score -= 0.35;
        context = [...context, '-ambiguous without diacritics'];
      }
      if (person) context = context === NO_CONTEXT && !negative ? personOnly(person) : [...context, `+${person}`];
      if (negative) context = [...context, `-${negative}`];
      out.push({
        type,
        start,
        end: spanEnd,
        score: Math.max(0, Math.min(0.95, score)),
        rule,
        validator: VALIDATORS[kind],
        context,
      });
      done[doneCount++] = type;
      if (spanEnd === end) lastFound[lastCount++] = out[out.length - 1];
      furthest = Math.max(furthest, spanEnd);
    }
  }
}

// A table of groups, not people: "Dân tộc⇥Số người⇥Tỷ lệ (%)".
const STATISTICS_COLUMNS = /(?:^|[^a-z])(?:so nguoi|so ho|so luong|ty le|ti le|so tin do|tong so|dan so)(?:[^a-z]|$)/;

/** The header row a column's cells hang from, read once per header (not once per cell: a long table would cost quadratic time). */
interface HeaderRow {
  at: number;
  /** Where the header's words come next (a later table's header), or Infinity. */
  next: number;
  statistics: boolean;
}

/** Whether the header row above `cell` that names `header` also has a count's or a share's column. */
function statisticsHeader(folded: string, header: string, cell: number, rows: Map<string, HeaderRow>): boolean {
  let row = rows.get(header);
  // The header read for an earlier cell holds for this one unless the same header comes again in between.
  if (row !== undefined && row.at <= cell && cell < row.next) return row.statistics;
  const at = folded.lastIndexOf(header, cell);
  if (at < 0) return false;
  const lineStart = folded.lastIndexOf('\n', at) + 1;
  let lineEnd = folded.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = folded.length;
  const next = folded.indexOf(header, at + 1);
  row = { at, next: next < 0 ? Infinity : next, statistics: STATISTICS_COLUMNS.test(folded.slice(lineStart, lineEnd)) };
  rows.set(header, row);
  return row.statistics;
}

/** A "Tôn giáo" or "Dân tộc" column in a pasted table: every filled cell is the topic. */
function columnTopics(index: TopicIndex, spec: TopicSpec, ctx: ScanContext, out: Candidate[]): void {
  // Before the closures and map below: most texts hold no table at all.
  if (!mayHoldColumns(ctx)) return;
  const { folded } = ctx;
  const headers = index.headers.get(spec.type)!;
  // A date column ("Ngày vào Đảng") is filled with dates; the others with words.
  const filled = (s: number, e: number, digits: boolean) => {
    for (let k = s; k < e; k++) if (digits ? isDigitCode(folded.charCodeAt(k)) : isLetterCode(folded.charCodeAt(k))) return true;
    return false;
  };
  const rows = new Map<string, HeaderRow>();
  for (const cell of columnCells(ctx, headers, (s, e) => filled(s, e, false) || filled(s, e, true))) {
    if (!filled(cell.start, cell.end, cell.header.startsWith('ngay ')) || statisticsHeader(folded, cell.header, cell.start, rows)) continue;
    out.push({
      type: spec.type,
      start: cell.start,
      end: cell.end,
      score: 0.9,
      rule: `${spec.type}.column`,
      validator: 'cell in a topic column',
      context: [`+column ${cell.header}`],
    });
  }
}

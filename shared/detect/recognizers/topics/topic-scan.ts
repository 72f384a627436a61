import type { Candidate, ScanContext } from '../../recognizer.ts';
import type { FindingType } from '../../types.ts';
import { keywords, type Keywords } from '../../context.ts';
import { foldText } from '../../scan-context.ts';
import { COMMON_SURNAMES, OTHER_SURNAMES } from '../../lexicon/surnames.ts';
import { formLexicon, hasMarks, originalLower, type FormLexicon } from '../../lexicon/forms.ts';
import { columnCells } from '../../lexicon/table-columns.ts';
import { isLetterCode, isWordCode } from '../../lexicon/words.ts';
import { PERSON_ANCHORS } from './person-anchors.ts';
import type { TopicSpec } from './spec.ts';

type Kind = 'strong' | 'weak' | 'label';

interface Entry {
  spec: TopicSpec;
  kind: Kind;
  /** This phrase's own spelling: "phạt tù" (criminal) and "phật tử" (religion) fold alike. */
  spelling: FormLexicon;
}

/** Every topic's phrases in one regular expression, so the text is read once for all seven. */
export interface TopicIndex {
  specs: readonly TopicSpec[];
  phrases: RegExp;
  entries: Map<string, Entry[]>;
  negatives: Map<FindingType, Keywords>;
  values: Map<FindingType, Set<string>>;
  headers: Map<FindingType, Set<string>>;
  anchors: Keywords;
  anchorSpellings: FormLexicon;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

// Words of a phrase may be split by several spaces or one line break (OCR,
// hurried typing: "tạm  giam", "tội⏎phạm"); the match is collapsed back to
// single spaces before it is looked up.
const GAP = '(?: +\\n? *|\\n *)';

function phraseRegExp(phrases: readonly string[]): RegExp {
  const keys = [...new Set(phrases.map(foldText))].sort((a, b) => b.length - a.length);
  const alternation = keys.map((k) => k.split(' ').map(escape).join(GAP)).join('|');
  return new RegExp(`(?<![a-z0-9])(?:${alternation})(?![a-z])`, 'g');
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ');
}

export function buildTopicIndex(specs: readonly TopicSpec[]): TopicIndex {
  const entries = new Map<string, Entry[]>();
  const all: string[] = [];
  const add = (spec: TopicSpec, kind: Kind, phrase: string) => {
    const key = foldText(phrase);
    const list = entries.get(key) ?? [];
    list.push({ spec, kind, spelling: formLexicon([phrase]) });
    entries.set(key, list);
    all.push(phrase);
  };
  const negatives = new Map<FindingType, Keywords>();
  const values = new Map<FindingType, Set<string>>();
  const headers = new Map<FindingType, Set<string>>();
  for (const spec of specs) {
    for (const p of spec.strong) add(spec, 'strong', p);
    for (const p of spec.weak) add(spec, 'weak', p);
    for (const p of spec.labels) add(spec, 'label', p);
    negatives.set(spec.type, keywords(spec.negative));
    if (spec.values) values.set(spec.type, new Set(spec.values.map(foldText)));
    headers.set(spec.type, new Set(spec.labels.map(foldText)));
  }
  return {
    specs,
    phrases: phraseRegExp(all),
    entries,
    negatives,
    values,
    headers,
    anchors: keywords(PERSON_ANCHORS),
    anchorSpellings: formLexicon(PERSON_ANCHORS),
  };
}

// A capitalised surname and another capitalised word: a named person nearby.
const NAMED = new RegExp(
  `(?<![A-Za-z])(?:${[...new Set([...COMMON_SURNAMES, ...OTHER_SURNAMES].map(foldText))]
    .map((s) => `${s[0].toUpperCase()}${s.slice(1)}|${s.toUpperCase()}`)
    .join('|')}) [A-Z]`,
);

/** A line that starts in lower case carries on the sentence before it (a stray line break). */
function continues(plainOrFolded: string, lineStart: number): boolean {
  let i = lineStart;
  while (plainOrFolded.charCodeAt(i) === 32) i++;
  const c = plainOrFolded.charCodeAt(i);
  return c >= 97 && c <= 122;
}

function sentenceBounds(s: string, start: number, end: number): [number, number] {
  let from = start;
  const floor = Math.max(0, start - 160);
  while (from > floor) {
    const c = s.charCodeAt(from - 1);
    if ((c === 10 && !continues(s, from)) || c === 33 || c === 63 || (c === 46 && s.charCodeAt(from) === 32)) break;
    from--;
  }
  let to = end;
  const ceil = Math.min(s.length, end + 160);
  while (to < ceil) {
    const c = s.charCodeAt(to);
    if ((c === 10 && !continues(s, to + 1)) || c === 33 || c === 63 || (c === 46 && (to + 1 >= s.length || s.charCodeAt(to + 1) === 32))) break;
    to++;
  }
  return [from, to];
}


// Context words inside the phrase itself do not count: "cộng đồng" in
// "thuộc cộng đồng LGBT" is not a campaign, "Toi" in "Toi pham" not a person;
// one that reaches beyond it ("phòng chống tội phạm") does.
function outside(at: number, length: number, start: number, end: number): boolean {
  return at < start || at + length > end;
}

function personNear(index: TopicIndex, ctx: ScanContext, from: number, to: number, start: number, end: number): string | null {
  const marks = hasMarks(ctx);
  const slice = ctx.folded.slice(from, to);
  const re = index.anchors.re;
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const at = from + m.index;
    if (!outside(at, m[0].length, start, end)) continue;
    // In a text with diacritics, "ma" is not "má" nor "toi" "tôi".
    const form = index.anchorSpellings.check(m[0], originalLower(ctx, at, at + m[0].length));
    if (form === 'exact' || form === 'partial' || (form === 'bare' && !marks)) return m[0];
  }
  const named = NAMED.exec(ctx.plain.slice(from, to));
  if (named && outside(from + named.index, named[0].length, start, end)) return 'a named person';
  return null;
}

function negativeNear(index: TopicIndex, type: FindingType, ctx: ScanContext, from: number, to: number, start: number, end: number): string | null {
  const slice = ctx.folded.slice(from, to);
  const re = index.negatives.get(type)!.re;
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (outside(from + m.index, m[0].length, start, end)) return m[0];
  }
  return null;
}

function otherPhraseNear(index: TopicIndex, ctx: ScanContext, type: FindingType, from: number, to: number, start: number, end: number): boolean {
  const slice = ctx.folded.slice(from, to);
  const re = new RegExp(index.phrases.source, 'g');
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const at = from + m.index;
    if (!outside(at, m[0].length, start, end)) continue;
    const list = index.entries.get(collapse(m[0]));
    if (list && list.length > 0 && list.every((e) => e.spec.type === type)) return true;
  }
  return false;
}

/** After a label: ":" or a tab, then a value; returns the value's end or -1. */
function labelValueEnd(folded: string, end: number): number {
  let i = end;
  while (folded.charCodeAt(i) === 32) i++;
  const sep = folded.charCodeAt(i);
  if (sep !== 58 && sep !== 9) return -1;
  i++;
  while (folded.charCodeAt(i) === 32 || folded.charCodeAt(i) === 9) i++;
  const valueStart = i;
  while (i < folded.length && i - valueStart < 60) {
    const c = folded.charCodeAt(i);
    if (c === 10 || c === 13 || c === 9 || c === 59 || c === 44 || c === 124) break;
    if (c === 46 && !isWordCode(folded.charCodeAt(i + 1))) break;
    i++;
  }
  while (i > valueStart && folded.charCodeAt(i - 1) === 32) i--;
  // "Tôn giáo: Công giáo", "Ngày vào Đảng: 12/01/2007"
  for (let k = valueStart; k < i; k++) if (isWordCode(folded.charCodeAt(k))) return i;
  return -1;
}

/** "dân tộc Tày", "dân tộc Bru-Vân Kiều": a listed value right after the phrase. */
function listedValueEnd(folded: string, end: number, values: Set<string>): number {
  if (folded.charCodeAt(end) !== 32) return -1;
  let i = end + 1;
  let best = -1;
  for (let words = 0; words < 3; words++) {
    while (i < folded.length && (isLetterCode(folded.charCodeAt(i)) || folded.charCodeAt(i) === 39 || folded.charCodeAt(i) === 45)) i++;
    if (values.has(folded.slice(end + 1, i))) best = i;
    if (folded.charCodeAt(i) !== 32) break;
    i++;
  }
  return best;
}

const BASE: Record<Kind, number> = { strong: 0.7, weak: 0.3, label: 0.9 };

/**
 * One pass over the text for every topic phrase; each hit is scored by its
 * kind and by what shares its sentence: a person (+), a campaign, plan or
 * agency word (−). Results are cached per scan, so the seven topic
 * recognizers share it.
 */
const cache = new WeakMap<ScanContext, WeakMap<TopicIndex, Candidate[]>>();

export function scanTopics(index: TopicIndex, ctx: ScanContext): Candidate[] {
  let perIndex = cache.get(ctx);
  if (!perIndex) cache.set(ctx, (perIndex = new WeakMap()));
  const cached = perIndex.get(index);
  if (cached) return cached;
  const out = scan(index, ctx);
  perIndex.set(index, out);
  return out;
}

function scan(index: TopicIndex, ctx: ScanContext): Candidate[] {
  const { folded } = ctx;
  const out: Candidate[] = [];
  const re = index.phrases;
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    const key = collapse(m[0]);
    const list = index.entries.get(key);
    if (!list) continue;
    const written = collapse(originalLower(ctx, start, end));
    const done = new Set<FindingType>();
    let furthest = end;
    for (const entry of list) {
      const type = entry.spec.type;
      if (done.has(type)) continue;
      const spelling = entry.spelling.check(key, written);
      if (spelling === 'wrong') continue;
      // A phrase that is also a label ("chẩn đoán") reads as the label when a value follows.
      if (entry.kind !== 'label' && list.some((e) => e.kind === 'label' && e.spec.type === type) && labelValueEnd(folded, end) >= 0) continue;
      let kind: Kind = entry.kind;
      let spanEnd = end;
      let rule = `${type}.${kind}`;
      if (kind === 'label') {
        const valueEnd = labelValueEnd(folded, end);
        const listed = valueEnd < 0 && index.values.has(type) ? listedValueEnd(folded, end, index.values.get(type)!) : -1;
        if (valueEnd >= 0) spanEnd = valueEnd;
        else if (listed >= 0) {
          spanEnd = listed;
          kind = 'strong';
          rule = `${type}.value`;
        } else continue;
      }
      const [from, to] = sentenceBounds(ctx.plain, start, spanEnd);
      const person = personNear(index, ctx, from, to, start, spanEnd);
      const negative = negativeNear(index, type, ctx, from, to, start, spanEnd);
      let score = BASE[kind];
      if (kind !== 'label') {
        if (person && negative) score = kind === 'strong' ? 0.6 : 0.35;
        else if (person) score += kind === 'strong' ? 0.2 : 0.35;
        else if (negative) score -= kind === 'strong' ? 0.4 : 0.2;
      } else if (negative && !person) score -= 0.3;
      const context: string[] = [];
      // Written without diacritics, a phrase shared by two topics ("phat tu":
      // phạt tù or phật tử) counts for the one the rest of the sentence is about.
      if (spelling === 'bare' && list.some((e) => e.spec.type !== type) && !otherPhraseNear(index, ctx, type, from, to, start, end)) {
        score -= 0.35;
        context.push('-ambiguous without diacritics');
      }
      if (person) context.push(`+${person}`);
      if (negative) context.push(`-${negative}`);
      out.push({
        type,
        start,
        end: spanEnd,
        score: Math.max(0, Math.min(0.95, score)),
        rule,
        validator: kind === 'label' ? 'labelled value' : `${kind} phrase`,
        context,
      });
      done.add(type);
      furthest = Math.max(furthest, spanEnd);
    }
    re.lastIndex = furthest;
  }
  for (const spec of index.specs) columnTopics(index, spec, ctx, out);
  return out;
}

/** A "Tôn giáo" or "Dân tộc" column in a pasted table: every filled cell is the topic. */
function columnTopics(index: TopicIndex, spec: TopicSpec, ctx: ScanContext, out: Candidate[]): void {
  const { folded } = ctx;
  const headers = index.headers.get(spec.type)!;
  for (const cell of columnCells(ctx, headers, (s, e) => {
    for (let k = s; k < e; k++) if (isLetterCode(folded.charCodeAt(k))) return true;
    return false;
  })) {
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

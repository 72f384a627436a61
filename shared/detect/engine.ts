import type { DetectOptions } from './api.ts';
import type { Candidate, Recognizer, ScanContext } from './recognizer.ts';
import { categoryOf, TOPIC_TYPES, type Finding, type FindingType } from './types.ts';
import { createScanContext, releaseScanUnits } from './scan-context.ts';
import { RECOGNIZERS } from './recognizers/index.ts';
import { masksAt } from '../mask/masks.ts';
import { forgetScan, NO_WORDS } from './context.ts';
import { forgetNumbers } from './numbers.ts';
import { clearUsed, forgetScanCaches } from './scan-cache.ts';
import { demoteUnidentified, UNIDENTIFIED_SCORE } from './recognizers/topics/identifiable.ts';
import { deferOwnerChecks, ORGANISATION_SCORE } from './recognizers/address.ts';
import { demoteExamples } from './example-value.ts';
import { reportsFrom } from './recognizers/person-name.ts';

/** Findings scoring below this are not reported (DetectOptions.threshold overrides). */
export const REPORT_THRESHOLD = 0.6;

const ranks = new WeakMap<readonly Recognizer[], Map<FindingType, number>>();

/** Tie-break rank of each type: the position of its recognizer in the list. */
function order(recognizers: readonly Recognizer[]): Map<FindingType, number> {
  let rank = ranks.get(recognizers);
  if (!rank) {
    rank = new Map();
    recognizers.forEach((r, i) => r.types.forEach((t) => rank!.has(t) || rank!.set(t, i)));
    ranks.set(recognizers, rank);
  }
  return rank;
}

function better(a: Candidate, b: Candidate, rank: Map<FindingType, number>): boolean {
  const da = a.contextDistance;
  const db = b.contextDistance;
  // For one span read as two types, a label beats no label and the nearer
  // of two labels wins.
  if (a.start === b.start && a.end === b.end && da !== db) return db === undefined || (da !== undefined && da < db);
  if (a.score !== b.score) return a.score > b.score;
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb;
  return (rank.get(a.type) ?? 99) < (rank.get(b.type) ?? 99);
}

/**
 * Each span gets one type, the best-supported. Candidates are grouped into
 * clusters of transitively overlapping spans (usually one or two), and inside
 * a cluster the best candidates are kept greedily, so the work stays linear in
 * the number of candidates.
 */
export function resolveOverlaps(candidates: Candidate[], rank: Map<FindingType, number>, folded?: string): Candidate[] {
  sortBySpan(candidates);
  if (folded !== undefined) yieldToNames(candidates, folded);
  // In place: a cluster keeps no more candidates than it has, so those kept
  // go where the cluster's were (a second list of a hundred thousand grew by copies).
  truncate(candidates, keepResolved(candidates, rank));
  return candidates;
}

const TOPICS = new Set<FindingType>(TOPIC_TYPES);

/** Before: by start, the longer first at one start. */
function spanOrder(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end;
}

/** Natural runs sortBySpan merges; more go to Array.prototype.sort. */
const MAX_MERGED_RUNS = 64;

/**
 * candidates.sort(spanOrder), the same stable order: each recognizer lists
 * its candidates in text order, so the list is a few sorted runs, merged
 * here pair by pair with the order inlined (the sort's call per comparison
 * was a twentieth of a megabyte of identifiers).
 */
export function sortBySpan(candidates: Candidate[]): void {
  const n = candidates.length;
  const bounds = [0];
  for (let i = 1; i < n; i++) {
    const a = candidates[i - 1];
    const b = candidates[i];
    if (a.start > b.start || (a.start === b.start && a.end < b.end)) {
      if (bounds.length > MAX_MERGED_RUNS) {
        candidates.sort(spanOrder);
        return;
      }
      bounds.push(i);
    }
  }
  if (bounds.length === 1) return;
  bounds.push(n);
  let from = candidates;
  let to: Candidate[] = candidates.slice();
  let runs = bounds;
  while (runs.length > 2) {
    const next = [0];
    for (let r = 0; r + 1 < runs.length; r += 2) {
      const end = r + 2 < runs.length ? runs[r + 2] : runs[r + 1];
      mergeRuns(from, to, runs[r], runs[r + 1], end);
      next.push(end);
    }
    runs = next;
    const t = from;
    from = to;
    to = t;
  }
  if (from !== candidates) for (let i = 0; i < n; i++) candidates[i] = from[i];
}

/** Merges from[lo, mid) and from[mid, hi) into to[lo, hi), the left first on ties (stable). */
function mergeRuns(from: Candidate[], to: Candidate[], lo: number, mid: number, hi: number): void {
  let i = lo;
  let j = mid;
  let k = lo;
  while (i < mid && j < hi) {
    const a = from[i];
    const b = from[j];
    if (b.start < a.start || (b.start === a.start && b.end > a.end)) {
      to[k++] = b;
      j++;
    } else {
      to[k++] = a;
      i++;
    }
  }
  while (i < mid) to[k++] = from[i++];
  while (j < hi) to[k++] = from[j++];
}

/**
 * A topic's phrase that runs into a name ("Đại đức Thích Minh Tâm": the
 * monk's title ends on the name's first word) gives the name its words
 * back, so both are kept: the topic is evidence about the text, the name a
 * value. `candidates` are sorted by start.
 */
function yieldToNames(candidates: Candidate[], folded: string): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (!TOPICS.has(c.type)) continue;
    for (let j = i + 1; j < candidates.length && candidates[j].start < c.end; j++) {
      const name = candidates[j];
      if (name.type !== 'person_name' || name.start <= c.start || name.end <= c.end) continue;
      let end = name.start;
      while (end > c.start && folded.charCodeAt(end - 1) === 32) end--;
      if (end > c.start) c.end = end;
      break;
    }
  }
}

// The loop alone, ending its function (keepAbove says why).
function keepResolved(candidates: Candidate[], rank: Map<FindingType, number>): number {
  let kept = 0;
  let i = 0;
  while (i < candidates.length) {
    let j = i + 1;
    let clusterEnd = candidates[i].end;
    while (j < candidates.length && candidates[j].start < clusterEnd) {
      if (candidates[j].end > clusterEnd) clusterEnd = candidates[j].end;
      j++;
    }
    if (j - i === 1) {
      candidates[kept++] = candidates[i];
    } else if (j - i === 2) {
      kept = chooseOfTwo(candidates[i], candidates[i + 1], rank, candidates, kept);
    } else {
      const chosen = chooseInCluster(candidates.slice(i, j), candidates[i].start, clusterEnd, rank);
      for (let k = 0; k < chosen.length; k++) candidates[kept++] = chosen[k];
    }
    i = j;
  }
  return kept;
}

/**
 * Best candidates first, each kept when none of its characters is taken: a
 * bitmap over the cluster makes this linear in the total span length even
 * when thousands of candidates chain into one cluster (a 1 MB run of digits).
 */
export function chooseInCluster(cluster: Candidate[], from: number, to: number, rank: Map<FindingType, number>): Candidate[] {
  cluster.sort((a, b) => (better(a, b, rank) ? -1 : better(b, a, rank) ? 1 : 0));
  const taken = new Uint8Array(to - from);
  const chosen: Candidate[] = [];
  for (const c of cluster) {
    let free = true;
    for (let k = c.start - from; k < c.end - from && free; k++) free = taken[k] === 0;
    if (!free) continue;
    taken.fill(1, c.start - from, c.end - from);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * chooseInCluster for the most common cluster, one span read as two types
 * (or two overlapping spans), without its sorts and bitmap: the same choice
 * and order, since a stable sort of two elements swaps them exactly when the
 * second compares first. Writes them into `kept` from `count`, returns the count after.
 */
function chooseOfTwo(a: Candidate, b: Candidate, rank: Map<FindingType, number>, kept: Candidate[], count: number): number {
  const first = better(b, a, rank) ? b : a;
  const second = first === a ? b : a;
  // Overlapping when they share a character (an empty span shares none).
  const shared = Math.max(first.start, second.start) < Math.min(first.end, second.end);
  if (shared) {
    kept[count] = first;
    return count + 1;
  }
  const earlier = second.start < first.start;
  kept[count] = earlier ? second : first;
  kept[count + 1] = earlier ? first : second;
  return count + 2;
}

function explainNow(rule: string, validator: string, context: readonly string[], score: number): string {
  const words = context.length > 0 ? context.join(', ') : 'none';
  return `${rule}: ${validator}; context: ${words}; score ${score.toFixed(2)}`;
}

// The explanations written for each rule during one scan: findings of one
// rule read one of a handful of ways (a label or none, a few validators),
// and a megabyte of identifiers otherwise builds one string per finding.
// Several are kept per rule, since phones or names in a list alternate
// between two or three (keeping the last alone rebuilt half of them).
// Emptied when the scan ends (forgetExplanations): an explanation holds no
// value, but a word in it may be a slice of the text (a column header),
// which must not keep the text in memory.
interface Explained {
  validator: string;
  context: readonly string[];
  score: number;
  text: string;
  /** A lasting entry's: the candidate's own validator found equal to its copy during this scan (null after it). */
  seen: string | null;
}
const explained = new Map<string, Explained[]>();
// The explanations of candidates whose context is a frozen list, kept
// across scans: such a list is one its module shares for good (a keyword's
// "+sdt", a date's "+after a name", no words at all), so once its
// validator is copied (detached) the entry holds nothing of any text. A
// message or a keystroke's rescan has a finding or two, and wrote each of
// their explanations anew, in maps made and emptied for it.
const lasting = new Map<string, Explained[]>();
const MAX_LASTING_RULES = 256;
/**
 * The lasting entries whose `seen` is set: the first `seenCount`, let go of
 * when the scan ends (a count, not the length: its setter is a runtime call).
 */
const seenEntries: Explained[] = [];
let seenCount = 0;
/** Explanations kept per rule, the oldest replaced first beyond it. */
const KEPT_PER_RULE = 8;

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A copy of `s` that points into no other string: V8 makes a slice of a
 * string, or two strings joined, a view of the strings they came from, and
 * a validator read from the text would keep the text as long as the entry
 * lasts. The joined string is flattened into one new string by slice(),
 * and the slice points into that.
 */
export function detached(s: string): string {
  return (` ${s}`).slice(1);
}

export function forgetExplanations(): void {
  clearUsed(explained);
  // The candidates' own strings seen this scan, which may be slices of its text.
  for (let i = 0; i < seenCount; i++) seenEntries[i].seen = null;
  seenCount = 0;
}

export function explain(c: Candidate): string {
  if (isShared(c.context)) return lastingText(c);
  let kept = explained.get(c.rule);
  if (kept === undefined) explained.set(c.rule, (kept = []));
  for (let i = 0; i < kept.length; i++) {
    const e = kept[i];
    if (e.score === c.score && e.validator === c.validator && sameWords(e.context, c.context)) return e.text;
  }
  const text = explainNow(c.rule, c.validator, c.context, c.score);
  keep(kept, { validator: c.validator, context: c.context.slice(), score: c.score, text, seen: null });
  return text;
}

/**
 * The explanation of a candidate whose context is a frozen list, from the
 * lasting entries. An entry's validator is a copy, which a candidate's own
 * string equals only character by character: the candidate's is noted as
 * seen for the rest of the scan, so that the findings after it compare the
 * same object (compared by their characters, a megabyte of identifiers'
 * explanations took five times as long).
 */
function lastingText(c: Candidate): string {
  let kept = lasting.get(c.rule);
  if (kept === undefined) {
    // A rule is a name its recognizer gives ("cccd.structure"), never read from a text, and
    // kept as it is: a copy as the key would be compared by its characters at every look-up.
    // The cap only guards the map against rules made per text.
    if (lasting.size >= MAX_LASTING_RULES) lasting.clear();
    lasting.set(c.rule, (kept = []));
  }
  for (let i = 0; i < kept.length; i++) {
    const e = kept[i];
    if (e.score !== c.score || !sameWords(e.context, c.context)) continue;
    if (e.seen === c.validator) return e.text;
    if (e.validator === c.validator) {
      if (e.seen === null) seenEntries[seenCount++] = e;
      e.seen = c.validator;
      return e.text;
    }
  }
  const validator = detached(c.validator);
  const entry = { validator, context: c.context, score: c.score, text: explainNow(c.rule, validator, c.context, c.score), seen: c.validator };
  seenEntries[seenCount++] = entry;
  keep(kept, entry);
  return entry.text;
}

// The last frozen lists seen: Object.isFrozen is a call into the runtime
// (about 30 ns), and a scan's findings share a handful of lists (a row of
// identifiers alternates "+cccd", "+sdt" and "+ngay sinh").
const sharedSeen: (readonly string[])[] = [NO_WORDS, NO_WORDS, NO_WORDS, NO_WORDS];
let nextSeen = 0;

/** Whether `context` is frozen: a list its module shares for good. */
function isShared(context: readonly string[]): boolean {
  if (context === sharedSeen[0] || context === sharedSeen[1] || context === sharedSeen[2] || context === sharedSeen[3]) return true;
  if (!Object.isFrozen(context)) return false;
  sharedSeen[nextSeen] = context;
  nextSeen = (nextSeen + 1) & 3;
  return true;
}

/** Adds an explanation to a rule's, the oldest replaced beyond KEPT_PER_RULE. */
function keep(kept: Explained[], entry: Explained): void {
  if (kept.length < KEPT_PER_RULE) kept.push(entry);
  else {
    kept.copyWithin(0, 1);
    kept[KEPT_PER_RULE - 1] = entry;
  }
}

function toFinding(ctx: ScanContext, c: Candidate): Finding {
  const start = ctx.toOriginal(c.start);
  const end = ctx.toOriginal(c.end);
  const masks = masksAt(c.type, ctx.text, start, end);
  return {
    type: c.type,
    category: categoryOf(c.type),
    start,
    end,
    score: Math.round(c.score * 100) / 100,
    masked: masks.record,
    displayMasked: masks.display,
    explanation: explain(c),
  };
}

/** Raw candidates of every applicable recognizer, in folded offsets. */
export function collectCandidates(ctx: ScanContext, options: DetectOptions = {}, recognizers = RECOGNIZERS): Candidate[] {
  const wanted = options.types ? new Set(options.types) : null;
  const all: Candidate[] = [];
  for (const r of recognizers) {
    if (wanted && !r.types.some((t) => wanted.has(t))) continue;
    const found = r.find(ctx);
    for (let i = 0; i < found.length; i++) if (!wanted || wanted.has(found[i].type)) all.push(found[i]);
  }
  return all;
}

/**
 * filter() in place: the collected list is the engine's own, and a second
 * array of a hundred thousand candidates per megabyte of identifiers is
 * garbage the moment it is filled.
 */
function aboveThreshold(candidates: Candidate[], threshold: number): Candidate[] {
  truncate(candidates, keepAbove(candidates, threshold));
  return candidates;
}

/**
 * Shortens `list` to `length` items. The length setter costs a runtime call
 * (about 60 ns) even when nothing changes, as with most messages' candidates:
 * both truncations were a twentieth of a one-word detection.
 */
function truncate(list: unknown[], length: number): void {
  if (list.length !== length) list.length = length;
}

// The loop alone, ending its function: code after a long loop had no feedback
// when the loop's on-stack replacement compiled it, and threw that code away
// at the end of every long scan (listOpeners in phrase-matcher.ts says more).
function keepAbove(candidates: Candidate[], threshold: number): number {
  let kept = 0;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.score >= threshold) candidates[kept++] = c;
  }
  return kept;
}

/** Whole-text detection: pure and synchronous; offsets are into `text`. */
export function detect(text: string, options: DetectOptions = {}): Finding[] {
  return detectWith(RECOGNIZERS, text, options);
}

export function detectWith(recognizers: readonly Recognizer[], text: string, options: DetectOptions = {}): Finding[] {
  if (text.length === 0) return [];
  const threshold = options.threshold ?? REPORT_THRESHOLD;
  const ctx = createScanContext(text, true);
  let candidates: Candidate[];
  try {
    // Only a whole detection knows whether anyone is identified (a types filter skips the recognizers that would say).
    const unidentifiedDemoted = !options.types && !options.identifiedElsewhere;
    // Owners wait where their look-up cannot change the report (address.ts says when).
    if (unidentifiedDemoted && threshold > UNIDENTIFIED_SCORE && threshold > ORGANISATION_SCORE) deferOwnerChecks(ctx);
    // Names that cannot reach the threshold go unscored where nothing else would differ (person-name.ts, unseenScore).
    reportsFrom(ctx, threshold);
    candidates = collectCandidates(ctx, options, recognizers as Recognizer[]);
    if (unidentifiedDemoted) demoteUnidentified(ctx, candidates, threshold);
    demoteExamples(ctx, candidates, threshold);
    candidates = aboveThreshold(candidates, threshold);
  } finally {
    forgetScan();
    forgetScanCaches();
    releaseScanUnits();
    forgetNumbers(ctx);
  }
  try {
    // The losers let go (resolved in place), and each finding put in its
    // candidate's place: a megabyte of identifiers otherwise kept a hundred
    // thousand candidates alive, for each collection to copy, while a second array filled.
    const kept = resolveOverlaps(candidates, order(recognizers), ctx.folded);
    const findings = kept as unknown as Finding[];
    for (let i = 0; i < kept.length; i++) findings[i] = toFinding(ctx, kept[i]);
    return findings;
  } finally {
    forgetExplanations();
  }
}

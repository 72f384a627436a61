import type { DetectOptions } from './api.ts';
import type { Candidate, Recognizer, ScanContext } from './recognizer.ts';
import { categoryOf, TOPIC_TYPES, type Finding, type FindingType } from './types.ts';
import { createScanContext, releaseScanUnits } from './scan-context.ts';
import { RECOGNIZERS } from './recognizers/index.ts';
import { masksAt } from '../mask/masks.ts';
import { forgetScan } from './context.ts';
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
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  if (folded !== undefined) yieldToNames(candidates, folded);
  // In place: a cluster keeps no more candidates than it has, so those kept
  // go where the cluster's were (a second list of a hundred thousand grew by copies).
  candidates.length = keepResolved(candidates, rank);
  return candidates;
}

const TOPICS = new Set<FindingType>(TOPIC_TYPES);

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

function explainNow(c: Candidate): string {
  const context = c.context.length > 0 ? c.context.join(', ') : 'none';
  return `${c.rule}: ${c.validator}; context: ${context}; score ${c.score.toFixed(2)}`;
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
  context: string[];
  score: number;
  text: string;
}
const explained = new Map<string, Explained[]>();
/** Explanations kept per rule, the oldest replaced first beyond it. */
const KEPT_PER_RULE = 8;

function sameWords(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function forgetExplanations(): void {
  clearUsed(explained);
}

export function explain(c: Candidate): string {
  let kept = explained.get(c.rule);
  if (kept === undefined) explained.set(c.rule, (kept = []));
  for (let i = 0; i < kept.length; i++) {
    const e = kept[i];
    if (e.score === c.score && e.validator === c.validator && sameWords(e.context, c.context)) return e.text;
  }
  const text = explainNow(c);
  const entry = { validator: c.validator, context: c.context.slice(), score: c.score, text };
  if (kept.length < KEPT_PER_RULE) kept.push(entry);
  else {
    kept.copyWithin(0, 1);
    kept[KEPT_PER_RULE - 1] = entry;
  }
  return text;
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
  candidates.length = keepAbove(candidates, threshold);
  return candidates;
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

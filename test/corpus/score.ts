// Scoring rules of `npm run eval`, shared by the CLI and the corpus test.
// - Structured identifiers, location and credential: a prediction is correct
//   when its type matches and its span equals a gold span after trimming
//   surrounding spaces and punctuation on both (`0912 345 678.` = `0912 345 678`).
// - person_name and address: any overlap with a gold span of the same type.
//   Precision counts predictions that overlap some gold span, recall counts
//   gold spans that some prediction overlaps (a split address is not an FP).
// - Topics: judged per text, on the set of topic types found in it.
import type { CorpusText, Span, SpanType, Topic } from './segments.ts';
import { SPAN_TYPES, TOPICS } from './segments.ts';

export const STRUCTURED: readonly SpanType[] = [
  'cccd', 'cmnd', 'passport', 'tax_code', 'social_insurance', 'health_insurance', 'phone', 'email',
  'bank_account', 'payment_card', 'license_plate', 'driver_license', 'date_of_birth',
];
export const OVERLAP_TYPES: readonly SpanType[] = ['person_name', 'address'];
export const EXTRA_EXACT: readonly SpanType[] = ['location', 'credential'];

export interface Predicted {
  type: string;
  start: number;
  end: number;
}

export interface Counts {
  support: number;
  predicted: number;
  /** Gold spans found. */
  tp: number;
  /** Predictions matching nothing. */
  fp: number;
  /** Gold spans missed. */
  fn: number;
}

export interface Miss {
  id: string;
  type: string;
  kind: 'fn' | 'fp';
  start: number;
  end: number;
}

const TRIM = /[\s.,;:!?()[\]{}"'“”‘’|*•·–—-]/u;

export function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && TRIM.test(text[start])) start++;
  while (end > start && TRIM.test(text[end - 1])) end--;
  return [start, end];
}

const emptyCounts = (): Counts => ({ support: 0, predicted: 0, tp: 0, fp: 0, fn: 0 });

export class Scoreboard {
  readonly counts = new Map<string, Counts>();
  readonly misses: Miss[] = [];
  texts = 0;

  private row(type: string): Counts {
    let c = this.counts.get(type);
    if (!c) this.counts.set(type, (c = emptyCounts()));
    return c;
  }

  add(gold: CorpusText, predicted: readonly Predicted[]): void {
    this.texts++;
    const topicSet = new Set<string>(TOPICS);
    const spanSet = new Set<string>(SPAN_TYPES);
    for (const type of new Set<string>([...SPAN_TYPES, ...predicted.map((p) => p.type)])) {
      if (topicSet.has(type)) continue;
      const g = gold.spans.filter((s) => s.type === type);
      const p = predicted.filter((s) => s.type === type);
      if (g.length === 0 && p.length === 0) continue;
      const overlap = (OVERLAP_TYPES as readonly string[]).includes(type);
      const same = overlap ? overlaps : (a: Span | Predicted, b: Span | Predicted) => sameTrimmed(gold.text, a, b);
      const row = this.row(type);
      row.support += g.length;
      row.predicted += p.length;
      for (const s of g) {
        if (p.some((q) => same(s, q))) row.tp++;
        else {
          row.fn++;
          this.misses.push({ id: gold.id, type, kind: 'fn', start: s.start, end: s.end });
        }
      }
      for (const q of p) {
        if (!spanSet.has(type) || !g.some((s) => same(s, q))) {
          row.fp++;
          this.misses.push({ id: gold.id, type, kind: 'fp', start: q.start, end: q.end });
        }
      }
    }
    const predictedTopics = new Set(predicted.map((p) => p.type).filter((t) => topicSet.has(t)));
    for (const t of TOPICS) {
      const inGold = gold.topics.includes(t);
      const inPred = predictedTopics.has(t);
      if (!inGold && !inPred) continue;
      const row = this.row(t);
      if (inGold) row.support++;
      if (inPred) row.predicted++;
      if (inGold && inPred) row.tp++;
      else if (inGold) {
        row.fn++;
        this.misses.push({ id: gold.id, type: t, kind: 'fn', start: 0, end: 0 });
      } else {
        row.fp++;
        const first = predicted.find((p) => p.type === t)!;
        this.misses.push({ id: gold.id, type: t, kind: 'fp', start: first.start, end: first.end });
      }
    }
  }

  sum(types: readonly string[]): Counts {
    const total = emptyCounts();
    for (const t of types) {
      const c = this.counts.get(t);
      if (!c) continue;
      total.support += c.support;
      total.predicted += c.predicted;
      total.tp += c.tp;
      total.fp += c.fp;
      total.fn += c.fn;
    }
    return total;
  }
}

function overlaps(a: Span | Predicted, b: Span | Predicted): boolean {
  return a.start < b.end && b.start < a.end;
}

function sameTrimmed(text: string, a: Span | Predicted, b: Span | Predicted): boolean {
  const [as, ae] = trimSpan(text, a.start, a.end);
  const [bs, be] = trimSpan(text, b.start, b.end);
  return as === bs && ae === be;
}

export interface Metrics {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision over predictions, recall over gold spans; an empty side scores 1 (nothing wrong there). */
export function metrics(c: Counts): Metrics {
  const precision = c.predicted === 0 ? 1 : (c.predicted - c.fp) / c.predicted;
  const recall = c.support === 0 ? 1 : c.tp / c.support;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface Target {
  name: string;
  value: number;
  min: number;
  pass: boolean;
}

/** The targets (issue 2), evaluated on one scoreboard. */
export function targets(board: Scoreboard): Target[] {
  const t = (name: string, value: number, min: number): Target => ({ name, value, min, pass: value >= min });
  const structured = metrics(board.sum(STRUCTURED));
  const out = [
    t('structured precision', structured.precision, 0.98),
    t('structured recall', structured.recall, 0.97),
  ];
  for (const type of STRUCTURED) {
    const c = board.counts.get(type);
    if (c && c.support > 0) out.push(t(`${type} F1`, metrics(c).f1, 0.9));
  }
  for (const type of OVERLAP_TYPES) out.push(t(`${type} F1 (overlap)`, metrics(board.sum([type])).f1, 0.85));
  out.push(t('topics F1 (per text)', metrics(board.sum(TOPICS)).f1, 0.9));
  return out;
}

// A text is built as a list of segments so labels travel with the words they
// label: every transform (NFD, no diacritics, OCR noise…) rewrites segment by
// segment and the spans' UTF-16 offsets are computed only at the very end.
import { STRUCTURED_TYPES, TOPIC_TYPES } from '../../shared/detect/types.ts';
import type { Variant } from './variants.ts';

// The public vocabulary of interfaces.md §2 (the engine's own list), less the
// image-only type: what a text span can be labelled with.
export const SPAN_TYPES = [...STRUCTURED_TYPES, 'person_name', 'address', 'location', 'credential'] as const;
export type SpanType = (typeof SPAN_TYPES)[number];

export const TOPICS = TOPIC_TYPES;
export type Topic = (typeof TOPICS)[number];

/** What a hard-negative segment imitates (reported per text, never a span). */
export type DecoyKind =
  | 'doc_number'
  | 'order_code'
  | 'money'
  | 'meeting_date'
  | 'timestamp'
  | 'hotline'
  | 'bare_year'
  | 'bad_province'
  | 'bare_number'
  | 'bad_tax_code'
  | 'topic_without_person'
  | 'policy_prose'
  | 'letterhead'
  | 'street_name'
  | 'issue_date'
  | 'org_name';

export interface Seg {
  text: string;
  type?: SpanType;
  topic?: Topic;
  decoy?: DecoyKind;
}

export type Part = Seg | Seg[] | string | number;

function flatten(parts: readonly Part[], out: Seg[]): void {
  for (const p of parts) {
    if (Array.isArray(p)) flatten(p, out);
    else if (typeof p === 'string' || typeof p === 'number') out.push({ text: String(p) });
    else out.push(p);
  }
}

/** Tagged template: literal text plus interpolated segments, flattened. */
export function d(strings: TemplateStringsArray, ...values: Part[]): Seg[] {
  const out: Seg[] = [];
  strings.forEach((s, i) => {
    if (s) out.push({ text: s });
    if (i < values.length) flatten([values[i]], out);
  });
  return out;
}

export function join(parts: readonly Part[], sep = ''): Seg[] {
  const out: Seg[] = [];
  parts.forEach((p, i) => {
    if (i > 0 && sep) out.push({ text: sep });
    flatten([p], out);
  });
  return out;
}

export const span = (type: SpanType, text: string): Seg => ({ text, type });
export const topic = (t: Topic, text: string): Seg => ({ text, topic: t });
export const decoy = (kind: DecoyKind, text: string): Seg => ({ text, decoy: kind });

// ---- assembly -------------------------------------------------------------

export interface Span {
  type: SpanType;
  start: number;
  end: number;
}

export interface CorpusText {
  id: string;
  kind: string;
  template: string;
  variant: Variant;
  text: string;
  spans: Span[];
  topics: Topic[];
  decoys: DecoyKind[];
}

export function assemble(segs: readonly Seg[]): { text: string; spans: Span[]; topics: Topic[]; decoys: DecoyKind[] } {
  let text = '';
  const spans: Span[] = [];
  const topics = new Set<Topic>();
  const decoys = new Set<DecoyKind>();
  for (const seg of segs) {
    const start = text.length;
    text += seg.text;
    if (seg.type && seg.text.length > 0) spans.push({ type: seg.type, start, end: text.length });
    if (seg.topic) topics.add(seg.topic);
    if (seg.decoy) decoys.add(seg.decoy);
  }
  return { text, spans, topics: [...topics].sort(), decoys: [...decoys].sort() };
}

// A text is built as a list of segments so labels travel with the words they
// label: every transform (NFD, no diacritics, OCR noise…) rewrites segment by
// segment and the spans' UTF-16 offsets are computed only at the very end.
import type { Rng } from './rng.ts';

export const SPAN_TYPES = [
  'cccd',
  'cmnd',
  'passport',
  'tax_code',
  'social_insurance',
  'health_insurance',
  'phone',
  'email',
  'bank_account',
  'payment_card',
  'license_plate',
  'driver_license',
  'date_of_birth',
  'person_name',
  'address',
  'location',
  'credential',
] as const;
export type SpanType = (typeof SPAN_TYPES)[number];

export const TOPICS = [
  'health',
  'religion',
  'ethnicity',
  'political_view',
  'criminal_record',
  'sexual_orientation',
  'biometric',
] as const;
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
  | 'org_name'
  | 'signatory';

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

// ---- transforms -----------------------------------------------------------

export function stripDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

export function toFullWidthDigits(s: string): string {
  return s.replace(/[0-9]/g, (c) => String.fromCharCode(0xff10 + Number(c)));
}

const OCR_LETTER_SWAPS: readonly (readonly [RegExp, string])[] = [
  [/o/g, '0'],
  [/O/g, '0'],
  [/l/g, '1'],
  [/I/g, 'l'],
  [/rn/g, 'm'],
];

/** OCR-like damage to running text: lost diacritics, letter/digit swaps, broken spacing, stray breaks. */
export function ocrLiteral(s: string, rng: Rng): string {
  let out = '';
  for (const word of s.split(/( +)/)) {
    let w = word;
    if (/\S/.test(w)) {
      if (rng.chance(0.35)) w = stripDiacritics(w);
      if (rng.chance(0.08)) {
        const [re, to] = rng.pick(OCR_LETTER_SWAPS);
        re.lastIndex = 0;
        w = w.replace(re, to);
      }
    } else {
      if (rng.chance(0.1)) w = w + ' ';
      else if (rng.chance(0.04)) w = '\n';
    }
    out += w;
  }
  return out;
}

/** OCR confusion inside a number: one 0→O or 1→l, the kind of error a scanner makes on a form. */
export function ocrValue(s: string, rng: Rng): string {
  const positions = [...s].flatMap((c, i) => (c === '0' || c === '1' ? [i] : []));
  if (positions.length === 0) return s;
  const i = rng.pick(positions);
  const to = s[i] === '0' ? 'O' : 'l';
  return s.slice(0, i) + to + s.slice(i + 1);
}

export type Variant = 'plain' | 'no_diacritics' | 'nfd' | 'upper' | 'fullwidth' | 'ocr' | 'web_paste';

export function applyVariant(segs: readonly Seg[], variant: Variant, rng: Rng): Seg[] {
  const numericTypes = new Set<SpanType>([
    'cccd', 'cmnd', 'social_insurance', 'phone', 'bank_account', 'payment_card', 'driver_license',
  ]);
  const damageValues = variant === 'ocr' && rng.chance(0.3);
  return segs.map((seg) => {
    let text = seg.text;
    switch (variant) {
      case 'plain':
        break;
      case 'no_diacritics':
        text = stripDiacritics(text);
        break;
      case 'nfd':
        text = text.normalize('NFD');
        break;
      case 'upper':
        text = text.toUpperCase();
        break;
      case 'fullwidth':
        text = toFullWidthDigits(text);
        break;
      case 'web_paste':
        // Copied from a web page or Word: non-breaking spaces, a zero-width space after labels.
        text = text.replace(/ /g, () => (rng.chance(0.5) ? '\u00a0' : ' '));
        if (!seg.type) text = text.replace(/: /g, () => (rng.chance(0.3) ? ':\u200b ' : ': '));
        break;
      case 'ocr':
        if (!seg.type && !seg.decoy) text = ocrLiteral(text, rng);
        else if (seg.type && (seg.type === 'person_name' || seg.type === 'address')) text = stripDiacritics(text);
        else if (seg.type && damageValues && numericTypes.has(seg.type) && rng.chance(0.5)) text = ocrValue(text, rng);
        break;
    }
    return { ...seg, text };
  });
}

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

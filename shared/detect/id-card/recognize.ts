// Is this OCR text the text of a Vietnamese identity card? Decree 356/2025
// Art. 4 makes an image of an ID card sensitive data in itself, whatever else
// is legible on it, so the card is recognized from its layout words, the
// machine-readable zone and its number, each tolerant of OCR noise.
import { masksOf } from '../../mask/masks.ts';
import type { Finding } from '../types.ts';
import { findApprox } from './approx.ts';
import { findCardNumbers } from './card-number.ts';
import { ENGLISH_LABELS, MOTTO, STRONG_TITLES, VIETNAMESE_LABELS, WEAK_TITLES } from './markers.ts';
import { skeletonKey, skeletonOf, type Skeleton } from './skeleton.ts';

export interface IdCardEvidence {
  motto: boolean;
  strongTitle: boolean;
  weakTitle: boolean;
  englishLabels: number;
  labels: number;
  number: boolean;
  mrz: boolean;
}

export interface IdCardMatch {
  evidence: IdCardEvidence;
  score: number;
  /** Span of the original text holding the strongest marker (title, MRZ or number). */
  start: number;
  end: number;
}

interface Key {
  key: string;
  k: number;
}

// One wrong letter per six, at most three: a heading survives a bad glyph or
// two, a short word must be read right.
const keyOf = (word: string): Key => {
  const key = skeletonKey(word);
  return { key, k: Math.min(3, Math.floor(key.length / 6)) };
};

const MOTTO_KEYS = MOTTO.map(keyOf);
const STRONG_KEYS = STRONG_TITLES.map(keyOf);
const WEAK_KEYS = WEAK_TITLES.map((w) => ({ key: skeletonKey(w), k: 0 }));
const EN_KEYS = ENGLISH_LABELS.map(keyOf);
const VI_KEYS = VIETNAMESE_LABELS.map(keyOf);

// MRZ line 1 of a Vietnamese card: "IDVNM" then the document number.
const MRZ_HEAD = skeletonKey('IDVNM');
const MRZ_BODY = /^[2-9oi]{9}/;

function spanOf(sk: Skeleton, start: number, end: number): { start: number; end: number } {
  return { start: sk.offsets[start], end: sk.offsets[end - 1] + 1 };
}

function firstHit(sk: Skeleton, keys: Key[]): { start: number; end: number } | null {
  for (const { key, k } of keys) {
    const hit = findApprox(sk.chars, key, k);
    if (hit) return spanOf(sk, hit.start, hit.end);
  }
  return null;
}

function countHits(sk: Skeleton, keys: Key[]): number {
  let n = 0;
  for (const { key, k } of keys) if (findApprox(sk.chars, key, k)) n++;
  return n;
}

function findMrz(sk: Skeleton): { start: number; end: number } | null {
  let from = 0;
  for (;;) {
    const at = sk.chars.indexOf(MRZ_HEAD, from);
    if (at !== -1) {
      if (MRZ_BODY.test(sk.chars.slice(at + MRZ_HEAD.length))) return spanOf(sk, at, at + MRZ_HEAD.length + 9);
      from = at + 1;
      continue;
    }
    break;
  }
  // One glyph wrong in the head ("1DVNH…") when the body that follows is long and digit-like.
  // The last "<<" of the text, found once: asking whether one follows each candidate head read to the text's end every time.
  const lastFillers = sk.chars.lastIndexOf('<<');
  for (let i = 0; i + MRZ_HEAD.length + 9 <= sk.chars.length; i++) {
    if (!MRZ_BODY.test(sk.chars.slice(i + MRZ_HEAD.length, i + MRZ_HEAD.length + 9))) continue;
    let wrong = 0;
    for (let j = 0; j < MRZ_HEAD.length && wrong < 2; j++) if (sk.chars[i + j] !== MRZ_HEAD[j]) wrong++;
    if (wrong <= 1 && lastFillers >= i + MRZ_HEAD.length) return spanOf(sk, i, i + MRZ_HEAD.length + 9);
  }
  return null;
}

/** The evidence and verdict for one OCR text; null when it does not read as an ID card. */
export function recognizeIdCard(text: string): IdCardMatch | null {
  if (text.length < 12) return null;
  const sk = skeletonOf(text);
  const mrz = findMrz(sk);
  const strong = firstHit(sk, STRONG_KEYS);
  const weak = strong ? null : firstHit(sk, WEAK_KEYS);
  const motto = firstHit(sk, MOTTO_KEYS);
  const englishLabels = countHits(sk, EN_KEYS);
  const labels = englishLabels + countHits(sk, VI_KEYS);
  const numbers = findCardNumbers(text);
  const evidence: IdCardEvidence = {
    motto: motto !== null,
    strongTitle: strong !== null,
    weakTitle: weak !== null,
    englishLabels,
    labels,
    number: numbers.length > 0,
    mrz: mrz !== null,
  };
  const verdict = decide(evidence, text.length);
  if (verdict === 0) return null;
  const where = mrz ?? strong ?? weak ?? (numbers[0] ? { start: numbers[0].start, end: numbers[0].end } : null) ?? motto;
  if (!where) return null;
  return { evidence, score: verdict, ...where };
}

/**
 * A card needs its own words, not just words about cards: a news article says
 * "thẻ căn cước công dân", a blank form has "Họ và tên" and the motto; only a
 * card has its title together with its number or motto or labels, bilingual
 * labels under the motto, or a machine-readable zone.
 */
export function decide(e: IdCardEvidence, textLength = 0): number {
  if (e.mrz) return 0.95;
  // A card holds a few hundred characters; a page of prose about cards (an
  // official letter under the motto) holds more, and must show the number.
  const long = textLength > LONG_TEXT;
  if (e.strongTitle && (e.number || (!long && (e.labels >= 2 || (e.motto && e.labels >= 1))))) return 0.95;
  if (e.weakTitle && e.motto && (e.number || (!long && e.labels >= 2))) return 0.9;
  if (e.motto && e.englishLabels >= 2 && e.labels >= 3 && !long) return 0.85;
  if (e.motto && e.number && e.labels >= 2) return 0.85;
  return 0;
}

/** Characters of OCR text beyond which the text reads as a document, not a card. */
export const LONG_TEXT = 1500;

/** The `id_card_image` finding for an image's OCR text, or null. */
export function idCardFinding(text: string): Finding | null {
  const m = recognizeIdCard(text);
  if (!m) return null;
  const masks = masksOf('id_card_image', text.slice(m.start, m.end));
  const e = m.evidence;
  const parts = [
    e.mrz && 'machine-readable zone',
    e.strongTitle && 'card title',
    e.weakTitle && 'short card title',
    e.motto && 'national motto',
    e.labels > 0 && `${e.labels} card labels`,
    e.number && 'card number',
  ].filter(Boolean);
  return {
    type: 'id_card_image',
    category: 'sensitive',
    start: m.start,
    end: m.end,
    score: m.score,
    masked: masks.record,
    displayMasked: masks.display,
    explanation: `ID card layout: ${parts.join(', ')}`,
  };
}

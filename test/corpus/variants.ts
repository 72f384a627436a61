// Renderings of a whole text (no diacritics, NFD, upper case, full-width
// digits, OCR damage, web paste), applied segment by segment so the labels'
// offsets stay right.
import type { Rng } from './rng.ts';
import type { Seg, SpanType } from './segments.ts';

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

// OCR text reduced to what survives a bad scan: no diacritics, no case, no
// spaces or punctuation, and the letters OCR confuses with digits folded
// together (O/0, I/l/1/|). Each skeleton character remembers where it came
// from, so a match can be turned back into a span of the original text.

export interface Skeleton {
  chars: string;
  /** offsets[i] = index in the original text of chars[i]. */
  offsets: number[];
}

const CONFUSED: Record<string, string> = { '0': 'o', '1': 'i', l: 'i', '|': 'i', '!': 'i', 'đ': 'd' };

/** One letter of the skeleton, or '' for characters that carry nothing (spaces, punctuation, marks). */
export function skeletonChar(ch: string): string {
  const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  let out = '';
  for (const c of base) {
    const mapped = CONFUSED[c] ?? c;
    if ((mapped >= 'a' && mapped <= 'z') || (mapped >= '2' && mapped <= '9') || mapped === '<') out += mapped;
  }
  return out;
}

export function skeletonOf(text: string): Skeleton {
  let chars = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const s = skeletonChar(text[i]);
    for (const c of s) {
      chars += c;
      offsets.push(i);
    }
  }
  return { chars, offsets };
}

/** A keyword in skeleton form ("Căn cước công dân" → "cancuoccongdan"). */
export function skeletonKey(word: string): string {
  return skeletonOf(word).chars;
}

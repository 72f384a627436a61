import { atFirstScan } from '../first-scan.ts';
import { foldText } from '../scan-context.ts';
import type { ScanContext } from '../recognizer.ts';

/**
 * A word list looked up by folded key ("nguyen") that remembers how each key
 * is spelled with diacritics ("nguyễn"), so text that has diacritics must
 * spell them right: "Lễ" is not the surname "Lê", "đẳng" is not the given
 * name "Đăng". Text without diacritics matches on the key alone.
 */
export interface FormLexicon {
  has(folded: string): boolean;
  /**
   * 'exact': spelled as listed; 'bare': written without diacritics;
   * 'partial': some marks dropped, none changed (OCR, hurried typing);
   * 'wrong': other diacritics ("tiền ăn" is not "tiền án").
   */
  check(folded: string, originalLower: string): 'exact' | 'bare' | 'partial' | 'wrong';
  /** The spellings listed under a folded key (NFC, lower case), for checks made in place (spellings.ts). */
  formsOf(folded: string): ReadonlySet<string> | undefined;
}

export function formLexicon(words: readonly string[]): FormLexicon {
  const forms = new Map<string, Set<string>>();
  atFirstScan(() => {
    for (const word of words) {
      const key = foldText(word);
      let set = forms.get(key);
      if (!set) forms.set(key, (set = new Set()));
      set.add(word.normalize('NFC').toLowerCase());
    }
  });
  // The key formsOf found last: a topic phrase's own lexicon is asked about
  // that phrase only, at each of its places (two look-ups per row of a long
  // table of topic rows).
  let lastKey = '';
  let lastForms: Set<string> | undefined;
  return {
    has: (folded) => forms.has(folded),
    formsOf(folded) {
      if (folded === lastKey) return lastForms;
      const set = forms.get(folded);
      // (Kept only when found: the map is filled at the first scan.)
      if (set !== undefined) {
        lastKey = folded;
        lastForms = set;
      }
      return set;
    },
    check(folded, originalLower) {
      const set = forms.get(folded);
      // "Minh", "Anh", "Lan" are spelled right without any mark.
      if (set?.has(originalLower)) return 'exact';
      if (originalLower === folded) return 'bare';
      if (!set) return 'wrong';
      for (const form of set) if (dropsMarksOnly(originalLower, form, folded)) return 'partial';
      return 'wrong';
    },
  };
}

/** Every character of `written` is the listed one or its bare letter. */
function dropsMarksOnly(written: string, listed: string, bare: string): boolean {
  if (written.length !== listed.length || listed.length !== bare.length) return false;
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    if (c !== listed.charCodeAt(i) && c !== bare.charCodeAt(i)) return false;
  }
  return true;
}

// What the scan context folds away or into ASCII, so the caller's spelling
// compares like for like: pasted web text carries NBSPs and zero-width
// characters, IME text full-width letters.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const FULL_WIDTH = /[\uff01-\uff5e]/g;

/** The caller's own spelling of plain[start, end), NFC and lower-cased. */
export function originalLower(ctx: ScanContext, start: number, end: number): string {
  // A text without any diacritic or odd character reads the same folded.
  if (!hasMarks(ctx)) return ctx.folded.slice(start, end);
  let s = ctx.text.slice(ctx.toOriginal(start), ctx.toOriginal(end));
  // Most words are ASCII or precomposed already: skip the regexes and NFC then.
  let odd = false;
  let combining = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xa0) continue;
    if (c >= 0x300 && c <= 0x36f) combining = true;
    // Exactly the ranges the three regexes below touch (and a little more):
    // Vietnamese letters (U+1EA0–U+1EF9) must not send every word through them.
    else if (c === 0xa0 || c === 0xad || c === 0x1680 || (c >= 0x2000 && c <= 0x2060) || c === 0x3000 || c >= 0xfe00) odd = true;
  }
  if (odd) s = s.replace(INVISIBLE, '').replace(ODD_SPACE, ' ').replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (combining) s = s.normalize('NFC');
  return s.toLowerCase();
}

/**
 * originalLower with every run of white space as one space: a phrase's words
 * split by a line break or by several spaces. The pattern runs only where
 * such a run is (a phrase per few words of a dense text called it each time).
 */
export function originalWords(ctx: ScanContext, start: number, end: number): string {
  const s = originalLower(ctx, start, end);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 0x85) continue;
    if (c < 32 || (c === 32 && s.charCodeAt(i + 1) <= 32) || isOddSpace(c)) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/** The white space outside ASCII that /\s/ matches. */
function isOddSpace(c: number): boolean {
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether the caller's text around plain[start, end) carries any Vietnamese letter with a mark. */
export function marksAround(ctx: ScanContext, start: number, end: number, radius = 40): boolean {
  const from = ctx.toOriginal(Math.max(0, start - radius));
  const to = ctx.toOriginal(Math.min(ctx.plain.length, end + radius));
  const text = ctx.text;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xc0 && c <= 0x1ef9 && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f)) return true;
  }
  return false;
}

/** Folded keys of a phrase list, for Set lookups on `ctx.folded`. */
export function foldedSet(words: readonly string[]): Set<string> {
  const set = new Set<string>();
  atFirstScan(() => {
    for (const w of words) set.add(foldText(w));
  });
  return set;
}

/**
 * Whether the text writes diacritics at all (then a bare "Vi" is not "Vĩ"):
 * whether it differs from its plain form, which the scan context knows (a
 * look-up per question in a table of contexts cost every word read by its
 * spelling, about a hundred thousand a megabyte of names).
 */
export function hasMarks(ctx: ScanContext): boolean {
  return ctx.marks;
}

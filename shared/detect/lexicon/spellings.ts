import type { ScanContext } from '../recognizer.ts';
import { atFirstScan } from '../first-scan.ts';
import { foldText } from '../scan-context.ts';
import { hashOf as keyHash } from '../word-hash.ts';
import { hasMarks, originalLower, originalWords, type FormLexicon } from './forms.ts';
import { IntTable } from './int-table.ts';

export type Form = ReturnType<FormLexicon['check']>;

/**
 * A FormLexicon's words read in place: the folded key found by its hash and
 * compared with the text, the caller's spelling lower-cased unit by unit
 * (LOWER_UNITS) and compared with the listed forms. Every name's words were
 * looked up so, and building each word's key and written spelling, then
 * hashing them into the lexicon's maps, was most of a name's cost.
 */
export interface Spellings {
  lexicon: FormLexicon;
  keys: string[];
  /** The forms listed under each key (NFC, lower case), as the lexicon holds them. */
  forms: string[][];
  /** A key's hash → its number. */
  numbers: IntTable;
  /** No two keys share a hash (else the lexicon is asked). */
  byHash: boolean;
}

export function spellings(words: readonly string[], lexicon: FormLexicon): Spellings {
  const table: Spellings = { lexicon, keys: [], forms: [], numbers: new IntTable([]), byHash: false };
  atFirstScan(() => {
    const byKey = new Map<string, Set<string>>();
    for (const word of words) {
      const key = foldText(word);
      if (!byKey.has(key)) byKey.set(key, new Set());
      byKey.get(key)!.add(word.normalize('NFC').toLowerCase());
    }
    table.keys = [...byKey.keys()];
    table.forms = [...byKey.values()].map((forms) => [...forms]);
    table.numbers = new IntTable(table.keys.map((key, k) => [keyHash(key, 0, key.length), k] as const));
    table.byHash = table.numbers.size === table.keys.length;
  });
  return table;
}

// The lower case of each unit below U+2000 that lower-cases to one unit
// whatever surrounds it, as originalLower would write it; 0 for the rest
// (combining marks and the odd spaces it rewrites, "İ", the Greek capital
// sigma), which are read by originalLower.
const LOWER_UNITS = new Uint16Array(0x2000);
atFirstScan(() => {
  for (let c = 1; c < LOWER_UNITS.length; c++) {
    if ((c >= 0x300 && c <= 0x36f) || c === 0xa0 || c === 0xad || c === 0x1680 || c === 0x3a3) continue;
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1) LOWER_UNITS[c] = lower.charCodeAt(0);
  }
});

// The word's spelling as spellInto read it last (lower case).
const spelling = new Uint16Array(64);

/** The caller's spelling of folded[start, end), lower-cased, into `spelling`; its length, or -1 when originalLower must read it. */
function spellInto(ctx: ScanContext, start: number, end: number): number {
  const from = ctx.toOriginal(start);
  const n = ctx.toOriginal(end) - from;
  if (n !== end - start || n > spelling.length) return -1;
  for (let i = 0; i < n; i++) {
    const c = ctx.text.charCodeAt(from + i);
    const lower = c < 0x2000 ? LOWER_UNITS[c] : 0;
    if (lower === 0) return -1;
    spelling[i] = lower;
  }
  return n;
}

/** Whether `s` is the `n` units of `spelling`. */
function spelledAs(s: string, n: number): boolean {
  if (s.length !== n) return false;
  for (let i = 0; i < n; i++) if (s.charCodeAt(i) !== spelling[i]) return false;
  return true;
}

/** `form` less some of its marks is `spelling` (FormLexicon's 'partial'): each unit the listed one or the bare one. */
function dropsMarksOnly(form: string, key: string, n: number): boolean {
  if (form.length !== n || key.length !== n) return false;
  for (let i = 0; i < n; i++) if (spelling[i] !== form.charCodeAt(i) && spelling[i] !== key.charCodeAt(i)) return false;
  return true;
}

/**
 * table.lexicon.has(key) ? table.lexicon.check(key, written) : null for the
 * word at folded[start, end): its key and its written spelling, lower-cased.
 */
export function spelledForm(ctx: ScanContext, start: number, end: number, table: Spellings): Form | null {
  const { lexicon } = table;
  if (!table.byHash) {
    const key = ctx.folded.slice(start, end);
    return lexicon.has(key) ? lexicon.check(key, originalLower(ctx, start, end)) : null;
  }
  const k = keyNumberAt(ctx.folded, start, end, table);
  return k < 0 ? null : formOfKey(ctx, start, end, table, k);
}

/** The number of the key that folded[start, end) is, or -1 (the table must keep its keys apart by hash). */
export function keyNumberAt(folded: string, start: number, end: number, table: Spellings): number {
  const k = table.numbers.get(keyHash(folded, start, end));
  if (k < 0) return -1;
  const key = table.keys[k];
  return key.length === end - start && folded.startsWith(key, start) ? k : -1;
}

/** spelledForm of folded[start, end), already known to be key number `k`. */
export function formOfKey(ctx: ScanContext, start: number, end: number, table: Spellings, k: number): Form {
  const { lexicon } = table;
  const key = table.keys[k];
  const forms = table.forms[k];
  // Text without marks is written as folded.
  if (!hasMarks(ctx)) return forms.includes(key) ? 'exact' : 'bare';
  const n = spellInto(ctx, start, end);
  if (n < 0) return lexicon.check(key, originalLower(ctx, start, end));
  for (const form of forms) if (spelledAs(form, n)) return 'exact';
  if (spelledAs(key, n)) return 'bare';
  for (const form of forms) if (dropsMarksOnly(form, key, n)) return 'partial';
  return 'wrong';
}

/**
 * lexicon.check(key, originalWords(ctx, start, end)) read in place, for
 * phrases whose key is known (a context word, a topic phrase, an office's
 * head): no slice, no lower-cased copy, no hashing of either. Words split by
 * anything but single spaces, and characters originalLower must rewrite, go
 * the way of the strings.
 */
export function phraseForm(ctx: ScanContext, start: number, end: number, lexicon: FormLexicon, key: string): Form {
  const n = hasMarks(ctx) ? spellInto(ctx, start, end) : foldedInto(ctx.folded, start, end);
  if (n < 0 || !singleSpaced(n)) return lexicon.check(key, originalWords(ctx, start, end));
  const forms = lexicon.formsOf(key);
  if (forms !== undefined) for (const form of forms) if (spelledAs(form, n)) return 'exact';
  if (spelledAs(key, n)) return 'bare';
  if (forms === undefined) return 'wrong';
  for (const form of forms) if (dropsMarksOnly(form, key, n)) return 'partial';
  return 'wrong';
}

/** folded[start, end) into `spelling` (a text without marks is written as folded); its length, or -1 when too long. */
function foldedInto(folded: string, start: number, end: number): number {
  const n = end - start;
  if (n > spelling.length) return -1;
  for (let i = 0; i < n; i++) spelling[i] = folded.charCodeAt(start + i);
  return n;
}

/** Whether the `n` units of `spelling` hold no white space that originalWords would collapse. */
function singleSpaced(n: number): boolean {
  for (let i = 0; i < n; i++) {
    const c = spelling[i];
    if (c < 32 || c === 0x85 || (c === 32 && i + 1 < n && spelling[i + 1] === 32)) return false;
  }
  return true;
}

/** Whether the word at folded[start, end) is written as folded: no diacritics, lower or upper case. */
export function writtenAsFolded(ctx: ScanContext, start: number, end: number): boolean {
  const n = spellInto(ctx, start, end);
  if (n < 0) return originalLower(ctx, start, end) === ctx.folded.slice(start, end);
  for (let i = 0; i < n; i++) if (spelling[i] !== ctx.folded.charCodeAt(start + i)) return false;
  return true;
}

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
  /** 'exact': spelled as listed; 'bare': written without diacritics; 'wrong': other diacritics. */
  check(folded: string, originalLower: string): 'exact' | 'bare' | 'wrong';
}

export function formLexicon(words: readonly string[]): FormLexicon {
  const forms = new Map<string, Set<string>>();
  for (const word of words) {
    const key = foldText(word);
    let set = forms.get(key);
    if (!set) forms.set(key, (set = new Set()));
    set.add(word.normalize('NFC').toLowerCase());
  }
  return {
    has: (folded) => forms.has(folded),
    check(folded, originalLower) {
      if (originalLower === folded) return 'bare';
      return forms.get(folded)?.has(originalLower) ? 'exact' : 'wrong';
    },
  };
}

/** The caller's own spelling of plain[start, end), NFC and lower-cased. */
export function originalLower(ctx: ScanContext, start: number, end: number): string {
  return ctx.text.slice(ctx.toOriginal(start), ctx.toOriginal(end)).normalize('NFC').toLowerCase();
}

/** Folded keys of a phrase list, for Set lookups on `ctx.folded`. */
export function foldedSet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => foldText(w)));
}

const marked = new WeakMap<ScanContext, boolean>();

/** Whether the text writes diacritics at all (then a bare "Vi" is not "Vĩ"). */
export function hasMarks(ctx: ScanContext): boolean {
  let value = marked.get(ctx);
  if (value === undefined) {
    value = ctx.text.length !== ctx.plain.length || ctx.text !== ctx.plain;
    marked.set(ctx, value);
  }
  return value;
}

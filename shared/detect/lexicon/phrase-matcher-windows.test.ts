import { describe, expect, it } from 'vitest';
import { createScanContext } from '../scan-context.ts';
import { phraseMatcher, type PhraseMatch } from './phrase-matcher.ts';
import { rng } from '../seeded-random.ts';

// A file of its own: phrase-matcher.test.ts makes more matchers than the
// shared pass takes, and scanWords of a matcher past its room walks the
// window's words instead of the shared pass's openers.
describe('scanWords through the shared pass', () => {
  it('finds in a window what scanning its characters finds, windows in any order and cutting words included', () => {
    // One-word phrases, phrases needing their second word ("ung ho") or third, keys of one token.
    const m = phraseMatcher(['benh vien', 'benh an', 'benh nhan tam than', 'dieu tri', 'dieu tri ung thu', 'ung thu', 'ung ho', 'thu tuc', 'hiv (+)', 'p', 'tam giam', 'nguyen van', 'co', 'anh', 'dan_toc']);
    // A second matcher sharing first words, registered first (scanAll): the openers of both in one pass.
    const other = phraseMatcher(['dieu tri', 'nguyen', 'an']);
    const vocabulary = ['benh', 'vien', 'an', 'nhan', 'tam', 'than', 'dieu', 'tri', 'ung', 'thu', 'ho', 'tuc', 'giam', 'hiv', 'hivx', '(+)', 'p5', 'p', 'nguyen', 'van', 'x', 'co', 'anh', 'dan_toc', 'dan', 'toc', '1'];
    const gaps = [' ', ' ', '  ', '\n', '\n\n', ', ', '.', '-', '\t'];
    const r = rng(17);
    // One list kept through every window and text, as a topic scan keeps its window's: stale items past the count.
    const kept: PhraseMatch[] = [];
    for (let k = 0; k < 800; k++) {
      let text = '';
      for (let i = 1 + Math.floor(r() * 30); i > 0; i--) text += vocabulary[Math.floor(r() * vocabulary.length)] + gaps[Math.floor(r() * gaps.length)];
      const ctx = createScanContext(text);
      if (k % 2 === 0) other.scanAll(ctx);
      // Windows moving rightwards (as the topics ask), then anywhere.
      let from = 0;
      for (let q = 0; q < 10; q++) {
        from = q < 5 ? Math.min(text.length, from + Math.floor(r() * 12)) : Math.floor(r() * (text.length + 1));
        const to = from + Math.floor(r() * (text.length + 1 - from));
        const expected = m.scan(ctx.folded, from, to);
        expect(m.scanWords(ctx, from, to), `${JSON.stringify(text)} [${from}, ${to})`).toEqual(expected);
        const n = m.scanWordsInto(ctx, from, to, kept);
        expect(kept.slice(0, n), `into ${JSON.stringify(text)} [${from}, ${to})`).toEqual(expected);
      }
    }
  });
});

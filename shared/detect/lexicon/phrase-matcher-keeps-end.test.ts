import { describe, expect, it } from 'vitest';
import { createScanContext } from '../scan-context.ts';
import { matchList, phraseMatcher } from './phrase-matcher.ts';
import { rng } from '../seeded-random.ts';

// A file of its own: phrase-matcher.test.ts makes more matchers than the
// shared pass takes, and a matcher made after them walks the characters,
// where keepsEnd is not asked.
describe('scanAll with keepsEnd, and scanInto', () => {
  it('drops with keepsEnd, asked before matching, the matches keep drops after it (same kept matches, same covering)', () => {
    // One-word units, some opening longer ones ("so nha", "to dan pho") or
    // glued to digits ("p5"), and a keep that asks what follows the end.
    const m = phraseMatcher(['so', 'so nha', 'nha so', 'to', 'to dan pho', 'pho', 'khu pho', 'khu', 'p', 'q', 'ki-ot', 'duong', 'duong so']);
    const vocabulary = ['so', 'nha', 'to', 'dan', 'pho', 'khu', 'p', 'p5', 'q', 'ki-ot', 'ki', 'ot', 'duong', '12', 'Lan', 'X', 'luong', 'so5', 'so.'];
    const gaps = [' ', ' ', '  ', '\n', ', ', '.', '. '];
    const r = rng(11);
    const list = matchList();
    for (let k = 0; k < 1500; k++) {
      let text = '';
      for (let i = 1 + Math.floor(r() * 25); i > 0; i--) text += vocabulary[Math.floor(r() * vocabulary.length)] + gaps[Math.floor(r() * gaps.length)];
      const ctx = createScanContext(text);
      const follows = (end: number) => {
        let i = end;
        if (ctx.plain.charCodeAt(i) === 46) i++;
        while (ctx.plain.charCodeAt(i) === 32) i++;
        const c = ctx.plain.charCodeAt(i);
        return (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
      };
      const keep = (_: number, end: number) => follows(end);
      expect(m.scanAll(ctx, keep, false, follows), JSON.stringify(text)).toEqual(m.scanAll(ctx, keep));
      // scanInto lists what scanAll returns (keys by number), one list refilled text after text,
      // with or without keep, covering a dropped match's words or not (topic phrases: uncovered).
      const keyed = (start: number, end: number, key: string) => key !== 'so nha' && follows(end);
      const ways = [[undefined, undefined, false], [follows, undefined, false], [undefined, keep, false], [follows, keep, false], [undefined, keyed, true], [undefined, keep, true]] as const;
      for (const [keepsEnd, keepOf, uncovered] of ways) {
        const into = m.scanInto(ctx, list, keepsEnd, keepOf, uncovered);
        const listed = Array.from({ length: into.count }, (_, n) => ({ start: into.starts[n], end: into.ends[n], key: m.keys()[into.keys[n]] }));
        expect(listed, JSON.stringify(text)).toEqual(m.scanAll(ctx, keepOf, uncovered, keepsEnd));
      }
    }
  });
});

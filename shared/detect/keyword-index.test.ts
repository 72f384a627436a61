import { describe, expect, it } from 'vitest';
import { buildIndex, createWords, endingAt, endingEntry, entryHit, HASH_EXACT_LENGTH, mayEndWord, readWindowWords, readWords, startingAt, type Words } from './keyword-index.ts';
import { hashOf } from './word-hash.ts';
import { createScanContext, foldedUnitsOf } from './scan-context.ts';
import { rng } from './seeded-random.ts';

const listed = (w: Words) => Array.from({ length: w.count }, (_, k) => [w.start[k], w.end[k], w.hash[k]]);

describe('readWindowWords (a window of the scanned text read from its units)', () => {
  it('reads the words readWords reads, on any range of generated texts', () => {
    const random = rng(11);
    const pieces = ['ngày', 'sinh', 'SĐT', 'cccd', 'x', 'abcdefghijklmnopqrstuvwxyz', '0912', ' ', '  ', ', ', '\n', '\t', '_', '-', 'Đ', 'é', '9a', 'a9'];
    for (let t = 0; t < 300; t++) {
      let text = '';
      const n = 1 + Math.floor(random() * 40);
      for (let i = 0; i < n; i++) text += pieces[Math.floor(random() * pieces.length)];
      const ctx = createScanContext(text, true);
      const u = foldedUnitsOf(ctx)!;
      const s = ctx.folded;
      for (let k = 0; k < 20; k++) {
        const from = Math.floor(random() * (s.length + 1));
        const to = from + Math.floor(random() * (s.length + 1 - from));
        expect(listed(readWindowWords(s, u, from, to, createWords())), `${JSON.stringify(s)} [${from}, ${to})`).toEqual(listed(readWords(s, from, to, createWords())));
      }
    }
  });
});

describe('endingEntry and entryHit (a keyword hit without an object per look-up)', () => {
  it('finds the entry of the phrase endingAt finds, and one frozen hit per entry and distance', () => {
    const index = buildIndex(['so cccd', 'cccd', 'ngay sinh', 'sinh', 'so tai khoan', 'stk']);
    const text = 'cccd 0380, sdt 0889, ngay sinh 14/12, stk 0011; so tai khoan 12 so cccd 9';
    const w = readWords(text, 0, text.length, createWords());
    for (let i = 0; i < w.count; i++) {
      for (const first of [0, i, Math.max(0, i - 1)]) {
        const e = endingEntry(index, w, i, first);
        expect(e?.phrase ?? null).toBe(endingAt(index, w, i, first));
        if (e === null) continue;
        const hit = entryHit(e, 7);
        expect(hit).toEqual({ word: e.phrase, distance: 7 });
        expect(entryHit(e, 7)).toBe(hit);
        expect(Object.isFrozen(hit)).toBe(true);
        // Beyond the distances kept: a new object each time, the same values.
        expect(entryHit(e, 500)).toEqual({ word: e.phrase, distance: 500 });
      }
    }
  });
});

describe('the packed bucket filters (lastBits, firstBits)', () => {
  it('pass every keyword\'s last and first word, and answer as the maps do for any hash', () => {
    const random = rng(41);
    const word = () => Array.from({ length: 1 + Math.floor(random() * 9) }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
    for (let t = 0; t < 100; t++) {
      const phrases = Array.from({ length: 1 + Math.floor(random() * 80) }, () => Array.from({ length: 1 + Math.floor(random() * 3) }, word).join(' '));
      const index = buildIndex(phrases);
      for (const h of index.byLast.keys()) expect(mayEndWord(index, h)).toBe(true);
      for (let k = 0; k < 2000; k++) {
        const h = (random() * 2 ** 32) | 0;
        expect(mayEndWord(index, h)).toBe(index.byLast.has(h));
      }
      for (const p of phrases) {
        const w = readWords(p, 0, p.length, createWords());
        expect(startingAt(index, w, 0), p).not.toBeNull();
        expect(endingAt(index, w, w.count - 1), p).not.toBeNull();
      }
    }
  });
});

describe('words matched by hash and length alone (HASH_EXACT_LENGTH)', () => {
  it('is the longest length whose words cannot share a 32-bit hash', () => {
    // Two words of length L differ in hash by at most 25·(31^L − 1)/30 before wrapping.
    const spread = (L: number) => (25n * (31n ** BigInt(L) - 1n)) / 30n;
    expect(spread(HASH_EXACT_LENGTH)).toBeLessThan(2n ** 32n);
    expect(spread(HASH_EXACT_LENGTH + 1)).toBeGreaterThan(2n ** 32n);
    // And every word of up to four letters has a hash of its own.
    for (let L = 1; L <= 4; L++) {
      const seen = new Set<number>();
      const total = 26 ** L;
      for (let n = 0; n < total; n++) {
        let word = '';
        for (let k = 0, m = n; k < L; k++, m = Math.floor(m / 26)) word += String.fromCharCode(97 + (m % 26));
        seen.add(hashOf(word, 0, L));
      }
      expect(seen.size).toBe(total);
    }
  });

  it('still compares longer words: one sharing a keyword word\'s hash is no keyword', () => {
    // Two seven-letter words of one hash, by a birthday search.
    const random = rng(5);
    const byHash = new Map<number, string>();
    let pair: [string, string] | null = null;
    while (pair === null) {
      let word = '';
      for (let k = 0; k < HASH_EXACT_LENGTH + 1; k++) word += String.fromCharCode(97 + Math.floor(random() * 26));
      const h = hashOf(word, 0, word.length);
      const other = byHash.get(h);
      if (other !== undefined && other !== word) pair = [other, word];
      else byHash.set(h, word);
    }
    const [keyword, lookalike] = pair;
    const index = buildIndex([keyword, `so ${keyword}`]);
    for (const [text, found] of [[`x ${keyword}`, keyword], [`so ${keyword}`, `so ${keyword}`], [`x ${lookalike}`, null], [`so ${lookalike}`, null]]) {
      const w = readWords(text!, 0, text!.length, createWords());
      expect(endingAt(index, w, w.count - 1), text!).toBe(found);
    }
  });

  it('finds what comparing the words\' texts finds, on generated texts', () => {
    const random = rng(17);
    const word = () => {
      let out = '';
      const n = 1 + Math.floor(random() * 8);
      for (let k = 0; k < n; k++) out += 'abyz'[Math.floor(random() * 4)];
      return out;
    };
    for (let t = 0; t < 200; t++) {
      const phrases = Array.from({ length: 1 + Math.floor(random() * 6) }, () => Array.from({ length: 1 + Math.floor(random() * 3) }, word).join(' '));
      const index = buildIndex(phrases);
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => (random() < 0.5 ? word() : phrases[Math.floor(random() * phrases.length)])).join(random() < 0.5 ? ' ' : ', ');
      const w = readWords(text, 0, text.length, createWords());
      const words = Array.from({ length: w.count }, (_, k) => text.slice(w.start[k], w.end[k]));
      for (let i = 0; i < w.count; i++) {
        // The most words of a phrase (or of it written together) that are the text's words ending at i.
        let longest = 0;
        for (const p of phrases) {
          const pw = p.split(' ');
          for (const form of pw.some((x) => x.length > 1) ? [pw, [pw.join('')]] : [pw]) {
            if (form.length > longest && i - form.length + 1 >= 0 && form.every((x, k) => words[i - form.length + 1 + k] === x)) longest = form.length;
          }
        }
        const e = endingEntry(index, w, i);
        expect(e?.words.length ?? 0, `${text} @${i}`).toBe(longest);
        if (e !== null) expect(words.slice(i - e.words.length + 1, i + 1), `${text} @${i}`).toEqual(e.words);
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { createScanContext } from '../scan-context.ts';
import { matchList, phraseMatcher, secondWordAt, type PhraseMatch } from './phrase-matcher.ts';
import { rng } from '../seeded-random.ts';

const keys = (phrases: string[], text: string) =>
  phraseMatcher(phrases).scan(createScanContext(text).folded).map((m) => m.key);

describe('phraseMatcher', () => {
  it('finds the longest phrase at each word, with or without diacritics', () => {
    expect(keys(['ung thư', 'ung thư phổi', 'tiền án'], 'Bị ung thư phổi, có tiền án')).toEqual(['ung thu phoi', 'tien an']);
    expect(keys(['ung thư'], 'bi UNG THU')).toEqual(['ung thu']);
  });
  it('matches whole words only, across OCR spacing and one line break', () => {
    expect(keys(['hiv'], 'archive hivx hiv')).toEqual(['hiv']);
    expect(keys(['tạm giam'], 'bi tam   giam, tam\ngiam, tam\n\ngiam')).toEqual(['tam giam', 'tam giam']);
  });
  it('finds the same through the shared word list', () => {
    const ctx = createScanContext('HIV (+) va covid-19, bi ung thu phoi; p5 q.1');
    const m = phraseMatcher(['hiv (+)', 'covid-19', 'ung thu', 'ung thu phoi', 'p', 'q']);
    expect(m.scanAll(ctx).map((x) => x.key)).toEqual(m.scan(ctx.folded).map((x) => x.key));
    expect(m.scanAll(ctx).map((x) => x.key)).toEqual(['hiv (+)', 'covid-19', 'ung thu phoi', 'p', 'q']);
  });

  it('shares one pass between matchers with the same first words, even one made after the scan began', () => {
    const ctx = createScanContext('Ung thu phoi, ung thu gan va tam giam; ung dung');
    const a = phraseMatcher(['ung thu phoi', 'tam giam']);
    const b = phraseMatcher(['ung thu gan', 'ung dung']);
    expect(a.scanAll(ctx).map((x) => x.key)).toEqual(['ung thu phoi', 'tam giam']);
    expect(b.scanAll(ctx).map((x) => x.key)).toEqual(['ung thu gan', 'ung dung']);
    const later = phraseMatcher(['phoi', 'gan']);
    expect(later.scanAll(ctx).map((x) => x.key)).toEqual(['phoi', 'gan']);
    expect(a.scanAll(ctx).map((x) => x.key)).toEqual(['ung thu phoi', 'tam giam']);
  });

  it('finds the same with more matchers than the shared pass has room for', () => {
    const ctx = createScanContext('tam giam 5 ngay, benh an so 12');
    const many = Array.from({ length: 40 }, (_, k) => phraseMatcher([`tam giam`, `benh an`, `muc ${k}`]));
    for (const m of many) expect(m.scanAll(ctx).map((x) => x.key)).toEqual(['tam giam', 'benh an']);
    for (const m of many) {
      const list = m.scanInto(ctx, matchList());
      expect(Array.from(list.keys.subarray(0, list.count), (k) => m.keys()[k])).toEqual(['tam giam', 'benh an']);
    }
  });

  it('handles punctuation inside phrases and scans a sub-range', () => {
    expect(keys(['hiv (+)', 'covid-19', 'lgbtq+'], 'HIV (+) va covid-19, lgbtq+')).toEqual(['hiv (+)', 'covid-19', 'lgbtq+']);
    const m = phraseMatcher(['ung thu']);
    expect(m.scan('ung thu ung thu', 4).map((x) => x.start)).toEqual([8]);
  });

  it('finds through the shared pass what scanning the characters finds, on random texts (phrases needing a second word included)', () => {
    const matchers = [
      phraseMatcher(['benh vien', 'benh an', 'benh nhan tam than', 'dieu tri', 'ung thu']),
      phraseMatcher(['benh', 'vien phi', 'tam giam', 'hiv (+)', 'p']),
      phraseMatcher(['nguyen van', 'tran thi', 'le van', 'tam than']),
    ];
    const vocabulary = ['benh', 'vien', 'an', 'nhan', 'tam', 'than', 'dieu', 'tri', 'ung', 'thu', 'giam', 'hiv', '(+)', 'p5', 'nguyen', 'van', 'tran', 'thi', 'le', 'phi', 'x'];
    const gaps = [' ', ' ', ' ', '  ', '\n', '\n\n', ', ', '.', '-'];
    let seed = 21;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let k = 0; k < 1500; k++) {
      let text = '';
      for (let i = 1 + next(30); i > 0; i--) text += vocabulary[next(vocabulary.length)] + gaps[next(gaps.length)];
      const ctx = createScanContext(text);
      for (const m of matchers) expect(m.scanAll(ctx)).toEqual(m.scan(ctx.folded));
    }
  });

  it('finds keys written as one token ("dan_toc") through the word list, checked by the word after the separator', () => {
    const m = phraseMatcher(['dan_toc', 'dan toc', 'mat_khau_cu', 'cu_mk', 'd/c', 'hiv/+']);
    const ctx = createScanContext('dân_tộc: Kinh; dân các tỉnh; cu_mk=1, cư dân, d/c: 12, d c, mat_khau_cu x, mat_khau, hiv/+');
    expect(m.scanAll(ctx).map((x) => x.key)).toEqual(['dan_toc', 'cu_mk', 'd/c', 'mat_khau_cu', 'hiv/+']);
    expect(secondWordAt('mat_khau_cu')).toBe(4);
    expect(secondWordAt('hiv/+')).toBe(-1);
    expect(secondWordAt('dantoc')).toBe(-1);
    const vocabulary = ['dan', 'toc', 'cu', 'mk', 'mat', 'khau', 'd', 'c', 'x', 'hiv'];
    const gaps = [' ', '_', '_', '/', '/', '  ', '\n', ', ', '-', '_1'];
    const random = rng(34);
    for (let k = 0; k < 1500; k++) {
      let text = '';
      for (let i = 1 + Math.floor(random() * 20); i > 0; i--) text += vocabulary[Math.floor(random() * vocabulary.length)] + gaps[Math.floor(random() * gaps.length)];
      const c = createScanContext(text);
      expect(m.scanAll(c)).toEqual(m.scan(c.folded));
      const from = Math.floor(random() * text.length);
      expect(m.scanWords(c, from, text.length)).toEqual(m.scan(c.folded, from, text.length));
    }
  });

  it('finds phrases sharing their first two words through the word list as scanning the characters does (the third word checked by hash)', () => {
    const m = phraseMatcher(['dieu tri', 'dieu tri ung thu', 'dieu tri noi tru', 'dieu tri hiv (+)', 'dieu tri 2 lan', 'dieu tri-x ung', 'ung thu', 'ung thu p5 gan', 'hiv (+) ung thu', 'tam giam 3x', 'tam giam']);
    const vocabulary = ['dieu', 'tri', 'ung', 'thu', 'thux', 'noi', 'tru', 'hiv', '(+)', '2', 'lan', 'p5', 'p', 'gan', 'covid', '19', 'tam', 'giam', '3x', '3', 'x', 'hiv (+) ung', 'covid-19 ung', 'dieu tri ung', 'dieu tri hiv', 'dieu tri-x ung'];
    const gaps = [' ', ' ', ' ', '  ', '\n', '\n\n', ', ', '-'];
    const r = rng(9);
    for (let k = 0; k < 1500; k++) {
      let text = '';
      for (let i = 1 + Math.floor(r() * 25); i > 0; i--) text += vocabulary[Math.floor(r() * vocabulary.length)] + gaps[Math.floor(r() * gaps.length)];
      const ctx = createScanContext(text);
      expect(m.scanAll(ctx), JSON.stringify(text)).toEqual(m.scan(ctx.folded));
      const from = Math.floor(r() * (text.length + 1));
      const to = from + Math.floor(r() * (text.length + 1 - from));
      expect(m.scanWords(ctx, from, to), `${JSON.stringify(text)} [${from}, ${to})`).toEqual(m.scan(ctx.folded, from, to));
    }
  });

  it('finds in a window through the word list what scanning its characters finds, windows cutting words included', () => {
    const m = phraseMatcher(['benh vien', 'benh an', 'benh nhan tam than', 'dieu tri', 'ung thu', 'hiv (+)', 'p', 'tam giam', 'nguyen van']);
    const vocabulary = ['benh', 'vien', 'an', 'nhan', 'tam', 'than', 'dieu', 'tri', 'ung', 'thu', 'giam', 'hiv', 'hivx', '(+)', 'p5', 'p', 'nguyen', 'van', 'x'];
    const gaps = [' ', ' ', '  ', '\n', '\n\n', ', ', '.', '-'];
    const r = rng(5);
    // Kept through every window and text (stale items past the count), as a topic scan keeps its window's.
    const kept: PhraseMatch[] = [];
    for (let k = 0; k < 600; k++) {
      let text = '';
      for (let i = 1 + Math.floor(r() * 25); i > 0; i--) text += vocabulary[Math.floor(r() * vocabulary.length)] + gaps[Math.floor(r() * gaps.length)];
      const ctx = createScanContext(text);
      for (let q = 0; q < 8; q++) {
        const from = Math.floor(r() * (text.length + 1));
        const to = from + Math.floor(r() * (text.length + 1 - from));
        const expected = m.scan(ctx.folded, from, to);
        expect(m.scanWords(ctx, from, to), `${JSON.stringify(text)} [${from}, ${to})`).toEqual(expected);
        const n = m.scanWordsInto(ctx, from, to, kept);
        expect(kept.slice(0, n), `into ${JSON.stringify(text)} [${from}, ${to})`).toEqual(expected);
      }
    }
  });
});

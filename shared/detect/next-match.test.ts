import { describe, expect, it } from 'vitest';
import { matchWithin, nextMatch } from './next-match.ts';
import { randomText, rng } from './seeded-random.ts';

/** The window read afresh: a match of `pattern` wholly inside text[from, to). */
function direct(text: string, pattern: RegExp, from: number, to: number): boolean {
  return new RegExp(pattern.source).test(text.slice(from, to));
}

describe('matchWithin', () => {
  const pattern = /\d |trong so|hang |nhieu/g;
  const words = ['trong', 'so', 'hang', 'nhieu', 'nhie', '12', '3', 'a', 'thang', 'benh'];

  it('answers as reading each window afresh, for windows moving right and left', () => {
    const r = rng(7);
    for (let k = 0; k < 200; k++) {
      const text = randomText(r, words, [' ', '  ', '\n', ', '], 5, 40);
      const next = nextMatch(text, pattern);
      let from = 0;
      for (let q = 0; q < 60; q++) {
        // Mostly rightwards, as phrases come; sometimes back, which must search again.
        from = r() < 0.85 ? Math.min(text.length, from + Math.floor(r() * 8)) : Math.floor(r() * text.length);
        const to = Math.min(text.length, from + Math.floor(r() * 30));
        expect(matchWithin(next, from, to), `${JSON.stringify(text)} [${from}, ${to})`).toBe(direct(text, pattern, from, to));
      }
    }
  });

  it('does not count a match that starts inside the window but ends past it', () => {
    const next = nextMatch('ca trong so nguoi', pattern);
    expect(matchWithin(next, 0, 8)).toBe(false);
    expect(matchWithin(next, 0, 11)).toBe(true);
    expect(matchWithin(next, 4, 11)).toBe(false);
  });

  it('searches once for windows that move right past no match', () => {
    const text = 'bao cao tinh hinh dieu tri benh nhan trong quy. '.repeat(50);
    const counting = /\d |trong so|hang |nhieu/g;
    let searches = 0;
    const exec = counting.exec.bind(counting);
    counting.exec = (s: string) => {
      searches++;
      return exec(s);
    };
    const next = nextMatch(text, counting);
    for (let from = 0; from + 60 < text.length; from += 48) expect(matchWithin(next, from, from + 60)).toBe(false);
    expect(searches).toBe(1);
  });

  it('refuses a pattern that is not global', () => {
    expect(() => nextMatch('x', /x/)).toThrow(/global/);
  });
});

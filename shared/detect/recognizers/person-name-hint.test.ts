import { describe, expect, it } from 'vitest';
import { rng } from '../seeded-random.ts';
import { asciiHint, firstHint } from './person-name.ts';

const HINTS = /[MTQL]\.|\(|TRUONG|CHU TICH|CHANH VAN PHONG|GIAM DOC|BI THU/;
const PIECES = ['truong', 'TRUON', 'chu tich', 'CHU TIC', 'Chanh Van Phong', 'giam doc', 'bi thu', 'BI TH', 'm.', 'T.', 'q', 'l.', '(', ')', ' ', '\n', 'a', 'x.', 'ı.', 'ﬀ', 'Đ', 'ẞ', '.', 'TM', 'Nguyen Van An', 'ſ', 'ǅ', 'Tran', 'gi', 'Ch', 'bI', 'ê', '•'];

/** A text of a few random pieces and a random stretch [from, to) of it. */
function randomStretch(next: () => number): [string, number, number] {
  let text = '';
  const parts = 1 + Math.floor(next() * 8);
  for (let k = 0; k < parts; k++) text += PIECES[Math.floor(next() * PIECES.length)];
  const from = Math.floor(next() * (text.length + 1));
  const to = from + Math.floor(next() * (text.length - from + 1));
  return [text, from, to];
}

describe('asciiHint', () => {
  it('reads a stretch as the hints pattern reads it upper-cased', () => {
    const next = rng(7);
    for (let n = 0; n < 20000; n++) {
      const [text, from, to] = randomStretch(next);
      expect(asciiHint(text, from, to), JSON.stringify([text, from, to])).toBe(HINTS.test(text.slice(from, to).toUpperCase()));
    }
  });

  it('tells where the first hint is: none before, one up to it', () => {
    const next = rng(11);
    for (let n = 0; n < 20000; n++) {
      const [text, from, to] = randomStretch(next);
      const at = firstHint(text, from, to);
      const where = JSON.stringify([text, from, to, at]);
      if (at < 0) {
        expect(/[\u00df\u0131\u0149\u017f\u01f0\u1e96-\u1e9a\ufb00-\ufb06]/.test(text.slice(from, to)), where).toBe(true);
        continue;
      }
      expect(at, where).toBeGreaterThanOrEqual(from);
      expect(at, where).toBeLessThanOrEqual(to);
      expect(HINTS.test(text.slice(from, at).toUpperCase()), where).toBe(false);
      if (at < to) expect(HINTS.test(text.slice(from, Math.min(to, at + 15)).toUpperCase()), where).toBe(true);
    }
  });

  it('finds a hint only inside the stretch', () => {
    expect(asciiHint('GIAM DOC', 0, 7)).toBe(false);
    expect(asciiHint('xTM.', 1, 4)).toBe(true);
    expect(asciiHint('TM.', 0, 2)).toBe(false);
    expect(asciiHint('a(b', 1, 2)).toBe(true);
  });
});

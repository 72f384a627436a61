import { describe, expect, it } from 'vitest';
import { createScanContext } from '../scan-context.ts';
import { prepareTables } from '../first-scan.ts';
import { formLexicon, originalLower, originalWords } from './forms.ts';
import { GIVEN_NAMES, MIDDLE_NAMES } from './name-syllables.ts';
import { COMMON_SURNAMES, OTHER_SURNAMES } from './surnames.ts';
import { phraseForm, spelledForm, spellings, writtenAsFolded } from './spellings.ts';

const WORDS = [...COMMON_SURNAMES, ...OTHER_SURNAMES, ...GIVEN_NAMES, ...MIDDLE_NAMES];
const SURNAMES = spellings([...COMMON_SURNAMES, ...OTHER_SURNAMES], formLexicon([...COMMON_SURNAMES, ...OTHER_SURNAMES]));
const GIVEN = spellings([...GIVEN_NAMES, ...MIDDLE_NAMES], formLexicon([...GIVEN_NAMES, ...MIDDLE_NAMES]));

const strip = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

// Written as people and programs write them: bare, NFD, upper case, a mark
// changed or dropped (one letter's only: partly bare), a zero-width space, a dotless ı, a capital sigma, a
// full-width letter (the last ones are read by originalLower, not in place).
function variant(w: string, r: () => number): string {
  const x = r();
  let v = x < 0.2 ? strip(w) : x < 0.3 ? w.normalize('NFD') : x < 0.4 ? w.toUpperCase() : x < 0.5 ? w[0].toUpperCase() + w.slice(1) : w;
  // One letter's marks dropped, the others kept: a 'partial' spelling.
  if (r() < 0.2) {
    const i = Math.floor(r() * v.length);
    v = v.slice(0, i) + strip(v[i]) + v.slice(i + 1);
  }
  if (r() < 0.05) v = `${v.slice(0, 1)}\u200b${v.slice(1)}`;
  if (r() < 0.05) v = v.replace(/a/g, 'á');
  if (r() < 0.03) v = v.replace(/i/g, 'ı');
  if (r() < 0.03) v = `Σ${v}`;
  if (r() < 0.03) v = v.replace(/a/, 'ａ');
  return v;
}

describe('names read in place', () => {
  // The in-place reading is an optimisation of FormLexicon.check: the two must agree.
  it('agree with the lexicon on every spelling of listed names, in texts with and without marks', () => {
    prepareTables();
    let seed = 9;
    const r = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    let checked = 0;
    for (let t = 0; t < 1500; t++) {
      const parts: string[] = [];
      for (let i = 0, k = 3 + Math.floor(r() * 8); i < k; i++) parts.push(variant(WORDS[Math.floor(r() * WORDS.length)], r));
      const text = (r() < 0.3 ? 'abc ' : 'Trần ') + parts.join(r() < 0.5 ? ' ' : '  ');
      const ctx = createScanContext(text);
      for (const m of ctx.folded.matchAll(/[a-z\u00c0-\uffff]+/g)) {
        const start = m.index;
        const end = start + m[0].length;
        const written = originalLower(ctx, start, end);
        for (const table of [SURNAMES, GIVEN]) {
          const want = table.lexicon.has(m[0]) ? table.lexicon.check(m[0], written) : null;
          expect(spelledForm(ctx, start, end, table), `${text} / ${m[0]}`).toBe(want);
          checked++;
        }
        expect(writtenAsFolded(ctx, start, end), `${text} / ${m[0]}`).toBe(written === m[0]);
      }
    }
    expect(checked).toBeGreaterThan(10000);
  });
});

describe('phrases read in place', () => {
  // Phrases of two and three words, split by one space, two, a line break or a tab, as pasted text splits them.
  const PHRASES = ['bệnh nhân', 'tiền án', 'tiền ăn', 'ủy ban nhân dân', 'công an', 'phạt tù', 'phật tử', 'số ca', 'hồ sơ', 'cá nhân', 'bà', 'ba', 'tôi'];
  const lexicon = formLexicon(PHRASES);

  it('agree with the lexicon on what originalWords reads, whatever splits the words', () => {
    prepareTables();
    let seed = 17;
    const r = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const gaps = [' ', ' ', ' ', '  ', '\n', '\t', ' \u00a0'];
    let checked = 0;
    for (let t = 0; t < 1500; t++) {
      const parts: string[] = [];
      for (let i = 0, k = 2 + Math.floor(r() * 5); i < k; i++) {
        const words = variant(PHRASES[Math.floor(r() * PHRASES.length)], r).split(' ');
        parts.push(words.map((w, j) => (j === 0 ? w : gaps[Math.floor(r() * gaps.length)] + w)).join(''));
      }
      const text = (r() < 0.3 ? 'abc ' : 'Trần ') + parts.join(', ');
      const ctx = createScanContext(text);
      for (const key of new Set(PHRASES.map((p) => createScanContext(p).folded))) {
        const gap = key.replace(/ /g, '\\s+');
        for (const m of ctx.folded.matchAll(new RegExp(`(?<![a-z])${gap}(?![a-z])`, 'g'))) {
          const start = m.index;
          const end = start + m[0].length;
          expect(phraseForm(ctx, start, end, lexicon, key), `${JSON.stringify(text)} / ${key}`).toBe(lexicon.check(key, originalWords(ctx, start, end)));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });

  it('tells the spellings apart in place', () => {
    prepareTables();
    const at = (text: string, key: string) => {
      const ctx = createScanContext(text);
      const start = ctx.folded.indexOf(key);
      return phraseForm(ctx, start, start + key.length, lexicon, key);
    };
    expect(at('Ông có tiền án', 'tien an')).toBe('exact');
    expect(at('Chi tiền ăn trưa', 'tien an')).toBe('exact');
    expect(at('co tien an', 'tien an')).toBe('bare');
    expect(at('Ông có TIỀN ÁN', 'tien an')).toBe('exact');
    expect(at('Ông có tiền an', 'tien an')).toBe('partial');
    expect(at('Ông có tiến an', 'tien an')).toBe('wrong');
  });
});

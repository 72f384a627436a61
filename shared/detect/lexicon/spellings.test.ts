import { describe, expect, it } from 'vitest';
import { createScanContext } from '../scan-context.ts';
import { prepareTables } from '../first-scan.ts';
import { formLexicon, originalLower } from './forms.ts';
import { GIVEN_NAMES, MIDDLE_NAMES } from './name-syllables.ts';
import { COMMON_SURNAMES, OTHER_SURNAMES } from './surnames.ts';
import { spelledForm, spellings, writtenAsFolded } from './spellings.ts';

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

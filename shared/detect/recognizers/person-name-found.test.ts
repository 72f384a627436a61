import { describe, expect, it } from 'vitest';
import type { Candidate } from '../recognizer.ts';
import { rng } from '../seeded-random.ts';
import { FoundNames } from './person-name.ts';

function candidate(start: number, score: number): Candidate {
  return { type: 'person_name', start, end: start + 3, score, rule: 'r', validator: 'v', context: [] };
}

describe('FoundNames', () => {
  it('keeps what a Map by start keeps, in its order, for starts in order, out of order and repeated', () => {
    const r = rng(3);
    for (let k = 0; k < 500; k++) {
      const found = new FoundNames();
      const map = new Map<number, Candidate>();
      const ordered = r() < 0.5;
      let start = 0;
      for (let i = Math.floor(r() * 40); i > 0; i--) {
        start = ordered && r() < 0.9 ? start + Math.floor(r() * 3) : Math.floor(r() * 30);
        const c = candidate(start, Math.floor(r() * 4) / 4);
        const previous = map.get(c.start);
        if (!previous || previous.score < c.score) map.set(c.start, c);
        found.push(c);
        const probe = Math.floor(r() * 30);
        expect(found.has(probe)).toBe(map.has(probe));
      }
      expect(found.list).toEqual([...map.values()]);
      // (Every candidate here is three units long.)
      expect(found.short).toBe(found.list.length > 0);
      for (let i = 0; i < found.list.length; i++) expect(found.list[i]).toBe([...map.values()][i]);
    }
  });

  it('tells whether a candidate of three units or fewer was pushed (withoutCodes reads only then)', () => {
    const found = new FoundNames();
    found.push({ ...candidate(0, 0.5), end: 4 });
    expect(found.short).toBe(false);
    found.push({ ...candidate(9, 0.5), end: 12 });
    expect(found.short).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { createScanContext } from './scan-context.ts';
import { numberRuns } from './numbers.ts';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** Groups of a run read independently: digit sequences and their offsets. */
function expected(text: string, from: number): { starts: number[]; ends: number[]; digits: string } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.slice(from).matchAll(/[0-9]+/g)) {
    starts.push(from + m.index);
    ends.push(from + m.index + m[0].length);
  }
  return { starts, ends, digits: text.slice(from).replace(/[^0-9]/g, '') };
}

describe('numberRuns', () => {
  it('keeps the same groups whether a run is stored in plain or in typed arrays (few or many groups)', () => {
    const r = rng(11);
    const joiners = [' ', '.', '-', ' - ', '(', ')', '. '];
    for (const groups of [1, 2, 5, 63, 64, 65, 66, 200, 5000]) {
      let text = 'so ';
      for (let g = 0; g < groups; g++) {
        if (g > 0) text += joiners[Math.floor(r() * joiners.length)];
        text += String(Math.floor(r() * 1e6)).padStart(1 + Math.floor(r() * 6), '7');
      }
      const runs = numberRuns(createScanContext(text));
      expect(runs.length).toBe(1);
      const run = runs[0];
      const want = expected(text, 3);
      expect(Array.from(run.groupStart)).toEqual(want.starts);
      expect(Array.from(run.groupEnd)).toEqual(want.ends);
      expect(run.digits).toBe(want.digits);
      let count = 0;
      const offsets = [0];
      for (let g = 0; g < want.starts.length; g++) offsets.push((count += want.ends[g] - want.starts[g]));
      expect(Array.from(run.digitOffset)).toEqual(offsets);
    }
  });
});

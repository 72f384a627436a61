import { describe, expect, it } from 'vitest';
import { createScanContext } from './scan-context.ts';
import { digitsBefore, digitsIn, forEachSpan, groupEnd, groupStart, isNoise, numberRuns, numberSpans, type NumberSpan } from './numbers.ts';
import { rng } from './seeded-random.ts';

/** The spans as numberSpans made them before span-index.ts: every object built up front. */
function eagerSpans(text: string): { start: number; end: number; g0: number; g1: number; digits: string; run: number }[] {
  const ctx = createScanContext(text);
  const runs = numberRuns(ctx);
  const out: { start: number; end: number; g0: number; g1: number; digits: string; run: number }[] = [];
  runs.forEach((run, r) => {
    if (run.count < 6 || isNoise(run)) return;
    for (let g0 = 0; g0 < run.groups; g0++) {
      for (let g1 = g0; g1 < run.groups && g1 - g0 < 6; g1++) {
        const count = digitsBefore(run, g1 + 1) - digitsBefore(run, g0);
        if (count > 19) break;
        const inner = groupStart(run, g1 - 1);
        const bracketed = ctx.folded[inner - 1] === '(' && ctx.folded[groupEnd(run, g1 - 1)] === ')';
        if (g1 > g0 + 1 && digitsBefore(run, g1) - digitsBefore(run, g1 - 1) < 2 && !bracketed) break;
        if (count >= 6) out.push({ start: groupStart(run, g0), end: groupEnd(run, g1), g0, g1, digits: digitsIn(run, g0, g1), run: r });
      }
    }
  });
  return out;
}

describe('spans made on first visit', () => {
  it('are the eagerly built spans, one object per span whichever recognizer asks first', () => {
    const r = rng(77);
    const pieces = ['0912345 678901', '0912 345 678', '038090012345', '+84 (0) 912 345 678', '4111 1111 1111 1111', '123.45 30', '1 2 3', '12345678901234567890', ' x ', ', ', '\t', '7'];
    for (let trial = 0; trial < 20; trial++) {
      let text = '';
      for (let i = 0; i < 150; i++) text += pieces[Math.floor(r() * pieces.length)] + (r() < 0.6 ? ' ' : '; ');
      const want = eagerSpans(text);
      const ctx = createScanContext(text);
      const runs = numberRuns(ctx);
      const seen = new Map<number, NumberSpan>();
      // Narrow ranges first, in a random order, so objects are made out of text order.
      const ranges: [number, number][] = [];
      for (let n = 0; n < 8; n++) {
        const lo = Math.floor(r() * 21);
        ranges.push([lo, lo + Math.floor(r() * 4)]);
      }
      for (const [lo, hi] of ranges) {
        const visited: NumberSpan[] = [];
        forEachSpan(ctx, lo, hi, (span) => visited.push(span));
        const expected = want.filter((s) => s.digits.length >= lo && s.digits.length <= hi);
        expect(visited.map((s) => [s.start, s.end, s.g0, s.g1, s.digits, runs.indexOf(s.run)])).toEqual(expected.map((s) => [s.start, s.end, s.g0, s.g1, s.digits, s.run]));
        for (const s of visited) {
          const key = s.start * 100000 + s.end;
          if (seen.has(key)) expect(seen.get(key)).toBe(s);
          seen.set(key, s);
        }
      }
      const all = numberSpans(ctx);
      expect(all.map((s) => [s.start, s.end, s.g0, s.g1, s.digits])).toEqual(want.map((s) => [s.start, s.end, s.g0, s.g1, s.digits]));
      for (const s of all) {
        const earlier = seen.get(s.start * 100000 + s.end);
        if (earlier) expect(earlier).toBe(s);
      }
      const full: NumberSpan[] = [];
      forEachSpan(ctx, 0, 99, (span) => full.push(span));
      expect(full).toEqual(all);
      full.forEach((s, i) => expect(s).toBe(all[i]));
    }
  });
});

describe('the span index of one scan after another', () => {
  it("holds only its own scan's spans, none of the bigger scan's rows or objects before it (its buffers are reused)", () => {
    const big = createScanContext('0912345 678901 4111 1111 1111 1111 038090012345 '.repeat(400));
    const bigSpans: NumberSpan[] = [];
    forEachSpan(big, 0, 99, (span) => bigSpans.push(span));
    expect(bigSpans.length).toBeGreaterThan(2000);
    for (const text of ['CCCD 001203012345', 'không có số nào', '0912 345 678 và 0987654321']) {
      const ctx = createScanContext(text);
      const visited: NumberSpan[] = [];
      forEachSpan(ctx, 0, 99, (span) => visited.push(span));
      expect(visited.map((s) => [s.start, s.end, s.digits])).toEqual(eagerSpans(text).map((s) => [s.start, s.end, s.digits]));
      for (const s of visited) expect(bigSpans).not.toContain(s);
    }
  });
});

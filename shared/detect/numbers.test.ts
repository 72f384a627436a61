import { describe, expect, it } from 'vitest';
import { createScanContext } from './scan-context.ts';
import { digitsBefore, digitsIn, forEachSpan, forgetNumbers, groupEnd, groupStart, keepEveryRunForTests, numberRuns, numberSpans, skipDateRestForTests, type NumberSpan } from './numbers.ts';
import { detect } from './engine.ts';
import { rng } from './seeded-random.ts';

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
  it('reads back every group of runs of few or many groups from the scan\'s group table', () => {
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
      expect(run.groups).toBe(want.starts.length);
      const indices = Array.from({ length: run.groups }, (_, g) => g);
      expect(indices.map((g) => groupStart(run, g))).toEqual(want.starts);
      expect(indices.map((g) => groupEnd(run, g))).toEqual(want.ends);
      expect(digitsIn(run, 0, run.groups - 1)).toBe(want.digits);
      let count = 0;
      const offsets = [0];
      for (let g = 0; g < want.starts.length; g++) offsets.push((count += want.ends[g] - want.starts[g]));
      expect([...indices, run.groups].map((g) => digitsBefore(run, g))).toEqual(offsets);
    }
  });
});

describe('digits of a run', () => {
  it('are the groups\' digits, read from the text, OCR letters included', () => {
    const r = rng(23);
    const joiners = [' ', '.', '-', ' - ', '. '];
    const ocr = ['O', 'l', 'I'];
    for (let trial = 0; trial < 400; trial++) {
      // Runs of 2 to 13 groups, with letters read as digits.
      const groups = 2 + (trial % 12);
      let text = 'so ';
      for (let g = 0; g < groups; g++) {
        if (g > 0) text += joiners[Math.floor(r() * joiners.length)];
        let group = String(Math.floor(r() * 1e6)).padStart(2 + Math.floor(r() * 5), '7');
        if (r() < 0.3) group = group[0] + ocr[Math.floor(r() * ocr.length)] + group.slice(1);
        text += group;
      }
      const ctx = createScanContext(text);
      const runs = numberRuns(ctx);
      expect(runs.length).toBe(1);
      const run = runs[0];
      let want = '';
      for (let g = 0; g < run.groups; g++) {
        expect(digitsBefore(run, g)).toBe(want.length);
        want += ctx.folded.slice(groupStart(run, g), groupEnd(run, g)).replace(/o/g, '0').replace(/[li]/g, '1');
      }
      expect(digitsIn(run, 0, run.groups - 1)).toBe(want);
      expect(digitsIn(run, 0, run.groups - 1)).toMatch(/^[0-9]+$/);
    }
  });
});

describe('forEachSpan', () => {
  it('visits, in text order, exactly the spans a filter of numberSpans by digit count keeps', () => {
    const r = rng(41);
    const pieces = ['0912 345 678', '038090012345', '0011004123456', '4111 1111 1111 1111', '123.45 30', '1.234.567', '79 123 456', ' x ', ', ', '12345678901', '123456789'];
    for (let trial = 0; trial < 10; trial++) {
      let text = '';
      for (let i = 0; i < 100; i++) text += pieces[Math.floor(r() * pieces.length)] + (r() < 0.5 ? ' ' : '; ');
      const ctx = createScanContext(text);
      const spans = numberSpans(ctx);
      // Positions of the very objects (the guards' answers are kept on them).
      const position = new Map(spans.map((s, i) => [s, i]));
      for (let min = 0; min <= 21; min++) {
        for (let max = min - 1; max <= 21; max++) {
          const seen: number[] = [];
          forEachSpan(ctx, min, max, (span: NumberSpan) => seen.push(position.get(span) ?? -1));
          const want = spans.flatMap((s, i) => (s.digits.length >= min && s.digits.length <= max ? [i] : []));
          expect(seen).toEqual(want);
        }
      }
    }
  });
});

describe('the group table', () => {
  it('keeps each run\'s groups apart when a scan has many runs, some of them left out', () => {
    const r = rng(5);
    const pieces = ['sdt ', '0912 345 678', ', ', '12', ' x ', '1.234.567', '038090012345', '\t', '(+84) 912-345-678', '7', ' ab ', '3/7/92'];
    let text = '';
    for (let i = 0; i < 3000; i++) text += pieces[Math.floor(r() * pieces.length)];
    const reference = new Map<number, { starts: number[]; ends: number[]; digits: string }>();
    for (const m of text.matchAll(/[0-9]+(?:[ .()-]{1,3}[0-9]+)*/g)) reference.set(m.index, expected(m[0], 0));
    const runs = numberRuns(createScanContext(text));
    expect(runs.length).toBeGreaterThan(500);
    for (const run of runs) {
      const want = reference.get(run.start)!;
      const groups = Array.from({ length: run.groups }, (_, g) => g);
      expect(groups.map((g) => groupStart(run, g) - run.start)).toEqual(want.starts);
      expect(groups.map((g) => groupEnd(run, g) - run.start)).toEqual(want.ends);
      expect(digitsIn(run, 0, run.groups - 1)).toBe(want.digits);
    }
  });
});

describe('short runs left out', () => {
  it('change no finding: detect() equals a scan that keeps every run, on generated dates, plates and slashes', () => {
    const r = rng(23);
    const pieces = [
      '12/05/1990', '3/7/92', '12/05/', '/05/', '1990/05/12', '31/12/2001/', '12 tháng 5 năm 1990', 'mùng 8 tháng 5 năm 1962',
      'May 12, 1990', '12-May-1990', '12 Jan 1985', '30A-123.45', '29B1-123.45', '99-G7 413.70', '61A944515', '51G 678.90',
      'ngày sinh ', 'sinh ngày ', 'DOB: ', 'năm sinh ', 'biển số ', 'xe ', '/', ' ', ', ', '\n', '12', '5', '05', '7/', '/12',
      '1990', 'sđt 0912345678', 'CCCD 038090012345', 'số 13/2023/NĐ-CP', '2916/BCA-A05', '21.0285, 105.8542',
      '30A 1234', '29B-12345', '30A12345', '51G.5678', '99-G 1234', 'sdt 0912 ', 'năm sinh 1985', '2020/05/12', '12345',
      '0912', 'O912', '1899', '2031', 'ab 1234', '30ab 4321', '3abc 1234', 'x', '-',
      '01/01/1990', '11/2021', 'ns 11/2021', '/1990/05/12', '/1990', '1/1990', '123/1990', '1990/', 'sinh 5/1990', '30A/1990',
    ];
    for (let k = 0; k < 600; k++) {
      let text = '';
      const n = 3 + Math.floor(r() * 12);
      for (let i = 0; i < n; i++) text += pieces[Math.floor(r() * pieces.length)];
      const filtered = detect(text);
      keepEveryRunForTests(true);
      try {
        expect(filtered, text).toEqual(detect(text));
      } finally {
        keepEveryRunForTests(false);
      }
    }
  });

  it('keeps only the day of a slash date among runs before a slash', () => {
    const starts = (text: string) => numberRuns(createScanContext(text)).map((run) => run.start);
    expect(starts('12/05/12/05/12/05/')).toEqual([]);
    expect(starts('ngày sinh 3/7/92')).toEqual([10]);
    expect(starts('12/05/1990 và 1/2/03')).toEqual([0, 14]);
  });

  it('keeps a 4–5 digit run only as a birth year or a plate serial', () => {
    const starts = (text: string) => numberRuns(createScanContext(text)).map((run) => run.start);
    expect(starts('sdt 0912 sdt 0912 sdt 12345')).toEqual([]);
    expect(starts('năm 1990, 30A 1234, 51G-12345')).toEqual([4, 10, 14, 20, 24]);
  });

  it('keeps a year after a slash only where a date may still use it', () => {
    const starts = (text: string) => numberRuns(createScanContext(text)).map((run) => run.start);
    // The day opens the run kept; the year after "01/" is a d/m/y date's end.
    expect(starts('1\t01/01/1990\n')).toEqual([2]);
    // A month and year, a year-first date; not a year after a word and a slash, nor after a date's day and month.
    expect(starts('ns 11/2021')).toEqual([6]);
    expect(starts('x/1990/05/12')).toEqual([2]);
    expect(starts('a/b/1990')).toEqual([]);
    expect(starts('12/05/1990')).toEqual([0]);
  });
});

describe('numberRuns past a slashed date', () => {
  it('reads the runs that reading every run after a kept day reads', () => {
    // The runs and their groups, read with and without skipping the rest of a slashed date.
    const shape = (text: string) => {
      const runs = numberRuns(createScanContext(text));
      return runs.map((run) => `${run.start}-${run.end}:${run.count}:${Array.from({ length: run.groups }, (_, g) => `${groupStart(run, g)},${groupEnd(run, g)}`).join(' ')}`);
    };
    const pieces = ['01/01/1990', '1/2/03', '12/05/', '/', '1990', '12', '5', ' ', '-', '.', '\n', '\t', '(', ')', 'x', 'ab', '2031', '0912', '/1990 12', '31/12/1999 - 2'];
    let seed = 7;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let j = next(14); j >= 0; j--) text += pieces[next(pieces.length)];
      const skipped = shape(text);
      skipDateRestForTests(false);
      try {
        expect(skipped, JSON.stringify(text)).toEqual(shape(text));
      } finally {
        skipDateRestForTests(true);
      }
    }
  });
});

describe('forgetNumbers', () => {
  it('lets go of a scan\'s runs and spans; asked again, they are read again alike', () => {
    const ctx = createScanContext('sdt 0912 345 678, cccd 038090012345');
    const runs = numberRuns(ctx);
    const spans = numberSpans(ctx);
    expect(numberRuns(ctx)).toBe(runs);
    forgetNumbers(ctx);
    const again = numberRuns(ctx);
    expect(again).not.toBe(runs);
    expect(again.map((r) => [r.start, r.end, r.count])).toEqual(runs.map((r) => [r.start, r.end, r.count]));
    expect(numberSpans(ctx).map((x) => [x.start, x.end, x.digits])).toEqual(spans.map((x) => [x.start, x.end, x.digits]));
  });
});

import { describe, expect, it } from 'vitest';
import { dayRange, niceMax, stackByDay, ticks } from './chart-data.ts';

describe('chart data', () => {
  it('stacks counts per day and type, filling empty days', () => {
    const s = stackByDay([
      { day: '2026-05-01', type: 'cccd', count: 2 },
      { day: '2026-05-03', type: 'phone', count: 5 },
      { day: '2026-05-03', type: 'cccd', count: 1 },
    ]);
    expect(s.days).toEqual(['2026-05-01', '2026-05-02', '2026-05-03']);
    expect(s.keys).toEqual(['phone', 'cccd']);
    expect(s.values).toEqual([[0, 2], [0, 0], [5, 1]]);
    expect(s.totals).toEqual([2, 0, 6]);
  });
  it('draws nothing for no rows', () => {
    expect(stackByDay([]).days).toEqual([]);
  });
  it('caps day ranges', () => {
    expect(dayRange('2026-01-01', '2030-01-01', 10)).toHaveLength(10);
    expect(dayRange('bad', '2026-01-01')).toEqual([]);
  });
  it('rounds axis maxima to 1-2-5 steps', () => {
    expect([0, 1, 3, 7, 10, 11, 240].map(niceMax)).toEqual([1, 1, 5, 10, 10, 20, 500]);
  });
  it('makes integer ticks up to the maximum', () => {
    expect(ticks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(ticks(2)).toEqual([0, 1, 2]);
  });
});

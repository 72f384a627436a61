import { describe, expect, it } from 'vitest';
import { deadlineView, NEAR_MS } from './countdown.ts';

const now = Date.parse('2026-06-01T00:00:00.000Z');
const at = (ms: number) => new Date(now + ms).toISOString();

describe('deadlineView', () => {
  it('counts down hours and minutes while more than a day is left', () => {
    const v = deadlineView(at(50 * 3600_000 + 7 * 60_000 + 30_000), now);
    expect(v.state).toBe('running');
    expect([v.hours, v.minutes]).toEqual([50, 7]);
  });
  it('turns near with under 12 hours left', () => {
    expect(NEAR_MS).toBe(12 * 3600_000);
    expect(deadlineView(at(NEAR_MS), now).state).toBe('running');
    expect(deadlineView(at(NEAR_MS - 60_000), now).state).toBe('near');
    expect(deadlineView(at(60_000), now).state).toBe('near');
  });
  it('is overdue at and after the deadline, counting the time past it', () => {
    expect(deadlineView(at(0), now).state).toBe('overdue');
    const v = deadlineView(at(-(3 * 3600_000 + 20 * 60_000)), now);
    expect(v.state).toBe('overdue');
    expect([v.hours, v.minutes]).toEqual([3, 20]);
    expect(v.remainingMs).toBeLessThan(0);
  });
  it('keeps the hub\'s met and none states whatever the clock says', () => {
    expect(deadlineView(at(-1000), now, 'met').state).toBe('met');
    expect(deadlineView(at(1000), now, 'none').state).toBe('none');
    expect(deadlineView(null, now, 'running').state).toBe('none');
  });
  it('recomputes running/near/overdue from the clock rather than trusting a stale server state', () => {
    expect(deadlineView(at(-1000), now, 'running').state).toBe('overdue');
  });
});

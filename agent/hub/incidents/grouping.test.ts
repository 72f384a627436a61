import { describe, expect, it } from 'vitest';
import { groupEvents } from './grouping.ts';

const ev = (t: string) => ({ occurredAt: `2026-03-02T${t}:00.000Z` });
const HOUR = 3600_000;

describe('grouping events into incidents', () => {
  it('joins events within the window to the open incident and splits after a gap', () => {
    const open = { id: 'inc-1', firstSeen: '2026-03-02T08:00:00.000Z', lastSeen: '2026-03-02T08:30:00.000Z' };
    const out = groupEvents(open, [ev('09:00'), ev('13:00'), ev('08:45')], 2 * HOUR);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ incidentId: 'inc-1', firstSeen: '2026-03-02T08:00:00.000Z', lastSeen: '2026-03-02T09:00:00.000Z' });
    expect(out[0].events).toHaveLength(2);
    expect(out[1]).toMatchObject({ incidentId: null, firstSeen: '2026-03-02T13:00:00.000Z' });
  });

  it('starts a new incident when none is open', () => {
    const out = groupEvents(null, [ev('10:00'), ev('10:05')]);
    expect(out).toEqual([{ incidentId: null, events: [ev('10:00'), ev('10:05')], firstSeen: ev('10:00').occurredAt, lastSeen: ev('10:05').occurredAt }]);
  });
});

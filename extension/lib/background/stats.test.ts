import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { countDetection, localDay, readDayStats, STATS_KEY } from './stats.ts';

describe('day stats', () => {
  beforeEach(() => fakeBrowser.reset());

  it('counts detections and findings by type for the day', async () => {
    const day = new Date(2026, 10, 22, 9, 0);
    await countDetection(day, [{ type: 'cccd', count: 3 }]);
    await countDetection(day, [{ type: 'cccd', count: 1 }, { type: 'email', count: 2 }]);
    expect(await readDayStats(day)).toEqual({ day: '2026-11-22', detections: 2, byType: { cccd: 4, email: 2 } });
  });
  it('starts again at local midnight', async () => {
    await countDetection(new Date(2026, 10, 22, 23, 59), [{ type: 'phone', count: 1 }]);
    const next = new Date(2026, 10, 23, 0, 1);
    expect(await readDayStats(next)).toEqual({ day: '2026-11-23', detections: 0, byType: {} });
    await countDetection(next, [{ type: 'phone', count: 1 }]);
    expect((await fakeBrowser.storage.local.get(STATS_KEY))[STATS_KEY]).toMatchObject({ day: '2026-11-23', detections: 1 });
  });
  it('names days by the local calendar', () => {
    expect(localDay(new Date(2026, 0, 5, 12))).toBe('2026-01-05');
  });
});

// Today's detections for the popup: counts by type, nothing else. Stored in
// storage.local so the figures survive the service worker stopping.
import { browser } from 'wxt/browser';
import type { FindingType } from '../../../shared/detect/types.ts';

export const STATS_KEY = 'stats';

export interface DayStats {
  day: string;
  detections: number;
  byType: Partial<Record<FindingType, number>>;
}

export function localDay(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export async function readDayStats(now: Date): Promise<DayStats> {
  const got = (await browser.storage.local.get(STATS_KEY))[STATS_KEY] as DayStats | undefined;
  const day = localDay(now);
  return got && got.day === day ? got : { day, detections: 0, byType: {} };
}

export async function countDetection(now: Date, types: { type: FindingType; count: number }[]): Promise<DayStats> {
  const stats = await readDayStats(now);
  stats.detections += 1;
  for (const t of types) stats.byType[t.type] = (stats.byType[t.type] ?? 0) + t.count;
  await browser.storage.local.set({ [STATS_KEY]: stats });
  return stats;
}

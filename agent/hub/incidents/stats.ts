import type { Category, FindingType } from '../../../shared/detect/types.ts';
import type { HubEvent } from '../../../shared/event/schema.ts';

// What the register keeps about an incident once its event details are purged:
// counts, record masks and tags only, so it can live the five years Decree
// 356/2025 Art. 29 asks for without holding anything identifying.
export interface TypeStats {
  category: Category;
  count: number;
  distinct: number;
  masked: string[];
  tags: string[];
}

export interface IncidentStats {
  types: Partial<Record<FindingType, TypeStats>>;
  decisions: Record<string, number>;
  actions: Record<string, number>;
  channels: Record<string, number>;
  /** Events where the user was warned (warn, block_with_override). */
  warned: number;
  /** ...and went on anyway. */
  proceededAfterWarning: number;
  /** Events whose data reached the site (proceeded, audited, marked false positive). */
  leaked: number;
  /** Largest distinct-value count of one event, and whether one looked like a list. */
  maxDistinct: number;
  list: boolean;
  files: number;
}

export const MAX_MASKS = 3;
export const MAX_TAGS = 200;

export function emptyStats(): IncidentStats {
  return { types: {}, decisions: {}, actions: {}, channels: {}, warned: 0, proceededAfterWarning: 0, leaked: 0, maxDistinct: 0, list: false, files: 0 };
}

const LEAKING = new Set(['proceeded', 'audited', 'false_positive']);
const WARNING = new Set(['warn', 'block_with_override']);

export function dataLeft(decision: string): boolean {
  return LEAKING.has(decision);
}

function bump(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

function addUnique(list: string[], values: string[], max: number): void {
  for (const v of values) {
    if (list.length >= max) return;
    if (!list.includes(v)) list.push(v);
  }
}

/** Folds one event into the stats (mutates and returns `stats`). */
export function addEvent(stats: IncidentStats, event: Pick<HubEvent, 'findings' | 'decision' | 'action' | 'channel' | 'summary' | 'file'>): IncidentStats {
  bump(stats.decisions, event.decision);
  bump(stats.actions, event.action);
  bump(stats.channels, event.channel);
  if (WARNING.has(event.action)) {
    stats.warned++;
    if (event.decision === 'proceeded') stats.proceededAfterWarning++;
  }
  if (dataLeft(event.decision)) stats.leaked++;
  if (event.file) stats.files++;
  stats.maxDistinct = Math.max(stats.maxDistinct, event.summary.distinct);
  stats.list ||= event.summary.looksLikeList;
  for (const f of event.findings) {
    const t = (stats.types[f.type] ??= { category: f.category, count: 0, distinct: 0, masked: [], tags: [] });
    t.count += f.count;
    addUnique(t.masked, f.masked, MAX_MASKS);
    addUnique(t.tags, f.tags, MAX_TAGS);
    // Tags are 16-bit, so equal tags only suggest equal values: the distinct
    // estimate is the larger of one event's own count and the tags seen.
    t.distinct = Math.max(t.distinct, f.distinct, t.tags.length);
  }
  return stats;
}

export function typesOf(stats: IncidentStats): FindingType[] {
  return (Object.keys(stats.types) as FindingType[]).sort();
}

export function decisionsOf(stats: IncidentStats): string[] {
  return Object.keys(stats.decisions).sort();
}

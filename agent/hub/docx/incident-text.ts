import type { FindingType } from '../../../shared/detect/types.ts';
import { t, type Lang } from '../messages/index.ts';
import type { IncidentRecord } from '../store/incident-repo.ts';
import { typeCounts } from '../store/incident-repo.ts';

// Pre-filled wording for Form 08/03 from what the register holds: types,
// counts, times, the site and workstation — never a value, not even a mask.

const VN_OFFSET = 7 * 3600_000;
export function vnTime(iso: string): string {
  const d = new Date(Date.parse(iso) + VN_OFFSET);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCHours())}:${p(d.getUTCMinutes())} ${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

export function vnDateParts(now: Date) {
  const d = new Date(now.getTime() + VN_OFFSET);
  return { day: String(d.getUTCDate()).padStart(2, '0'), month: String(d.getUTCMonth() + 1).padStart(2, '0'), year: String(d.getUTCFullYear()) };
}

export function autoTime(lang: Lang, r: IncidentRecord) {
  return t(lang, 'auto.time', { from: vnTime(r.firstSeen), to: vnTime(r.lastSeen), discovered: vnTime(r.discoveredAt) });
}

export function autoPlace(lang: Lang, r: IncidentRecord) {
  return t(lang, 'auto.place', { workstation: r.workstation, site: r.site });
}

export function autoAct(lang: Lang, r: IncidentRecord) {
  const s = r.stats;
  const stopped = (s.decisions.blocked ?? 0) + (s.decisions.cancelled ?? 0) + (s.decisions.masked ?? 0);
  const channels = Object.keys(s.channels).map((ch) => t(lang, `channel.${ch}`)).join(', ');
  return t(lang, 'auto.act', {
    user: r.user, site: r.site, external: t(lang, r.external ? 'auto.external' : 'auto.internal'), channels,
    events: r.eventCount, leaked: s.leaked, proceeded: s.proceededAfterWarning, stopped,
  });
}

export function autoParties(lang: Lang, r: IncidentRecord) {
  return t(lang, 'auto.parties', { workstation: r.workstation, user: r.user, site: r.site });
}

export function autoData(lang: Lang, r: IncidentRecord) {
  const items = typeCounts(r.stats).map((c) => t(lang, 'auto.dataItem', { name: t(lang, `type.${c.type as FindingType}`), count: c.count, distinct: c.distinct }));
  return `${items.join('; ')}. ${t(lang, 'auto.dataTotal', { events: r.eventCount, severity: t(lang, `severity.${r.severity}`), score: r.severityScore })}`;
}

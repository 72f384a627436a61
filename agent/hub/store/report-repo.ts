import { deadlineState } from '../incidents/deadline.ts';
import { emptyStats, type IncidentStats } from '../incidents/stats.ts';
import type { IncidentStatus } from '../incidents/status.ts';
import type { Db } from './db.ts';
import { parse } from './rows.ts';

export interface Range {
  from: string;
  to: string;
}

export async function dashboard(db: Db, r: Range, now: Date) {
  const byDay = await db.all<{ day: string; type: string; count: number }>(
    'SELECT day, type, events AS count FROM daily_type_counts WHERE day >= ? AND day <= ? ORDER BY day, type',
    [r.from.slice(0, 10), r.to.slice(0, 10)],
  );
  const topSites = await db.all<{ site: string; count: number }>(
    'SELECT e.site AS site, count(*) AS count FROM events e JOIN incidents i ON i.id = e.incident_id WHERE i.external = 1 AND e.occurred_at >= ? AND e.occurred_at <= ? GROUP BY e.site ORDER BY count DESC, site LIMIT 10',
    [r.from, r.to],
  );
  const workstations = await db.all<{ workstation: string; count: number }>(
    'SELECT workstation, count(*) AS count FROM events WHERE occurred_at >= ? AND occurred_at <= ? GROUP BY workstation ORDER BY count DESC, workstation LIMIT 10',
    [r.from, r.to],
  );
  const pr = await db.get<{ warned: number; proceeded: number }>(
    "SELECT count(*) AS warned, coalesce(sum(CASE WHEN decision = 'proceeded' THEN 1 ELSE 0 END), 0) AS proceeded FROM events WHERE action IN ('warn', 'block_with_override') AND occurred_at >= ? AND occurred_at <= ?",
    [r.from, r.to],
  );
  const sev = await db.all<{ severity: string; n: number }>('SELECT severity, count(*) AS n FROM incidents WHERE last_seen >= ? AND last_seen <= ? GROUP BY severity', [r.from, r.to]);
  const st = await db.all<{ status: string; n: number }>('SELECT status, count(*) AS n FROM incidents WHERE last_seen >= ? AND last_seen <= ? GROUP BY status', [r.from, r.to]);
  const open = await db.all<{ id: string; number: string; site: string; status: IncidentStatus; deadline: string; severity: string }>(
    "SELECT id, number, site, status, deadline, severity FROM incidents WHERE status IN ('new', 'investigating', 'breach_confirmed') AND notified_at IS NULL ORDER BY deadline LIMIT 20",
  );
  const warned = Number(pr?.warned ?? 0);
  const proceeded = Number(pr?.proceeded ?? 0);
  return {
    from: r.from,
    to: r.to,
    byDay: byDay.map((d) => ({ ...d, count: Number(d.count) })),
    topSites: topSites.map((d) => ({ ...d, count: Number(d.count) })),
    workstations: workstations.map((d) => ({ ...d, count: Number(d.count) })),
    proceedRate: { warned, proceeded, rate: warned ? Math.round((proceeded / warned) * 1000) / 1000 : 0 },
    bySeverity: Object.fromEntries(['low', 'medium', 'high', 'very_high'].map((s) => [s, Number(sev.find((x) => x.severity === s)?.n ?? 0)])),
    byStatus: Object.fromEntries(st.map((x) => [x.status, Number(x.n)])),
    openDeadlines: open.map((o) => ({ ...o, deadlineState: deadlineState({ status: o.status, deadline: o.deadline, notifiedAt: null }, now) })),
  };
}

export function quarterRange(year: number, quarter: number): Range {
  const from = new Date(Date.UTC(year, (quarter - 1) * 3, 1));
  const to = new Date(Date.UTC(year, quarter * 3, 1) - 1);
  return { from: from.toISOString(), to: to.toISOString() };
}

/**
 * Quarterly statistics from the register (incident stats), so a quarter can
 * still be reported after its event details were purged.
 */
export async function quarterly(db: Db, year: number, quarter: number) {
  const range = quarterRange(year, quarter);
  const rows = await db.all<{ stats: string; event_count: number; status: string; group_name: string | null; notified_at: string | null }>(
    'SELECT d.stats, i.event_count, i.status, i.notified_at, i.group_name FROM incidents i JOIN incident_details d ON d.incident_id = i.id WHERE i.first_seen >= ? AND i.first_seen <= ?',
    [range.from, range.to],
  );
  const byType = new Map<string, { type: string; category: string; values: number; incidents: number }>();
  const byGroup = new Map<string, { group: string; events: number; incidents: number }>();
  const byAction = new Map<string, number>();
  const byDecision = new Map<string, number>();
  let breaches = 0;
  let notBreaches = 0;
  let notified = 0;
  for (const r of rows) {
    const s = parse<IncidentStats>(r.stats, emptyStats());
    for (const [type, t] of Object.entries(s.types)) {
      const e = byType.get(type) ?? { type, category: t!.category, values: 0, incidents: 0 };
      e.values += t!.count;
      e.incidents++;
      byType.set(type, e);
    }
    const g = r.group_name ?? '';
    const ge = byGroup.get(g) ?? { group: g, events: 0, incidents: 0 };
    ge.events += Number(r.event_count);
    ge.incidents++;
    byGroup.set(g, ge);
    for (const [a, n] of Object.entries(s.actions)) byAction.set(a, (byAction.get(a) ?? 0) + n);
    for (const [d, n] of Object.entries(s.decisions)) byDecision.set(d, (byDecision.get(d) ?? 0) + n);
    if (['breach_confirmed', 'notified'].includes(r.status) || r.notified_at) breaches++;
    if (r.status === 'not_a_breach' || (r.status === 'closed' && !r.notified_at)) notBreaches++;
    if (r.notified_at) notified++;
  }
  return {
    year,
    quarter,
    ...range,
    byType: [...byType.values()].sort((a, b) => b.values - a.values),
    byGroup: [...byGroup.values()].sort((a, b) => b.events - a.events),
    byAction: [...byAction.entries()].map(([action, events]) => ({ action, events })).sort((a, b) => b.events - a.events),
    byDecision: [...byDecision.entries()].map(([decision, events]) => ({ decision, events })).sort((a, b) => b.events - a.events),
    incidents: { total: rows.length, breaches, notBreaches, notified },
  };
}

export async function registerRows(db: Db) {
  return db.all<Record<string, unknown>>(
    'SELECT i.*, d.stats FROM incidents i LEFT JOIN incident_details d ON d.incident_id = i.id ORDER BY i.number',
  );
}

export interface PurgeResult {
  events: number;
  incidents: number;
  sessions: number;
}

/**
 * Deletes event details older than `eventsBefore`, keeping each incident's
 * register row (types, counts, masks, decision) — Decree 356/2025 Art. 29
 * wants breach records kept at least five years. Register rows go only after
 * `registerBefore`, and only when closed.
 */
export async function purge(db: Db, eventsBefore: Date, registerBefore: Date, now: Date): Promise<PurgeResult> {
  return db.transaction(async (tx) => {
    const cut = eventsBefore.toISOString();
    const ev = await tx.run('DELETE FROM events WHERE occurred_at < ?', [cut]);
    await tx.run('UPDATE incidents SET events_purged_at = ? WHERE last_seen < ? AND events_purged_at IS NULL', [now.toISOString(), cut]);
    const regCut = registerBefore.toISOString();
    await tx.run("DELETE FROM notes WHERE incident_id IN (SELECT id FROM incidents WHERE last_seen < ? AND status = 'closed')", [regCut]);
    await tx.run("DELETE FROM incident_details WHERE incident_id IN (SELECT id FROM incidents WHERE last_seen < ? AND status = 'closed')", [regCut]);
    await tx.run("DELETE FROM events WHERE incident_id IN (SELECT id FROM incidents WHERE last_seen < ? AND status = 'closed')", [regCut]);
    const inc = await tx.run("DELETE FROM incidents WHERE last_seen < ? AND status = 'closed'", [regCut]);
    const ses = await tx.run('DELETE FROM sessions WHERE expires_at < ?', [now.toISOString()]);
    await tx.run('DELETE FROM login_failures WHERE at < ?', [new Date(now.getTime() - 86400_000).toISOString()]);
    return { events: ev.changes, incidents: inc.changes, sessions: ses.changes };
  });
}

import { deadlineState } from '../incidents/deadline.ts';
import { emptyStats, type IncidentStats } from '../incidents/stats.ts';
import type { IncidentStatus } from '../incidents/status.ts';
import { fromCsvSet, parse } from '../store/rows.ts';
import type { quarterly } from '../store/report-repo.ts';

/** RFC 4180 field; a leading =+-@ is prefixed so spreadsheets do not run it as a formula. */
export function csvField(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (values: unknown[]) => values.map(csvField).join(',');

const REGISTER_HEADER = [
  'number', 'id', 'discovered_at', 'first_seen', 'last_seen', 'site', 'external', 'workstation', 'group', 'user_pseudonym', 'types', 'type_counts',
  'event_count', 'severity', 'severity_score', 'status', 'decision_reason', 'decided_at', 'decided_by', 'deadline', 'deadline_state', 'notified_at', 'closed_at',
  'events_purged_at',
];

/** The incident register: one row per incident, counts and masks only. A BOM so Excel reads UTF-8. */
export function registerCsv(rows: Record<string, unknown>[], now: Date): string {
  const lines = [csvLine(REGISTER_HEADER)];
  for (const r of rows) {
    const stats = parse<IncidentStats>(r.stats, emptyStats());
    const counts = Object.entries(stats.types).map(([t, s]) => `${t}:${s!.count}/${s!.distinct}`).join(' ');
    const state = deadlineState({ status: r.status as IncidentStatus, deadline: r.deadline as string, notifiedAt: (r.notified_at as string | null) ?? null }, now);
    lines.push(csvLine([
      r.number, r.id, r.discovered_at, r.first_seen, r.last_seen, r.site, Number(r.external) === 1 ? 'yes' : 'no', r.workstation, r.group_name, r.user_pseudonym,
      fromCsvSet(r.types).join(' '), counts, r.event_count, r.severity, r.severity_score, r.status, r.decision_reason, r.decided_at, r.decided_by, r.deadline, state,
      r.notified_at, r.closed_at, r.events_purged_at,
    ]));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function quarterlyCsv(report: Awaited<ReturnType<typeof quarterly>>): string {
  const lines = [csvLine(['section', 'key', 'category', 'values_or_events', 'incidents'])];
  for (const t of report.byType) lines.push(csvLine(['type', t.type, t.category, t.values, t.incidents]));
  for (const g of report.byGroup) lines.push(csvLine(['group', g.group || '(none)', '', g.events, g.incidents]));
  for (const a of report.byAction) lines.push(csvLine(['action', a.action, '', a.events, '']));
  for (const d of report.byDecision) lines.push(csvLine(['decision', d.decision, '', d.events, '']));
  const i = report.incidents;
  lines.push(csvLine(['incidents', 'total', '', '', i.total]), csvLine(['incidents', 'breaches', '', '', i.breaches]), csvLine(['incidents', 'not_breaches', '', '', i.notBreaches]), csvLine(['incidents', 'notified', '', '', i.notified]));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

import { randomUUID } from 'node:crypto';
import { categoryOf, type FindingType } from '../../../shared/detect/types.ts';
import { deadlineFrom, deadlineState, type DeadlineState } from '../incidents/deadline.ts';
import { assessSeverity, type SeverityFactor } from '../incidents/severity.ts';
import { emptyStats, type IncidentStats } from '../incidents/stats.ts';
import { decisionOf, type IncidentStatus } from '../incidents/status.ts';
import type { Db, SqlValue } from './db.ts';
import { fromCsvSet, json, parse, placeholders } from './rows.ts';

export interface IncidentItem {
  id: string;
  number: string;
  site: string;
  types: string[];
  severity: string;
  severityScore: number;
  status: IncidentStatus;
  decisions: string[];
  eventCount: number;
  firstSeen: string;
  lastSeen: string;
  discoveredAt: string;
  deadline: string;
  user: string;
  workstation: string;
  group: string | null;
  overdue: boolean;
  deadlineState: DeadlineState;
  external: boolean;
}

export interface NotificationFields {
  act?: string;
  place?: string;
  parties?: string;
  dataVolume?: string;
  responsible?: string;
  consequences?: string;
  measures?: string;
  attachments?: string;
  recipient?: string;
  updatedAt?: string;
}

export interface IncidentRecord extends IncidentItem {
  stats: IncidentStats;
  notification: NotificationFields;
  decisionReason: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  discoveredAtReason: string | null;
  notifiedAt: string | null;
  closedAt: string | null;
  eventsPurgedAt: string | null;
}

export interface IncidentFilter {
  from?: string;
  to?: string;
  severity?: string[];
  type?: string[];
  site?: string;
  status?: string[];
  group?: string;
  q?: string;
  sort?: 'lastSeen' | 'firstSeen' | 'severity' | 'deadline' | 'eventCount';
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

const SORT_COLUMNS = { lastSeen: 'i.last_seen', firstSeen: 'i.first_seen', severity: 'i.severity_score', deadline: 'i.deadline', eventCount: 'i.event_count' };

/** One incident with its JSON details. */
const SELECT = `SELECT i.*, d.stats, d.notification FROM incidents i LEFT JOIN incident_details d ON d.incident_id = i.id`;
/** List rows: the narrow columns only, so sorting many rows stays cheap. */
const SELECT_LIST = 'SELECT i.* FROM incidents i';

type IncidentRow = Record<string, unknown> & { id: string; status: IncidentStatus; deadline: string; notified_at: string | null };

export function toRecord(r: IncidentRow, now: Date): IncidentRecord {
  const state = deadlineState({ status: r.status, deadline: r.deadline, notifiedAt: r.notified_at }, now);
  return {
    id: r.id,
    number: r.number as string,
    site: r.site as string,
    types: fromCsvSet(r.types),
    severity: r.severity as string,
    severityScore: Number(r.severity_score),
    status: r.status,
    decisions: fromCsvSet(r.decisions),
    eventCount: Number(r.event_count),
    firstSeen: r.first_seen as string,
    lastSeen: r.last_seen as string,
    discoveredAt: r.discovered_at as string,
    deadline: r.deadline,
    user: r.user_pseudonym as string,
    workstation: r.workstation as string,
    group: (r.group_name as string | null) ?? null,
    overdue: state === 'overdue',
    deadlineState: state,
    external: Number(r.external) === 1,
    stats: parse(r.stats, emptyStats()),
    notification: parse(r.notification, {}),
    decisionReason: (r.decision_reason as string | null) ?? null,
    decidedAt: (r.decided_at as string | null) ?? null,
    decidedBy: (r.decided_by as string | null) ?? null,
    discoveredAtReason: (r.discovered_at_reason as string | null) ?? null,
    notifiedAt: r.notified_at,
    closedAt: (r.closed_at as string | null) ?? null,
    eventsPurgedAt: (r.events_purged_at as string | null) ?? null,
  };
}

export function toItem(rec: IncidentRecord): IncidentItem {
  const { stats: _s, notification: _n, decisionReason: _d, decidedAt: _da, decidedBy: _db, discoveredAtReason: _dr, notifiedAt: _na, closedAt: _c, eventsPurgedAt: _p, ...item } = rec;
  return item;
}

/**
 * Two steps: the ids of the page (filters and sort read narrow index entries,
 * and a sort over many matches orders small tuples, not rows), then those
 * rows. `q` is routed by shape: a register number, a pseudonym, else a
 * substring of site or workstation.
 */
export async function listIncidents(db: Db, f: IncidentFilter, now: Date): Promise<{ items: IncidentItem[]; total: number }> {
  // Plain substring tests (no LIKE patterns to escape); sites are lower-case origins.
  const has = (expr: string) => (db.dialect === 'postgres' ? `strpos(${expr}, ?) > 0` : `instr(${expr}, ?) > 0`);
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (f.from) (where.push('i.last_seen >= ?'), params.push(f.from));
  if (f.to) (where.push('i.last_seen <= ?'), params.push(f.to));
  if (f.severity?.length) (where.push(`i.severity IN (${placeholders(f.severity.length)})`), params.push(...f.severity));
  if (f.status?.length) (where.push(`i.status IN (${placeholders(f.status.length)})`), params.push(...f.status));
  if (f.type?.length) (where.push(`(${f.type.map(() => has('i.types')).join(' OR ')})`), params.push(...f.type.map((t) => `,${t},`)));
  if (f.site) (where.push(has('i.site')), params.push(f.site.toLowerCase()));
  if (f.group) (where.push('i.group_name = ?'), params.push(f.group));
  // Substring filters usually match few rows: one scan that counts and
  // sorts the matches beats walking the sort index with a lookup per row.
  let substring = Boolean(f.site);
  if (f.q) {
    const q = f.q.trim();
    if (/^\d{4}-\d{1,6}$/.test(q)) (where.push('i.number = ?'), params.push(`${q.slice(0, 4)}-${q.slice(5).padStart(6, '0')}`));
    else if (/^[0-9a-fA-F]{16}$/.test(q)) (where.push('i.user_pseudonym = ?'), params.push(q.toLowerCase()));
    else if (/^[0-9a-f-]{36}$/.test(q)) (where.push('i.id = ?'), params.push(q));
    else {
      where.push(`(${has('i.site')} OR ${has('lower(i.workstation)')})`);
      params.push(q.toLowerCase(), q.toLowerCase());
      substring = true;
    }
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const pageSize = Math.min(200, Math.max(1, f.pageSize ?? 50));
  const page = Math.max(1, f.page ?? 1);
  const order = f.order === 'asc' ? 'ASC' : 'DESC';
  const sort = SORT_COLUMNS[f.sort ?? 'lastSeen'] ?? SORT_COLUMNS.lastSeen;
  const pageSql = `ORDER BY ${sort} ${order}, i.id ${order} LIMIT ? OFFSET ?`;
  const pageParams = [...params, pageSize, (page - 1) * pageSize];
  let ids: { id: string; n?: number }[];
  let total: number;
  if (substring) {
    ids = await db.all<{ id: string; n: number }>(`SELECT i.id, count(*) OVER () AS n FROM incidents i ${whereSql} ${pageSql}`, pageParams);
    total = ids.length ? Number(ids[0].n) : Number((await db.get<{ n: number }>(`SELECT count(*) AS n FROM incidents i ${whereSql}`, params))?.n ?? 0);
  } else {
    total = Number((await db.get<{ n: number }>(`SELECT count(*) AS n FROM incidents i ${whereSql}`, params))?.n ?? 0);
    ids = await db.all<{ id: string }>(`SELECT i.id FROM incidents i ${whereSql} ${pageSql}`, pageParams);
  }
  if (ids.length === 0) return { items: [], total };
  const rows = await db.all<IncidentRow>(`${SELECT_LIST} WHERE i.id IN (${placeholders(ids.length)})`, ids.map((r) => r.id));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { items: ids.map((r) => toItem(toRecord(byId.get(r.id)!, now))), total };
}

export async function getIncident(db: Db, id: string, now: Date): Promise<IncidentRecord | null> {
  const r = await db.get<IncidentRow>(`${SELECT} WHERE i.id = ?`, [id]);
  return r ? toRecord(r, now) : null;
}

export const MAX_DETAIL_EVENTS = 500;

export async function incidentEvents(db: Db, id: string) {
  const rows = await db.all<Record<string, unknown>>('SELECT * FROM events WHERE incident_id = ? ORDER BY occurred_at, id LIMIT ?', [id, MAX_DETAIL_EVENTS]);
  return rows.map((r) => ({
    id: r.id,
    occurredAt: r.occurred_at,
    receivedAt: r.agent_received_at,
    hubReceivedAt: r.hub_received_at,
    channel: r.channel,
    action: r.action,
    decision: r.decision,
    findings: parse(r.findings, []),
    summary: parse(r.summary, {}),
    file: parse(r.file, null),
    justification: r.justification ?? null,
    site: r.site,
    frameOrigin: r.frame_origin ?? null,
    workstation: r.workstation,
  }));
}

export function typeCounts(stats: IncidentStats) {
  return (Object.entries(stats.types) as [FindingType, NonNullable<IncidentStats['types'][FindingType]>][])
    .map(([type, t]) => ({ type, category: t.category ?? categoryOf(type), count: t.count, distinct: t.distinct, masked: t.masked }))
    .sort((a, b) => b.count - a.count);
}

export function severityExplanation(rec: IncidentRecord): SeverityFactor[] {
  return assessSeverity(rec.stats, rec.external).explanation;
}

export async function notesOf(db: Db, id: string) {
  return db.all<{ at: string; author: string; text: string }>('SELECT at, author, text FROM notes WHERE incident_id = ? ORDER BY at, id', [id]);
}

export async function addNote(db: Db, id: string, author: string, text: string, now: Date) {
  const note = { at: now.toISOString(), author, text };
  await db.run('INSERT INTO notes (id, incident_id, at, author, text) VALUES (?, ?, ?, ?, ?)', [randomUUID(), id, note.at, author, text]);
  return note;
}

export interface StatusChange {
  status: IncidentStatus;
  reason?: string;
  actor: string;
  now: Date;
}

export async function setStatus(db: Db, id: string, c: StatusChange): Promise<void> {
  const at = c.now.toISOString();
  const decision = decisionOf(c.status);
  if (decision) {
    await db.run('UPDATE incidents SET status = ?, decision_reason = ?, decided_at = ?, decided_by = ?, updated_at = ? WHERE id = ?', [c.status, c.reason ?? null, at, c.actor, at, id]);
  } else if (c.status === 'notified') {
    await db.run('UPDATE incidents SET status = ?, notified_at = ?, updated_at = ? WHERE id = ?', [c.status, at, at, id]);
  } else if (c.status === 'closed') {
    await db.run('UPDATE incidents SET status = ?, closed_at = ?, updated_at = ? WHERE id = ?', [c.status, at, at, id]);
  } else {
    await db.run('UPDATE incidents SET status = ?, updated_at = ? WHERE id = ?', [c.status, at, id]);
  }
}

export async function setDiscoveredAt(db: Db, id: string, discoveredAt: string, reason: string, now: Date): Promise<void> {
  await db.run('UPDATE incidents SET discovered_at = ?, deadline = ?, discovered_at_reason = ?, updated_at = ? WHERE id = ?', [
    discoveredAt, deadlineFrom(discoveredAt), reason, now.toISOString(), id,
  ]);
}

export async function setNotification(db: Db, id: string, fields: NotificationFields, now: Date): Promise<NotificationFields> {
  const current = await db.get<{ notification: string }>('SELECT notification FROM incident_details WHERE incident_id = ?', [id]);
  const next = { ...parse<NotificationFields>(current?.notification, {}), ...fields, updatedAt: now.toISOString() };
  await db.run('UPDATE incident_details SET notification = ? WHERE incident_id = ?', [json(next), id]);
  await db.run('UPDATE incidents SET updated_at = ? WHERE id = ?', [now.toISOString(), id]);
  return next;
}

import { randomUUID } from 'node:crypto';
import type { HubEvent } from '../../../shared/event/schema.ts';
import { deadlineFrom } from '../incidents/deadline.ts';
import { groupEvents, type OpenIncident } from '../incidents/grouping.ts';
import { assessSeverity } from '../incidents/severity.ts';
import { addEvent, decisionsOf, emptyStats, typesOf, type IncidentStats } from '../incidents/stats.ts';
import type { Db, SqlValue } from './db.ts';
import { chunks, csvSet, json, parse, placeholders, valuesClause } from './rows.ts';

export interface IngestInput {
  batchId: string;
  agent: { id: string; name: string };
  /** Already validated and redacted. */
  events: HubEvent[];
  now: Date;
  isExternal: (site: string) => boolean;
  windowMs: number;
}

export interface IngestResult {
  accepted: string[];
  duplicates: string[];
}

const EVENT_COLUMNS = [
  'id', 'incident_id', 'batch_id', 'agent_id', 'user_pseudonym', 'workstation', 'site', 'frame_origin', 'channel', 'action',
  'decision', 'occurred_at', 'agent_received_at', 'hub_received_at', 'types', 'findings', 'summary', 'file', 'justification',
  'extension_version', 'policy_version', 'agent_version',
];
const ROWS_PER_INSERT = 200;

/** `count` consecutive register numbers (`2026-000042`) from one counter update. */
export async function nextNumbers(tx: Db, name: string, year: number, count: number): Promise<string[]> {
  await tx.run('INSERT INTO counters (name, value) VALUES (?, 0) ON CONFLICT (name) DO NOTHING', [name]);
  const row = await tx.get<{ value: number }>('UPDATE counters SET value = value + ? WHERE name = ? RETURNING value', [count, name]);
  const last = Number(row!.value);
  return Array.from({ length: count }, (_, i) => `${year}-${String(last - count + 1 + i).padStart(6, '0')}`);
}

async function insertEvents(tx: Db, rows: { e: HubEvent; incidentId: string }[], batchId: string, agent: IngestInput['agent'], hubReceivedAt: string): Promise<Set<string>> {
  const inserted = new Set<string>();
  for (const part of chunks(rows, ROWS_PER_INSERT)) {
    const params = part.flatMap(({ e, incidentId }) => [
      e.id, incidentId, batchId, agent.id, e.user, agent.name, e.site, e.frameOrigin, e.channel, e.action,
      e.decision, e.occurredAt, e.receivedAt, hubReceivedAt, csvSet(e.findings.map((f) => f.type)), json(e.findings), json(e.summary),
      e.file ? json(e.file) : null, e.justification ?? null, e.extensionVersion, e.policyVersion, e.agentVersion,
    ]);
    const sql = `INSERT INTO events (${EVENT_COLUMNS.join(', ')}) VALUES ${valuesClause(part.length, EVENT_COLUMNS.length)} ON CONFLICT (id) DO NOTHING RETURNING id`;
    for (const r of await tx.all<{ id: string }>(sql, params)) inserted.add(r.id);
  }
  // Per-day counts by type, summed in memory: one upsert per batch.
  const daily = new Map<string, number>();
  for (const { e } of rows) {
    if (!inserted.has(e.id)) continue;
    for (const t of new Set(e.findings.map((f) => f.type))) {
      const key = `${e.occurredAt.slice(0, 10)}\t${t}`;
      daily.set(key, (daily.get(key) ?? 0) + 1);
    }
  }
  for (const part of chunks([...daily.entries()], ROWS_PER_INSERT)) {
    await tx.run(
      `INSERT INTO daily_type_counts (day, type, events) VALUES ${valuesClause(part.length, 3)} ON CONFLICT (day, type) DO UPDATE SET events = daily_type_counts.events + excluded.events`,
      part.flatMap(([key, n]) => [...key.split('\t'), n]),
    );
  }
  return inserted;
}

interface OpenRow {
  id: string;
  first_seen: string;
  last_seen: string;
  stats: string;
  external: number;
}

/**
 * Stores a batch in one transaction. Idempotent by event id: the events
 * table's primary key decides (INSERT … ON CONFLICT DO NOTHING RETURNING), and
 * only rows actually inserted count towards incidents, so a replay — even one
 * racing on another hub instance — stores and counts nothing twice. Writers of
 * the same (user, site) take turns (advisory lock), so grouping is consistent.
 * Statements are batched across the whole request: a few multi-row inserts and
 * one update per touched incident.
 */
export async function ingestBatch(db: Db, input: IngestInput): Promise<IngestResult> {
  const hubReceivedAt = input.now.toISOString();
  return db.transaction(async (tx) => {
    await tx.run('INSERT INTO batches (batch_id, agent_id, received_at, event_count) VALUES (?, ?, ?, ?) ON CONFLICT (batch_id) DO NOTHING', [
      input.batchId, input.agent.id, hubReceivedAt, input.events.length,
    ]);
    const unique = new Map<string, HubEvent>();
    for (const e of input.events) if (!unique.has(e.id)) unique.set(e.id, e);
    // Already-stored events are planned like new ones; the insert's ON
    // CONFLICT DO NOTHING drops them, and only inserted rows are counted.
    const fresh = [...unique.values()];
    const groups = new Map<string, HubEvent[]>();
    for (const e of fresh) {
      const key = `${e.user}\t${e.site}`;
      (groups.get(key) ?? groups.set(key, []).get(key)!).push(e);
    }
    // Locks in a fixed order, all before the counter row, so two writers never deadlock.
    const keys = [...groups.keys()].sort();
    for (const key of keys) await tx.lock(key);

    const open = await openIncidents(tx, keys);
    type Planned = { key: string; incidentId: string; existing: OpenRow | null; events: HubEvent[] };
    const planned: Planned[] = [];
    for (const key of keys) {
      const row = open.get(key) ?? null;
      const openIncident: OpenIncident | null = row ? { id: row.id, firstSeen: row.first_seen, lastSeen: row.last_seen } : null;
      for (const a of groupEvents(openIncident, groups.get(key)!, input.windowMs)) {
        planned.push({ key, incidentId: a.incidentId ?? randomUUID(), existing: a.incidentId ? row : null, events: a.events });
      }
    }
    // The workstation's group now, kept on the incident: moving the workstation
    // later does not rewrite where this incident happened.
    const group = (await tx.get<{ name: string }>('SELECT g.name FROM agents a JOIN workstation_groups g ON g.id = a.group_id WHERE a.id = ?', [input.agent.id]))?.name ?? null;
    const inserted = await insertEvents(tx, planned.flatMap((p) => p.events.map((e) => ({ e, incidentId: p.incidentId }))), input.batchId, input.agent, hubReceivedAt);

    const accepted = new Set<string>();
    const created: unknown[][] = [];
    for (const p of planned) {
      const stored = p.events.filter((e) => inserted.has(e.id));
      if (stored.length === 0) continue;
      for (const e of stored) accepted.add(e.id);
      const old = p.existing;
      const stats: IncidentStats = old ? parse(old.stats, emptyStats()) : emptyStats();
      for (const e of stored) addEvent(stats, e);
      const site = stored[0].site;
      const external = old ? old.external === 1 : input.isExternal(site);
      const sev = assessSeverity(stats, external);
      const firstSeen = stored.reduce((m, e) => (e.occurredAt < m ? e.occurredAt : m), old ? old.first_seen : stored[0].occurredAt);
      const lastSeen = stored.reduce((m, e) => (e.occurredAt > m ? e.occurredAt : m), old ? old.last_seen : stored[0].occurredAt);
      if (old) {
        await tx.run(
          'UPDATE incidents SET first_seen = ?, last_seen = ?, types = ?, decisions = ?, event_count = event_count + ?, severity = ?, severity_score = ?, workstation = ?, agent_id = ?, group_name = ?, updated_at = ? WHERE id = ?',
          [firstSeen, lastSeen, csvSet(typesOf(stats)), csvSet(decisionsOf(stats)), stored.length, sev.severity, sev.score, input.agent.name, input.agent.id, group, hubReceivedAt, p.incidentId],
        );
        await tx.run('UPDATE incident_details SET stats = ? WHERE incident_id = ?', [json(stats), p.incidentId]);
      } else {
        created.push([p.incidentId, stored[0].user, site, input.agent.id, input.agent.name, firstSeen, lastSeen, hubReceivedAt, deadlineFrom(hubReceivedAt),
          'new', sev.severity, sev.score, external ? 1 : 0, csvSet(typesOf(stats)), csvSet(decisionsOf(stats)), stored.length, group, hubReceivedAt, hubReceivedAt, json(stats)]);
      }
    }
    if (created.length) {
      const numbers = await nextNumbers(tx, 'incident', input.now.getUTCFullYear(), created.length);
      const rows = created.map((r, i) => [r[0], numbers[i], ...r.slice(1, -1)]);
      for (const part of chunks(rows, 100)) {
        await tx.run(
          `INSERT INTO incidents (id, number, user_pseudonym, site, agent_id, workstation, first_seen, last_seen, discovered_at, deadline, status, severity, severity_score, external, types, decisions, event_count, group_name, created_at, updated_at)
           VALUES ${valuesClause(part.length, 20)}`,
          part.flat() as SqlValue[],
        );
      }
      for (const part of chunks(created, 200)) {
        await tx.run(`INSERT INTO incident_details (incident_id, stats) VALUES ${valuesClause(part.length, 2)}`, part.flatMap((r) => [r[0], r[r.length - 1]]) as SqlValue[]);
      }
    }
    const ids = input.events.map((e) => e.id);
    return {
      accepted: [...new Set(ids.filter((id) => accepted.has(id)))],
      duplicates: [...new Set(ids.filter((id) => !accepted.has(id)))],
    };
  });
}

/** The latest still-open incident of each (user, site) key. */
async function openIncidents(tx: Db, keys: string[]): Promise<Map<string, OpenRow>> {
  const out = new Map<string, OpenRow>();
  for (const part of chunks(keys, 200)) {
    const users = [...new Set(part.map((k) => k.split('\t')[0]))];
    const sites = [...new Set(part.map((k) => k.slice(k.indexOf('\t') + 1)))];
    const rows = await tx.all<OpenRow & { user_pseudonym: string; site: string }>(
      `SELECT i.id, i.user_pseudonym, i.site, i.first_seen, i.last_seen, d.stats, i.external FROM incidents i JOIN incident_details d ON d.incident_id = i.id
       WHERE i.status IN ('new', 'investigating') AND i.user_pseudonym IN (${placeholders(users.length)}) AND i.site IN (${placeholders(sites.length)})`,
      [...users, ...sites],
    );
    const wanted = new Set(part);
    for (const r of rows) {
      const key = `${r.user_pseudonym}\t${r.site}`;
      if (!wanted.has(key)) continue;
      const prev = out.get(key);
      if (!prev || r.last_seen > prev.last_seen) out.set(key, r);
    }
  }
  return out;
}

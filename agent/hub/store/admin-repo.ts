import { randomUUID } from 'node:crypto';
import type { Heartbeat } from '../../../shared/event/schema.ts';
import type { Db } from './db.ts';
import { json, parse } from './rows.ts';

// Agents (workstations), groups, the agency profile and the audit trail.
export interface AgentRow {
  id: string;
  name: string;
  token_hash: string;
  group_id: string | null;
  created_at: string;
  last_heartbeat: string | null;
  extension_last_seen: string | null;
  queue_depth: number;
  dropped: number;
  rejected: number;
  agent_version: string | null;
}

export async function addAgent(db: Db, name: string, tokenHash: string, groupId: string | null, now: Date): Promise<string | null> {
  const id = randomUUID();
  const r = await db.run('INSERT INTO agents (id, name, token_hash, group_id, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING', [id, name, tokenHash, groupId, now.toISOString()]);
  return r.changes === 1 ? id : null;
}

export async function agentByTokenHash(db: Db, tokenHash: string) {
  return db.get<AgentRow>('SELECT * FROM agents WHERE token_hash = ?', [tokenHash]);
}

export async function recordHeartbeat(db: Db, agentId: string, hb: Heartbeat, now: Date) {
  await db.run('UPDATE agents SET last_heartbeat = ?, extension_last_seen = ?, queue_depth = ?, dropped = ?, rejected = ?, agent_version = ? WHERE id = ?', [
    now.toISOString(), hb.extensionLastSeen, hb.queueDepth, hb.dropped, hb.rejected, hb.agentVersion, agentId,
  ]);
}

export async function listAgents(db: Db) {
  return db.all<AgentRow & { group_name: string | null }>('SELECT a.*, g.name AS group_name FROM agents a LEFT JOIN workstation_groups g ON g.id = a.group_id ORDER BY a.name');
}

export async function setAgentGroup(db: Db, id: string, groupId: string | null): Promise<boolean> {
  return (await db.run('UPDATE agents SET group_id = ? WHERE id = ?', [groupId, id])).changes === 1;
}

export async function listGroups(db: Db) {
  return db.all<{ id: string; name: string; workstations: number }>(
    'SELECT g.id, g.name, (SELECT count(*) FROM agents a WHERE a.group_id = g.id) AS workstations FROM workstation_groups g ORDER BY g.name',
  );
}

export async function groupByName(db: Db, name: string) {
  return db.get<{ id: string; name: string }>('SELECT id, name FROM workstation_groups WHERE name = ?', [name]);
}

export async function groupById(db: Db, id: string) {
  return db.get<{ id: string; name: string }>('SELECT id, name FROM workstation_groups WHERE id = ?', [id]);
}

/** The group's id; creates it when new. */
export async function ensureGroup(db: Db, name: string, now: Date): Promise<string> {
  await db.run('INSERT INTO workstation_groups (id, name, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING', [randomUUID(), name, now.toISOString()]);
  return (await groupByName(db, name))!.id;
}

export async function renameGroup(db: Db, id: string, name: string): Promise<boolean> {
  return (await db.run('UPDATE workstation_groups SET name = ? WHERE id = ?', [name, id])).changes === 1;
}

export async function deleteGroup(db: Db, id: string): Promise<boolean> {
  await db.run('UPDATE agents SET group_id = NULL WHERE group_id = ?', [id]);
  return (await db.run('DELETE FROM workstation_groups WHERE id = ?', [id])).changes === 1;
}

export const PROFILE_FIELDS = [
  'name', 'headOfficeAddress', 'transactionAddress', 'registrationNumber', 'registrationIssuer', 'registrationDate', 'registrationPlace',
  'taxCode', 'phone', 'email', 'website', 'dpoName', 'dpoTitle', 'dpoLandline', 'dpoMobile', 'recipient',
] as const;
export type Profile = Record<(typeof PROFILE_FIELDS)[number], string>;

export const emptyProfile = (): Profile => Object.fromEntries(PROFILE_FIELDS.map((k) => [k, ''])) as Profile;

export async function getProfile(db: Db): Promise<Profile> {
  const r = await db.get<{ data: string }>('SELECT data FROM profile WHERE id = 1');
  return { ...emptyProfile(), ...parse<Partial<Profile>>(r?.data, {}) };
}

export async function putProfile(db: Db, profile: Profile, now: Date) {
  await db.run('INSERT INTO profile (id, data, updated_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at', [json(profile), now.toISOString()]);
}

export interface AuditEntry {
  actor: string;
  action: string;
  target?: string | null;
  detail?: string;
}

export async function audit(db: Db, e: AuditEntry, now: Date) {
  await db.run('INSERT INTO counters (name, value) VALUES (?, 0) ON CONFLICT (name) DO NOTHING', ['audit']);
  const seq = await db.get<{ value: number }>('UPDATE counters SET value = value + 1 WHERE name = ? RETURNING value', ['audit']);
  await db.run('INSERT INTO audit (id, seq, at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    randomUUID(), seq!.value, now.toISOString(), e.actor, e.action, e.target ?? null, e.detail ?? '',
  ]);
}

export async function listAudit(db: Db, page: number, pageSize: number, target?: string) {
  const where = target ? 'WHERE target = ?' : '';
  const params = target ? [target] : [];
  const total = await db.get<{ n: number }>(`SELECT count(*) AS n FROM audit ${where}`, params);
  const items = await db.all<{ at: string; actor: string; action: string; target: string | null; detail: string }>(
    `SELECT at, actor, action, target, detail FROM audit ${where} ORDER BY seq DESC LIMIT ? OFFSET ?`,
    [...params, pageSize, (page - 1) * pageSize],
  );
  return { items, total: Number(total?.n ?? 0) };
}

/** True the first time (incident, kind) is claimed: one webhook message per state, even with several hub instances. */
export async function claimWebhook(db: Db, incidentId: string, kind: string, now: Date): Promise<boolean> {
  const r = await db.run('INSERT INTO webhook_sent (incident_id, kind, sent_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [incidentId, kind, now.toISOString()]);
  return r.changes === 1;
}

// Bulk data for the hub benchmark: incidents and events generated inside the
// database (recursive CTE on SQLite, generate_series on PostgreSQL).
import type { Db } from '../../agent/hub/store/db.ts';

export const EVENTS_PER_INCIDENT = 10;

const STATS = JSON.stringify({ types: { cccd: { category: 'basic', count: 20, distinct: 12, masked: ['**********45'], tags: ['0a1b'] } }, decisions: { proceeded: 8, cancelled: 2 }, actions: { warn: 10 }, channels: { paste: 10 }, warned: 10, proceededAfterWarning: 8, leaked: 8, maxDistinct: 12, list: true, files: 0 });

/** 1,000,000 events in 100,000 incidents, generated inside the database. */
export async function bulkLoad(db: Db, events: number) {
  const incidents = Math.ceil(events / EVENTS_PER_INCIDENT);
  const sqlite = db.dialect === 'sqlite';
  const seq = (n: number) => (sqlite ? `(WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < ${n - 1}) SELECT n FROM s)` : `(SELECT generate_series(0, ${n - 1}) AS n)`);
  const ts = (secondsExpr: string) => (sqlite ? `strftime('%Y-%m-%dT%H:%M:%fZ', '2025-06-01', '+' || (${secondsExpr}) || ' seconds')` : `to_char(timestamp '2025-06-01' + (${secondsExpr}) * interval '1 second', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
  const hex = (expr: string) => (sqlite ? `printf('%016x', ${expr})` : `lpad(to_hex(${expr}), 16, '0')`);
  const pad = (expr: string) => (sqlite ? `printf('%07d', ${expr})` : `lpad((${expr})::text, 7, '0')`);
  const mod = (a: string, b: number) => `(${a}) % ${b}`;
  const div = (a: string, b: number) => (sqlite ? `(${a}) / ${b}` : `(${a}) / ${b}`);
  await db.transaction(async (tx) => {
    await tx.run(`INSERT INTO incidents (id, number, user_pseudonym, site, agent_id, workstation, first_seen, last_seen, discovered_at, deadline, status, severity, severity_score, external, types, decisions, event_count, created_at, updated_at)
      SELECT 'bench-inc-' || n, 'B-' || ${pad('n')}, ${hex(mod('n', 5000))}, 'https://site' || ${mod('n', 300)} || '.example.com', NULL, 'PC-' || ${mod('n', 800)},
        ${ts('n * 300')}, ${ts('n * 300 + 1800')}, ${ts('n * 300 + 1900')}, ${ts('n * 300 + 1900 + 259200')},
        CASE ${mod('n', 6)} WHEN 0 THEN 'new' WHEN 1 THEN 'investigating' WHEN 2 THEN 'breach_confirmed' WHEN 3 THEN 'not_a_breach' WHEN 4 THEN 'notified' ELSE 'closed' END,
        CASE ${mod('n', 4)} WHEN 0 THEN 'low' WHEN 1 THEN 'medium' WHEN 2 THEN 'high' ELSE 'very_high' END, ${mod('n', 4)} + 1.25, ${mod('n', 2)},
        CASE ${mod('n', 5)} WHEN 0 THEN ',cccd,' WHEN 1 THEN ',cccd,phone,' WHEN 2 THEN ',health,person_name,' WHEN 3 THEN ',bank_account,' ELSE ',email,phone,' END,
        ',proceeded,', ${EVENTS_PER_INCIDENT}, ${ts('n * 300')}, ${ts('n * 300')}
      FROM ${seq(incidents)} AS g`);
    await tx.run(`INSERT INTO incident_details (incident_id, stats) SELECT 'bench-inc-' || n, '${STATS}' FROM ${seq(incidents)} AS g`);
    await tx.run(`INSERT INTO events (id, incident_id, batch_id, agent_id, user_pseudonym, workstation, site, frame_origin, channel, action, decision, occurred_at, agent_received_at, hub_received_at, types, findings, summary, file, justification, extension_version, policy_version, agent_version)
      SELECT 'bench-ev-' || n, 'bench-inc-' || ${div('n', EVENTS_PER_INCIDENT)}, 'bench', 'bench', ${hex(mod(div('n', EVENTS_PER_INCIDENT), 5000))}, 'PC-' || ${mod(div('n', EVENTS_PER_INCIDENT), 800)},
        'https://site' || ${mod(div('n', EVENTS_PER_INCIDENT), 300)} || '.example.com', NULL, 'paste', 'warn', 'proceeded', ${ts(`${div('n', EVENTS_PER_INCIDENT)} * 300 + ${mod('n', EVENTS_PER_INCIDENT)} * 180`)}, ${ts(`${div('n', EVENTS_PER_INCIDENT)} * 300`)}, ${ts(`${div('n', EVENTS_PER_INCIDENT)} * 300`)},
        ',cccd,', '[{"type":"cccd","category":"basic","count":2,"distinct":2,"masked":["**********45"],"tags":["0a1b"],"rules":[]}]', '{"total":2,"distinct":2,"looksLikeList":false}', NULL, NULL, '0.1.0', 'builtin-1', '0.1.0'
      FROM ${seq(events)} AS g`);
  });
  // What autovacuum would have done on a live server: statistics, and on
  // PostgreSQL the visibility map that lets counts use index-only scans.
  await db.exec(sqlite ? 'ANALYZE' : 'VACUUM ANALYZE');
}


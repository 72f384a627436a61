import { Hono } from 'hono';
import { z } from 'zod';
import { FINDING_TYPES } from '../../../shared/detect/types.ts';
import type { HubDeps } from '../deps.ts';
import type { HubEnv } from '../http/env.ts';
import { fail } from '../http/errors.ts';
import { requireRole, requireSession } from '../http/session.ts';
import { valid } from '../http/validate.ts';
import { STATUSES, transitionError } from '../incidents/status.ts';
import { audit, listAudit } from '../store/admin-repo.ts';
import {
  addNote, getIncident, incidentEvents, listIncidents, notesOf, setDiscoveredAt, setNotification, setStatus, severityExplanation, toItem, typeCounts,
  type IncidentRecord,
} from '../store/incident-repo.ts';
import { documentRoutes } from './documents.ts';

const list = (allowed?: readonly string[]) =>
  z.string().max(500).transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean)).pipe(z.array(allowed ? z.enum(allowed as [string, ...string[]]) : z.string().max(200)));
const isoish = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, 'an ISO date or date-time');

const listQuery = z.object({
  from: isoish.optional(),
  to: isoish.optional(),
  severity: list(['low', 'medium', 'high', 'very_high']).optional(),
  type: list(FINDING_TYPES).optional(),
  site: z.string().max(500).optional(),
  status: list(STATUSES).optional(),
  group: z.string().max(200).optional(),
  q: z.string().max(200).optional(),
  sort: z.enum(['lastSeen', 'firstSeen', 'severity', 'deadline', 'eventCount']).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
});

const patchBody = z
  .object({
    status: z.enum(STATUSES).optional(),
    reason: z.string().max(2000).optional(),
    discoveredAt: z.iso.datetime().optional(),
    discoveredAtReason: z.string().max(2000).optional(),
  })
  .refine((b) => b.status || b.discoveredAt, 'give status or discoveredAt');

const notificationBody = z.object(
  Object.fromEntries(['act', 'place', 'parties', 'dataVolume', 'responsible', 'consequences', 'measures', 'attachments', 'recipient'].map((k) => [k, z.string().max(10_000).optional()])),
);

/** A date-only `to` means the whole day. */
const endOfDay = (to: string | undefined) => (to && to.length === 10 ? `${to}T23:59:59.999Z` : to);

export function incidentRoutes(deps: HubDeps) {
  const app = new Hono<HubEnv>();
  const db = () => deps.store.db;
  app.use('*', requireSession(deps));

  async function detail(rec: IncidentRecord) {
    const [events, notes, trail] = await Promise.all([incidentEvents(db(), rec.id), notesOf(db(), rec.id), listAudit(db(), 1, 500, rec.id)]);
    return {
      ...toItem(rec),
      events,
      eventsPurged: rec.eventsPurgedAt !== null,
      typeCounts: typeCounts(rec.stats),
      notes,
      audit: trail.items.reverse().map(({ at, actor, action, detail }) => ({ at, actor, action, detail })),
      assessment: {
        decision: rec.status === 'breach_confirmed' || rec.notifiedAt ? 'breach' : rec.status === 'not_a_breach' || (rec.status === 'closed' && rec.decisionReason) ? 'not_a_breach' : null,
        reason: rec.decisionReason,
        decidedAt: rec.decidedAt,
        decidedBy: rec.decidedBy,
        discoveredAtReason: rec.discoveredAtReason,
        notifiedAt: rec.notifiedAt,
        closedAt: rec.closedAt,
      },
      notification: rec.notification,
      stats: { warned: rec.stats.warned, proceededAfterWarning: rec.stats.proceededAfterWarning, leaked: rec.stats.leaked, actions: rec.stats.actions, channels: rec.stats.channels, files: rec.stats.files },
      severityExplanation: severityExplanation(rec),
    };
  }

  app.get('/', valid('query', listQuery), async (c) => {
    const q = c.req.valid('query');
    return c.json(await listIncidents(db(), { ...q, to: endOfDay(q.to) }, deps.clock.now()));
  });

  app.get('/:id', async (c) => {
    const rec = await getIncident(db(), c.req.param('id'), deps.clock.now());
    if (!rec) return fail(c, 404, 'not_found', 'no such incident');
    return c.json(await detail(rec));
  });

  app.patch('/:id', requireRole('dpo', 'admin'), valid('json', patchBody), async (c) => {
    const body = c.req.valid('json');
    const id = c.req.param('id');
    const actor = c.get('user').name;
    const now = deps.clock.now();
    const result = await db().transaction(async (tx) => {
      await tx.lock(`incident:${id}`);
      const rec = await getIncident(tx, id, now);
      if (!rec) return { status: 404 as const, error: 'not_found', detail: 'no such incident' };
      if (body.discoveredAt) {
        if (!body.discoveredAtReason?.trim()) return { status: 400 as const, error: 'reason_required', detail: 'changing discoveredAt needs discoveredAtReason' };
        const reason = deps.redact(body.discoveredAtReason);
        await setDiscoveredAt(tx, id, body.discoveredAt, reason, now);
        await audit(tx, { actor, action: 'discovered_at_changed', target: id, detail: `${rec.discoveredAt} → ${body.discoveredAt}: ${reason}` }, now);
      }
      if (body.status && body.status !== rec.status) {
        const err = transitionError(rec.status, body.status, body.reason);
        if (err) return { status: 409 as const, error: 'illegal_transition', detail: err };
        const reason = body.reason ? deps.redact(body.reason) : undefined;
        await setStatus(tx, id, { status: body.status, reason, actor, now });
        await audit(tx, { actor, action: 'status_changed', target: id, detail: `${rec.status} → ${body.status}${reason ? `: ${reason}` : ''}` }, now);
      }
      return null;
    });
    if (result) return fail(c, result.status, result.error, result.detail);
    return c.json(await detail((await getIncident(db(), id, deps.clock.now()))!));
  });

  app.post('/:id/notes', requireRole('dpo', 'admin'), valid('json', z.object({ text: z.string().trim().min(1).max(10_000) })), async (c) => {
    const id = c.req.param('id');
    if (!(await getIncident(db(), id, deps.clock.now()))) return fail(c, 404, 'not_found', 'no such incident');
    const now = deps.clock.now();
    const actor = c.get('user').name;
    const note = await db().transaction(async (tx) => {
      const n = await addNote(tx, id, actor, deps.redact(c.req.valid('json').text), now);
      await audit(tx, { actor, action: 'note_added', target: id }, now);
      return n;
    });
    return c.json(note, 201);
  });

  app.put('/:id/notification', requireRole('dpo', 'admin'), valid('json', notificationBody), async (c) => {
    const id = c.req.param('id');
    if (!(await getIncident(db(), id, deps.clock.now()))) return fail(c, 404, 'not_found', 'no such incident');
    const body = c.req.valid('json') as Record<string, string | undefined>;
    const clean = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined).map(([k, v]) => [k, deps.redact(v!)]));
    const now = deps.clock.now();
    const actor = c.get('user').name;
    const saved = await db().transaction(async (tx) => {
      const n = await setNotification(tx, id, clean, now);
      await audit(tx, { actor, action: 'notification_edited', target: id, detail: Object.keys(clean).join(', ') }, now);
      return n;
    });
    return c.json(saved);
  });

  app.route('/', documentRoutes(deps));
  return app;
}

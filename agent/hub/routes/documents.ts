import { Hono } from 'hono';
import { z } from 'zod';
import type { HubDeps } from '../deps.ts';
import { notificationDocx } from '../docx/notification.ts';
import { subjectNoticeDocx } from '../docx/subject-notice.ts';
import type { HubEnv } from '../http/env.ts';
import { fail } from '../http/errors.ts';
import { valid } from '../http/validate.ts';
import { defaultForm } from '../incidents/deadline.ts';
import { audit, getProfile } from '../store/admin-repo.ts';
import { getIncident } from '../store/incident-repo.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// Mounted inside incidentRoutes (already behind the session middleware).
export function documentRoutes(deps: HubDeps) {
  const app = new Hono<HubEnv>();
  const db = () => deps.store.db;

  app.get('/:id/notification.docx', valid('query', z.object({ form: z.enum(['08', '03']).optional() })), async (c) => {
    const rec = await getIncident(db(), c.req.param('id'), deps.clock.now());
    if (!rec) return fail(c, 404, 'not_found', 'no such incident');
    const form = c.req.valid('query').form ?? defaultForm(rec.discoveredAt);
    const bytes = await notificationDocx({ incident: rec, profile: await getProfile(db()), form, now: deps.clock.now() });
    await audit(db(), { actor: c.get('user').name, action: 'notification_downloaded', target: rec.id, detail: `Form ${form}` }, deps.clock.now());
    c.header('Content-Disposition', `attachment; filename="pdp-${rec.number}-form-${form}.docx"`);
    return c.body(new Uint8Array(bytes), 200, { 'Content-Type': DOCX });
  });

  app.get('/:id/subject-notice.docx', async (c) => {
    const rec = await getIncident(db(), c.req.param('id'), deps.clock.now());
    if (!rec) return fail(c, 404, 'not_found', 'no such incident');
    if (!rec.types.some((t) => t === 'location' || t === 'biometric')) return fail(c, 409, 'not_applicable', 'Decree 356/2025 Art. 29 notices are for location or biometric data');
    const bytes = await subjectNoticeDocx({ incident: rec, profile: await getProfile(db()), now: deps.clock.now() });
    await audit(db(), { actor: c.get('user').name, action: 'subject_notice_downloaded', target: rec.id }, deps.clock.now());
    c.header('Content-Disposition', `attachment; filename="pdp-${rec.number}-subject-notice.docx"`);
    return c.body(new Uint8Array(bytes), 200, { 'Content-Type': DOCX });
  });
  return app;
}

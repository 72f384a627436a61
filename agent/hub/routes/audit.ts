import { Hono } from 'hono';
import { z } from 'zod';
import type { HubDeps } from '../deps.ts';
import type { HubEnv } from '../http/env.ts';
import { requireRole, requireSession } from '../http/session.ts';
import { valid } from '../http/validate.ts';
import { listAudit } from '../store/admin-repo.ts';

export function auditRoutes(deps: HubDeps) {
  const app = new Hono<HubEnv>();
  app.use('*', requireSession(deps), requireRole('admin', 'dpo'));
  app.get('/', valid('query', z.object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(500).default(100), target: z.string().max(200).optional() })), async (c) => {
    const { page, pageSize, target } = c.req.valid('query');
    return c.json(await listAudit(deps.store.db, page, pageSize, target));
  });
  return app;
}

import { Hono } from 'hono';
import { z } from 'zod';
import type { HubDeps } from '../deps.ts';
import type { HubEnv } from '../http/env.ts';
import { requireSession } from '../http/session.ts';
import { valid } from '../http/validate.ts';
import { dashboard } from '../store/report-repo.ts';

const DAY = 86400_000;
const range = z.object({ from: z.iso.date().or(z.iso.datetime()).optional(), to: z.iso.date().or(z.iso.datetime()).optional() });

export function dashboardRoutes(deps: HubDeps) {
  const app = new Hono<HubEnv>();
  app.use('*', requireSession(deps));
  app.get('/', valid('query', range), async (c) => {
    const q = c.req.valid('query');
    const now = deps.clock.now();
    const to = q.to ? (q.to.length === 10 ? `${q.to}T23:59:59.999Z` : q.to) : now.toISOString();
    const from = q.from ?? new Date(Date.parse(to) - 30 * DAY).toISOString();
    return c.json(await dashboard(deps.store.db, { from, to }, now));
  });
  return app;
}

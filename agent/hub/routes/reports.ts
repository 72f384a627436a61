import { Hono } from 'hono';
import { z } from 'zod';
import type { HubDeps } from '../deps.ts';
import type { HubEnv } from '../http/env.ts';
import { requireSession } from '../http/session.ts';
import { valid } from '../http/validate.ts';
import { quarterlyCsv, registerCsv } from '../reports/csv.ts';
import { audit } from '../store/admin-repo.ts';
import { quarterly, registerRows } from '../store/report-repo.ts';

const quarterQuery = z.object({
  year: z.coerce.number().int().min(2023).max(2100),
  quarter: z.coerce.number().int().min(1).max(4),
  format: z.enum(['json', 'csv']).optional(),
});

export function reportRoutes(deps: HubDeps) {
  const app = new Hono<HubEnv>();
  // Mounted at /api: guard only its own paths, so other /api paths still 404.
  app.use('/reports/*', requireSession(deps));
  app.use('/register.csv', requireSession(deps));

  app.get('/reports/quarterly', valid('query', quarterQuery), async (c) => {
    const { year, quarter, format } = c.req.valid('query');
    const report = await quarterly(deps.store.db, year, quarter);
    if (format === 'csv') {
      c.header('Content-Disposition', `attachment; filename="pdp-report-${year}-Q${quarter}.csv"`);
      return c.body(quarterlyCsv(report), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    }
    return c.json(report);
  });

  app.get('/register.csv', async (c) => {
    const rows = await registerRows(deps.store.db);
    await audit(deps.store.db, { actor: c.get('user').name, action: 'register_exported', detail: `${rows.length} incidents` }, deps.clock.now());
    c.header('Content-Disposition', 'attachment; filename="pdp-incident-register.csv"');
    return c.body(registerCsv(rows, deps.clock.now()), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
  });

  return app;
}

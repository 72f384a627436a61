import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { HubDeps } from './deps.ts';
import type { HubEnv } from './http/env.ts';
import { fail } from './http/errors.ts';
import { openApiDocument } from './openapi.ts';
import { agentRoutes } from './routes/agent.ts';
import { auditRoutes } from './routes/audit.ts';
import { consoleRoutes } from './routes/console-static.ts';
import { dashboardRoutes } from './routes/dashboard.ts';
import { fleetRoutes } from './routes/fleet.ts';
import { groupRoutes } from './routes/groups.ts';
import { incidentRoutes } from './routes/incidents.ts';
import { meRoutes } from './routes/me.ts';
import { policyRoutes } from './routes/policy.ts';
import { profileRoutes } from './routes/profile.ts';
import { reidentifyRoutes } from './routes/reidentify.ts';
import { reportRoutes } from './routes/reports.ts';
import { sessionRoutes } from './routes/session.ts';
import { userRoutes } from './routes/users.ts';

export function createApp(deps: HubDeps) {
  const app = new Hono<HubEnv>();
  app.use('*', secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'], styleSrc: ["'self'", "'unsafe-inline'"], frameAncestors: ["'none'"] } }));

  app.get('/healthz', async (c) => {
    await deps.store.db.get('SELECT 1 AS ok');
    return c.json({ ok: true, store: deps.store.kind });
  });
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));

  app.route('/v1', agentRoutes(deps));
  app.route('/api/session', sessionRoutes(deps));
  app.route('/api/me', meRoutes(deps));
  app.route('/api/incidents', incidentRoutes(deps));
  app.route('/api/dashboard', dashboardRoutes(deps));
  app.route('/api/profile', profileRoutes(deps));
  app.route('/api/groups', groupRoutes(deps));
  app.route('/api/fleet', fleetRoutes(deps));
  app.route('/api/users', userRoutes(deps));
  app.route('/api/policy', policyRoutes(deps));
  app.route('/api/reidentify', reidentifyRoutes(deps));
  app.route('/api/audit', auditRoutes(deps));
  app.route('/api', reportRoutes(deps));
  app.all('/api/*', (c) => fail(c, 404, 'not_found', `no route ${c.req.method} ${c.req.path}`));
  app.all('/v1/*', (c) => fail(c, 404, 'not_found', `no route ${c.req.method} ${c.req.path}`));
  app.route('/', consoleRoutes(deps.config.consoleDir));

  app.notFound((c) => fail(c, 404, 'not_found', `no route ${c.req.method} ${c.req.path}`));
  app.onError((err, c) => {
    if (err instanceof HTTPException) return fail(c, err.status as 400, err.status === 400 ? 'malformed' : 'http_error', err.message || 'bad request');
    // Log the kind of failure, not request data: error messages from the
    // database could quote a value.
    deps.logger.error({ err: err.name, code: (err as { code?: string }).code, path: c.req.path, debug: process.env.PDP_HUB_DEBUG_ERRORS ? err.message : undefined }, 'request failed');
    return fail(c, 500, 'internal', 'the hub could not complete the request; nothing was half-stored');
  });
  return app;
}

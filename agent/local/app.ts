import { Hono } from 'hono';
import type { AppDeps } from './context.ts';
import { apiError } from './errors.ts';
import { bearer } from './middleware/bearer.ts';
import { bodyLimit } from './middleware/body-limit.ts';
import { hostGuard } from './middleware/host-guard.ts';
import { originGuard } from './middleware/origin-guard.ts';
import { rateLimit } from './middleware/rate-limit.ts';
import { eventsRoutes } from './routes/events.ts';
import { flushRoutes } from './routes/flush.ts';
import { metricsRoutes } from './routes/metrics.ts';
import { openapiRoutes } from './routes/openapi.ts';
import { policyRoutes } from './routes/policy.ts';
import { statusRoutes } from './routes/status.ts';

/**
 * The agent's HTTP API. Guards run in this order: Host (DNS rebinding),
 * Origin (web pages; CORS preflight for the extension), rate limit (before
 * the token, so guessing it is slow too), bearer token, body size.
 */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    deps.metrics.countRequest(c.req.routePath, c.req.method, c.res.status);
  });
  app.use('*', hostGuard(deps.port));
  app.use('*', originGuard(deps.config.extensionOrigins));
  app.use('*', rateLimit({ perMinute: deps.config.rateLimit, now: () => deps.clock.now() }));
  app.use('*', bearer(deps.config.token));
  app.use('*', bodyLimit(deps.config.maxBodyBytes));
  app.route('/v1/events', eventsRoutes(deps));
  app.route('/v1/policy', policyRoutes(deps));
  app.route('/v1/status', statusRoutes(deps));
  app.route('/v1/flush', flushRoutes(deps));
  app.route('/v1/openapi.json', openapiRoutes());
  app.route('/metrics', metricsRoutes(deps));
  app.notFound((c) => apiError(c, 404, 'not_found', 'no such endpoint; see GET /v1/openapi.json'));
  app.onError((err, c) => {
    deps.logger.error({ err, path: c.req.path }, 'request failed');
    return apiError(c, 500, 'internal', 'the agent could not handle this request; nothing was stored');
  });
  return app;
}

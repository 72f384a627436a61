import { Hono } from 'hono';
import type { AppDeps } from '../context.ts';
import { statusBody } from './status.ts';

/** GET /metrics: Prometheus text format (bearer token required, like everything else). */
export function metricsRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.get('/', (c) => {
    const d = deps.delivery.state;
    const text = deps.metrics.render({
      stats: deps.store.stats(),
      hubReachable: statusBody(deps).hubReachable,
      lastDeliveryAt: d.lastDeliveryAt,
      extensionLastSeen: deps.seen.lastSeen,
      consecutiveFailures: d.consecutiveFailures,
      policyFetchedAt: deps.policy.current.fetchedAt,
      startedAt: deps.info.startedAt,
      now: deps.clock.now(),
      commits: deps.pipeline.commits,
    });
    return c.text(text, 200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
  });
  return app;
}

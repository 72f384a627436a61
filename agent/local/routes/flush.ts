import { Hono } from 'hono';
import type { AppDeps } from '../context.ts';
import { apiError } from '../errors.ts';

/** POST /v1/flush: deliver everything now, ignoring the backoff (`agent flush`). */
export function flushRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.post('/', async (c) => {
    if (!deps.config.hubConfigured) return apiError(c, 409, 'no_hub', 'no hub configured: run `agent enroll --hub URL --token T`');
    const result = await deps.delivery.flush();
    return c.json(result, 200);
  });
  return app;
}

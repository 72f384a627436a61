import { Hono } from 'hono';
import type { AppDeps } from '../context.ts';

/** GET /v1/policy: the policy the extension should apply, with an ETag (304 when unchanged). */
export function policyRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.get('/', (c) => {
    deps.seen.mark(deps.clock.now());
    const current = deps.policy.current;
    c.header('ETag', current.etag);
    c.header('Cache-Control', 'no-cache');
    c.header('X-PDP-Policy-Source', current.source);
    const match = c.req.header('if-none-match');
    if (match && match.split(',').some((tag) => tag.trim() === current.etag)) return c.body(null, 304);
    return c.json(current.policy);
  });
  return app;
}

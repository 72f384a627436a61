import { Hono } from 'hono';
import { heartbeatSchema } from '../../../shared/event/schema.ts';
import type { HubDeps } from '../deps.ts';
import { requireAgent } from '../http/agent-auth.ts';
import type { HubEnv } from '../http/env.ts';
import { describeIssues, fail } from '../http/errors.ts';
import { acceptBatch } from '../ingest/batch.ts';
import { BodyError, readJsonBody } from '../ingest/body.ts';
import { effectivePolicy } from '../policy/current.ts';
import { recordHeartbeat } from '../store/admin-repo.ts';

// The agent-facing API of interfaces.md §5.
export function agentRoutes(deps: HubDeps) {
  const app = new Hono<HubEnv>();
  app.use('*', requireAgent(deps));

  app.post('/batches', async (c) => {
    try {
      const body = await readJsonBody(c.req.raw, deps.config.maxBatchBytes);
      const result = await acceptBatch(deps, c.get('agent'), body, c.req.header('idempotency-key'));
      deps.logger.info({ agent: c.get('agent').name, accepted: result.accepted.length, duplicates: result.duplicates.length, rejected: result.rejected.length }, 'batch');
      return c.json(result);
    } catch (e) {
      if (e instanceof BodyError) return fail(c, e.status, e.code, e.message);
      throw e;
    }
  });

  app.post('/heartbeat', async (c) => {
    let body: unknown;
    try {
      body = await readJsonBody(c.req.raw, 64 * 1024);
    } catch (e) {
      if (e instanceof BodyError) return fail(c, e.status, e.code, e.message);
      throw e;
    }
    const hb = heartbeatSchema.safeParse(body);
    if (!hb.success) return fail(c, 400, 'invalid', describeIssues(hb.error));
    await recordHeartbeat(deps.store.db, c.get('agent').id, hb.data, deps.clock.now());
    return c.body(null, 204);
  });

  app.get('/policy', async (c) => {
    const policy = await effectivePolicy(deps);
    const etag = `"${policy.version}"`;
    c.header('ETag', etag);
    c.header('Cache-Control', 'no-cache');
    const inm = c.req.header('if-none-match');
    if (inm && inm.split(',').map((s) => s.trim().replace(/^W\//, '')).includes(etag)) return c.body(null, 304);
    return c.json(policy);
  });

  return app;
}

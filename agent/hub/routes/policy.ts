import { Hono } from 'hono';
import { z } from 'zod';
import { DEFAULT_POLICY, policySchema } from '../../../shared/policy/schema.ts';
import type { HubDeps } from '../deps.ts';
import type { HubEnv } from '../http/env.ts';
import { fail } from '../http/errors.ts';
import { requireRole, requireSession } from '../http/session.ts';
import { valid } from '../http/validate.ts';
import { diff } from '../policy/diff.ts';
import { audit } from '../store/admin-repo.ts';
import { currentPolicy, listPolicyVersions, policyVersion, publishPolicy } from '../store/policy-repo.ts';

// The hub names versions itself, so the posted policy's version is optional.
const putBody = z.object({ policy: policySchema.extend({ version: z.string().max(100).optional() }), comment: z.string().max(1000).default('') });

export function policyRoutes(deps: HubDeps) {
  const app = new Hono<HubEnv>();
  const db = () => deps.store.db;
  app.use('*', requireSession(deps));

  app.get('/', async (c) => {
    const cur = await currentPolicy(db());
    return c.json({
      current: cur ? { version: cur.version, policy: cur.policy, publishedAt: cur.publishedAt, author: cur.author } : { version: DEFAULT_POLICY.version, policy: DEFAULT_POLICY, publishedAt: null, author: null },
      versions: await listPolicyVersions(db()),
    });
  });

  app.put('/', requireRole('admin'), valid('json', putBody), async (c) => {
    const { policy, comment } = c.req.valid('json');
    const now = deps.clock.now();
    const actor = c.get('user').name;
    const published = await db().transaction(async (tx) => {
      const before = (await currentPolicy(tx))?.policy ?? DEFAULT_POLICY;
      const { version: _ignored, ...rest } = policy;
      const p = await publishPolicy(tx, rest, actor, comment, now);
      const changes = diff({ ...before, version: undefined }, { ...p.policy, version: undefined });
      await audit(tx, { actor, action: 'policy_published', target: p.version, detail: `${comment ? `${comment}; ` : ''}${changes.length} change(s): ${changes.slice(0, 20).map((ch) => ch.path).join(', ')}` }, now);
      return p;
    });
    return c.json({ version: published.version, policy: published.policy, publishedAt: published.publishedAt }, 201);
  });

  app.get('/diff', valid('query', z.object({ from: z.string().max(100), to: z.string().max(100) })), async (c) => {
    const { from, to } = c.req.valid('query');
    const load = async (v: string) => (v === DEFAULT_POLICY.version ? DEFAULT_POLICY : (await policyVersion(db(), v))?.policy);
    const [a, b] = await Promise.all([load(from), load(to)]);
    if (!a || !b) return fail(c, 404, 'not_found', `no policy version ${!a ? from : to}`);
    return c.json({ from, to, changes: diff(a, b) });
  });
  return app;
}

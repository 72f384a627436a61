import { Hono } from 'hono';
import { z } from 'zod';
import type { HubDeps } from '../deps.ts';
import type { HubEnv } from '../http/env.ts';
import { requireRole, requireSession } from '../http/session.ts';
import { valid } from '../http/validate.ts';
import { diff } from '../policy/diff.ts';
import { audit, getProfile, PROFILE_FIELDS, putProfile, type Profile } from '../store/admin-repo.ts';

// The agency's own details, printed on Form 08/03; public information, not
// personal data of the people the hub protects, so it is stored as typed.
const profileBody = z.object(Object.fromEntries(PROFILE_FIELDS.map((k) => [k, z.string().max(1000).optional()])));

export function profileRoutes(deps: HubDeps) {
  const app = new Hono<HubEnv>();
  app.use('*', requireSession(deps));
  app.get('/', async (c) => c.json(await getProfile(deps.store.db)));
  app.put('/', requireRole('admin'), valid('json', profileBody), async (c) => {
    const body = c.req.valid('json') as Partial<Profile>;
    const now = deps.clock.now();
    const saved = await deps.store.db.transaction(async (tx) => {
      const before = await getProfile(tx);
      const next = { ...before, ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) } as Profile;
      await putProfile(tx, next, now);
      const changed = diff(before, next).map((ch) => ch.path);
      await audit(tx, { actor: c.get('user').name, action: 'profile_changed', detail: changed.join(', ') }, now);
      return next;
    });
    return c.json(saved);
  });
  return app;
}

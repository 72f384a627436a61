import { Hono } from 'hono';
import { z } from 'zod';
import type { HubDeps } from '../deps.ts';
import type { HubEnv } from '../http/env.ts';
import { fail } from '../http/errors.ts';
import { requireRole, requireSession } from '../http/session.ts';
import { valid } from '../http/validate.ts';
import { audit } from '../store/admin-repo.ts';

const body = z.object({
  user: z.string().regex(/^[0-9a-f]{16}$/, 'a 16-hex-digit pseudonym'),
  accountNames: z.array(z.string().trim().min(1).max(200)).min(1).max(1000),
  reason: z.string().trim().min(5, 'state the reason').max(2000),
});

/**
 * Re-identification (§5): the admin supplies candidate OS account names, the
 * hub computes their pseudonyms with the agency key and says which match.
 * Audited with the reason and the number tried, never the names.
 */
export function reidentifyRoutes(deps: HubDeps) {
  const app = new Hono<HubEnv>();
  app.use('*', requireSession(deps), requireRole('admin'));
  app.post('/', valid('json', body), async (c) => {
    const { user, accountNames, reason } = c.req.valid('json');
    const key = deps.config.hashKey;
    if (!key) return fail(c, 409, 'no_key', 'the hub has no agency key (--key-file / PDP_HASH_KEY_FILE)');
    const matches: string[] = [];
    for (const name of accountNames) if ((await deps.pseudonym(key, name)) === user) matches.push(name);
    await audit(deps.store.db, { actor: c.get('user').name, action: 'reidentify', target: user, detail: `reason: ${deps.redact(reason)}; ${accountNames.length} name(s) tried; ${matches.length ? 'matched' : 'no match'}` }, deps.clock.now());
    return c.json({ matches });
  });
  return app;
}

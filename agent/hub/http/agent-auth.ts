import type { MiddlewareHandler } from 'hono';
import { tokenHash } from '../auth/tokens.ts';
import type { HubDeps } from '../deps.ts';
import { agentByTokenHash } from '../store/admin-repo.ts';
import type { HubEnv } from './env.ts';
import { fail } from './errors.ts';

/** The hub knows an agent by its bearer token (§5); unknown token → 401. */
export function requireAgent(deps: HubDeps): MiddlewareHandler<HubEnv> {
  return async (c, next) => {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    if (!m) return fail(c, 401, 'unauthenticated', 'Authorization: Bearer <hub token> is required');
    const agent = await agentByTokenHash(deps.store.db, tokenHash(m[1]));
    if (!agent) return fail(c, 401, 'unauthenticated', 'unknown hub token');
    c.set('agent', agent);
    await next();
  };
}

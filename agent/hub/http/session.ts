import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { tokenHash } from '../auth/tokens.ts';
import type { HubDeps } from '../deps.ts';
import { getSession, getUser, type Role } from '../store/user-repo.ts';
import type { HubEnv } from './env.ts';
import { fail } from './errors.ts';

export const SESSION_COOKIE = 'pdp_hub_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Loads the session from its cookie (401 without one) and, on mutating
 * requests, checks the X-CSRF-Token header against the session's token:
 * SameSite=Strict already stops most cross-site posts; the token stops the rest.
 */
export function requireSession(deps: HubDeps): MiddlewareHandler<HubEnv> {
  return async (c, next) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    if (!cookie) return fail(c, 401, 'unauthenticated', 'log in first');
    const hash = tokenHash(cookie);
    const session = await getSession(deps.store.db, hash);
    if (!session || session.expires_at < deps.clock.now().toISOString()) return fail(c, 401, 'unauthenticated', 'the session has ended; log in again');
    const user = await getUser(deps.store.db, session.user_name);
    if (!user || user.disabled) return fail(c, 401, 'unauthenticated', 'the account is disabled');
    if (!SAFE_METHODS.has(c.req.method)) {
      const header = c.req.header('x-csrf-token') ?? '';
      if (!same(header, session.csrf_token)) return fail(c, 403, 'csrf', 'missing or wrong X-CSRF-Token header');
    }
    c.set('user', { name: user.name, role: user.role, totpEnabled: Boolean(user.totp_secret) });
    c.set('sessionHash', hash);
    c.set('csrfToken', session.csrf_token);
    await next();
  };
}

export function requireRole(...roles: Role[]): MiddlewareHandler<HubEnv> {
  return async (c, next) => {
    const user = c.get('user');
    if (!roles.includes(user.role)) return fail(c, 403, 'forbidden', `needs role ${roles.join(' or ')}`);
    await next();
  };
}

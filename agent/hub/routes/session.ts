import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { burnPasswordCheck, verifyPassword } from '../auth/password.ts';
import { newToken, tokenHash } from '../auth/tokens.ts';
import { verifyTotp } from '../auth/totp.ts';
import type { HubDeps } from '../deps.ts';
import type { HubEnv } from '../http/env.ts';
import { fail } from '../http/errors.ts';
import { requireSession, SESSION_COOKIE } from '../http/session.ts';
import { valid } from '../http/validate.ts';
import { audit } from '../store/admin-repo.ts';
import { clearFailures, createSession, deleteSession, failuresSince, getUser, recordFailure, updateUser } from '../store/user-repo.ts';

export const MAX_FAILURES = 5;
export const LOCK_WINDOW_MS = 15 * 60_000;

const loginSchema = z.object({ name: z.string().min(1).max(100), password: z.string().min(1).max(1000), totp: z.string().max(10).optional() });

export function sessionRoutes(deps: HubDeps) {
  const app = new Hono<HubEnv>();
  const db = () => deps.store.db;

  app.post('/', valid('json', loginSchema), async (c) => {
    const { name, password, totp } = c.req.valid('json');
    const now = deps.clock.now();
    // Lock-out counts failures per user name (known or not) within 15 minutes.
    const f = await failuresSince(db(), name, new Date(now.getTime() - LOCK_WINDOW_MS));
    if (f.count >= MAX_FAILURES) {
      const retryAfter = Math.max(1, Math.ceil((Date.parse(f.oldest!) + LOCK_WINDOW_MS - now.getTime()) / 1000));
      c.header('Retry-After', String(retryAfter));
      return fail(c, 429, 'locked', `too many failed logins; try again in ${Math.ceil(retryAfter / 60)} min`, { retryAfter });
    }
    const user = await getUser(db(), name);
    const ok = user && !user.disabled ? await verifyPassword(password, user.password_hash) : (await burnPasswordCheck(password), false);
    if (!ok || !user) {
      await recordFailure(db(), name, now);
      await audit(db(), { actor: name, action: 'login_failed', detail: 'bad credentials' }, now);
      return fail(c, 401, 'bad_credentials', 'wrong name or password');
    }
    if (user.totp_secret) {
      if (!totp) return fail(c, 401, 'totp_required', 'enter the 6-digit code from the authenticator app');
      if (!verifyTotp(user.totp_secret, totp, now)) {
        await recordFailure(db(), name, now);
        await audit(db(), { actor: name, action: 'login_failed', detail: 'wrong TOTP code' }, now);
        return fail(c, 401, 'totp_required', 'wrong code from the authenticator app');
      }
    }
    await clearFailures(db(), name);
    const token = newToken();
    const csrfToken = newToken();
    await createSession(db(), {
      id_hash: tokenHash(token),
      user_name: user.name,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + deps.config.sessionTtlMs).toISOString(),
    });
    await updateUser(db(), user.name, { lastLogin: now.toISOString() });
    await audit(db(), { actor: user.name, action: 'login' }, now);
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: deps.config.secureCookies,
      path: '/',
      // No Max-Age: a browser-session cookie; the server enforces expiry.
    });
    return c.json({ user: { name: user.name, role: user.role, totpEnabled: Boolean(user.totp_secret) }, csrfToken });
  });

  app.delete('/', requireSession(deps), async (c) => {
    await deleteSession(db(), c.get('sessionHash'));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  return app;
}

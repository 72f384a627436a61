import { Hono } from 'hono';
import { z } from 'zod';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '../auth/password.ts';
import { newTotpSecret, otpauthUrl, verifyTotp } from '../auth/totp.ts';
import type { HubDeps } from '../deps.ts';
import type { HubEnv } from '../http/env.ts';
import { fail } from '../http/errors.ts';
import { requireSession } from '../http/session.ts';
import { valid } from '../http/validate.ts';
import { audit } from '../store/admin-repo.ts';
import { deleteSessionsOf, getUser, updateUser } from '../store/user-repo.ts';

const code = z.object({ code: z.string().regex(/^\d{6}$/, 'a 6-digit code') });

export function meRoutes(deps: HubDeps) {
  const app = new Hono<HubEnv>();
  const db = () => deps.store.db;
  app.use('*', requireSession(deps));

  app.get('/', (c) => c.json({ user: c.get('user'), csrfToken: c.get('csrfToken') }));

  app.post('/password', valid('json', z.object({ current: z.string().max(1000), next: z.string().min(MIN_PASSWORD_LENGTH).max(1000) })), async (c) => {
    const { current, next } = c.req.valid('json');
    const me = c.get('user');
    const user = await getUser(db(), me.name);
    if (!user || !(await verifyPassword(current, user.password_hash))) return fail(c, 400, 'bad_password', 'the current password is wrong');
    await updateUser(db(), me.name, { passwordHash: await hashPassword(next) });
    await deleteSessionsOf(db(), me.name, c.get('sessionHash'));
    await audit(db(), { actor: me.name, action: 'password_changed', target: me.name }, deps.clock.now());
    return c.body(null, 204);
  });

  app.post('/totp/setup', async (c) => {
    const me = c.get('user');
    const secret = newTotpSecret();
    await updateUser(db(), me.name, { totpPending: secret });
    return c.json({ secret, otpauthUrl: otpauthUrl(secret, me.name) });
  });

  app.post('/totp/confirm', valid('json', code), async (c) => {
    const me = c.get('user');
    const user = await getUser(db(), me.name);
    if (!user?.totp_pending) return fail(c, 409, 'no_pending_totp', 'start with POST /api/me/totp/setup');
    if (!verifyTotp(user.totp_pending, c.req.valid('json').code, deps.clock.now())) return fail(c, 400, 'bad_code', 'the code does not match; check the phone\'s clock');
    await updateUser(db(), me.name, { totpSecret: user.totp_pending, totpPending: null });
    await audit(db(), { actor: me.name, action: 'totp_enabled', target: me.name }, deps.clock.now());
    return c.body(null, 204);
  });

  app.delete('/totp', valid('json', code), async (c) => {
    const me = c.get('user');
    const user = await getUser(db(), me.name);
    if (!user?.totp_secret) return fail(c, 409, 'totp_not_enabled', 'TOTP is not enabled');
    if (!verifyTotp(user.totp_secret, c.req.valid('json').code, deps.clock.now())) return fail(c, 400, 'bad_code', 'the code does not match');
    await updateUser(db(), me.name, { totpSecret: null, totpPending: null });
    await audit(db(), { actor: me.name, action: 'totp_disabled', target: me.name }, deps.clock.now());
    return c.body(null, 204);
  });

  return app;
}

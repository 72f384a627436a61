import { Hono } from 'hono';
import { z } from 'zod';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/password.ts';
import type { HubDeps } from '../deps.ts';
import type { HubEnv } from '../http/env.ts';
import { fail } from '../http/errors.ts';
import { requireRole, requireSession } from '../http/session.ts';
import { valid } from '../http/validate.ts';
import { audit } from '../store/admin-repo.ts';
import { addUser, clearFailures, countAdmins, deleteSessionsOf, deleteUser, getUser, listUsers, publicUser, ROLES, updateUser, type Role } from '../store/user-repo.ts';

const role = z.enum(ROLES as [Role, ...Role[]]);
const password = z.string().min(MIN_PASSWORD_LENGTH).max(1000);
export const userName = z.string().trim().min(1).max(100).regex(/^[\p{L}\p{N}._@-]+$/u, 'letters, digits, . _ @ -');

export function userRoutes(deps: HubDeps) {
  const app = new Hono<HubEnv>();
  const db = () => deps.store.db;
  app.use('*', requireSession(deps), requireRole('admin'));

  app.get('/', async (c) => c.json({ items: (await listUsers(db())).map(publicUser) }));

  app.post('/', valid('json', z.object({ name: userName, role, password })), async (c) => {
    const b = c.req.valid('json');
    const now = deps.clock.now();
    const hash = await hashPassword(b.password); // before the transaction: scrypt takes a while
    const added = await db().transaction(async (tx) => {
      if (!(await addUser(tx, b.name, b.role, hash, now))) return false;
      await audit(tx, { actor: c.get('user').name, action: 'user_created', target: b.name, detail: b.role }, now);
      return true;
    });
    if (!added) return fail(c, 409, 'exists', 'a user with this name exists');
    return c.json(publicUser((await getUser(db(), b.name))!), 201);
  });

  app.patch('/:name', valid('json', z.object({ role: role.optional(), password: password.optional(), disabled: z.boolean().optional() })), async (c) => {
    const b = c.req.valid('json');
    const name = c.req.param('name');
    const me = c.get('user').name;
    const user = await getUser(db(), name);
    if (!user) return fail(c, 404, 'not_found', 'no such user');
    if (name === me && ((b.role && b.role !== 'admin') || b.disabled)) return fail(c, 409, 'self', 'an admin cannot demote or disable themself');
    if (user.role === 'admin' && ((b.role && b.role !== 'admin') || b.disabled) && (await countAdmins(db())) <= 1) return fail(c, 409, 'last_admin', 'the hub needs at least one admin');
    const now = deps.clock.now();
    const passwordHash = b.password ? await hashPassword(b.password) : undefined;
    const changed = [b.role && `role=${b.role}`, b.password && 'password reset', b.disabled !== undefined && `disabled=${b.disabled}`].filter(Boolean).join(', ');
    await db().transaction(async (tx) => {
      await updateUser(tx, name, { role: b.role, disabled: b.disabled, passwordHash });
      if (b.password || b.disabled) await deleteSessionsOf(tx, name);
      if (b.password) await clearFailures(tx, name);
      await audit(tx, { actor: me, action: 'user_changed', target: name, detail: changed }, now);
    });
    return c.json(publicUser((await getUser(db(), name))!));
  });

  app.delete('/:name', async (c) => {
    const name = c.req.param('name');
    if (name === c.get('user').name) return fail(c, 409, 'self', 'an admin cannot delete themself');
    const deleted = await db().transaction(async (tx) => {
      if (!(await deleteUser(tx, name))) return false;
      await audit(tx, { actor: c.get('user').name, action: 'user_deleted', target: name }, deps.clock.now());
      return true;
    });
    if (!deleted) return fail(c, 404, 'not_found', 'no such user');
    return c.body(null, 204);
  });
  return app;
}

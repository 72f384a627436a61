import { Hono } from 'hono';
import { z } from 'zod';
import type { HubDeps } from '../deps.ts';
import type { HubEnv } from '../http/env.ts';
import { fail } from '../http/errors.ts';
import { requireRole, requireSession } from '../http/session.ts';
import { valid } from '../http/validate.ts';
import { audit, deleteGroup, ensureGroup, groupById, groupByName, listGroups, renameGroup } from '../store/admin-repo.ts';

const nameBody = z.object({ name: z.string().trim().min(1).max(200) });

export function groupRoutes(deps: HubDeps) {
  const app = new Hono<HubEnv>();
  const db = () => deps.store.db;
  app.use('*', requireSession(deps));
  app.get('/', async (c) => c.json({ items: (await listGroups(db())).map((g) => ({ ...g, workstations: Number(g.workstations) })) }));

  app.post('/', requireRole('admin'), valid('json', nameBody), async (c) => {
    const { name } = c.req.valid('json');
    if (await groupByName(db(), name)) return fail(c, 409, 'exists', 'a group with this name exists');
    const now = deps.clock.now();
    const id = await db().transaction(async (tx) => {
      const gid = await ensureGroup(tx, name, now);
      await audit(tx, { actor: c.get('user').name, action: 'group_created', target: gid, detail: name }, now);
      return gid;
    });
    return c.json({ id, name, workstations: 0 }, 201);
  });

  app.put('/:id', requireRole('admin'), valid('json', nameBody), async (c) => {
    const { name } = c.req.valid('json');
    const id = c.req.param('id');
    const other = await groupByName(db(), name);
    if (other && other.id !== id) return fail(c, 409, 'exists', 'a group with this name exists');
    const renamed = await db().transaction(async (tx) => {
      if (!(await renameGroup(tx, id, name))) return false;
      await audit(tx, { actor: c.get('user').name, action: 'group_renamed', target: id, detail: name }, deps.clock.now());
      return true;
    });
    if (!renamed) return fail(c, 404, 'not_found', 'no such group');
    return c.json({ id, name });
  });

  app.delete('/:id', requireRole('admin'), async (c) => {
    const id = c.req.param('id');
    const g = await groupById(db(), id);
    if (!g) return fail(c, 404, 'not_found', 'no such group');
    await db().transaction(async (tx) => {
      await deleteGroup(tx, id);
      await audit(tx, { actor: c.get('user').name, action: 'group_deleted', target: id, detail: g.name }, deps.clock.now());
    });
    return c.body(null, 204);
  });
  return app;
}

import { Hono } from 'hono';
import { z } from 'zod';
import type { HubDeps } from '../deps.ts';
import type { HubEnv } from '../http/env.ts';
import { fail } from '../http/errors.ts';
import { requireRole, requireSession } from '../http/session.ts';
import { valid } from '../http/validate.ts';
import { audit, groupById, listAgents, setAgentGroup } from '../store/admin-repo.ts';

export function fleetRoutes(deps: HubDeps) {
  const app = new Hono<HubEnv>();
  const db = () => deps.store.db;
  app.use('*', requireSession(deps));

  app.get('/', async (c) => {
    const now = deps.clock.now().getTime();
    const older = (iso: string | null, ms: number) => !iso || now - Date.parse(iso) > ms;
    const items = (await listAgents(db())).map((a) => ({
      id: a.id,
      name: a.name,
      group: a.group_name,
      groupId: a.group_id,
      createdAt: a.created_at,
      lastHeartbeat: a.last_heartbeat,
      extensionLastSeen: a.extension_last_seen,
      queueDepth: Number(a.queue_depth),
      dropped: Number(a.dropped),
      rejected: Number(a.rejected),
      agentVersion: a.agent_version,
      silent: older(a.last_heartbeat, deps.config.silentAfterMs),
      extensionSilent: older(a.extension_last_seen, deps.config.extensionSilentAfterMs),
    }));
    return c.json({ items });
  });

  app.put('/:id', requireRole('admin'), valid('json', z.object({ group: z.string().max(200).nullable() })), async (c) => {
    const { group } = c.req.valid('json');
    const id = c.req.param('id');
    if (group !== null && !(await groupById(db(), group))) return fail(c, 400, 'unknown_group', 'no group with this id');
    const set = await db().transaction(async (tx) => {
      if (!(await setAgentGroup(tx, id, group))) return false;
      await audit(tx, { actor: c.get('user').name, action: 'workstation_group_set', target: id, detail: group ?? '(none)' }, deps.clock.now());
      return true;
    });
    if (!set) return fail(c, 404, 'not_found', 'no such workstation');
    return c.json({ id, group });
  });
  return app;
}

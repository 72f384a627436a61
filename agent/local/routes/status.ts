import { Hono } from 'hono';
import type { AppDeps } from '../context.ts';

const iso = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());

/** Whether the hub answered its latest call, by delivery or heartbeat, whichever came last. */
function hubReachable(deps: AppDeps): boolean | null {
  const d = deps.delivery.state;
  const beat = deps.heartbeat?.lastAttempt ?? null;
  if (beat && (d.lastAttemptAt === null || beat.at > d.lastAttemptAt)) return beat.answered;
  return d.hubReachable;
}

export function statusBody(deps: AppDeps) {
  const stats = deps.store.stats();
  const d = deps.delivery.state;
  const policy = deps.policy.current;
  return {
    agentVersion: deps.info.agentVersion,
    agentId: deps.info.agentId,
    workstation: deps.info.workstation,
    hubConfigured: deps.config.hubConfigured,
    hubReachable: hubReachable(deps),
    queueDepth: stats.queueDepth,
    queueBytes: stats.queueBytes,
    oldestUndelivered: iso(stats.oldestReceivedAt),
    lastDelivery: iso(d.lastDeliveryAt),
    lastAttempt: iso(d.lastAttemptAt),
    nextAttempt: stats.queueDepth > 0 ? iso(d.nextAttemptAt) : null,
    consecutiveFailures: d.consecutiveFailures,
    lastError: d.lastError,
    extensionLastSeen: iso(deps.seen.lastSeen),
    accepted: stats.acceptedTotal,
    delivered: stats.deliveredTotal,
    dropped: stats.droppedTotal,
    rejected: stats.rejectedTotal,
    rejectedHeld: stats.rejectedHeld,
    policyVersion: policy.policy.version,
    policySource: policy.source,
    policyFetchedAt: iso(policy.fetchedAt),
    policyError: deps.policy.lastError,
    lastHeartbeat: iso(deps.heartbeat?.lastSentAt),
    keySource: deps.info.keySource,
    compileCache: deps.info.compileCache ?? 'off',
    uptimeSeconds: Math.round((deps.clock.now() - deps.info.startedAt) / 1000),
  };
}
export type StatusBody = ReturnType<typeof statusBody>;

/** GET /v1/status: queue, delivery, hub and extension health. */
export function statusRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.get('/', (c) => c.json(statusBody(deps)));
  return app;
}

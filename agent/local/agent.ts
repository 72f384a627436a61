import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { MAX_EVENTS_BODY_BYTES } from '../../shared/event/schema.ts';
import { pseudonym } from '../../shared/mask/index.ts';
import type { Logger } from '../common/logger.ts';
import { createApp } from './app.ts';
import type { AgentConfig } from './config.ts';
import type { AppDeps, Clock } from './context.ts';
import { ExtensionSeen } from './extension-seen.ts';
import { Heartbeat } from './heartbeat.ts';
import { createHubFetch, type HubFetch } from './hub-http.ts';
import type { Identity } from './identity.ts';
import { Metrics } from './metrics.ts';
import { Delivery } from './pipeline/delivery.ts';
import { Outbox } from './pipeline/outbox.ts';
import { Pipeline } from './pipeline/pipeline.ts';
import { Sink } from './pipeline/sink.ts';
import { PolicyCache } from './policy-cache.ts';
import { AGENT_VERSION } from './version.ts';

export interface AgentParts {
  app: Hono;
  deps: AppDeps;
  outbox: Outbox;
  delivery: Delivery;
  policy: PolicyCache;
  heartbeat: Heartbeat;
  /** Starts the timers: delivery, policy pull, heartbeat. */
  start(): void;
  /** Stops the timers, waits for an in-flight delivery, closes the database. */
  close(): Promise<void>;
}

export interface BuildOptions {
  config: AgentConfig;
  identity: Identity;
  logger: Logger;
  port: () => number;
  clock?: Clock;
  fetch?: HubFetch;
  /** The OS account whose pseudonym stamps events (default: the current user). */
  accountName?: string;
  backoff?: { baseMs: number; capMs: number };
}

/** Wires config and identity into the outbox, the loops and the HTTP app. */
export async function buildAgent(o: BuildOptions): Promise<AgentParts> {
  const { config, identity, logger } = o;
  const clock = o.clock ?? { now: Date.now };
  const now = () => clock.now();
  const fetch = o.fetch ?? createHubFetch({ caFile: config.caFile });
  const hubConfigured = Boolean(config.hub && config.hubToken);
  const outbox = new Outbox(
    join(config.data, 'outbox.sqlite'),
    { maxEvents: config.maxQueue, maxBytes: config.maxQueueBytes, maxAgeMs: config.maxAgeDays * 86_400_000, maxRejected: 10_000 },
    now,
  );
  const sink = hubConfigured ? new Sink({ hubUrl: config.hub!, hubToken: config.hubToken!, agentId: identity.agentId, fetch, now }) : null;
  const delivery = new Delivery({ outbox, sink, batchSize: config.batchSize, flushIntervalMs: config.flushInterval * 1000, logger, now, backoff: o.backoff });
  const policy = new PolicyCache({ path: join(config.data, 'policy.json'), hubUrl: config.hub, hubToken: config.hubToken, fetch, logger, now });
  const seen = new ExtensionSeen(outbox);
  const heartbeat = new Heartbeat({
    hubUrl: config.hub,
    hubToken: config.hubToken,
    agentId: identity.agentId,
    agentVersion: AGENT_VERSION,
    outbox,
    extensionLastSeen: () => seen.lastSeen,
    fetch,
    logger,
    now,
  });
  const user = await pseudonym(identity.hashKey, o.accountName ?? userInfo().username);
  const workstation = config.workstation ?? identity.agentId;
  const pipeline = new Pipeline({ outbox, delivery, stamp: { user, workstation, agentVersion: AGENT_VERSION }, logger, now });
  const deps: AppDeps = {
    config: {
      token: identity.token,
      extensionOrigins: config.extensionOrigins,
      rateLimit: config.rateLimit,
      maxBodyBytes: MAX_EVENTS_BODY_BYTES,
      hubConfigured,
    },
    port: o.port,
    store: outbox,
    clock,
    pipeline,
    delivery,
    policy,
    seen,
    metrics: new Metrics(),
    logger,
    info: { agentId: identity.agentId, workstation, agentVersion: AGENT_VERSION, keySource: identity.keySource, startedAt: now() },
    heartbeat,
  };
  // Once the hub takes events again, tell it at once what was dropped or refused meanwhile.
  delivery.onDelivered = () => void heartbeat.sendIfStale();
  // A heartbeat that gets through after an outage ends the delivery backoff early.
  heartbeat.onHubBack = () => delivery.hubIsBack();
  return {
    app: createApp(deps),
    deps,
    outbox,
    delivery,
    policy,
    heartbeat,
    start() {
      delivery.start();
      if (hubConfigured) {
        policy.start(config.policyInterval * 1000);
        heartbeat.start(config.heartbeatInterval * 1000);
      }
    },
    async close() {
      policy.stop();
      heartbeat.stop();
      await delivery.stop();
      seen.persist();
      outbox.close();
    },
  };
}

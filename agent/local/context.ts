import type { Logger } from '../common/logger.ts';
import type { ExtensionSeen } from './extension-seen.ts';
import type { CompileCacheState } from './compile-cache.ts';
import type { Metrics } from './metrics.ts';
import type { Delivery } from './pipeline/delivery.ts';
import type { Outbox } from './pipeline/outbox.ts';
import type { Pipeline } from './pipeline/pipeline.ts';
import type { PolicyCache } from './policy-cache.ts';

export interface Clock {
  now(): number;
}

/** Everything the HTTP app needs, passed in (no module-level state). */
export interface AppDeps {
  config: {
    token: string;
    extensionOrigins: readonly string[];
    rateLimit: number;
    maxBodyBytes: number;
    hubConfigured: boolean;
  };
  /** The port the server is bound to (known only after listen when --port 0). */
  port: () => number;
  store: Outbox;
  clock: Clock;
  pipeline: Pipeline;
  delivery: Delivery;
  policy: PolicyCache;
  seen: ExtensionSeen;
  metrics: Metrics;
  logger: Logger;
  info: { agentId: string; workstation: string; agentVersion: string; keySource: 'agency' | 'local'; startedAt: number; compileCache?: CompileCacheState };
  heartbeat?: { lastSentAt: number | null; lastError: string | null; lastAttempt: { at: number; answered: boolean } | null };
}

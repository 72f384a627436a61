import type { Store } from './store/store.ts';

export interface Clock {
  now(): Date;
}

export interface Logger {
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
}

export interface HubConfig {
  /** Events of one user on one site closer than this join one incident. */
  groupingWindowMs: number;
  sessionTtlMs: number;
  /** Send `Secure` on the session cookie (behind TLS). */
  secureCookies: boolean;
  webhookUrl: string | null;
  /** Built console files; served at / when the folder exists. */
  consoleDir: string | null;
  /** Event details older than this are purged; the register stays. */
  eventRetentionDays: number;
  /** Register rows (closed incidents) are kept at least this long (Decree 356/2025 Art. 29: ≥ 5 years). */
  registerRetentionYears: number;
  /** A workstation without heartbeat for this long is flagged silent. */
  silentAfterMs: number;
  extensionSilentAfterMs: number;
  maxBatchBytes: number;
  /** The agency key (hashKey of §1), needed only to re-identify pseudonyms. */
  hashKey: Uint8Array | null;
}

export const DEFAULT_CONFIG: HubConfig = {
  groupingWindowMs: 8 * 3600_000,
  sessionTtlMs: 12 * 3600_000,
  secureCookies: false,
  webhookUrl: null,
  consoleDir: null,
  eventRetentionDays: 365,
  registerRetentionYears: 5,
  silentAfterMs: 24 * 3600_000,
  extensionSilentAfterMs: 72 * 3600_000,
  maxBatchBytes: 8 * 1024 * 1024,
  hashKey: null,
};

/** Everything the hub's app needs, injected (no module-level singletons). */
export interface HubDeps {
  store: Store;
  clock: Clock;
  fetch: typeof fetch;
  logger: Logger;
  config: HubConfig;
  /** The detection engine's redactText: the last guard on free text. */
  redact: (text: string) => string;
  /** The engine's pseudonym(key, accountName): 16 hex digits, as the agents compute `user`. */
  pseudonym: (key: Uint8Array, accountName: string) => Promise<string>;
}

export const systemClock: Clock = { now: () => new Date() };

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { DEFAULT_POLICY, policySchema, type Policy } from '../../shared/policy/schema.ts';
import type { Logger } from '../common/logger.ts';
import type { HubFetch } from './hub-http.ts';
import { errorCode } from '../common/error-code.ts';

export type PolicySource = 'hub' | 'cache' | 'builtin';

export interface CurrentPolicy {
  policy: Policy;
  /** The ETag the agent serves to the extension (a digest of the policy). */
  etag: string;
  source: PolicySource;
  /** When the hub last confirmed this policy (ms), null for the built-in default. */
  fetchedAt: number | null;
}

export interface PolicyCacheOptions {
  path: string;
  hubUrl?: string;
  hubToken?: string;
  fetch: HubFetch;
  logger: Logger;
  now?: () => number;
}

export type RefreshResult = 'updated' | 'unchanged' | 'failed' | 'no_hub';

interface CacheFile {
  policy: unknown;
  hubEtag: string | null;
  fetchedAt: number;
}

/**
 * The admins' policy, pulled from the hub with If-None-Match and kept in
 * `<data>/policy.json`, so the extension gets the last policy the agent saw
 * even when the hub is unreachable or the agent restarts offline.
 */
export class PolicyCache {
  private readonly o: PolicyCacheOptions;
  private currentPolicy: CurrentPolicy;
  private hubEtag: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  lastError: string | null = null;

  constructor(options: PolicyCacheOptions) {
    this.o = options;
    this.currentPolicy = withEtag(DEFAULT_POLICY, 'builtin', null);
    this.load();
  }

  get current(): CurrentPolicy {
    return this.currentPolicy;
  }

  private load(): void {
    if (!existsSync(this.o.path)) return;
    try {
      const file = JSON.parse(readFileSync(this.o.path, 'utf8')) as CacheFile;
      const policy = policySchema.parse(file.policy);
      this.currentPolicy = withEtag(policy, 'cache', file.fetchedAt);
      this.hubEtag = file.hubEtag;
    } catch {
      this.o.logger.warn({ path: this.o.path }, 'cached policy unreadable; using the built-in default until the hub answers');
    }
  }

  async refresh(): Promise<RefreshResult> {
    const { hubUrl, hubToken, fetch, logger } = this.o;
    if (!hubUrl || !hubToken) return 'no_hub';
    const now = (this.o.now ?? Date.now)();
    try {
      const headers: Record<string, string> = { authorization: `Bearer ${hubToken}`, accept: 'application/json' };
      if (this.hubEtag && this.currentPolicy.source !== 'builtin') headers['if-none-match'] = this.hubEtag;
      const res = await fetch(`${hubUrl}/v1/policy`, { method: 'GET', headers });
      if (res.status === 304) {
        this.currentPolicy = { ...this.currentPolicy, source: 'hub', fetchedAt: now };
        this.lastError = null;
        return 'unchanged';
      }
      if (res.status !== 200) {
        this.lastError = `http ${res.status}`;
        logger.warn({ status: res.status }, 'policy pull failed; keeping the last policy');
        return 'failed';
      }
      const body = JSON.parse(await res.text()) as unknown;
      // The hub answers the policy itself (§6); accept {"policy": …} as well.
      const candidate = body && typeof body === 'object' && 'policy' in body && !('version' in body) ? (body as { policy: unknown }).policy : body;
      const parsed = policySchema.safeParse(candidate);
      if (!parsed.success) {
        this.lastError = 'invalid policy from hub';
        logger.warn({ issues: parsed.error.issues.length }, 'hub sent a policy that does not validate; keeping the last policy');
        return 'failed';
      }
      const changed = parsed.data.version !== this.currentPolicy.policy.version || this.currentPolicy.source === 'builtin' || digest(parsed.data) !== this.currentPolicy.etag;
      this.hubEtag = res.headers.get('etag');
      this.currentPolicy = withEtag(parsed.data, 'hub', now);
      this.save(now);
      this.lastError = null;
      if (changed) logger.info({ version: parsed.data.version }, 'policy updated from hub');
      return changed ? 'updated' : 'unchanged';
    } catch (error) {
      this.lastError = errorCode(error);
      logger.warn({ detail: this.lastError }, 'hub unreachable for policy; keeping the last policy');
      return 'failed';
    }
  }

  private save(now: number): void {
    const file: CacheFile = { policy: this.currentPolicy.policy, hubEtag: this.hubEtag, fetchedAt: now };
    const temp = `${this.o.path}.tmp`;
    writeFileSync(temp, JSON.stringify(file), { mode: 0o600 });
    renameSync(temp, this.o.path);
  }

  start(intervalMs: number): void {
    const tick = () => {
      void this.refresh().finally(() => {
        if (this.timer !== null) this.timer = setTimeout(tick, intervalMs).unref();
      });
    };
    this.timer = setTimeout(tick, 0).unref();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

function digest(policy: Policy): string {
  return `"${createHash('sha256').update(JSON.stringify(policy)).digest('hex').slice(0, 20)}"`;
}

function withEtag(policy: Policy, source: PolicySource, fetchedAt: number | null): CurrentPolicy {
  return { policy, etag: digest(policy), source, fetchedAt };
}

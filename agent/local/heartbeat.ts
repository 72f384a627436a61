import type { Heartbeat as HeartbeatBody } from '../../shared/event/schema.ts';
import type { Logger } from '../common/logger.ts';
import type { HubFetch } from './hub-http.ts';
import type { Outbox } from './pipeline/outbox.ts';
import { errorCode } from '../common/error-code.ts';

export interface HeartbeatOptions {
  hubUrl?: string;
  hubToken?: string;
  agentId: string;
  agentVersion: string;
  outbox: Outbox;
  extensionLastSeen: () => number | null;
  fetch: HubFetch;
  logger: Logger;
  now?: () => number;
}

/**
 * Tells the hub this workstation is alive (interfaces.md §5), so the DPO sees
 * machines where protection went silent, or where the extension stopped
 * calling. `dropped` and `rejected` are totals since the data folder was
 * created: a lost heartbeat loses no count, the next one carries it.
 */
export class Heartbeat {
  private readonly o: HeartbeatOptions;
  private timer: NodeJS.Timeout | null = null;
  lastSentAt: number | null = null;
  lastError: string | null = null;
  /** The last attempt, and whether the hub answered at all (any HTTP status). */
  lastAttempt: { at: number; answered: boolean } | null = null;
  private reported: { dropped: number; rejected: number } | null = null;
  /** Called when the hub answers after the previous heartbeat failed. */
  onHubBack: (() => void) | null = null;

  constructor(options: HeartbeatOptions) {
    this.o = options;
  }

  body(): HeartbeatBody {
    const now = (this.o.now ?? Date.now)();
    const stats = this.o.outbox.stats();
    const seen = this.o.extensionLastSeen();
    return {
      agentId: this.o.agentId,
      at: new Date(now).toISOString(),
      queueDepth: stats.queueDepth,
      dropped: stats.droppedTotal,
      rejected: stats.rejectedTotal,
      extensionLastSeen: seen === null ? null : new Date(seen).toISOString(),
      agentVersion: this.o.agentVersion,
    };
  }

  /**
   * Sends a heartbeat now if the hub has not heard the current drop and
   * rejection totals (the last heartbeat failed, or they changed): called
   * when the hub is back, so the DPO learns of losses without waiting a period.
   */
  async sendIfStale(): Promise<boolean> {
    const stats = this.o.outbox.stats();
    const r = this.reported;
    if (r && this.lastError === null && r.dropped === stats.droppedTotal && r.rejected === stats.rejectedTotal) return false;
    return this.send();
  }

  async send(): Promise<boolean> {
    const { hubUrl, hubToken, fetch, logger } = this.o;
    if (!hubUrl || !hubToken) return false;
    const body = this.body();
    const at = (this.o.now ?? Date.now)();
    try {
      const res = await fetch(`${hubUrl}/v1/heartbeat`, {
        method: 'POST',
        headers: { authorization: `Bearer ${hubToken}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const wasDown = this.lastAttempt !== null && !this.lastAttempt.answered;
      this.lastAttempt = { at, answered: true };
      if (wasDown) this.onHubBack?.();
      if (res.status >= 200 && res.status < 300) {
        this.lastSentAt = (this.o.now ?? Date.now)();
        this.lastError = null;
        this.reported = { dropped: body.dropped, rejected: body.rejected };
        return true;
      }
      this.lastError = `http ${res.status}`;
    } catch (error) {
      this.lastError = errorCode(error);
      this.lastAttempt = { at, answered: false };
    }
    logger.debug({ detail: this.lastError }, 'heartbeat not delivered');
    return false;
  }

  start(intervalMs: number): void {
    const tick = () => {
      void this.send().finally(() => {
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

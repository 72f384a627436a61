import type { Logger } from '../../common/logger.ts';
import type { Outbox } from './outbox.ts';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './retry-classifier.ts';
import type { Sink } from './sink.ts';

export interface DeliveryOptions {
  outbox: Outbox;
  /** Null when no hub is configured yet: events wait in the outbox. */
  sink: Sink | null;
  batchSize: number;
  flushIntervalMs: number;
  logger: Logger;
  now?: () => number;
  random?: () => number;
  backoff?: BackoffOptions;
}

export interface DeliveryState {
  lastDeliveryAt: number | null;
  lastAttemptAt: number | null;
  hubReachable: boolean | null;
  lastError: string | null;
  consecutiveFailures: number;
  nextAttemptAt: number | null;
  batchesSent: number;
}

export interface FlushResult {
  delivered: number;
  rejected: number;
  remaining: number;
  hubReachable: boolean | null;
  error: string | null;
}

/**
 * Decides when to send: every flush interval, at once when a full batch is
 * waiting, and after a failure at an exponentially growing, jittered delay.
 * One delivery cycle runs at a time.
 */
export class Delivery {
  readonly state: DeliveryState = {
    lastDeliveryAt: null,
    lastAttemptAt: null,
    hubReachable: null,
    lastError: null,
    consecutiveFailures: 0,
    nextAttemptAt: null,
    batchesSent: 0,
  };
  private readonly o: DeliveryOptions;
  private readonly now: () => number;
  private batchLimit: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<FlushResult> | null = null;
  private stopped = true;
  /** Called after a cycle in which the hub acknowledged events. */
  onDelivered: (() => void) | null = null;

  constructor(options: DeliveryOptions) {
    this.o = options;
    this.now = options.now ?? Date.now;
    this.batchLimit = options.batchSize;
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** Called after events were stored: a full batch goes out without waiting for the interval. */
  notify(): void {
    if (this.stopped || this.running || this.state.consecutiveFailures > 0) return;
    if (this.o.outbox.depth() >= this.batchLimit) this.schedule(0);
  }

  /** The hub answered another call (a heartbeat): if deliveries were backing off, try now. */
  hubIsBack(): void {
    if (!this.stopped && !this.running && this.state.consecutiveFailures > 0) this.schedule(0);
  }

  /** Sends everything now, ignoring any backoff (the `agent flush` command). */
  flush(): Promise<FlushResult> {
    return this.cycle();
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.state.nextAttemptAt = this.now() + ms;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.cycle();
    }, ms);
    this.timer.unref?.();
  }

  private cycle(): Promise<FlushResult> {
    if (this.running) return this.running.then(() => this.cycle());
    this.running = this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(): Promise<FlushResult> {
    const { outbox, sink, logger } = this.o;
    const result: FlushResult = { delivered: 0, rejected: 0, remaining: 0, hubReachable: this.state.hubReachable, error: null };
    let failed = false;
    let retryAfterMs: number | undefined;
    try {
      outbox.expire();
      while (sink) {
        const batch = outbox.claimBatch(this.batchLimit);
        if (!batch) break;
        this.state.lastAttemptAt = this.now();
        const sent = await sink.send(batch);
        this.state.batchesSent += 1;
        logger.debug({ batchId: batch.batchId, events: batch.events.length, resumed: batch.resumed, verdict: sent.verdict, detail: sent.detail }, 'batch sent');
        if (sent.verdict === 'ok') {
          const done = outbox.acknowledge(batch, sent.rejected);
          result.delivered += done.delivered;
          result.rejected += done.rejected;
          this.state.lastDeliveryAt = this.now();
          this.markReachable();
          if (done.rejected) logger.warn({ batchId: batch.batchId, rejected: done.rejected }, 'hub rejected events; kept aside');
          continue;
        }
        if (sent.verdict === 'shrink' && batch.events.length > 1) {
          outbox.release(batch);
          this.batchLimit = Math.max(1, Math.floor(batch.events.length / 2));
          this.state.hubReachable = true;
          logger.warn({ batchId: batch.batchId, batchLimit: this.batchLimit }, 'hub found the batch too large; sending smaller batches');
          continue;
        }
        if (sent.verdict === 'reject' || sent.verdict === 'shrink') {
          const n = outbox.rejectBatch(batch, `hub ${sent.detail}`);
          result.rejected += n;
          this.state.hubReachable = true;
          this.state.lastError = sent.detail;
          logger.warn({ batchId: batch.batchId, rejected: n, status: sent.status }, 'hub refused the batch; events kept aside');
          continue;
        }
        // retry or auth: the batch keeps its id and waits for the next attempt.
        failed = true;
        retryAfterMs = sent.retryAfterMs;
        this.state.hubReachable = sent.status !== undefined;
        this.state.lastError = sent.verdict === 'auth' ? `hub refused the agent's token (${sent.detail})` : sent.detail;
        logger.warn({ batchId: batch.batchId, status: sent.status, detail: sent.detail, failures: this.state.consecutiveFailures + 1 }, 'delivery failed; will retry');
        break;
      }
    } catch (error) {
      failed = true;
      this.state.lastError = (error as Error).name;
      logger.error({ err: error }, 'delivery cycle failed');
    }
    if (failed) {
      this.state.consecutiveFailures += 1;
      this.schedule(backoffDelay(this.state.consecutiveFailures, this.o.backoff ?? DEFAULT_BACKOFF, this.o.random, retryAfterMs));
    } else {
      if (result.delivered > 0) this.onDelivered?.();
      this.state.consecutiveFailures = 0;
      if (this.batchLimit < this.o.batchSize && result.delivered > 0) this.batchLimit = Math.min(this.o.batchSize, this.batchLimit * 2);
      this.schedule(this.o.flushIntervalMs);
    }
    result.remaining = outbox.stats().queueDepth;
    result.hubReachable = this.state.hubReachable;
    result.error = failed ? this.state.lastError : null;
    return result;
  }

  private markReachable(): void {
    this.state.hubReachable = true;
    this.state.lastError = null;
  }
}

import type { InsertResult, Outbox, StoredEvent } from './outbox.ts';

interface Pending {
  events: StoredEvent[];
  resolve: (result: InsertResult) => void;
  reject: (error: unknown) => void;
}

export interface GroupWriterOptions {
  /**
   * How long a commit may wait for requests already being read to join it
   * (default 3 ms). It only waits while such requests exist, so a lone
   * request is committed at once.
   */
  windowMs?: number;
  now?: () => number;
}

/** A request counted as on its way to the outbox; `done()` when it no longer is. */
export interface Arrival {
  done(): void;
}

/**
 * Group commit. Durable writes cost one fsync per transaction, so requests
 * are written together: those that reach the writer in the same turn of the
 * event loop, plus those still being read when it is about to commit (it
 * waits up to `windowMs` for them). Each is answered only after the shared
 * commit returned. If the shared transaction fails, each request is retried
 * alone, so one request's failure never fails another's; either way each
 * request is stored whole or not at all.
 */
export class GroupWriter {
  private readonly outbox: Outbox;
  private readonly windowMs: number;
  private readonly now: () => number;
  private pending: Pending[] = [];
  private scheduled = false;
  private firstQueuedAt = 0;
  /** Requests received but not yet handed to write(). */
  private arriving = 0;
  /** Transactions committed and events written, for /metrics. */
  readonly totals = { commits: 0, events: 0 };

  constructor(outbox: Outbox, options: GroupWriterOptions = {}) {
    this.outbox = outbox;
    this.windowMs = options.windowMs ?? 3;
    this.now = options.now ?? (() => performance.now());
  }

  /** Counts a request that is being read and will probably write; the commit waits for it a little. */
  arrive(): Arrival {
    this.arriving += 1;
    let counted = true;
    return {
      done: () => {
        if (!counted) return;
        counted = false;
        this.arriving -= 1;
        // The last awaited request gave up (invalid, or nothing to store): commit now.
        if (this.arriving === 0 && this.scheduled && this.pending.length) setImmediate(() => this.flush());
      },
    };
  }

  write(events: StoredEvent[], arrival?: Arrival): Promise<InsertResult> {
    return new Promise<InsertResult>((resolve, reject) => {
      this.pending.push({ events, resolve, reject });
      arrival?.done();
      if (!this.scheduled) {
        this.scheduled = true;
        this.firstQueuedAt = this.now();
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    if (!this.scheduled) return;
    if (this.arriving > 0 && this.now() - this.firstQueuedAt < this.windowMs) {
      setTimeout(() => this.flush(), 1);
      return;
    }
    this.scheduled = false;
    const group = this.pending;
    this.pending = [];
    if (group.length === 0) return;
    let results: InsertResult[];
    try {
      results = this.outbox.insertGroups(group.map((p) => p.events));
      this.count(1, group);
    } catch {
      for (const p of group) {
        try {
          p.resolve(this.outbox.insert(p.events));
          this.count(1, [p]);
        } catch (error) {
          p.reject(error);
        }
      }
      return;
    }
    group.forEach((p, i) => p.resolve(results[i]));
  }

  private count(commits: number, group: Pending[]): void {
    this.totals.commits += commits;
    for (const p of group) this.totals.events += p.events.length;
  }
}

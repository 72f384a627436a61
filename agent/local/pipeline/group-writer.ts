import type { InsertResult, Outbox, StoredEvent } from './outbox.ts';

interface Pending {
  events: StoredEvent[];
  resolve: (result: InsertResult) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit. Durable writes cost one fsync per transaction, and the
 * fsync, not the CPU, bounds throughput. Requests that arrive in the same
 * turn of the event loop are written in one transaction (at the next
 * setImmediate), and each is answered only after that commit returned.
 * If the shared transaction fails, each request is retried alone, so one
 * request's failure never fails another's; either way each request is
 * stored whole or not at all.
 */
export class GroupWriter {
  private readonly outbox: Outbox;
  private pending: Pending[] = [];
  private scheduled = false;

  constructor(outbox: Outbox) {
    this.outbox = outbox;
  }

  write(events: StoredEvent[]): Promise<InsertResult> {
    return new Promise<InsertResult>((resolve, reject) => {
      this.pending.push({ events, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const group = this.pending;
    this.pending = [];
    if (group.length === 0) return;
    let results: InsertResult[];
    try {
      results = this.outbox.insertGroups(group.map((p) => p.events));
    } catch {
      for (const p of group) {
        try {
          p.resolve(this.outbox.insert(p.events));
        } catch (error) {
          p.reject(error);
        }
      }
      return;
    }
    group.forEach((p, i) => p.resolve(results[i]));
  }
}

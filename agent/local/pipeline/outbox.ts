import { randomUUID } from 'node:crypto';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { openDatabase, transaction } from '../../common/sqlite.ts';

export interface OutboxLimits {
  maxEvents: number;
  maxBytes: number;
  maxAgeMs: number;
  /** Events set aside after a hub refusal are kept up to this many (oldest dropped). */
  maxRejected: number;
}

export interface StoredEvent {
  id: string;
  json: string;
}

export interface Batch {
  batchId: string;
  events: StoredEvent[];
  /** True when this batch was claimed before (a retry, maybe after a restart). */
  resumed: boolean;
}

export interface OutboxStats {
  queueDepth: number;
  queueBytes: number;
  oldestReceivedAt: number | null;
  rejectedHeld: number;
  droppedTotal: number;
  rejectedTotal: number;
  acceptedTotal: number;
  deliveredTotal: number;
}

export interface InsertResult {
  inserted: string[];
  duplicates: string[];
  dropped: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  received_at INTEGER NOT NULL,
  bytes INTEGER NOT NULL,
  body TEXT NOT NULL,
  batch_id TEXT,
  state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'rejected')),
  reason TEXT
);
CREATE INDEX IF NOT EXISTS outbox_state ON outbox (state, batch_id, seq);
CREATE INDEX IF NOT EXISTS outbox_age ON outbox (state, received_at);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
-- Queue depth and bytes kept by triggers, in the same transactions as the
-- rows, so reading them is O(1) and they can never drift from the table.
CREATE TABLE IF NOT EXISTS queue_totals (one INTEGER PRIMARY KEY CHECK (one = 1), n INTEGER NOT NULL, b INTEGER NOT NULL);
INSERT OR IGNORE INTO queue_totals (one, n, b)
  SELECT 1, count(*), coalesce(sum(bytes), 0) FROM outbox WHERE state = 'queued';
CREATE TRIGGER IF NOT EXISTS outbox_ins AFTER INSERT ON outbox WHEN new.state = 'queued' BEGIN
  UPDATE queue_totals SET n = n + 1, b = b + new.bytes;
END;
CREATE TRIGGER IF NOT EXISTS outbox_del AFTER DELETE ON outbox WHEN old.state = 'queued' BEGIN
  UPDATE queue_totals SET n = n - 1, b = b - old.bytes;
END;
CREATE TRIGGER IF NOT EXISTS outbox_aside AFTER UPDATE OF state ON outbox WHEN old.state = 'queued' AND new.state <> 'queued' BEGIN
  UPDATE queue_totals SET n = n - 1, b = b - old.bytes;
END;
`;

/**
 * The durable queue between the extension and the hub. Every method that
 * changes it is one transaction (nothing half-stored); an event is deleted
 * only once the hub acknowledged it. Bodies are already anonymized.
 */
export class Outbox {
  readonly db: DatabaseSync;
  private readonly limits: OutboxLimits;
  private readonly now: () => number;
  private readonly stmt: Record<string, StatementSync>;

  constructor(path: string, limits: OutboxLimits, now: () => number = Date.now) {
    this.db = openDatabase(path);
    this.db.exec(SCHEMA);
    this.limits = limits;
    this.now = now;
    const p = (sql: string) => this.db.prepare(sql);
    this.stmt = {
      insert: p('INSERT OR IGNORE INTO outbox (id, received_at, bytes, body) VALUES (?, ?, ?, ?)'),
      totals: p('SELECT n, b FROM queue_totals'),
      oldest: p("SELECT min(received_at) AS oldest FROM outbox WHERE state = 'queued'"),
      rejectedHeld: p("SELECT count(*) AS n FROM outbox WHERE state = 'rejected'"),
      oldestQueued: p("SELECT seq, bytes FROM outbox WHERE state = 'queued' ORDER BY seq LIMIT ?"),
      deleteSeq: p('DELETE FROM outbox WHERE seq = ?'),
      expire: p("DELETE FROM outbox WHERE state = 'queued' AND received_at < ?"),
      trimRejected: p("DELETE FROM outbox WHERE seq IN (SELECT seq FROM outbox WHERE state = 'rejected' ORDER BY seq LIMIT ?)"),
      inFlight: p("SELECT batch_id FROM outbox WHERE state = 'queued' AND batch_id IS NOT NULL ORDER BY seq LIMIT 1"),
      batchEvents: p("SELECT id, body AS json FROM outbox WHERE state = 'queued' AND batch_id = ? ORDER BY seq"),
      claim: p("UPDATE outbox SET batch_id = ? WHERE seq IN (SELECT seq FROM outbox WHERE state = 'queued' AND batch_id IS NULL ORDER BY seq LIMIT ?)"),
      deleteId: p('DELETE FROM outbox WHERE id = ? AND batch_id = ?'),
      rejectId: p("UPDATE outbox SET state = 'rejected', batch_id = NULL, reason = ? WHERE id = ? AND batch_id = ?"),
      release: p('UPDATE outbox SET batch_id = NULL WHERE batch_id = ?'),
      counter: p('SELECT value FROM counters WHERE name = ?'),
      bump: p('INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value'),
      setCounter: p('INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value'),
    };
  }

  /**
   * Stores the events in one transaction. An id already queued is a retry
   * from the extension and is not stored twice. When the queue is over its
   * bounds, the oldest undelivered events are dropped and counted.
   */
  insert(events: StoredEvent[]): InsertResult {
    return this.insertGroups([events])[0];
  }

  /**
   * Stores several requests' events in one transaction (group commit: one
   * fsync for all of them). All are stored or none; each gets its own result.
   * The first result carries what the whole transaction dropped.
   */
  insertGroups(groups: StoredEvent[][]): InsertResult[] {
    const receivedAt = this.now();
    return transaction(this.db, () => {
      let total = 0;
      const results = groups.map((events) => {
        const inserted: string[] = [];
        const duplicates: string[] = [];
        for (const event of events) {
          const bytes = Buffer.byteLength(event.json);
          const { changes } = this.stmt.insert.run(event.id, receivedAt, bytes, event.json);
          (changes > 0 ? inserted : duplicates).push(event.id);
        }
        total += inserted.length;
        return { inserted, duplicates, dropped: 0 };
      });
      if (total) this.bump('accepted_total', total);
      const dropped = this.enforceBounds();
      results[0].dropped = dropped;
      return results;
    });
  }

  /** Drops events older than the age bound and the oldest beyond count/bytes. Runs inside a transaction. */
  private enforceBounds(): number {
    let dropped = Number(this.stmt.expire.run(this.now() - this.limits.maxAgeMs).changes);
    const totals = this.stmt.totals.get() as { n: number; b: number };
    let excessCount = totals.n - this.limits.maxEvents;
    let excessBytes = totals.b - this.limits.maxBytes;
    if (excessCount > 0 || excessBytes > 0) {
      // Read a generous window of the oldest rows and delete until both bounds hold.
      const window = Math.max(excessCount, 0) + 1000;
      for (const row of this.stmt.oldestQueued.all(window) as { seq: number; bytes: number }[]) {
        if (excessCount <= 0 && excessBytes <= 0) break;
        this.stmt.deleteSeq.run(row.seq);
        excessCount -= 1;
        excessBytes -= row.bytes;
        dropped += 1;
      }
    }
    if (dropped > 0) this.bump('dropped_total', dropped);
    return dropped;
  }

  /** Applies the age bound without an insert (called before each delivery). */
  expire(): number {
    return transaction(this.db, () => this.enforceBounds());
  }

  /**
   * The next batch to send. A batch claimed earlier and not yet acknowledged
   * (a failed attempt, or a crash mid-delivery) is sent again with the same
   * id, so the hub's Idempotency-Key dedupes it.
   */
  claimBatch(limit: number): Batch | null {
    return transaction(this.db, () => {
      const pending = this.stmt.inFlight.get() as { batch_id: string } | undefined;
      if (pending) {
        const events = this.stmt.batchEvents.all(pending.batch_id) as unknown as StoredEvent[];
        return { batchId: pending.batch_id, events, resumed: true };
      }
      const batchId = randomUUID();
      const { changes } = this.stmt.claim.run(batchId, limit);
      if (Number(changes) === 0) return null;
      const events = this.stmt.batchEvents.all(batchId) as unknown as StoredEvent[];
      return { batchId, events, resumed: false };
    });
  }

  /** The hub answered 2xx: everything in the batch is delivered except what it rejected. */
  acknowledge(batch: Batch, rejected: { id: string; reason: string }[]): { delivered: number; rejected: number } {
    return transaction(this.db, () => {
      const refused = new Map(rejected.map((r) => [r.id, r.reason]));
      let delivered = 0;
      let setAside = 0;
      for (const event of batch.events) {
        const reason = refused.get(event.id);
        if (reason === undefined) delivered += Number(this.stmt.deleteId.run(event.id, batch.batchId).changes);
        else setAside += Number(this.stmt.rejectId.run(safeReason(reason), event.id, batch.batchId).changes);
      }
      this.bump('delivered_total', delivered);
      if (setAside) this.setAside(setAside);
      return { delivered, rejected: setAside };
    });
  }

  /** The hub refused the whole batch for good (a 4xx that retrying cannot fix). */
  rejectBatch(batch: Batch, reason: string): number {
    return transaction(this.db, () => {
      let n = 0;
      for (const event of batch.events) n += Number(this.stmt.rejectId.run(safeReason(reason), event.id, batch.batchId).changes);
      if (n) this.setAside(n);
      return n;
    });
  }

  /** Returns the batch's events to the queue, to be batched afresh (e.g. smaller). */
  release(batch: Batch): void {
    this.stmt.release.run(batch.batchId);
  }

  private setAside(n: number): void {
    this.bump('rejected_total', n);
    const held = (this.stmt.rejectedHeld.get() as { n: number }).n;
    const excess = held - this.limits.maxRejected;
    if (excess > 0) {
      this.stmt.trimRejected.run(excess);
      this.bump('dropped_total', excess);
    }
  }

  private bump(name: string, by: number): void {
    if (by) this.stmt.bump.run(name, by);
  }

  counter(name: string): number {
    const row = this.stmt.counter.get(name) as { value: number } | undefined;
    return row ? Number(row.value) : 0;
  }

  setCounter(name: string, value: number): void {
    this.stmt.setCounter.run(name, value);
  }

  /** Events waiting for delivery (cheap: read on every request). */
  depth(): number {
    return Number((this.stmt.totals.get() as { n: number }).n);
  }

  stats(): OutboxStats {
    const totals = this.stmt.totals.get() as { n: number; b: number };
    const { oldest } = this.stmt.oldest.get() as { oldest: number | null };
    return {
      queueDepth: Number(totals.n),
      queueBytes: Number(totals.b),
      oldestReceivedAt: oldest === null ? null : Number(oldest),
      rejectedHeld: Number((this.stmt.rejectedHeld.get() as { n: number }).n),
      droppedTotal: this.counter('dropped_total'),
      rejectedTotal: this.counter('rejected_total'),
      acceptedTotal: this.counter('accepted_total'),
      deliveredTotal: this.counter('delivered_total'),
    };
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
  }
}

// A hub's reason is stored and shown in status: keep it a short code-like
// string, so a hub that echoes a value cannot put it on the agent's disk.
function safeReason(reason: string): string {
  const cleaned = reason.replace(/[^A-Za-z0-9_.:\- ]/g, '').replace(/\d{3,}/g, '#').slice(0, 80);
  return cleaned || 'rejected';
}

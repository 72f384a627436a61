import type { Outbox } from './pipeline/outbox.ts';

const PERSIST_EVERY_MS = 60_000;

/**
 * When the extension last called (events or policy), kept across restarts so
 * the hub can tell a disabled or removed extension from a restarted agent.
 * Written to disk at most once a minute: each write is an fsync.
 */
export class ExtensionSeen {
  private last: number | null;
  private persisted: number;
  private readonly outbox: Outbox;

  constructor(outbox: Outbox) {
    this.outbox = outbox;
    const stored = outbox.counter('extension_last_seen');
    this.last = stored > 0 ? stored : null;
    this.persisted = stored;
  }

  mark(now: number): void {
    this.last = now;
    if (now - this.persisted >= PERSIST_EVERY_MS) {
      this.outbox.setCounter('extension_last_seen', now);
      this.persisted = now;
    }
  }

  get lastSeen(): number | null {
    return this.last;
  }

  persist(): void {
    if (this.last !== null && this.last !== this.persisted) this.outbox.setCounter('extension_last_seen', this.last);
  }
}

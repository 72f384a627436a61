// The service worker's durable queue of events for the local agent. IndexedDB
// (through idb) survives the service worker being stopped and the browser
// restarting. It is bounded: when full, the oldest event goes and the
// persistent `overflow` counter says so. Events hold record masks and tags
// only (interfaces.md §1); nothing raw ever reaches this store.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PdpEvent } from '../../../shared/event/schema.ts';

export const OUTBOX_DB = 'pdp-guard-outbox';
export const OUTBOX_MAX = 5_000;

export type CounterName = 'overflow' | 'rejected' | 'sent';
export type OutboxCounters = Record<CounterName, number>;

interface OutboxSchema extends DBSchema {
  events: { key: number; value: { seq?: number; id: string; event: PdpEvent }; indexes: { id: string } };
  meta: { key: string; value: number };
}

export interface Outbox {
  /** Queue an event; returns how many old events were pushed out to make room. */
  add(event: PdpEvent): Promise<number>;
  /** The oldest events, in order. */
  peek(limit: number): Promise<PdpEvent[]>;
  /** Delete events by id (after the agent accepted or definitively rejected them). */
  remove(ids: readonly string[]): Promise<void>;
  count(): Promise<number>;
  counters(): Promise<OutboxCounters>;
  bump(counter: CounterName, by: number): Promise<void>;
  close(): void;
}

export async function openOutbox(options: { name?: string; max?: number } = {}): Promise<Outbox> {
  const max = options.max ?? OUTBOX_MAX;
  const db: IDBPDatabase<OutboxSchema> = await openDB<OutboxSchema>(options.name ?? OUTBOX_DB, 1, {
    upgrade(d) {
      const events = d.createObjectStore('events', { keyPath: 'seq', autoIncrement: true });
      events.createIndex('id', 'id', { unique: true });
      d.createObjectStore('meta');
    },
  });

  return {
    async add(event) {
      const tx = db.transaction(['events', 'meta'], 'readwrite');
      const events = tx.objectStore('events');
      const meta = tx.objectStore('meta');
      // A retried report must not queue twice.
      if ((await events.index('id').getKey(event.id)) !== undefined) {
        await tx.done;
        return 0;
      }
      let pushedOut = 0;
      let size = await events.count();
      if (size >= max) {
        let cursor = await events.openCursor();
        while (cursor && size >= max) {
          await cursor.delete();
          pushedOut++;
          size--;
          cursor = await cursor.continue();
        }
        await meta.put(((await meta.get('overflow')) ?? 0) + pushedOut, 'overflow');
      }
      await events.add({ id: event.id, event });
      await tx.done;
      return pushedOut;
    },
    async peek(limit) {
      const out: PdpEvent[] = [];
      let cursor = await db.transaction('events').store.openCursor();
      while (cursor && out.length < limit) {
        out.push(cursor.value.event);
        cursor = await cursor.continue();
      }
      return out;
    },
    async remove(ids) {
      if (ids.length === 0) return;
      const tx = db.transaction('events', 'readwrite');
      for (const id of ids) {
        const key = await tx.store.index('id').getKey(id);
        if (key !== undefined) await tx.store.delete(key);
      }
      await tx.done;
    },
    count: () => db.count('events'),
    async counters() {
      const tx = db.transaction('meta');
      const [overflow, rejected, sent] = await Promise.all([
        tx.store.get('overflow'),
        tx.store.get('rejected'),
        tx.store.get('sent'),
      ]);
      return { overflow: overflow ?? 0, rejected: rejected ?? 0, sent: sent ?? 0 };
    },
    async bump(counter, by) {
      if (by === 0) return;
      const tx = db.transaction('meta', 'readwrite');
      await tx.store.put(((await tx.store.get(counter)) ?? 0) + by, counter);
      await tx.done;
    },
    close: () => db.close(),
  };
}

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Outbox, type OutboxLimits } from './outbox.ts';

const LIMITS: OutboxLimits = { maxEvents: 1000, maxBytes: 10_000_000, maxAgeMs: 86_400_000, maxRejected: 100 };
const open: Outbox[] = [];

function outbox(limits: Partial<OutboxLimits> = {}, now?: () => number, path?: string): Outbox {
  const file = path ?? join(mkdtempSync(join(tmpdir(), 'pdp-outbox-')), 'outbox.sqlite');
  const box = new Outbox(file, { ...LIMITS, ...limits }, now);
  open.push(box);
  return box;
}
const ev = (id: string, pad = '') => ({ id, json: JSON.stringify({ id, pad }) });

afterEach(() => {
  for (const box of open.splice(0)) box.close();
});

describe('Outbox', () => {
  it('stores each event id once, so an extension retry duplicates nothing', () => {
    const box = outbox();
    expect(box.insert([ev('a'), ev('b')]).inserted).toEqual(['a', 'b']);
    const again = box.insert([ev('b'), ev('c')]);
    expect(again.inserted).toEqual(['c']);
    expect(again.duplicates).toEqual(['b']);
    expect(box.stats().queueDepth).toBe(3);
  });

  it('stores nothing of a request that fails half-way', () => {
    const box = outbox();
    const bad = { id: 'x', json: null as unknown as string };
    expect(() => box.insert([ev('a'), bad])).toThrow();
    expect(box.stats().queueDepth).toBe(0);
  });

  it('re-sends an unacknowledged batch with the same id, also after reopening the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdp-outbox-'));
    const path = join(dir, 'outbox.sqlite');
    const first = outbox({}, undefined, path);
    first.insert([ev('a'), ev('b'), ev('c')]);
    const batch = first.claimBatch(2)!;
    expect(batch.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(batch.resumed).toBe(false);
    first.close();
    const second = outbox({}, undefined, path);
    const retry = second.claimBatch(2)!;
    expect(retry.batchId).toBe(batch.batchId);
    expect(retry.resumed).toBe(true);
    expect(retry.events.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('deletes acknowledged events, sets rejected ones aside and counts them', () => {
    const box = outbox();
    box.insert([ev('a'), ev('b'), ev('c')]);
    const batch = box.claimBatch(10)!;
    expect(box.acknowledge(batch, [{ id: 'b', reason: 'schema: bad 0912345678' }])).toEqual({ delivered: 2, rejected: 1 });
    const stats = box.stats();
    expect(stats.queueDepth).toBe(0);
    expect(stats.rejectedHeld).toBe(1);
    expect(stats.rejectedTotal).toBe(1);
    expect(stats.deliveredTotal).toBe(2);
    expect(box.claimBatch(10)).toBeNull();
    const reason = box.db.prepare("SELECT reason FROM outbox WHERE id = 'b'").get() as { reason: string };
    expect(reason.reason).not.toMatch(/\d{3,}/);
  });

  it('drops the oldest events when full, and counts them', () => {
    const box = outbox({ maxEvents: 3 });
    box.insert([ev('1'), ev('2'), ev('3')]);
    expect(box.insert([ev('4'), ev('5')]).dropped).toBe(2);
    const batch = box.claimBatch(10)!;
    expect(batch.events.map((e) => e.id)).toEqual(['3', '4', '5']);
    expect(box.stats().droppedTotal).toBe(2);
  });

  it('drops by total size as well', () => {
    const box = outbox({ maxBytes: 250 });
    box.insert([ev('1', 'x'.repeat(100)), ev('2', 'x'.repeat(100))]);
    box.insert([ev('3', 'x'.repeat(100))]);
    expect(box.stats().queueDepth).toBe(2);
    expect(box.stats().droppedTotal).toBe(1);
  });

  it('drops events older than the age bound', () => {
    let now = 1_000_000;
    const box = outbox({ maxAgeMs: 1000 }, () => now);
    box.insert([ev('old')]);
    now += 2000;
    box.insert([ev('new')]);
    expect(box.stats().queueDepth).toBe(1);
    expect(box.stats().droppedTotal).toBe(1);
  });

  it('returns a released batch to the queue', () => {
    const box = outbox();
    box.insert([ev('a'), ev('b')]);
    const batch = box.claimBatch(10)!;
    box.release(batch);
    const next = box.claimBatch(1)!;
    expect(next.batchId).not.toBe(batch.batchId);
    expect(next.events.map((e) => e.id)).toEqual(['a']);
  });

  it('runs with WAL and synchronous=FULL', () => {
    const box = outbox();
    expect(box.db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(box.db.prepare('PRAGMA synchronous').get()).toEqual({ synchronous: 2 });
  });
});

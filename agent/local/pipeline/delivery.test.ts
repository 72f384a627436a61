import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startRecordingHub, type RecordingHub } from '../../../test/helpers/recording-hub.ts';
import { silentLogger } from '../../common/logger.ts';
import { createHubFetch } from '../hub-http.ts';
import { Delivery } from './delivery.ts';
import { Outbox } from './outbox.ts';
import { Sink } from './sink.ts';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function setup(batchSize = 2) {
  const hub = await startRecordingHub();
  const outbox = new Outbox(join(mkdtempSync(join(tmpdir(), 'pdp-del-')), 'outbox.sqlite'), {
    maxEvents: 1000,
    maxBytes: 10_000_000,
    maxAgeMs: 86_400_000,
    maxRejected: 100,
  });
  const sink = new Sink({ hubUrl: hub.url, hubToken: hub.token, agentId: 'agent-1', fetch: createHubFetch() });
  const delivery = new Delivery({ outbox, sink, batchSize, flushIntervalMs: 60_000, logger: silentLogger(), random: () => 0 });
  cleanup.push(() => hub.close(), () => outbox.close(), () => delivery.stop());
  return { hub, outbox, delivery, sink };
}
const put = (outbox: Outbox, ...ids: string[]) => outbox.insert(ids.map((id) => ({ id, json: JSON.stringify({ id }) })));

describe('Delivery to a hub', () => {
  it('sends gzipped batches with the batch id as Idempotency-Key and deletes what the hub acknowledged', async () => {
    const { hub, outbox, delivery } = await setup(2);
    put(outbox, 'a', 'b', 'c');
    const result = await delivery.flush();
    expect(result).toMatchObject({ delivered: 3, remaining: 0, hubReachable: true, error: null });
    expect(hub.batches).toHaveLength(2);
    for (const batch of hub.batches) {
      expect(batch.gzip).toBe(true);
      expect(batch.idempotencyKey).toBe(batch.batchId);
      expect(batch.agentId).toBe('agent-1');
    }
    expect([...hub.events.keys()].sort()).toEqual(['a', 'b', 'c']);
  });

  it('keeps events through a 503 and resends the same batch id once the hub recovers', async () => {
    const { hub, outbox, delivery } = await setup(10);
    put(outbox, 'a', 'b');
    hub.failWith(503);
    const failed = await delivery.flush();
    expect(failed.delivered).toBe(0);
    expect(failed.remaining).toBe(2);
    expect(failed.error).toBe('http 503');
    expect(delivery.state.consecutiveFailures).toBe(1);
    hub.failWith(null);
    const ok = await delivery.flush();
    expect(ok.delivered).toBe(2);
    expect(hub.batches).toHaveLength(1);
    expect(hub.rawBodies.length).toBe(2);
    expect(delivery.state.consecutiveFailures).toBe(0);
  });

  it('tries again at once when told the hub is back, instead of waiting out the backoff', async () => {
    const { hub, outbox, sink } = await setup();
    const slow = new Delivery({ outbox, sink, batchSize: 10, flushIntervalMs: 60_000, logger: silentLogger(), random: () => 0.99, backoff: { baseMs: 60_000, capMs: 600_000 } });
    cleanup.push(() => slow.stop());
    slow.start();
    await new Promise((r) => setTimeout(r, 50)); // the start-up cycle, with nothing to send
    await hub.down();
    put(outbox, 'a');
    expect((await slow.flush()).remaining).toBe(1);
    expect(slow.state.nextAttemptAt! - Date.now()).toBeGreaterThan(60_000);
    await hub.up();
    await new Promise((r) => setTimeout(r, 300));
    expect(hub.events.has('a')).toBe(false); // still backing off
    slow.hubIsBack();
    for (let i = 0; i < 40 && !hub.events.has('a'); i++) await new Promise((r) => setTimeout(r, 50));
    expect(hub.events.has('a')).toBe(true);
  });

  it('keeps events while the hub is down (connection refused)', async () => {
    const { hub, outbox, delivery } = await setup();
    await hub.down();
    put(outbox, 'a');
    const result = await delivery.flush();
    expect(result).toMatchObject({ delivered: 0, remaining: 1, hubReachable: false, error: 'ECONNREFUSED' });
  });

  it('sets aside events the hub rejects, and whole batches on a 400, without retrying them', async () => {
    const { hub, outbox, delivery } = await setup(10);
    hub.rejectWhen((e) => (e.id === 'b' ? 'schema' : null));
    put(outbox, 'a', 'b');
    expect(await delivery.flush()).toMatchObject({ delivered: 1, rejected: 1, remaining: 0 });
    hub.rejectWhen(null);
    hub.failWith(400);
    put(outbox, 'c');
    expect(await delivery.flush()).toMatchObject({ delivered: 0, rejected: 1, remaining: 0 });
    expect(outbox.stats()).toMatchObject({ rejectedHeld: 2, rejectedTotal: 2 });
    hub.failWith(null);
    await delivery.flush();
    expect(hub.events.has('c')).toBe(false);
  });

  it('keeps events queued when the hub refuses the token', async () => {
    const { hub, outbox, delivery } = await setup();
    hub.failWith(401);
    put(outbox, 'a');
    const result = await delivery.flush();
    expect(result.remaining).toBe(1);
    expect(result.error).toMatch(/token/);
  });

  it('halves the batch on 413 until the hub takes it', async () => {
    const { hub, outbox, delivery } = await setup(4);
    put(outbox, 'a', 'b', 'c', 'd');
    hub.failNext(413);
    const result = await delivery.flush();
    expect(result.delivered).toBe(4);
    expect(hub.rawBodies).toHaveLength(3);
    expect(hub.batches.map((b) => b.events.length)).toEqual([2, 2]);
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { heartbeatSchema } from '../../shared/event/schema.ts';
import { startRecordingHub, type RecordingHub } from '../../test/helpers/recording-hub.ts';
import { silentLogger } from '../common/logger.ts';
import { Heartbeat } from './heartbeat.ts';
import { createHubFetch } from './hub-http.ts';
import { Outbox } from './pipeline/outbox.ts';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0)) await fn();
});

describe('Heartbeat', () => {
  it('posts §5 heartbeats with the queue depth, totals and extension last seen', async () => {
    const hub = await startRecordingHub();
    const outbox = new Outbox(join(mkdtempSync(join(tmpdir(), 'pdp-hb-')), 'o.sqlite'), { maxEvents: 2, maxBytes: 1e9, maxAgeMs: 1e12, maxRejected: 10 });
    cleanup.push(() => hub.close(), () => outbox.close());
    outbox.insert(['a', 'b', 'c'].map((id) => ({ id, json: '{}' })));
    const seen = Date.parse('2026-03-01T08:00:00.000Z');
    const hb = new Heartbeat({ hubUrl: hub.url, hubToken: hub.token, agentId: 'agent-7', agentVersion: '0.1.0', outbox, extensionLastSeen: () => seen, fetch: createHubFetch(), logger: silentLogger() });
    expect(await hb.send()).toBe(true);
    expect(hub.heartbeats).toHaveLength(1);
    const body = heartbeatSchema.parse(hub.heartbeats[0]);
    expect(body).toMatchObject({ agentId: 'agent-7', queueDepth: 2, dropped: 1, rejected: 0, extensionLastSeen: '2026-03-01T08:00:00.000Z' });
    // Nothing new since the last heartbeat: no extra one.
    expect(await hb.sendIfStale()).toBe(false);
    await hub.down();
    expect(await hb.send()).toBe(false);
    expect(hb.lastError).toBe('ECONNREFUSED');
    // The hub is back and has missed a heartbeat: the next chance sends one.
    await hub.up();
    expect(await hb.sendIfStale()).toBe(true);
    outbox.insert([{ id: 'd', json: '{}' }]);
    expect(await hb.sendIfStale()).toBe(true);
    expect(hub.heartbeats.at(-1)).toMatchObject({ dropped: 2 });
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PdpEvent } from '../../../shared/event/schema.ts';
import type { Report, Stats } from '../messages.ts';
import { ALARM_REFRESH, ALARM_RETRY, startBackground } from './main.ts';
import { SETTINGS_KEY } from './settings.ts';

// The agent at the edge of the world.
function fakeAgent() {
  const state = { up: true, status: 200, events: [] as PdpEvent[] };
  const fetch = (async (url: RequestInfo | URL, init?: RequestInit) => {
    if (!state.up) throw new TypeError('Failed to fetch');
    if (String(url).endsWith('/v1/policy')) return new Response('{"error":"not_found","detail":""}', { status: 404 });
    if (state.status !== 200) return new Response('{"error":"x","detail":""}', { status: state.status });
    const events = JSON.parse(String(init!.body)).events as PdpEvent[];
    state.events.push(...events);
    return new Response(JSON.stringify({ accepted: events.map((e) => e.id), rejected: [] }), { status: 200 });
  }) as typeof globalThis.fetch;
  return { state, fetch };
}

const report: Report = {
  site: 'https://claimed.example',
  channel: 'submit',
  action: 'warn',
  decision: 'proceeded',
  findings: [{ type: 'phone', category: 'basic', count: 1, distinct: 1, masked: ['********78'], rules: [], values: ['0912345678'] }],
  summary: { total: 1, distinct: 1, looksLikeList: false },
};

let n = 0;
let agent: ReturnType<typeof fakeAgent>;
let bg: ReturnType<typeof startBackground>;
const ours = () => ({ id: fakeBrowser.runtime.id, tab: { url: 'https://chat.example.com/room/1' } });
async function send(message: unknown, sender: object = ours()): Promise<unknown> {
  const results = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {});
  return results.find((r) => r !== undefined);
}

beforeEach(async () => {
  fakeBrowser.reset();
  (fakeBrowser.runtime as unknown as { getManifest: () => object }).getManifest = () => ({ version: '0.1.0' });
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { agentUrl: 'http://127.0.0.1:7381', agentToken: 't' } });
  agent = fakeAgent();
  bg = startBackground({ fetch: agent.fetch, outboxName: `main-test-${n++}` });
  await bg.booted;
});
afterEach(async () => {
  bg.dispose();
  (await bg.outbox()).close();
});

describe('service worker', () => {
  it('schedules the periodic policy refresh', async () => {
    expect(await fakeBrowser.alarms.get(ALARM_REFRESH)).toBeTruthy();
  });

  it("leaves other parts' messages alone and refuses foreign senders and malformed reports", async () => {
    expect(await send({ kind: 'pdp:scan-image' })).toBeUndefined();
    expect(await send({ kind: 'pdp:stats' }, { id: 'another-extension' })).toEqual({ ok: false, error: 'foreign sender' });
    const bad = (await send({ kind: 'pdp:report', report: { ...report, channel: 'carrier-pigeon' } })) as { ok: boolean; error: string };
    expect(bad.ok).toBe(false);
    expect(((await send({ kind: 'pdp:stats' })) as Stats).outbox.depth).toBe(0);
  });

  it('turns a report into an event for the tab, delivers it, and counts the detection', async () => {
    expect(await send({ kind: 'pdp:report', report })).toEqual({ ok: true });
    await bg.kick();
    expect(agent.state.events).toHaveLength(1);
    expect(agent.state.events[0]!.site).toBe('https://chat.example.com');
    expect(JSON.stringify(agent.state.events)).not.toContain('0912345678');
    const stats = (await send({ kind: 'pdp:stats' })) as Stats;
    expect(stats.detections).toBe(1);
    expect(stats.byType).toEqual({ phone: 1 });
    expect(stats.outbox.depth).toBe(0);
  });

  it('does not count a false-positive report as a detection', async () => {
    await send({ kind: 'pdp:false-positive', report });
    await bg.kick();
    expect(agent.state.events[0]!.decision).toBe('false_positive');
    expect(((await send({ kind: 'pdp:stats' })) as Stats).detections).toBe(0);
  });

  it('backs off while the agent is down and delivers on the retry alarm', async () => {
    agent.state.up = false;
    await send({ kind: 'pdp:report', report });
    await bg.kick();
    const alarm = await fakeBrowser.alarms.get(ALARM_RETRY);
    expect(alarm!.scheduledTime).toBeGreaterThan(Date.now());
    expect(((await send({ kind: 'pdp:stats' })) as Stats).outbox.depth).toBe(1);
    agent.state.up = true;
    await fakeBrowser.alarms.onAlarm.trigger({ name: ALARM_RETRY, scheduledTime: Date.now(), persistAcrossSessions: true });
    await bg.kick();
    expect(agent.state.events).toHaveLength(1);
    expect(await fakeBrowser.alarms.get(ALARM_RETRY)).toBeUndefined();
  });

  it('holds events for minutes, not seconds, when the token is refused', async () => {
    agent.state.status = 401;
    await send({ kind: 'pdp:report', report });
    const result = await bg.kick();
    expect(result.outcome).toBe('hold');
    const alarm = await fakeBrowser.alarms.get(ALARM_RETRY);
    expect(alarm!.scheduledTime - Date.now()).toBeGreaterThan(4 * 60_000);
    expect(((await send({ kind: 'pdp:stats' })) as Stats).agent.lastError).toBe('events: HTTP 401');
  });

  it('answers the policy in force', async () => {
    expect(await send({ kind: 'pdp:get-policy' })).toMatchObject({ source: 'default', protectionOn: true, policy: { version: 'builtin-1' } });
  });
});

// Every accepted event reaches the hub, stamped and anonymized; the policy and
// the heartbeat flow; the CLI drives the running agent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hubEventSchema, heartbeatSchema } from '../../shared/event/schema.ts';
import { DEFAULT_POLICY } from '../../shared/policy/schema.ts';
import { startRecordingHub, type RecordingHub } from '../helpers/recording-hub.ts';
import { runCli, startAgent, tempData, type AgentProcess } from './agent-process.ts';
import { makeEvent, postEvents, waitFor } from './events.ts';

const running: (AgentProcess | RecordingHub)[] = [];
afterEach(async () => {
  for (const r of running.splice(0).reverse()) await ('kill' in r ? r.kill() : r.close());
});

async function setup(args: string[] = []) {
  const hub = await startRecordingHub();
  running.push(hub);
  hub.setPolicy({ ...DEFAULT_POLICY, version: 'hub-7', defaultAction: 'block' });
  const agent = await startAgent({ hub: { url: hub.url, token: hub.token }, args: ['--flush-interval', '1', '--batch-size', '20', ...args] });
  running.push(agent);
  return { hub, agent };
}

describe('delivery to the hub', () => {
  it('delivers every accepted event exactly once, in gzipped §5 batches', async () => {
    const { hub, agent } = await setup();
    const sent: string[] = [];
    for (let r = 0; r < 6; r++) {
      const events = Array.from({ length: 11 }, () => makeEvent());
      const { status, body } = await postEvents(agent, events);
      expect(status).toBe(200);
      sent.push(...body.accepted);
    }
    expect(sent).toHaveLength(66);
    await waitFor(() => hub.events.size === 66, 'all events at the hub');
    expect([...hub.events.keys()].sort()).toEqual([...sent].sort());
    for (const batch of hub.batches) {
      expect(batch.gzip).toBe(true);
      expect(batch.idempotencyKey).toBe(batch.batchId);
      expect(batch.events.length).toBeLessThanOrEqual(20);
    }
    for (const event of hub.events.values()) {
      const parsed = hubEventSchema.parse(event);
      expect(parsed.user).toMatch(/^[0-9a-f]{16}$/);
      expect(parsed.agentVersion).toBe('0.1.0');
    }
    const status = await (await fetch(`${agent.url}/v1/status`, { headers: { authorization: `Bearer ${agent.token}` } })).json();
    expect(status).toMatchObject({ queueDepth: 0, hubReachable: true, oldestUndelivered: null, delivered: 66 });
    expect(status.lastDelivery).not.toBeNull();
  });

  it('brings the hub policy to the extension and sends heartbeats', async () => {
    const { hub, agent } = await setup(['--heartbeat-interval', '1']);
    await postEvents(agent, [makeEvent()], { origin: 'chrome-extension://mcpplmobpommgpacgcnlhamcempeeokm' });
    await waitFor(() => hub.policyRequests.length > 0, 'a policy pull');
    const res = await waitFor(async () => {
      const r = await fetch(`${agent.url}/v1/policy`, { headers: { authorization: `Bearer ${agent.token}` } });
      return r.headers.get('x-pdp-policy-source') === 'hub' ? r : null;
    }, 'the hub policy');
    expect(await res.json()).toMatchObject({ version: 'hub-7', defaultAction: 'block' });
    const beat = await waitFor(() => hub.heartbeats.find((h) => h.extensionLastSeen !== null), 'a heartbeat after the extension called');
    expect(heartbeatSchema.parse(beat)).toMatchObject({ agentVersion: '0.1.0', dropped: 0 });
  });

  it('sets aside events the hub rejects and reports them', async () => {
    const { hub, agent } = await setup(['--heartbeat-interval', '1']);
    hub.rejectWhen((e) => (e.decision === 'blocked' ? 'not_allowed' : null));
    const good = makeEvent();
    const refused = makeEvent({ decision: 'blocked' });
    await postEvents(agent, [good, refused]);
    await waitFor(() => hub.events.has(String(good.id)), 'the good event');
    const status = await waitFor(async () => {
      const s = await (await fetch(`${agent.url}/v1/status`, { headers: { authorization: `Bearer ${agent.token}` } })).json();
      return s.rejected === 1 ? s : null;
    }, 'the rejection counted');
    expect(status).toMatchObject({ queueDepth: 0, rejectedHeld: 1 });
    await waitFor(() => hub.heartbeats.find((h) => h.rejected === 1), 'the rejected count in a heartbeat');
  });

  it('drops the oldest events when the outbox is full and tells the hub once it is back', async () => {
    const hub = await startRecordingHub();
    running.push(hub);
    await hub.down();
    const agent = await startAgent({ hub: { url: hub.url, token: hub.token }, args: ['--flush-interval', '1', '--max-queue', '10'] });
    running.push(agent);
    // With nothing to deliver, the heartbeat alone tells that the hub is unreachable.
    await waitFor(async () => {
      const s = await (await fetch(`${agent.url}/v1/status`, { headers: { authorization: `Bearer ${agent.token}` } })).json();
      return s.hubReachable === false;
    }, 'the hub reported unreachable');
    const events = Array.from({ length: 25 }, () => makeEvent());
    for (const chunk of [events.slice(0, 10), events.slice(10, 20), events.slice(20)]) expect((await postEvents(agent, chunk)).status).toBe(200);
    const status = await (await fetch(`${agent.url}/v1/status`, { headers: { authorization: `Bearer ${agent.token}` } })).json();
    expect(status).toMatchObject({ queueDepth: 10, dropped: 15 });
    await hub.up();
    await waitFor(() => hub.events.size === 10, 'the 10 newest events');
    expect([...hub.events.keys()].sort()).toEqual(events.slice(15).map((e) => String(e.id)).sort());
    // The heartbeat sent on recovery carries the count, long before the 60 s period.
    const beat = await waitFor(() => hub.heartbeats.find((h) => h.dropped === 15), 'the dropped count at the hub');
    expect(beat.queueDepth).toBeLessThanOrEqual(10);
  });

  it('runs status, flush and enroll from the command line', async () => {
    const { hub, agent } = await setup(['--flush-interval', '3600']);
    await postEvents(agent, [makeEvent(), makeEvent()]);
    const status = await runCli(['status', '--json', '--data', agent.data, '--port', String(agent.port)]);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({ hubConfigured: true });
    const flush = await runCli(['flush', '--data', agent.data, '--port', String(agent.port)]);
    expect(flush.stderr).toBe('');
    expect(flush.code).toBe(0);
    expect(flush.stdout).toMatch(/remaining/);
    expect(hub.events.size).toBe(2);
    const human = await runCli(['status', '--data', agent.data, '--port', String(agent.port)]);
    expect(human.stdout).toMatch(/Queue: 0 events/);

    const data = tempData();
    const enroll = await runCli(['enroll', '--data', data, '--hub', hub.url, '--token', hub.token, '--name', 'UBND-PC-012']);
    expect(enroll.code).toBe(0);
    const file = JSON.parse(readFileSync(join(data, 'agent.json'), 'utf8'));
    expect(file).toMatchObject({ hub: hub.url, hubToken: hub.token, workstation: 'UBND-PC-012' });
    const enrolled = await startAgent({ data, args: ['--flush-interval', '1'] });
    running.push(enrolled);
    const event = makeEvent();
    await postEvents(enrolled, [event]);
    const arrived = await waitFor(() => hub.events.get(String(event.id)), 'the enrolled agent event');
    expect(arrived.workstation).toBe('UBND-PC-012');

    const down = await runCli(['status', '--data', tempData(), '--port', '1', '--token', 'x'.repeat(20)]);
    expect(down.code).toBe(2);
    expect(down.stderr).toMatch(/Cannot reach the agent/);
  });

  it('refuses a bad setting with a clear message naming it', async () => {
    const bad = await runCli(['--data', tempData(), '--flush-interval', 'soon']);
    expect(bad.code).toBe(64);
    expect(bad.stderr).toMatch(/flushInterval \(from --flush-interval\)/);
  });
});

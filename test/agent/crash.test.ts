// An acknowledged event survives kill -9 while the hub is down, and arrives
// exactly once when the agent restarts and the hub comes back.
import { afterEach, describe, expect, it } from 'vitest';
import { startRecordingHub, type RecordingHub } from '../helpers/recording-hub.ts';
import { runCli, startAgent, tempData, type AgentProcess } from './agent-process.ts';
import { makeEvent, postEvents, waitFor } from './events.ts';

const running: (AgentProcess | RecordingHub)[] = [];
afterEach(async () => {
  for (const r of running.splice(0).reverse()) await ('kill' in r ? r.kill() : r.close());
});

describe('crash safety', () => {
  it('loses nothing and duplicates nothing across SIGKILL while the hub is down', async () => {
    const hub = await startRecordingHub();
    running.push(hub);
    await hub.down();
    const first = await startAgent({ hub: { url: hub.url, token: hub.token }, args: ['--flush-interval', '1', '--batch-size', '50'] });
    running.push(first);
    const N = 400;
    const acknowledged: string[] = [];
    for (let r = 0; r < N / 50; r++) {
      const { status, body } = await postEvents(first, Array.from({ length: 50 }, () => makeEvent()));
      expect(status).toBe(200);
      acknowledged.push(...body.accepted);
    }
    expect(acknowledged).toHaveLength(N);
    // Let delivery fail against the dead hub at least once (batches claimed with ids).
    await waitFor(async () => {
      const s = await (await fetch(`${first.url}/v1/status`, { headers: { authorization: `Bearer ${first.token}` } })).json();
      return s.consecutiveFailures > 0;
    }, 'a failed delivery attempt');
    await first.kill('SIGKILL');
    expect(first.proc.signalCode).toBe('SIGKILL');

    await hub.up();
    const second = await startAgent({ data: first.data, hub: { url: hub.url, token: hub.token }, args: ['--flush-interval', '1', '--batch-size', '50'] });
    running.push(second);
    await waitFor(() => hub.events.size >= N, `${N} events at the hub`, 60_000);
    // Give any stray duplicate a moment to show up, then count.
    await new Promise((r) => setTimeout(r, 1500));
    expect(hub.events.size).toBe(N);
    expect(new Set(hub.events.keys())).toEqual(new Set(acknowledged));
    const status = await (await fetch(`${second.url}/v1/status`, { headers: { authorization: `Bearer ${second.token}` } })).json();
    expect(status.queueDepth).toBe(0);
  });

  it('stops cleanly on SIGTERM, keeping the queue for the next start', async () => {
    const first = await startAgent({ args: ['--flush-interval', '1'] });
    running.push(first);
    await postEvents(first, [makeEvent(), makeEvent()]);
    expect(await first.kill('SIGTERM')).toBe(0);
    const second = await startAgent({ data: first.data });
    running.push(second);
    const status = await (await fetch(`${second.url}/v1/status`, { headers: { authorization: `Bearer ${second.token}` } })).json();
    expect(status.queueDepth).toBe(2);
    expect(status.extensionLastSeen).not.toBeNull();
  });

  it('refuses to start a second agent on a port in use, with a clear message', async () => {
    const first = await startAgent();
    running.push(first);
    const second = await runCli(['--port', String(first.port), '--data', tempData()]);
    expect(second.code).toBe(69);
    expect(second.stderr).toMatch(new RegExp(`Port ${first.port} is already in use`));
  });

  it('resends a batch interrupted by a crash under the same Idempotency-Key', async () => {
    const hub = await startRecordingHub();
    running.push(hub);
    hub.failWith(503);
    const first = await startAgent({ hub: { url: hub.url, token: hub.token }, args: ['--flush-interval', '1'] });
    running.push(first);
    const events = Array.from({ length: 5 }, () => makeEvent());
    await postEvents(first, events);
    await waitFor(() => hub.rawBodies.some((b) => b.toString().includes('"batchId"')), 'a refused batch');
    const refused = JSON.parse(hub.rawBodies.find((b) => b.toString().includes('"batchId"'))!.toString()).batchId as string;
    await first.kill('SIGKILL');

    hub.failWith(null);
    const second = await startAgent({ data: first.data, hub: { url: hub.url, token: hub.token }, args: ['--flush-interval', '1'] });
    running.push(second);
    await waitFor(() => hub.events.size === 5, 'the events at the hub');
    expect(hub.batches[0].batchId).toBe(refused);
    expect(hub.batches[0].idempotencyKey).toBe(refused);
  });
});

// The deadline webhook with a fake clock and a local receiver: one message as
// an incident nears its 72-hour deadline, one when it passes, none twice,
// none after notification, and a retry after the receiver failed.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDeadlines } from '../../agent/hub/scheduler/deadline-watch.ts';
import { addAgentDirect } from './direct.ts';
import { ConsoleClient, FakeClock, makeEvent, PASSWORD, postBatch, seed, startHub, type RunningHub } from './harness.ts';

describe('deadline webhook', () => {
  let hub: RunningHub;
  let receiver: Server;
  const received: { kind: string; incident: { number: string }; text: string }[] = [];
  let failNext = false;
  const clock = new FakeClock('2026-05-04T02:00:00.000Z');

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        if (failNext) {
          failNext = false;
          res.writeHead(503).end();
          return;
        }
        received.push(JSON.parse(body));
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
    const { port } = receiver.address() as { port: number };
    hub = await startHub({ clock, config: { webhookUrl: `http://127.0.0.1:${port}/hook`, sessionTtlMs: 365 * 86400_000 } });
  });
  afterAll(async () => {
    await hub?.close();
    await new Promise((r) => receiver.close(r));
  });

  it('posts near, then overdue, once each, and retries a failed post', async () => {
    const { token } = await seed(hub);
    await postBatch(hub.url, token, [makeEvent({ site: 'https://webhook.example.com', occurredAt: '2026-05-04T01:59:00.000Z' })]);
    expect(await checkDeadlines(hub.deps)).toEqual([]);
    clock.advance(61 * 3600_000); // 11 h left
    failNext = true;
    expect(await checkDeadlines(hub.deps)).toEqual([]);
    expect(received).toHaveLength(0);
    const near = await checkDeadlines(hub.deps);
    expect(near.map((m) => m.kind)).toEqual(['deadline_near']);
    expect(received[0].text).toContain('còn dưới 12 giờ');
    expect(await checkDeadlines(hub.deps)).toEqual([]);
    clock.advance(12 * 3600_000);
    expect((await checkDeadlines(hub.deps)).map((m) => m.kind)).toEqual(['deadline_overdue']);
    expect(await checkDeadlines(hub.deps)).toEqual([]);
    expect(received.map((m) => m.kind)).toEqual(['deadline_near', 'deadline_overdue']);
  });

  it('stays quiet for incidents judged not a breach', async () => {
    const dpo = new ConsoleClient(hub.url);
    await dpo.login('dpo', PASSWORD);
    const token = await addAgentDirect(hub.deps, 'PC-W2');
    await postBatch(hub.url, token, [makeEvent({ site: 'https://quiet.example.com', user: 'aaaabbbbccccdddd' })]);
    const id = (await dpo.json('GET', '/api/incidents?site=quiet')).body.items[0].id;
    await dpo.json('PATCH', `/api/incidents/${id}`, { status: 'investigating' });
    await dpo.json('PATCH', `/api/incidents/${id}`, { status: 'not_a_breach', reason: 'test data' });
    clock.advance(100 * 3600_000);
    const before = received.length;
    await checkDeadlines(hub.deps);
    expect(received.slice(before).map((m) => m.incident.number)).not.toContain((await dpo.json('GET', `/api/incidents/${id}`)).body.number);
  });
});

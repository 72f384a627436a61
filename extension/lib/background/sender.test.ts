import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PdpEvent } from '../../../shared/event/schema.ts';
import { readAgentStatus } from './agent-status.ts';
import { openOutbox, type Outbox } from './outbox.ts';
import { fitBatch, flushOutbox } from './sender.ts';
import { sampleEvent } from './test-events.ts';

const agent = { url: 'http://127.0.0.1:7381', token: 'tok', managed: false };

type Handler = (events: PdpEvent[], headers: Record<string, string>) => Response | Promise<Response>;
// The agent at the edge of the world: records each request, answers as told.
function fakeAgent(handler: Handler) {
  const requests: { events: PdpEvent[]; headers: Record<string, string> }[] = [];
  const fetch = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    const events = JSON.parse(String(init!.body)).events as PdpEvent[];
    const headers = init!.headers as Record<string, string>;
    requests.push({ events, headers });
    return handler(events, headers);
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
const acceptAll: Handler = (events) => json({ accepted: events.map((e) => e.id), rejected: [] });

let box: Outbox;
let n = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  box = await openOutbox({ name: `sender-test-${n++}` });
});
afterEach(() => box.close());

async function fill(count: number) {
  const events = Array.from({ length: count }, () => sampleEvent());
  for (const e of events) await box.add(e);
  return events;
}

describe('flushOutbox', () => {
  it('sends with the bearer token and deletes what the agent accepted', async () => {
    await fill(3);
    const a = fakeAgent(acceptAll);
    const r = await flushOutbox({ outbox: box, fetch: a.fetch, agent });
    expect(r).toMatchObject({ outcome: 'done', sent: 3, remaining: 0 });
    expect(a.requests[0]!.headers.authorization).toBe('Bearer tok');
    expect((await box.counters()).sent).toBe(3);
    expect((await readAgentStatus()).lastSuccessAt).not.toBeNull();
  });

  it('sends at most 100 events per request', async () => {
    await fill(250);
    const a = fakeAgent(acceptAll);
    await flushOutbox({ outbox: box, fetch: a.fetch, agent });
    expect(a.requests.map((q) => q.events.length)).toEqual([100, 100, 50]);
  });

  it('drops and counts events the agent rejects, keeps the ones it did not mention', async () => {
    const [a1, a2, a3] = await fill(3);
    let call = 0;
    const a = fakeAgent(() =>
      call++ === 0 ? json({ accepted: [a1!.id], rejected: [{ id: a2!.id, reason: 'bad' }] }) : json({ accepted: [], rejected: [] }),
    );
    const r = await flushOutbox({ outbox: box, fetch: a.fetch, agent });
    expect(r.outcome).toBe('retry');
    expect((await box.peek(10)).map((e) => e.id)).toEqual([a3!.id]);
    expect(await box.counters()).toEqual({ overflow: 0, rejected: 1, sent: 1 });
  });

  it('keeps everything on a network error, 429 or 5xx', async () => {
    await fill(2);
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await flushOutbox({ outbox: box, fetch: down, agent })).toMatchObject({ outcome: 'retry', remaining: 2 });
    expect((await readAgentStatus()).lastError).toBe('network: TypeError');
    const busy = fakeAgent(() => new Response('{}', { status: 429, headers: { 'retry-after': '7' } }));
    expect(await flushOutbox({ outbox: box, fetch: busy.fetch, agent })).toMatchObject({ outcome: 'retry', retryAfter: 7, remaining: 2 });
    const broken = fakeAgent(() => json({ error: 'internal', detail: '' }, 503));
    expect(await flushOutbox({ outbox: box, fetch: broken.fetch, agent })).toMatchObject({ outcome: 'retry', remaining: 2 });
  });

  it('holds events when the token is refused', async () => {
    await fill(2);
    const a = fakeAgent(() => json({ error: 'unauthorized', detail: 'bad token' }, 401));
    expect(await flushOutbox({ outbox: box, fetch: a.fetch, agent })).toMatchObject({ outcome: 'hold', remaining: 2 });
    expect((await box.counters()).rejected).toBe(0);
  });

  it('isolates one event that makes the whole request fail', async () => {
    const events = await fill(4);
    const bad = events[2]!.id;
    const a = fakeAgent((batch) =>
      batch.some((e) => e.id === bad) ? json({ error: 'invalid', detail: 'events[0]' }, 400) : acceptAll(batch, {}),
    );
    const r = await flushOutbox({ outbox: box, fetch: a.fetch, agent });
    expect(r).toMatchObject({ outcome: 'done', sent: 3, rejected: 1, remaining: 0 });
    expect((await box.counters()).rejected).toBe(1);
  });

  it('ignores ids in the answer that were not sent', async () => {
    await fill(1);
    const a = fakeAgent(() => json({ accepted: ['someone-else'], rejected: [] }));
    expect(await flushOutbox({ outbox: box, fetch: a.fetch, agent })).toMatchObject({ outcome: 'retry', remaining: 1 });
  });
});

describe('fitBatch', () => {
  it('keeps the request body under the byte limit', () => {
    const events = Array.from({ length: 10 }, () => sampleEvent());
    const one = JSON.stringify(events[0]).length;
    const fitted = fitBatch(events, one * 3 + 20);
    expect(fitted.length).toBe(3);
    expect(fitBatch(events, 10)).toHaveLength(1);
  });
});

// Two hub instances on one PostgreSQL database, as behind a load balancer:
// overlapping batches sent to both at once are stored once, grouped into one
// incident, and a session opened on one instance works on the other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { addAgentDirect, addUserDirect } from './direct.ts';
import { ConsoleClient, makeEvent, PASSWORD, postBatch, startHub, type RunningHub } from './harness.ts';

describe('several hub instances on one PostgreSQL database', () => {
  let pg: TestPostgres;
  let a: RunningHub;
  let b: RunningHub;

  beforeAll(async () => {
    pg = await startPostgres();
    // Both start (and migrate) at the same time.
    [a, b] = await Promise.all([startHub({ databaseUrl: pg.url }), startHub({ databaseUrl: pg.url })]);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await pg?.stop();
  });

  it('stores overlapping concurrent batches once and shares sessions', async () => {
    const token = await addAgentDirect(a.deps, 'PC-LB-01', 'Một cửa');
    await addUserDirect(a.deps, 'dpo', 'dpo', PASSWORD);
    const site = 'https://lb.example.com';
    const pool = Array.from({ length: 120 }, (_, i) => makeEvent({ site, user: '0f0f0f0f0f0f0f0f', occurredAt: new Date(Date.UTC(2026, 2, 2, 3, 0, i)).toISOString() }));
    const batches = Array.from({ length: 10 }, (_, k) => pool.filter((_, i) => (i + k) % 4 !== 0));
    const results = await Promise.all(batches.map((events, k) => postBatch(k % 2 ? b.url : a.url, token, events)));
    expect(results.map((r) => r.status)).toEqual(batches.map(() => 200));
    const accepted = results.flatMap((r) => r.body.accepted);
    expect(accepted.length).toBe(pool.length);
    expect(new Set(accepted).size).toBe(pool.length);
    const n = await a.deps.store.db.get<{ n: number }>('SELECT count(*) AS n FROM events');
    expect(Number(n!.n)).toBe(pool.length);

    const onA = new ConsoleClient(a.url);
    await onA.login('dpo', PASSWORD);
    const onB = new ConsoleClient(b.url);
    onB.cookie = onA.cookie;
    onB.csrf = onA.csrf;
    const list = await onB.json('GET', '/api/incidents?site=lb.example.com');
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(1);
    expect(list.body.items[0].eventCount).toBe(pool.length);
    const numbers = await a.deps.store.db.all<{ number: string }>('SELECT number FROM incidents');
    expect(new Set(numbers.map((x) => x.number)).size).toBe(numbers.length);
  });
});

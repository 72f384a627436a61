// npm run bench:hub — ingestion rate and incident-list latency of the hub, on
// SQLite and on PostgreSQL (a throwaway server from Debian's binaries, or
// PDP_TEST_DATABASE_URL). Prints a table; asserts nothing.
//   PDP_BENCH_EVENTS  events to ingest over HTTP (default 100000)
//   PDP_BENCH_BULK    events bulk-loaded for the list query (default 1000000)
//   PDP_BENCH_AGENTS  concurrent agents (default 4)
//   PDP_BENCH_SKIP_PG=1 to run SQLite only
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { serve } from '@hono/node-server';
import pino from 'pino';
import { createApp } from '../../agent/hub/app.ts';
import { DEFAULT_CONFIG, type HubDeps } from '../../agent/hub/deps.ts';
import { loadEngine } from '../../agent/hub/privacy/engine.ts';
import { openStore } from '../../agent/hub/store/store.ts';
import { startPostgres } from '../helpers/postgres.ts';
import { bulkLoad, EVENTS_PER_INCIDENT } from './hub-bulk.ts';
import { addAgentDirect, addUserDirect } from '../hub/direct.ts';
import { ConsoleClient, makeEvent } from '../hub/harness.ts';

const INGEST_EVENTS = Number(process.env.PDP_BENCH_EVENTS ?? 100_000);
const BULK_EVENTS = Number(process.env.PDP_BENCH_BULK ?? 1_000_000);
const BATCH = 1000;
const AGENTS = Number(process.env.PDP_BENCH_AGENTS ?? 4);

async function startBenchHub(databaseUrl?: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'pdp-hub-bench-'));
  const store = await openStore({ dataDir, databaseUrl });
  const deps: HubDeps = { store, clock: { now: () => new Date() }, fetch, logger: pino({ level: 'silent' }), config: { ...DEFAULT_CONFIG }, ...(await loadEngine()) };
  const app = createApp(deps);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return { deps, url, close: async () => (await new Promise((r) => server.close(r)), await store.close(), rmSync(dataDir, { recursive: true, force: true })) };
}

/**
 * AGENTS workstations post batches of BATCH events in parallel over HTTP,
 * from a worker thread, so the load generator does not share the hub's thread.
 */
async function ingestRate(url: string, tokens: string[]): Promise<{ rate: number; perCpuSecond: number }> {
  const worker = new Worker(new URL(import.meta.url), { workerData: { url, tokens, events: INGEST_EVENTS } });
  // The hub thread's own CPU time while the batches arrive: a figure that
  // does not depend on how busy the rest of the machine is.
  let cpuAtStart = process.threadCpuUsage();
  const result = await new Promise<{ rate?: number; events?: number; error?: string }>((resolve, reject) => {
    worker.on('message', (m: { phase?: string; rate?: number; events?: number; error?: string }) => {
      if (m.phase === 'start') cpuAtStart = process.threadCpuUsage();
      else resolve(m);
    });
    worker.once('error', reject);
  });
  const cpu = process.threadCpuUsage(cpuAtStart);
  await worker.terminate();
  if (result.error) throw new Error(result.error);
  return { rate: result.rate!, perCpuSecond: result.events! / ((cpu.user + cpu.system) / 1e6) };
}

async function postFromWorker(url: string, tokens: string[], total: number): Promise<{ rate: number; events: number }> {
  const perAgent = Math.ceil(total / BATCH / tokens.length);
  const body = (a: number, b: number) => {
    const base = Date.UTC(2026, 3, 1) + (a * perAgent + b) * 60_000;
    const events = Array.from({ length: BATCH }, (_, i) =>
      makeEvent({
        // One workstation's batch: its (at most two) users on twenty sites.
        user: (a * 1000 + (i % 2)).toString(16).padStart(16, '0'),
        site: `https://site${i % 20}.example.com`,
        occurredAt: new Date(base + i).toISOString(),
        findings: [{ type: i % 3 ? 'phone' : 'cccd', category: 'basic', count: 2, distinct: 2, masked: ['********78'], tags: ['0a1b', '2c3d'] }],
      }),
    );
    return JSON.stringify({ batchId: randomUUID(), agentId: `bench-${a}`, events });
  };
  // Bodies are built before the clock starts: the figure is the hub's.
  const bodies = tokens.map((_, a) => Array.from({ length: perAgent }, (_, b) => body(a, b)));
  parentPort!.postMessage({ phase: 'start' });
  const t0 = performance.now();
  await Promise.all(
    tokens.map(async (token, a) => {
      for (const b of bodies[a]) {
        const res = await fetch(`${url}/v1/batches`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: b });
        const r = (await res.json()) as { accepted: string[] };
        if (r.accepted.length !== BATCH) throw new Error(`batch not fully accepted: ${JSON.stringify(r).slice(0, 200)}`);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  return { rate: (tokens.length * perAgent * BATCH) / seconds, events: tokens.length * perAgent * BATCH };
}

const QUERIES = [
  '/api/incidents',
  '/api/incidents?status=new,investigating',
  '/api/incidents?severity=high,very_high&sort=severity',
  '/api/incidents?type=health',
  '/api/incidents?site=site42.example.com',
  '/api/incidents?q=PC-123',
  '/api/incidents?sort=deadline&order=asc&status=new',
  '/api/incidents?from=2025-07-01&to=2025-07-31',
  '/api/incidents?page=200&pageSize=50',
  '/api/incidents?sort=eventCount',
];

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

async function listP95(url: string, client: ConsoleClient) {
  const times: number[] = [];
  const perShape = new Map<string, number[]>();
  for (const q of QUERIES) await client.json('GET', q); // warm-up
  for (let round = 0; round < 10; round++) {
    for (const q of QUERIES) {
      const t0 = performance.now();
      const r = await client.json('GET', q);
      const ms = performance.now() - t0;
      times.push(ms);
      (perShape.get(q) ?? perShape.set(q, []).get(q)!).push(ms);
      if (r.status !== 200) throw new Error(`${q}: ${r.status}`);
    }
  }
  times.sort((a, b) => a - b);
  const shapes = [...perShape.entries()].map(([q, t]) => ({ q, p95: pct(t.sort((a, b) => a - b), 0.95) }));
  return { p50: pct(times, 0.5), p95: pct(times, 0.95), n: times.length, shapes };
}

async function benchOne(name: string, databaseUrl?: string) {
  const hub = await startBenchHub(databaseUrl);
  try {
    const tokens = await Promise.all(Array.from({ length: AGENTS }, (_, i) => addAgentDirect(hub.deps, `BENCH-${i}`)));
    const { rate, perCpuSecond } = await ingestRate(hub.url, tokens);
    const t0 = performance.now();
    await bulkLoad(hub.deps.store.db, BULK_EVENTS);
    const loadSeconds = (performance.now() - t0) / 1000;
    const stored = Number((await hub.deps.store.db.get<{ n: number }>('SELECT count(*) AS n FROM events'))!.n);
    await addUserDirect(hub.deps, 'bench', 'dpo', 'bench password 123');
    const client = new ConsoleClient(hub.url);
    await client.login('bench', 'bench password 123');
    const list = await listP95(hub.url, client);
    return { name, rate, perCpuSecond, stored, loadSeconds, ...list };
  } finally {
    await hub.close();
  }
}

if (!isMainThread) {
  const { url, tokens, events } = workerData as { url: string; tokens: string[]; events: number };
  postFromWorker(url, tokens, events).then(
    (r) => parentPort!.postMessage(r),
    (e: Error) => parentPort!.postMessage({ error: e.message }),
  );
} else {
  await main();
}

async function main() {
const rows = [await benchOne('SQLite')];
if (process.env.PDP_BENCH_SKIP_PG !== '1') {
  const pg = await startPostgres();
  try {
    rows.push(await benchOne('PostgreSQL', pg.url));
  } finally {
    await pg.stop();
  }
}

console.log(`\nPDP Guard hub benchmark (${INGEST_EVENTS.toLocaleString('en')} events ingested over HTTP in batches of ${BATCH} from ${AGENTS} agents; list query over ${BULK_EVENTS.toLocaleString('en')}+ stored events, ${QUERIES.length} query shapes × 10)`);
console.log('| store | ingestion (events/s) | per hub-thread CPU-second | target | events stored | bulk load (s) | list p50 (ms) | list p95 (ms) | target |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.name} | ${Math.round(r.rate).toLocaleString('en')} | ${Math.round(r.perCpuSecond).toLocaleString('en')} | ${r.name === 'SQLite' ? '≥ 20,000' : '—'} | ${r.stored.toLocaleString('en')} | ${r.loadSeconds.toFixed(1)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | < 150 |`);
}
console.log('\nlist p95 by query shape (ms):');
console.log(`| query | ${rows.map((r) => r.name).join(' | ')} |`);
console.log(`|---|${rows.map(() => '---').join('|')}|`);
for (const q of QUERIES) console.log(`| \`${q.replace('/api/incidents', '') || '(none)'}\` | ${rows.map((r) => r.shapes.find((x) => x.q === q)!.p95.toFixed(1)).join(' | ')} |`);
process.exit(0);
}

// npm run bench:agent — figures for the local agent, measured on the real
// process over loopback: start-up time, idle memory, events accepted per
// second with durable (fsynced) writes, and delivery throughput to a hub.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { startRecordingHub } from '../helpers/recording-hub.ts';
import { AGENT_NODE_FLAGS, freePort, startAgent, tempData } from '../agent/agent-process.ts';
import { makeEvent } from '../agent/events.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const PER_REQUEST = Number(process.env.BENCH_EVENTS_PER_REQUEST ?? 20);

/** VmRSS, and its private (anonymous) and file-backed parts, in MB. */
function memory(pid: number): { rss: number; anon: number; file: number } {
  const lines = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n');
  const kb = (key: string) => Number(lines.find((l) => l.startsWith(`${key}:`))!.replace(/\D+/g, '')) / 1024;
  return { rss: kb('VmRSS'), anon: kb('RssAnon'), file: kb('RssFile') };
}

/** CPU seconds (user + system) the process has used so far. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const hub = await startRecordingHub();
  await hub.down();
  const hubInfo = { url: hub.url, token: hub.token };

  // Start-up: spawn to first 200 on /v1/status.
  const data = tempData();
  const port = await freePort();
  const t0 = performance.now();
  const agent = await startAgent({ data, port, hub: hubInfo, args: ['--rate-limit', '1000000', '--flush-interval', '3600', '--max-queue', '10000000'], env: { PDP_LOG_LEVEL: 'info' } });
  const auth = { authorization: `Bearer ${agent.token}` };
  for (;;) {
    const res = await fetch(`${agent.url}/v1/status`, { headers: auth }).catch(() => null);
    if (res?.status === 200) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  const startupMs = performance.now() - t0;

  await new Promise((r) => setTimeout(r, 2000));
  const idle = memory(agent.proc.pid!);

  // Ingest with the hub down: every answer means the batch is fsynced in the outbox.
  const body = () => JSON.stringify({ events: Array.from({ length: PER_REQUEST }, () => makeEvent({ id: randomUUID(), justification: 'Gửi hồ sơ cho phòng tiếp dân, CCCD 079203001234' })) });
  // Bodies are made before the clock starts, so the client's own CPU stays out of the figure.
  const pool = Array.from({ length: Math.ceil((SECONDS * 4000) / PER_REQUEST) }, body);
  let next = 0;
  let accepted = 0;
  let requests = 0;
  let failures = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const cpuBefore = cpuSeconds(agent.proc.pid!);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const res = await fetch(`${agent.url}/v1/events`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: pool[next++] ?? body() });
        const answer = (await res.json()) as { accepted?: string[] };
        requests += 1;
        if (res.status === 200) accepted += answer.accepted!.length;
        else failures += 1;
      }
    }),
  );
  const ingestSeconds = (performance.now() - started) / 1000;
  const agentCpu = cpuSeconds(agent.proc.pid!) - cpuBefore;
  const loaded = memory(agent.proc.pid!);

  // Delivery: bring the hub up and time the drain of the queue.
  await hub.up();
  const d0 = performance.now();
  const flush = await fetch(`${agent.url}/v1/flush`, { method: 'POST', headers: auth });
  const flushed = (await flush.json()) as { delivered: number; remaining: number };
  const deliverSeconds = (performance.now() - d0) / 1000;
  await agent.kill();
  await hub.close();

  console.log(`PDP Guard local agent benchmark (real process, loopback, SQLite WAL + synchronous=FULL; node ${AGENT_NODE_FLAGS.join(' ')}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
  console.log(`  start-up to first 200 on /v1/status : ${fmt(startupMs)} ms`);
  console.log(`  idle memory (VmRSS)                  : ${fmt(idle.rss, 1)} MB   (target < 80 MB) = ${fmt(idle.anon, 1)} MB private + ${fmt(idle.file, 1)} MB file-backed (the Node binary's pages, shared)`);
  console.log(`  events accepted, durable             : ${fmt(accepted / ingestSeconds)} events/s   (target ≥ 2,000/s; ${fmt(accepted)} events in ${fmt(ingestSeconds, 1)} s, ${CONCURRENCY} clients × ${PER_REQUEST} events/request, ${fmt(requests / ingestSeconds)} requests/s, ${failures} non-200)`);
  console.log(`  agent CPU while ingesting            : ${fmt(agentCpu, 1)} s of ${fmt(ingestSeconds, 1)} s wall = ${fmt(accepted / agentCpu)} events per CPU-second (what one free core sustains; fsync waits excluded)`);
  console.log(`  memory after ingest (VmRSS)          : ${fmt(loaded.rss, 1)} MB (${fmt(loaded.anon, 1)} MB private)`);
  console.log(`  delivery to a local hub              : ${fmt(flushed.delivered / deliverSeconds)} events/s   (${fmt(flushed.delivered)} events in ${fmt(deliverSeconds, 1)} s, gzip batches of 200; ${flushed.remaining} left)`);
  console.log(`  hub received                         : ${fmt(hub.events.size)} distinct events in ${hub.batches.length} batches`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

// npm run bench:agent — figures for the local agent, measured on the real
// process over loopback, started the way users run it (the deployed V8 flags
// and Node's compile cache): start-up time, idle memory, events accepted per
// second with durable (fsynced) writes, and delivery throughput to a hub.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRecordingHub } from '../helpers/recording-hub.ts';
import { AGENT_NODE_FLAGS, freePort, startAgent, tempData, type AgentProcess } from '../agent/agent-process.ts';
import { makeEvent } from '../agent/events.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const PER_REQUEST = Number(process.env.BENCH_EVENTS_PER_REQUEST ?? 20);
const IDLE_SETTLE_MS = 3000;

/** Outbox commits (fsyncs) and the events they wrote, from the agent's /metrics. */
async function commits(agent: AgentProcess): Promise<{ commits: number; events: number }> {
  const text = await (await fetch(`${agent.url}/metrics`, { headers: { authorization: `Bearer ${agent.token}` } })).text();
  const value = (name: string) => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);
  return { commits: value('pdp_agent_outbox_commits_total'), events: value('pdp_agent_outbox_committed_events_total') };
}

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

/** Busy and total jiffies of the whole machine (all cores), to tell how contended it was. */
function machineJiffies(): { busy: number; total: number } {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  const total = cpu.reduce((a, b) => a + b, 0);
  return { busy: total - cpu[3] - cpu[4], total }; // idle, iowait
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const mem = (m: { rss: number; anon: number; file: number }) => `${fmt(m.rss, 1)} MB VmRSS = ${fmt(m.anon, 1)} MB private + ${fmt(m.file, 1)} MB file-backed`;

/** Spawn to the first 200 on /v1/status. */
async function timedStart(options: Parameters<typeof startAgent>[0]): Promise<{ agent: AgentProcess; ms: number }> {
  const t0 = performance.now();
  const agent = await startAgent(options);
  for (;;) {
    const res = await fetch(`${agent.url}/v1/status`, { headers: { authorization: `Bearer ${agent.token}` } }).catch(() => null);
    if (res?.status === 200) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  return { agent, ms: performance.now() - t0 };
}

async function main(): Promise<void> {
  const loadBefore = load();
  const hub = await startRecordingHub();
  await hub.down();
  const hubInfo = { url: hub.url, token: hub.token };
  const data = tempData();
  const port = await freePort();
  // A fresh compile cache: the first start strips the TypeScript and fills it
  // (what happens once after an install or upgrade), every later start reads it.
  const env = { PDP_LOG_LEVEL: 'info', NODE_COMPILE_CACHE: mkdtempSync(join(tmpdir(), 'pdp-agent-bench-cache-')) };
  const args = ['--rate-limit', '1000000', '--flush-interval', '3600', '--max-queue', '10000000'];

  const cold = await timedStart({ data, port, hub: hubInfo, args, env });
  await new Promise((r) => setTimeout(r, IDLE_SETTLE_MS));
  const coldIdle = memory(cold.agent.proc.pid!);
  await cold.agent.kill('SIGTERM');

  const warm = await timedStart({ data, port, hub: hubInfo, args, env });
  const agent = warm.agent;
  const auth = { authorization: `Bearer ${agent.token}` };
  await new Promise((r) => setTimeout(r, IDLE_SETTLE_MS));
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
  const commitsBefore = await commits(agent);
  const cpuBefore = cpuSeconds(agent.proc.pid!);
  const ownCpuBefore = process.cpuUsage();
  const machineBefore = machineJiffies();
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
  const ownCpu = process.cpuUsage(ownCpuBefore);
  const machineAfter = machineJiffies();
  const machineBusy = (machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total);
  const loadDuring = load();
  const loaded = memory(agent.proc.pid!);
  const commitsAfter = await commits(agent);
  const fsyncs = commitsAfter.commits - commitsBefore.commits;
  const perCommit = (commitsAfter.events - commitsBefore.events) / fsyncs;

  // Delivery: bring the hub up and time the drain of the queue.
  await hub.up();
  const d0 = performance.now();
  const flush = await fetch(`${agent.url}/v1/flush`, { method: 'POST', headers: auth });
  const flushed = (await flush.json()) as { delivered: number; remaining: number };
  const deliverSeconds = (performance.now() - d0) / 1000;
  await new Promise((r) => setTimeout(r, IDLE_SETTLE_MS));
  const idleAfter = memory(agent.proc.pid!);
  await new Promise((r) => setTimeout(r, 5 * IDLE_SETTLE_MS));
  const idleLater = memory(agent.proc.pid!);
  await agent.kill();
  await hub.close();

  const perCpu = accepted / agentCpu;
  console.log(`PDP Guard local agent benchmark (real process, loopback, SQLite WAL + synchronous=FULL)`);
  console.log(`  node ${AGENT_NODE_FLAGS.join(' ')}, NODE_COMPILE_CACHE set; ${CONCURRENCY} clients × ${PER_REQUEST} events/request, ${SECONDS} s`);
  console.log(`  machine load average (1/5/15 min)    : ${loadBefore} before, ${loadDuring} after ingesting; both cores ${fmt(machineBusy * 100)}% busy while ingesting`);
  console.log(`  start-up to first 200 on /v1/status : ${fmt(warm.ms)} ms (first start after install, empty compile cache: ${fmt(cold.ms)} ms)`);
  console.log(`  idle memory                          : ${mem(idle)}   (target < 80 MB)`);
  console.log(`  idle memory, first start (no cache)  : ${mem(coldIdle)}   (Node's TypeScript stripper loaded)`);
  console.log(`  events accepted, durable             : ${fmt(accepted / ingestSeconds)} events/s wall clock   (target ≥ 2,000/s; ${fmt(accepted)} events in ${fmt(ingestSeconds, 1)} s, ${fmt(requests / ingestSeconds)} requests/s, ${failures} non-200)`);
  console.log(`  group commit                         : ${fmt(fsyncs)} commits (fsyncs), ${fmt(perCommit, 1)} events per commit`);
  console.log(`  agent CPU while ingesting            : ${fmt(agentCpu, 1)} s of ${fmt(ingestSeconds, 1)} s wall = ${fmt(perCpu)} events per CPU-second (the rate one free core sustains; the bench client used ${fmt((ownCpu.user + ownCpu.system) / 1e6, 1)} CPU-s)`);
  console.log(`  memory after ingest                  : ${mem(loaded)}`);
  console.log(`  delivery to a local hub              : ${fmt(flushed.delivered / deliverSeconds)} events/s   (${fmt(flushed.delivered)} events in ${fmt(deliverSeconds, 1)} s, gzip batches of 200; ${flushed.remaining} left)`);
  console.log(`  idle memory after ingest + delivery  : ${mem(idleAfter)} after ${IDLE_SETTLE_MS / 1000} s, ${mem(idleLater)} after ${(6 * IDLE_SETTLE_MS) / 1000} s`);
  console.log(`  hub received                         : ${fmt(hub.events.size)} distinct events in ${hub.batches.length} batches`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

// Shared set-up for the hub's cross-process tests: a hub on a real loopback
// socket (in-process createApp + serve, or the real CLI process), a logged-in
// console client with its cookie and CSRF token, and event factories.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import pino from 'pino';
import { createApp } from '../../agent/hub/app.ts';
import { addUserDirect, addAgentDirect } from './direct.ts';
import { DEFAULT_CONFIG, type Clock, type HubConfig, type HubDeps } from '../../agent/hub/deps.ts';
import { loadEngine } from '../../agent/hub/privacy/engine.ts';
import { openStore } from '../../agent/hub/store/store.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

export class FakeClock implements Clock {
  t: number;
  constructor(iso: string) {
    this.t = Date.parse(iso);
  }
  now() {
    return new Date(this.t);
  }
  advance(ms: number) {
    this.t += ms;
  }
}

export interface RunningHub {
  url: string;
  deps: HubDeps;
  dataDir: string;
  close(): Promise<void>;
}

export async function startHub(o: { databaseUrl?: string; clock?: Clock; config?: Partial<HubConfig> } = {}): Promise<RunningHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pdp-hub-'));
  const store = await openStore({ dataDir, databaseUrl: o.databaseUrl });
  const deps: HubDeps = {
    store,
    clock: o.clock ?? { now: () => new Date() },
    fetch: globalThis.fetch,
    logger: pino({ level: process.env.PDP_TEST_LOG ?? 'silent' }),
    config: { ...DEFAULT_CONFIG, consoleDir: null, ...o.config },
    ...(await loadEngine()),
  };
  const app = createApp(deps);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    deps,
    dataDir,
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs `npm run hub -- …` equivalent (node agent/hub/main.ts) and collects its output. */
export function runCli(args: string[], stdin?: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [join(ROOT, 'agent/hub/main.ts'), ...args], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('error', reject);
    p.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    p.stdin.end(stdin ?? '');
  });
}

/** The real hub process on a free port; resolves once it prints its URL. */
export function spawnHub(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ url: string; proc: ChildProcess; output: () => string; stop(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [join(ROOT, 'agent/hub/main.ts'), '--port', '0', ...args], { env: { ...process.env, PDP_HUB_LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`hub did not start: ${out}`)), 30_000);
    const onData = (d: Buffer) => {
      out += d;
      const m = /listening on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1],
          proc,
          output: () => out,
          stop: () => new Promise((r) => (proc.exitCode !== null ? r() : (proc.once('exit', () => r()), proc.kill('SIGTERM')))),
        });
      }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.on('exit', (code) => reject(new Error(`hub exited with ${code}: ${out}`)));
  });
}

/** A console client: keeps the session cookie and sends the CSRF token. */
export class ConsoleClient {
  readonly base: string;
  cookie = '';
  csrf = '';
  constructor(base: string) {
    this.base = base;
  }
  async login(name: string, password: string, totp?: string) {
    const res = await fetch(`${this.base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, password, totp }) });
    const body = await res.json();
    if (res.ok) {
      this.cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
      this.csrf = body.csrfToken;
    }
    return { status: res.status, body, setCookie: res.headers.get('set-cookie') ?? '' };
  }
  async req(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const h: Record<string, string> = { cookie: this.cookie, ...headers };
    if (method !== 'GET') h['x-csrf-token'] ??= this.csrf;
    if (body !== undefined) h['content-type'] = 'application/json';
    return fetch(`${this.base}${path}`, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
  }
  async json(method: string, path: string, body?: unknown) {
    const res = await this.req(method, path, body);
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
  }
}

export const PASSWORD = 'correct horse battery';

/** An admin and a DPO, each logged in; one enrolled workstation with its token. */
export async function seed(hub: RunningHub) {
  await addUserDirect(hub.deps, 'admin', 'admin', PASSWORD);
  await addUserDirect(hub.deps, 'dpo', 'dpo', PASSWORD);
  await addUserDirect(hub.deps, 'viewer', 'viewer', PASSWORD);
  const token = await addAgentDirect(hub.deps, 'PC-KETOAN-01', 'Kế toán');
  const admin = new ConsoleClient(hub.url);
  const dpo = new ConsoleClient(hub.url);
  await admin.login('admin', PASSWORD);
  await dpo.login('dpo', PASSWORD);
  return { admin, dpo, token };
}

export interface EventOptions {
  id?: string;
  user?: string;
  site?: string;
  occurredAt?: string;
  action?: string;
  decision?: string;
  channel?: string;
  findings?: { type: string; category: 'basic' | 'sensitive'; count: number; distinct: number; masked?: string[]; tags?: string[] }[];
  justification?: string;
  file?: { kind: string; sizeBytes: number };
}

export function makeEvent(o: EventOptions = {}) {
  const findings = (o.findings ?? [{ type: 'cccd', category: 'basic', count: 1, distinct: 1 }]).map((f) => ({ masked: ['**********45'], tags: ['a1b2'], rules: ['cccd.structure'], ...f }));
  const distinct = findings.reduce((n, f) => n + f.distinct, 0);
  return {
    schemaVersion: 1,
    id: o.id ?? randomUUID(),
    occurredAt: o.occurredAt ?? '2026-03-02T00:30:00.000Z',
    site: o.site ?? 'https://chatgpt.com',
    channel: o.channel ?? 'paste',
    action: o.action ?? 'warn',
    decision: o.decision ?? 'proceeded',
    findings,
    summary: { total: findings.reduce((n, f) => n + f.count, 0), distinct, looksLikeList: distinct >= 10 },
    ...(o.file ? { file: o.file } : {}),
    ...(o.justification ? { justification: o.justification } : {}),
    extensionVersion: '0.1.0',
    policyVersion: 'builtin-1',
    user: o.user ?? '0123456789abcdef',
    workstation: 'PC-KETOAN-01',
    agentVersion: '0.1.0',
    receivedAt: new Date().toISOString(),
  };
}

export async function postBatch(url: string, token: string, events: unknown[], batchId: string = randomUUID(), init: { gzip?: boolean } = {}) {
  const json = JSON.stringify({ batchId, agentId: 'agent-1', events });
  const { gzipSync } = await import('node:zlib');
  const body = init.gzip ? gzipSync(json) : json;
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': batchId };
  if (init.gzip) headers['content-encoding'] = 'gzip';
  const res = await fetch(`${url}/v1/batches`, { method: 'POST', headers, body });
  return { status: res.status, body: await res.json() };
}

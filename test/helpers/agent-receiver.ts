// A stand-in for the local agent on 127.0.0.1, for the extension's end-to-end
// tests: records every request it sees (headers and raw body), answers
// POST /v1/events and GET /v1/policy the way interfaces.md §3–§4 say, and can
// go down and come back up on the same port.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export type EventsMode =
  | { kind: 'accept' }
  | { kind: 'reject'; reason: string }
  | { kind: 'status'; status: number };

export interface AgentReceiver {
  url: string;
  port: number;
  token: string;
  requests: RecordedRequest[];
  /** Events the receiver answered as accepted, in order (ids may repeat if the extension resent). */
  accepted: { id: string; event: Record<string, unknown> }[];
  setEventsMode(mode: EventsMode): void;
  setPolicy(policy: object | null): void;
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body === null ? undefined : JSON.stringify(body));
}

export async function startAgentReceiver(options: { token?: string; port?: number } = {}): Promise<AgentReceiver> {
  const token = options.token ?? 'e2e-agent-token';
  let mode: EventsMode = { kind: 'accept' };
  let policy: object | null = null;
  let policyEtag = '"0"';
  const requests: RecordedRequest[] = [];
  const accepted: AgentReceiver['accepted'] = [];
  let server: Server | null = null;
  let port = options.port ?? 0;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const body = await readBody(req);
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ method: req.method ?? '', path, headers: { ...req.headers }, body });
    if (req.headers.authorization !== `Bearer ${token}`) {
      return send(res, 401, { error: 'unauthorized', detail: 'missing or wrong bearer token' });
    }
    if (req.method === 'GET' && path === '/v1/policy') {
      if (!policy) return send(res, 404, { error: 'not_found', detail: 'no policy' });
      if (req.headers['if-none-match'] === policyEtag) {
        res.writeHead(304, { etag: policyEtag });
        return res.end();
      }
      return send(res, 200, policy, { etag: policyEtag });
    }
    if (req.method === 'POST' && path === '/v1/events') {
      let events: { id: string }[];
      try {
        events = JSON.parse(body).events;
        if (!Array.isArray(events)) throw new Error('events');
      } catch {
        return send(res, 400, { error: 'invalid_body', detail: 'expected {"events": [...]}' });
      }
      if (mode.kind === 'status') return send(res, mode.status, { error: 'test', detail: 'forced status' });
      if (mode.kind === 'reject') {
        return send(res, 200, { accepted: [], rejected: events.map((e) => ({ id: e.id, reason: (mode as { reason: string }).reason })) });
      }
      for (const e of events) accepted.push({ id: e.id, event: e as Record<string, unknown> });
      return send(res, 200, { accepted: events.map((e) => e.id), rejected: [] });
    }
    if (req.method === 'GET' && path === '/v1/status') return send(res, 200, { ok: true });
    return send(res, 404, { error: 'not_found', detail: path });
  }

  async function start() {
    if (server) return;
    const s = createServer((req, res) => {
      handle(req, res).catch(() => send(res, 500, { error: 'internal', detail: 'receiver failed' }));
    });
    await new Promise<void>((resolve, reject) => {
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => resolve());
    });
    port = (s.address() as AddressInfo).port;
    server = s;
  }

  async function stop() {
    const s = server;
    if (!s) return;
    server = null;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  await start();
  return {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    token,
    requests,
    accepted,
    setEventsMode(m) {
      mode = m;
    },
    setPolicy(p) {
      policy = p;
      policyEtag = `"${Date.now().toString(36)}"`;
    },
    stop,
    start,
    close: stop,
  };
}

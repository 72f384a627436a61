// A stand-in for the DPO hub that speaks interfaces.md §5 over real HTTP on
// 127.0.0.1 and remembers everything it received, so tests can assert what
// arrived, what arrived twice, and search the raw bytes for planted values.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

export interface RecordedBatch {
  batchId: string;
  idempotencyKey: string | undefined;
  agentId: string;
  gzip: boolean;
  events: Record<string, unknown>[];
}

export interface RecordingHubOptions {
  /** The hub token agents must present (default "hub-test-token"). */
  token?: string;
  /** Listen on this port (to come back on the same address after down()). */
  port?: number;
}

export interface RecordingHub {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  /** Every batch request that reached the handler, in order (retries included). */
  readonly batches: RecordedBatch[];
  /** Distinct events by id, the first copy received. */
  readonly events: Map<string, Record<string, unknown>>;
  /** How many times each event id arrived in total (a retry counts again). */
  readonly arrivals: Map<string, number>;
  readonly heartbeats: Record<string, unknown>[];
  readonly policyRequests: { ifNoneMatch: string | undefined }[];
  /** Every decompressed request body, for searching planted values. */
  readonly rawBodies: Buffer[];
  /** Answer every request with this status (null: behave). */
  failWith(status: number | null): void;
  /** Answer the next `times` requests with this status, then behave. */
  failNext(status: number, times?: number): void;
  /** Reject the events this predicate picks, with the reason it returns. */
  rejectWhen(predicate: ((event: Record<string, unknown>) => string | null) | null): void;
  setPolicy(policy: Record<string, unknown>, etag?: string): void;
  /** Stop listening (connections refused) / listen again on the same port. */
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startRecordingHub(options: RecordingHubOptions = {}): Promise<RecordingHub> {
  const token = options.token ?? 'hub-test-token';
  const batches: RecordedBatch[] = [];
  const events = new Map<string, Record<string, unknown>>();
  const arrivals = new Map<string, number>();
  const heartbeats: Record<string, unknown>[] = [];
  const policyRequests: { ifNoneMatch: string | undefined }[] = [];
  const rawBodies: Buffer[] = [];
  const answers = new Map<string, string>();
  let failure: number | null = null;
  let failures: { status: number; left: number } | null = null;
  let rejecter: ((event: Record<string, unknown>) => string | null) | null = null;
  let policy: { body: string; etag: string } | null = null;

  const handler = async (req: IncomingMessage, res: import('node:http').ServerResponse) => {
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let raw = Buffer.concat(chunks);
    const gzip = req.headers['content-encoding'] === 'gzip';
    if (gzip) raw = gunzipSync(raw);
    if (raw.length) rawBodies.push(raw);
    if (failures && failures.left > 0) {
      failures.left -= 1;
      return send(failures.status, { error: 'test_failure', detail: `told to fail with ${failures.status}` });
    }
    if (failure !== null) return send(failure, { error: 'test_failure', detail: `told to fail with ${failure}` });
    if (req.headers.authorization !== `Bearer ${token}`) return send(401, { error: 'unauthorized', detail: 'bad hub token' });
    const path = new URL(req.url ?? '/', 'http://hub').pathname;
    if (req.method === 'POST' && path === '/v1/batches') {
      const body = JSON.parse(raw.toString('utf8')) as { batchId: string; agentId: string; events: Record<string, unknown>[] };
      const key = req.headers['idempotency-key'] as string | undefined;
      batches.push({ batchId: body.batchId, idempotencyKey: key, agentId: body.agentId, gzip, events: body.events });
      const answer = { accepted: [] as string[], duplicates: [] as string[], rejected: [] as { id: string; reason: string }[] };
      for (const event of body.events) {
        const id = String(event.id);
        arrivals.set(id, (arrivals.get(id) ?? 0) + 1);
        const reason = rejecter?.(event) ?? null;
        if (reason) answer.rejected.push({ id, reason });
        else if (events.has(id)) answer.duplicates.push(id);
        else {
          events.set(id, event);
          answer.accepted.push(id);
        }
      }
      if (key) answers.set(key, JSON.stringify(answer));
      return send(200, answer);
    }
    if (req.method === 'POST' && path === '/v1/heartbeat') {
      heartbeats.push(JSON.parse(raw.toString('utf8')));
      return send(200, { ok: true });
    }
    if (req.method === 'GET' && path === '/v1/policy') {
      const ifNoneMatch = req.headers['if-none-match'];
      policyRequests.push({ ifNoneMatch });
      if (!policy) return send(404, { error: 'no_policy', detail: 'no policy set' });
      if (ifNoneMatch === policy.etag) {
        res.writeHead(304, { etag: policy.etag });
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/json', etag: policy.etag });
      return res.end(policy.body);
    }
    return send(404, { error: 'not_found', detail: path });
  };

  let server: Server;
  let port = options.port ?? 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer((req, res) => {
        handler(req, res).catch(() => {
          res.writeHead(400, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: 'bad_request', detail: 'unreadable body' }));
        });
      });
      server.keepAliveTimeout = 1000;
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server.address() as AddressInfo).port;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  await listen();

  return {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    token,
    batches,
    events,
    arrivals,
    heartbeats,
    policyRequests,
    rawBodies,
    failWith: (status) => {
      failure = status;
    },
    failNext: (status, times = 1) => {
      failures = { status, left: times };
    },
    rejectWhen: (predicate) => {
      rejecter = predicate;
    },
    setPolicy: (p, etag) => {
      policy = { body: JSON.stringify(p), etag: etag ?? `"${String(p.version ?? 'v')}"` };
    },
    down: stop,
    up: listen,
    close: stop,
  };
}

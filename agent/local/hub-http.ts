import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { ConfigError } from './config.ts';

export interface HubResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export interface HubRequest {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: Uint8Array | string;
  signal?: AbortSignal;
}

/** The fetch-shaped function every hub call goes through (injected, so tests can wrap it). */
export type HubFetch = (url: string, init: HubRequest) => Promise<HubResponse>;

export interface HubHttpOptions {
  /** PEM file of the agency's CA, trusted in addition to Node's and the system's roots. */
  caFile?: string;
  timeoutMs?: number;
}

/**
 * A small client on node:http(s) rather than global fetch, because it takes
 * a CA list per request: Node's bundled roots, the OS trust store (where
 * agencies install their own CA) and an optional configured CA file.
 */
export function createHubFetch(options: HubHttpOptions = {}): HubFetch {
  const timeoutMs = options.timeoutMs ?? 30_000;
  let pem: string | undefined;
  if (options.caFile) {
    try {
      pem = readFileSync(options.caFile, 'utf8');
    } catch {
      throw new ConfigError(`cannot read the CA file ${options.caFile}`);
    }
  }
  // Reading the OS store takes a noticeable moment: only when a TLS hub is first called.
  let ca: string[] | undefined;
  const trust = () => {
    const { getCACertificates } = process.getBuiltinModule('node:tls');
    return (ca ??= [...new Set([...getCACertificates('default'), ...getCACertificates('system'), ...(pem ? [pem] : [])])]);
  };
  return (url, init) =>
    new Promise<HubResponse>((resolve, reject) => {
      const target = new URL(url);
      // node:https is loaded on the first https call only: an idle agent (or one with an http hub) does not carry it.
      const send = target.protocol === 'https:' ? process.getBuiltinModule('node:https').request : httpRequest;
      const body = init.body === undefined ? undefined : typeof init.body === 'string' ? Buffer.from(init.body) : Buffer.from(init.body.buffer, init.body.byteOffset, init.body.byteLength);
      const headers: Record<string, string> = { ...init.headers };
      if (body) headers['content-length'] = String(body.length);
      const req = send(
        target,
        { method: init.method, headers, timeout: timeoutMs, signal: init.signal, ...(target.protocol === 'https:' ? { ca: trust() } : {}) },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({
              status: res.statusCode ?? 0,
              headers: {
                get: (name) => {
                  const v = res.headers[name.toLowerCase()];
                  return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
                },
              },
              text: async () => text,
            });
          });
        },
      );
      req.on('timeout', () => req.destroy(Object.assign(new Error('hub request timed out'), { code: 'ETIMEDOUT' })));
      req.on('error', reject);
      req.end(body);
    });
}

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from './config.ts';
import { createHubFetch } from './hub-http.ts';

// A hub with a certificate from a private CA, as agencies run them.
let server: Server;
let url: string;
let caFile: string;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdp-tls-'));
  const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  run('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=PDP Test Agency CA');
  run('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'hub.key', '-out', 'hub.csr', '-subj', '/CN=127.0.0.1');
  execFileSync('sh', ['-c', 'printf "subjectAltName=IP:127.0.0.1\\n" > ext.cnf'], { cwd: dir });
  run('x509', '-req', '-in', 'hub.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'hub.pem', '-days', '2', '-extfile', 'ext.cnf');
  caFile = join(dir, 'ca.pem');
  server = createServer({ key: readFileSync(join(dir, 'hub.key')), cert: readFileSync(join(dir, 'hub.pem')) }, (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', etag: '"v1"' });
    res.end(JSON.stringify({ method: req.method, auth: req.headers.authorization ?? null }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('createHubFetch', () => {
  it('trusts a hub whose certificate comes from the configured CA file', async () => {
    const fetch = createHubFetch({ caFile });
    const res = await fetch(`${url}/v1/policy`, { method: 'GET', headers: { authorization: 'Bearer t' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"v1"');
    expect(JSON.parse(await res.text())).toEqual({ method: 'GET', auth: 'Bearer t' });
  });

  it('refuses the same hub without the CA file', async () => {
    const fetch = createHubFetch();
    await expect(fetch(`${url}/v1/policy`, { method: 'GET', headers: {} })).rejects.toMatchObject({ code: expect.stringMatching(/CERT|SIGNED|ISSUER|VERIFY/) });
  });

  it('reports an unreadable CA file as a configuration error', () => {
    expect(() => createHubFetch({ caFile: '/nonexistent/ca.pem' })).toThrow(ConfigError);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { DEFAULT_CONFIG, type HubDeps } from './deps.ts';
import { loadEngine } from './privacy/engine.ts';
import { openStore, type Store } from './store/store.ts';

// Through app.request(): the edges every route shares (auth, error shape,
// OpenAPI, the console's static files with SPA fallback).
describe('hub app', () => {
  let dir: string;
  let store: Store;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pdp-hub-app-'));
    const dist = join(dir, 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>console</title>');
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
    store = await openStore({ dataDir: dir });
    const deps: HubDeps = { store, clock: { now: () => new Date() }, fetch, logger: pino({ level: 'silent' }), config: { ...DEFAULT_CONFIG, consoleDir: dist }, ...(await loadEngine()) };
    app = createApp(deps);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 401 {"error","detail"} on every console route without a session', async () => {
    for (const path of ['/api/incidents', '/api/incidents/x', '/api/dashboard', '/api/profile', '/api/groups', '/api/fleet', '/api/users', '/api/policy', '/api/audit', '/api/me', '/api/register.csv', '/api/reports/quarterly?year=2026&quarter=1']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(401);
      expect(await res.json()).toMatchObject({ error: 'unauthenticated', detail: expect.any(String) });
    }
    expect((await app.request('/v1/batches', { method: 'POST' })).status).toBe(401);
  });

  it('validates login input and rejects unknown users without saying which part was wrong', async () => {
    const bad = await app.request('/api/session', { method: 'POST', body: JSON.stringify({ name: '' }), headers: { 'content-type': 'application/json' } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'invalid' });
    const unknown = await app.request('/api/session', { method: 'POST', body: JSON.stringify({ name: 'nobody', password: 'x' }), headers: { 'content-type': 'application/json' } });
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toEqual({ error: 'bad_credentials', detail: 'wrong name or password' });
  });

  it('serves the OpenAPI document and JSON 404s under /api', async () => {
    const doc = await (await app.request('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/batches', '/api/incidents/{id}/notification.docx', '/api/reidentify']));
    const nope = await app.request('/api/nope');
    expect(nope.status).toBe(404);
    expect(await nope.json()).toMatchObject({ error: 'not_found' });
  });

  it('serves the console build with an index.html fallback for its own routes, never outside the folder', async () => {
    const js = await app.request('/assets/app.js');
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(await js.text()).toBe('console.log(1)');
    expect(await (await app.request('/incidents/123')).text()).toContain('<title>console</title>');
    expect(await (await app.request('/../../etc/passwd')).text()).toContain('<title>console</title>');
    expect(await (await app.request('/%2e%2e/%2e%2e/etc/hostname')).text()).toContain('<title>console</title>');
  });
});

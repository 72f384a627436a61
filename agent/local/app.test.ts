import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hubEventSchema } from '../../shared/event/schema.ts';
import { CHROME_EXTENSION_ORIGIN } from '../../shared/ids.ts';
import { silentLogger } from '../common/logger.ts';
import { buildAgent, type AgentParts } from './agent.ts';
import { loadConfig } from './config.ts';
import { ensureIdentity } from './identity.ts';

const BASE = 'http://127.0.0.1:7381';
const parts: AgentParts[] = [];
afterEach(async () => {
  for (const p of parts.splice(0)) await p.close();
});

async function agent(flags: Record<string, string> = {}) {
  const data = mkdtempSync(join(tmpdir(), 'pdp-app-'));
  const config = loadConfig({ flags: { data, ...flags }, env: {} });
  const identity = ensureIdentity(config);
  const built = await buildAgent({ config, identity, logger: silentLogger(), port: () => 7381, accountName: 'nguyen.van.a' });
  parts.push(built);
  const request = (path: string, init: RequestInit = {}) =>
    built.app.request(`${BASE}${path}`, { ...init, headers: { authorization: `Bearer ${identity.token}`, 'content-type': 'application/json', ...(init.headers as Record<string, string>) } });
  return { built, identity, request };
}

function event(overrides: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1,
    id: crypto.randomUUID(),
    occurredAt: '2026-03-02T03:04:05.678Z',
    site: 'https://mail.example.com',
    channel: 'paste',
    action: 'warn',
    decision: 'proceeded',
    findings: [{ type: 'phone', category: 'basic', count: 1, distinct: 1, masked: ['********78'], tags: ['abcd'], rules: ['phone.mobile'] }],
    summary: { total: 1, distinct: 1, looksLikeList: false },
    extensionVersion: '0.1.0',
    policyVersion: 'builtin-1',
    ...overrides,
  };
}

function storedBodies(built: AgentParts): Record<string, unknown>[] {
  return (built.outbox.db.prepare('SELECT body FROM outbox ORDER BY seq').all() as { body: string }[]).map((r) => JSON.parse(r.body));
}

describe('POST /v1/events', () => {
  it('stores valid events stamped with user pseudonym, workstation, versions and arrival time', async () => {
    const { built, request } = await agent({ workstation: 'PC-01' });
    const e = event();
    const res = await request('/v1/events', { method: 'POST', body: JSON.stringify({ events: [e] }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ accepted: [e.id], rejected: [] });
    const [stored] = storedBodies(built);
    const parsed = hubEventSchema.parse(stored);
    expect(parsed).toMatchObject({ id: e.id, workstation: 'PC-01', agentVersion: '0.1.0' });
    expect(parsed.user).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(stored)).not.toContain('nguyen');
  });

  it('re-masks identifiers in free text and non-record masks, and drops unknown fields', async () => {
    const { built, request } = await agent();
    const e = event({
      justification: 'Gửi hồ sơ CCCD 079203001234 cho anh, sđt 0912 345 678',
      site: 'https://portal.example.vn/ho-so/079203001234',
      findings: [{ type: 'cccd', category: 'sensitive', count: 1, distinct: 1, masked: ['079203001234'], tags: ['abcd', 'XYZ!'], rules: ['cccd 079203001234'] }],
      file: { kind: 'pdf 0912345678', sizeBytes: 10 },
      rawText: 'CCCD 079203001234',
    });
    const res = await request('/v1/events', { method: 'POST', body: JSON.stringify({ events: [e] }) });
    // A tag that is not 4 hex digits makes the event invalid at the door.
    expect(res.status).toBe(422);
    const ok = { ...e, findings: [{ ...e.findings[0], tags: ['abcd'] }] };
    expect((await request('/v1/events', { method: 'POST', body: JSON.stringify({ events: [ok] }) })).status).toBe(200);
    const [stored] = storedBodies(built) as any[];
    const text = JSON.stringify(stored);
    expect(text).not.toMatch(/079203001234|0912345678|0912 345 678/);
    expect(stored.rawText).toBeUndefined();
    expect(stored.findings[0].masked).toEqual(['**********34']);
    expect(stored.findings[0].category).toBe('basic');
    expect(stored.justification).toContain('Gửi hồ sơ');
    expect(stored.file).toEqual({ kind: expect.not.stringContaining('0912345678'), sizeBytes: 10 });
  });

  it('is idempotent by event id', async () => {
    const { built, request } = await agent();
    const e = event();
    for (let i = 0; i < 3; i++) await request('/v1/events', { method: 'POST', body: JSON.stringify({ events: [e, e] }) });
    expect(built.outbox.stats().queueDepth).toBe(1);
  });

  it('refuses malformed JSON (400), wrong shapes (400), wrong media type (415), all-invalid (422)', async () => {
    const { built, request } = await agent();
    expect((await request('/v1/events', { method: 'POST', body: '{"events":' })).status).toBe(400);
    expect((await request('/v1/events', { method: 'POST', body: JSON.stringify({ events: [] }) })).status).toBe(400);
    expect((await request('/v1/events', { method: 'POST', body: JSON.stringify({ events: Array(101).fill(event()) }) })).status).toBe(400);
    expect((await request('/v1/events', { method: 'POST', body: 'x', headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    const invalid = await request('/v1/events', { method: 'POST', body: JSON.stringify({ events: [{ id: '0912345678' }] }) });
    expect(invalid.status).toBe(422);
    const body = await invalid.json();
    expect(body.rejected[0].id).toBe('#0');
    expect(JSON.stringify(body)).not.toContain('0912345678');
    expect(built.outbox.stats().queueDepth).toBe(0);
  });
});

describe('the other routes', () => {
  it('serves status with queue figures and extension last seen', async () => {
    const { request } = await agent();
    await request('/v1/events', { method: 'POST', body: JSON.stringify({ events: [event()] }), headers: { origin: CHROME_EXTENSION_ORIGIN } });
    const status = await (await request('/v1/status')).json();
    expect(status).toMatchObject({ queueDepth: 1, hubConfigured: false, hubReachable: null, policySource: 'builtin', dropped: 0 });
    expect(status.oldestUndelivered).toMatch(/Z$/);
    expect(status.extensionLastSeen).toMatch(/Z$/);
  });

  it('serves the policy with an ETag and 304', async () => {
    const { request } = await agent();
    const first = await request('/v1/policy');
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect((await request('/v1/policy', { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it('serves Prometheus metrics that count requests', async () => {
    const { request } = await agent();
    await request('/v1/events', { method: 'POST', body: '{' });
    const text = await (await request('/metrics')).text();
    expect(text).toMatch(/^pdp_agent_queue_depth 0$/m);
    expect(text).toMatch(/pdp_agent_http_requests_total\{route="\/v1\/events",method="POST",status="400"\} 1/);
  });

  it('answers unknown paths with a JSON 404 and flush without a hub with 409', async () => {
    const { request } = await agent();
    expect(await (await request('/nope')).json()).toMatchObject({ error: 'not_found' });
    expect((await request('/v1/flush', { method: 'POST' })).status).toBe(409);
  });
});

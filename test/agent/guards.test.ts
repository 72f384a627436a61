// Who may talk to the agent (interfaces.md §4), over real sockets.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ORIGIN } from '../../shared/ids.ts';
import { startAgent, type AgentProcess } from './agent-process.ts';
import { makeEvent, postEvents } from './events.ts';
import { rawRequest } from './raw-http.ts';

let agent: AgentProcess;
beforeAll(async () => {
  agent = await startAgent();
});
afterAll(async () => {
  await agent?.kill();
});

const json = (token: string, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json', ...extra });

describe('the agent over HTTP', () => {
  it('accepts events from the extension origin, with CORS for it', async () => {
    const event = makeEvent();
    const res = await fetch(`${agent.url}/v1/events`, {
      method: 'POST',
      headers: json(agent.token, { origin: CHROME_EXTENSION_ORIGIN }),
      body: JSON.stringify({ events: [event] }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(CHROME_EXTENSION_ORIGIN);
    expect(await res.json()).toEqual({ accepted: [event.id], rejected: [] });
  });

  it('answers the extension preflight', async () => {
    const res = await fetch(`${agent.url}/v1/events`, {
      method: 'OPTIONS',
      headers: { origin: CHROME_EXTENSION_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(CHROME_EXTENSION_ORIGIN);
  });

  it('refuses a web-page origin with 403, even with the right token', async () => {
    const { status, body } = await postEvents(agent, [makeEvent()], { origin: 'https://attacker.example' });
    expect(status).toBe(403);
    expect(body.error).toBe('forbidden_origin');
  });

  it('refuses a wrong or missing token with 401', async () => {
    const wrong = await postEvents({ url: agent.url, token: 'not-the-token-at-all-0000' }, [makeEvent()]);
    expect(wrong.status).toBe(401);
    const missing = await fetch(`${agent.url}/v1/status`);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ error: 'unauthorized' });
  });

  it('refuses a foreign Host (DNS rebinding) with 403', async () => {
    const res = await rawRequest(agent.port, { path: '/v1/status', headers: { host: `rebind.attacker.example:${agent.port}`, authorization: `Bearer ${agent.token}` } });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({ error: 'forbidden_host' });
    const ok = await rawRequest(agent.port, { path: '/v1/status', headers: { host: `localhost:${agent.port}`, authorization: `Bearer ${agent.token}` } });
    expect(ok.status).toBe(200);
  });

  it('refuses malformed JSON with 400 and a reason', async () => {
    const res = await rawRequest(agent.port, { method: 'POST', path: '/v1/events', headers: { ...json(agent.token), host: `127.0.0.1:${agent.port}` }, body: '{"events": [ {"id": "079203001234"' });
    expect(res.status).toBe(400);
    const body = JSON.parse(res.body);
    expect(body).toMatchObject({ error: 'malformed_json' });
    expect(res.body).not.toContain('079203001234');
  });

  it('refuses a body that is not an events request with 400', async () => {
    const res = await fetch(`${agent.url}/v1/events`, { method: 'POST', headers: json(agent.token), body: JSON.stringify({ event: [] }) });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('refuses an oversized body with 413', async () => {
    const big = JSON.stringify({ events: [makeEvent({ justification: 'x'.repeat(300 * 1024) })] });
    const res = await fetch(`${agent.url}/v1/events`, { method: 'POST', headers: json(agent.token), body: big });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: 'payload_too_large' });
  });

  it('refuses invalid events with 422, naming the field and never echoing the value', async () => {
    const bad = makeEvent({ channel: '0912345678', id: '079203001234' });
    const { status, body } = await postEvents(agent, [bad]);
    expect(status).toBe(422);
    expect(body.rejected).toHaveLength(1);
    expect(body.rejected[0].id).toBe('#0');
    expect(body.rejected[0].reason).toMatch(/channel/);
    expect(JSON.stringify(body)).not.toMatch(/0912345678|079203001234/);
  });

  it('stores the valid events of a mixed request and says which were rejected', async () => {
    const good = makeEvent();
    const bad = makeEvent({ summary: { total: -1, distinct: 0, looksLikeList: false } });
    const { status, body } = await postEvents(agent, [good, bad]);
    expect(status).toBe(200);
    expect(body.accepted).toEqual([good.id]);
    expect(body.rejected).toEqual([{ id: bad.id, reason: expect.stringMatching(/summary\.total/) }]);
  });

  it('accepts a retried event id once', async () => {
    const event = makeEvent();
    await postEvents(agent, [event]);
    const before = await (await fetch(`${agent.url}/v1/status`, { headers: json(agent.token) })).json();
    const again = await postEvents(agent, [event]);
    expect(again.body.accepted).toEqual([event.id]);
    const after = await (await fetch(`${agent.url}/v1/status`, { headers: json(agent.token) })).json();
    expect(after.queueDepth).toBe(before.queueDepth);
  });

  it('serves status, policy with ETag/304, metrics and the OpenAPI document', async () => {
    const status = await (await fetch(`${agent.url}/v1/status`, { headers: json(agent.token) })).json();
    expect(status).toMatchObject({ hubConfigured: false, policySource: 'builtin', keySource: 'local' });
    expect(status.queueDepth).toBeGreaterThan(0);
    expect(status.extensionLastSeen).not.toBeNull();
    const policy = await fetch(`${agent.url}/v1/policy`, { headers: json(agent.token) });
    expect(policy.status).toBe(200);
    const etag = policy.headers.get('etag')!;
    expect((await policy.json()).version).toBe('builtin-1');
    const cached = await fetch(`${agent.url}/v1/policy`, { headers: json(agent.token, { 'if-none-match': etag }) });
    expect(cached.status).toBe(304);
    const metrics = await fetch(`${agent.url}/metrics`, { headers: json(agent.token) });
    expect(metrics.headers.get('content-type')).toMatch(/text\/plain/);
    expect(await metrics.text()).toMatch(/^pdp_agent_queue_depth \d+$/m);
    const openapi = await (await fetch(`${agent.url}/v1/openapi.json`, { headers: json(agent.token) })).json();
    expect(openapi.openapi).toBe('3.1.0');
    expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/v1/events', '/v1/policy', '/v1/status', '/v1/flush', '/metrics']));
  });

  it('keeps its folder and token file readable by the user only', () => {
    expect(statSync(agent.data).mode & 0o777).toBe(0o700);
    expect(statSync(join(agent.data, 'agent.json')).mode & 0o777).toBe(0o600);
    expect(statSync(join(agent.data, 'hash.key')).mode & 0o777).toBe(0o600);
  });

  it('answers flush with 409 while no hub is configured', async () => {
    const res = await fetch(`${agent.url}/v1/flush`, { method: 'POST', headers: json(agent.token) });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: 'no_hub' });
  });
});

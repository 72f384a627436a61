import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ORIGIN } from '../../../shared/ids.ts';
import { bearer } from './bearer.ts';
import { bodyLimit } from './body-limit.ts';
import { hostGuard } from './host-guard.ts';
import { isAllowedOrigin, originGuard } from './origin-guard.ts';
import { rateLimit } from './rate-limit.ts';

const TOKEN = 'test-token-0123456789';
const MOZ = 'moz-extension://0f8fad5b-d9cb-469f-a165-70867728950e';

function guarded(opts: { perMinute?: number; now?: () => number } = {}) {
  const app = new Hono();
  app.use('*', hostGuard(() => 7381));
  app.use('*', originGuard([CHROME_EXTENSION_ORIGIN]));
  app.use('*', rateLimit({ perMinute: opts.perMinute ?? 1000, now: opts.now }));
  app.use('*', bearer(TOKEN));
  app.use('*', bodyLimit(1024));
  app.post('/echo', async (c) => c.json({ size: (await c.req.text()).length }));
  app.get('/ok', (c) => c.json({ ok: true }));
  return app;
}
const auth = { authorization: `Bearer ${TOKEN}` };

describe('host guard', () => {
  it('accepts 127.0.0.1:<port> and localhost:<port>', async () => {
    const app = guarded();
    expect((await app.request('http://127.0.0.1:7381/ok', { headers: auth })).status).toBe(200);
    expect((await app.request('http://localhost:7381/ok', { headers: auth })).status).toBe(200);
  });
  it('refuses a foreign Host (DNS rebinding) and another port', async () => {
    const app = guarded();
    const rebound = await app.request('http://127.0.0.1:7381/ok', { headers: { ...auth, host: 'evil.example:7381' } });
    expect(rebound.status).toBe(403);
    expect(await rebound.json()).toMatchObject({ error: 'forbidden_host' });
    expect((await app.request('http://127.0.0.1:9999/ok', { headers: auth })).status).toBe(403);
  });
});

describe('origin guard', () => {
  it('allows the configured Chrome extension and any Firefox extension, with CORS for them only', async () => {
    const app = guarded();
    for (const origin of [CHROME_EXTENSION_ORIGIN, MOZ]) {
      const res = await app.request('http://127.0.0.1:7381/ok', { headers: { ...auth, origin } });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    }
  });
  it('answers the extension preflight without a token', async () => {
    const res = await guarded().request('http://127.0.0.1:7381/echo', {
      method: 'OPTIONS',
      headers: { origin: CHROME_EXTENSION_ORIGIN, 'access-control-request-method': 'POST' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
  });
  it('refuses web pages, other extensions and opaque origins with 403 and no CORS header', async () => {
    const app = guarded();
    for (const origin of ['https://evil.example', 'http://127.0.0.1:7381', 'null', 'chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa']) {
      const res = await app.request('http://127.0.0.1:7381/ok', { headers: { ...auth, origin } });
      expect(res.status).toBe(403);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
  it('isAllowedOrigin', () => {
    expect(isAllowedOrigin(MOZ, [])).toBe(true);
    expect(isAllowedOrigin('moz-extension://x', [])).toBe(false);
  });
});

describe('bearer', () => {
  it('refuses a missing or wrong token with 401', async () => {
    const app = guarded();
    const missing = await app.request('http://127.0.0.1:7381/ok');
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/Bearer/);
    expect((await app.request('http://127.0.0.1:7381/ok', { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    expect((await app.request('http://127.0.0.1:7381/ok', { headers: { authorization: `Basic ${TOKEN}` } })).status).toBe(401);
  });
});

describe('body limit', () => {
  it('refuses a body over the limit with 413', async () => {
    const app = guarded();
    const ok = await app.request('http://127.0.0.1:7381/echo', { method: 'POST', headers: auth, body: 'x'.repeat(1000) });
    expect(ok.status).toBe(200);
    const big = await app.request('http://127.0.0.1:7381/echo', { method: 'POST', headers: auth, body: 'x'.repeat(2000) });
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ error: 'payload_too_large' });
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After past the budget, per client, and refills over time', async () => {
    let now = 0;
    const app = guarded({ perMinute: 3, now: () => now });
    for (let i = 0; i < 3; i++) expect((await app.request('http://127.0.0.1:7381/ok', { headers: auth })).status).toBe(200);
    const limited = await app.request('http://127.0.0.1:7381/ok', { headers: auth });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another client (the extension) has its own budget.
    expect((await app.request('http://127.0.0.1:7381/ok', { headers: { ...auth, origin: CHROME_EXTENSION_ORIGIN } })).status).toBe(200);
    now += 20_000;
    expect((await app.request('http://127.0.0.1:7381/ok', { headers: auth })).status).toBe(200);
  });
});

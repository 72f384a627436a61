import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, setCsrfToken, setUnauthenticatedHandler } from './api.ts';

// fetch is the edge of the console's world: record what it is asked to send.
function stubFetch(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken('');
  setUnauthenticatedHandler(() => {});
});

describe('api wrapper', () => {
  it('sends the CSRF token on every mutating request and never on reads', async () => {
    setCsrfToken('tok-123');
    const calls = stubFetch(200, { ok: true });
    await api.get('/api/incidents');
    await api.post('/api/incidents/1/notes', { text: 'x' });
    await api.put('/api/profile', {});
    await api.patch('/api/incidents/1', { status: 'investigating' });
    await api.del('/api/groups/1');
    const headers = calls.map((c) => (c.init.headers as Record<string, string>)['X-CSRF-Token']);
    expect(headers).toEqual([undefined, 'tok-123', 'tok-123', 'tok-123', 'tok-123']);
    expect(calls[1].init.body).toBe('{"text":"x"}');
    expect(calls.every((c) => c.init.credentials === 'same-origin')).toBe(true);
  });

  it('turns a hub error into an ApiError carrying its code and detail', async () => {
    stubFetch(409, { error: 'illegal_transition', detail: 'new → notified is not allowed' });
    const err = (await api.patch('/api/incidents/1', { status: 'notified' }).catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(409);
    expect(err.body).toEqual({ error: 'illegal_transition', detail: 'new → notified is not allowed' });
  });

  it('sends the user back to the login page on a 401, except for the login itself and a TOTP prompt', async () => {
    const lost = vi.fn();
    setUnauthenticatedHandler(lost);
    stubFetch(401, { error: 'unauthenticated', detail: 'no session' });
    await api.get('/api/incidents').catch(() => {});
    expect(lost).toHaveBeenCalledTimes(1);
    await api.post('/api/session', { name: 'a', password: 'b' }).catch(() => {});
    stubFetch(401, { error: 'totp_required', detail: 'code' });
    await api.del('/api/me/totp', { code: '1' }).catch(() => {});
    expect(lost).toHaveBeenCalledTimes(1);
  });

  it('answers undefined for 204 and survives a non-JSON error body', async () => {
    stubFetch(204, null);
    await expect(api.del('/api/groups/1')).resolves.toBeUndefined();
    vi.stubGlobal('fetch', async () => new Response('<html>proxy error</html>', { status: 502 }));
    const err = (await api.get('/api/me').catch((e: unknown) => e)) as ApiError;
    expect(err.body.error).toBe('http_502');
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STORAGE_KEYS } from '../messages.ts';
import { readAgentStatus } from './agent-status.ts';
import { computeEffectivePolicy, publishEffectivePolicy, refreshAgentPolicy } from './effective-policy.ts';
import { SETTINGS_KEY } from './settings.ts';

// The local agent at the edge of the world: answers GET /v1/policy with an ETag.
function fakeAgent(policy: object, etag = '"v1"') {
  const seen: { url: string; headers: Record<string, string> }[] = [];
  const fetch = async (url: RequestInfo | URL, init?: RequestInit) => {
    const headers = Object.fromEntries(Object.entries((init?.headers as Record<string, string>) ?? {}));
    seen.push({ url: String(url), headers });
    if (headers['if-none-match'] === etag) return new Response(null, { status: 304 });
    return new Response(JSON.stringify(policy), { status: 200, headers: { etag, 'content-type': 'application/json' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, seen };
}

describe('effective policy', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the built-in default', async () => {
    const s = await publishEffectivePolicy();
    expect(s.source).toBe('default');
    expect(s.protectionOn).toBe(true);
    const stored = (await fakeBrowser.storage.local.get(STORAGE_KEYS.effectivePolicy))[STORAGE_KEYS.effectivePolicy];
    expect(stored).toMatchObject({ source: 'default', policy: { version: 'builtin-1' } });
  });

  it("applies the agent's policy, sends the token, revalidates with the ETag", async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { agentUrl: 'http://127.0.0.1:9999/', agentToken: 'tok' } });
    const agent = fakeAgent({ version: 'agent-7', blockedSites: ['chat.example.com'] });
    expect(await refreshAgentPolicy(agent.fetch)).toBe(true);
    expect(agent.seen[0]).toMatchObject({ url: 'http://127.0.0.1:9999/v1/policy', headers: { authorization: 'Bearer tok' } });
    const s = await publishEffectivePolicy();
    expect(s.source).toBe('agent');
    expect(s.policy.blockedSites).toEqual(['chat.example.com']);
    expect(await refreshAgentPolicy(agent.fetch)).toBe(false);
    expect(agent.seen[1]!.headers['if-none-match']).toBe('"v1"');
    expect((await readAgentStatus()).lastSuccessAt).not.toBeNull();
  });

  it('keeps the last agent policy while the agent is down, and records the problem', async () => {
    await refreshAgentPolicy(fakeAgent({ version: 'agent-7' }).fetch);
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await refreshAgentPolicy(down)).toBe(false);
    expect((await computeEffectivePolicy()).policy.version).toBe('agent-7');
    expect((await readAgentStatus()).lastError).toBe('policy: network: TypeError');
  });

  it('managed storage wins over the agent and locks protection on', async () => {
    await refreshAgentPolicy(fakeAgent({ version: 'agent-7' }).fetch);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { protectionOn: false } });
    expect((await computeEffectivePolicy()).protectionOn).toBe(false);
    await fakeBrowser.storage.managed.set({ policy: { version: 'managed-3' } });
    const s = await computeEffectivePolicy();
    expect(s.source).toBe('managed');
    expect(s.policy.version).toBe('managed-3');
    expect(s.protectionOn).toBe(true);
  });

  it('managed agent address and token win over the options page', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { agentUrl: 'http://127.0.0.1:1111', agentToken: 'user' } });
    await fakeBrowser.storage.managed.set({ agentUrl: 'http://127.0.0.1:2222', agentToken: 'agency' });
    const s = await computeEffectivePolicy();
    expect(s.agent).toEqual({ url: 'http://127.0.0.1:2222', token: 'agency', managed: true });
  });

  it('forgets an agent policy fetched from another agent address', async () => {
    await refreshAgentPolicy(fakeAgent({ version: 'agent-7' }).fetch);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { agentUrl: 'http://127.0.0.1:3333' } });
    expect((await computeEffectivePolicy()).source).toBe('default');
  });
});

describe("the agent's built-in default", () => {
  beforeEach(() => fakeBrowser.reset());

  it('does not hide the policy the user set', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { localPolicy: { version: 'mine' } } });
    const fetch = (async () =>
      new Response(JSON.stringify({ version: 'builtin-1' }), {
        status: 200,
        headers: { etag: '"b"', 'x-pdp-policy-source': 'builtin' },
      })) as typeof globalThis.fetch;
    await refreshAgentPolicy(fetch);
    const s = await computeEffectivePolicy();
    expect(s.source).toBe('local');
    expect(s.policy.version).toBe('mine');
    // control: the same answer from a hub-fed agent wins
    const hubFed = (async () =>
      new Response(JSON.stringify({ version: 'hub-9' }), { status: 200, headers: { etag: '"h"', 'x-pdp-policy-source': 'hub' } })) as typeof globalThis.fetch;
    await refreshAgentPolicy(hubFed);
    expect((await computeEffectivePolicy()).policy.version).toBe('hub-9');
  });
});

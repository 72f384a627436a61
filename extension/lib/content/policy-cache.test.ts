import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_POLICY } from '../../../shared/policy/schema.ts';
import { cachedPolicy, FALLBACK_POLICY, loadPolicy, resetPolicyCache } from './policy-cache.ts';
import type { EffectivePolicy } from '../messages.ts';

const agentPolicy: EffectivePolicy = {
  policy: { ...DEFAULT_POLICY, version: 'agent-7', approvedSites: ['localhost'] },
  source: 'agent',
  protectionOn: true,
};

describe('policy cache', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetPolicyCache();
  });

  it('asks the service worker once and caches the answer', async () => {
    let asked = 0;
    fakeBrowser.runtime.onMessage.addListener((msg: unknown, _sender: unknown, respond: (r: unknown) => void) => {
      asked++;
      expect(msg).toEqual({ kind: 'pdp:get-policy' });
      respond(agentPolicy);
      return true;
    });
    expect(cachedPolicy()).toBeNull();
    expect((await loadPolicy()).policy.version).toBe('agent-7');
    expect((await loadPolicy()).policy.version).toBe('agent-7');
    expect(asked).toBe(1);
  });

  it('takes the policy the service worker keeps in storage without asking it', async () => {
    let asked = 0;
    fakeBrowser.runtime.onMessage.addListener(() => {
      asked++;
      return true; // busy: never answers
    });
    await fakeBrowser.storage.local.set({ effectivePolicy: agentPolicy });
    expect((await loadPolicy()).policy.version).toBe('agent-7');
    expect(asked).toBe(0);
  });

  it('follows the service worker through storage changes', async () => {
    fakeBrowser.runtime.onMessage.addListener((_m: unknown, _s: unknown, respond: (r: unknown) => void) => {
      respond(agentPolicy);
      return true;
    });
    await loadPolicy();
    const managed: EffectivePolicy = { ...agentPolicy, source: 'managed', policy: { ...agentPolicy.policy, version: 'gpo-2' } };
    await fakeBrowser.storage.local.set({ effectivePolicy: managed });
    expect(cachedPolicy()?.policy.version).toBe('gpo-2');
    expect(cachedPolicy()?.source).toBe('managed');
  });

  it('falls back to the built-in default, protection on, when the service worker is gone', async () => {
    const p = await loadPolicy();
    expect(p.source).toBe('default');
    expect(p.protectionOn).toBe(true);
    expect(p.policy.approvedSites).toEqual(['*.gov.vn']);
  });

  it('does not wait forever for a service worker that never answers', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => true); // keeps the channel open, never responds
    const started = Date.now();
    const p = await loadPolicy();
    expect(p.source).toBe('default');
    expect(Date.now() - started).toBeLessThan(5000);
    // Not cached: the next touch asks again.
    expect(cachedPolicy()).toBeNull();
  });

  it('falls back to exactly the shared built-in default', () => {
    expect(FALLBACK_POLICY).toEqual(DEFAULT_POLICY);
  });
});

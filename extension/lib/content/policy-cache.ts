// The content script's copy of the effective policy. Fetched from the service
// worker the first time the user touches a field (not at page load), then
// kept current through storage.onChanged, where the service worker writes it.
import { browser } from 'wxt/browser';
import { DEFAULT_POLICY } from '../../../shared/policy/default.ts';
import type { Policy } from '../../../shared/policy/schema.ts';
import { sendToBackground, STORAGE_KEYS, type EffectivePolicy } from '../messages.ts';

/** The built-in default, from the zod-free module (the schema would pull zod into every page). */
export const FALLBACK_POLICY: Policy = DEFAULT_POLICY;

/** A held paste waits for this at most; then the built-in default decides (and the next touch asks again). */
const ANSWER_TIMEOUT_MS = 2000;

let cached: EffectivePolicy | null = null;
let pending: Promise<EffectivePolicy> | null = null;
let listening = false;

/** The policy if already known; null before the first fetch completes. */
export function cachedPolicy(): EffectivePolicy | null {
  return cached;
}

/**
 * The effective policy. When the service worker cannot answer (the extension
 * was reloaded under the page), the built-in default applies: protection is
 * never silently off.
 */
export function loadPolicy(): Promise<EffectivePolicy> {
  if (cached) return Promise.resolve(cached);
  if (pending) return pending;
  listen();
  pending = (async (): Promise<EffectivePolicy> => {
    // The service worker keeps the policy in force in storage.local: reading it
    // is local and fast, while the worker may be busy reaching the agent.
    const stored = await browser.storage.local.get(STORAGE_KEYS.effectivePolicy).catch(() => ({}) as Record<string, unknown>);
    const fromStorage = stored[STORAGE_KEYS.effectivePolicy];
    if (isEffectivePolicy(fromStorage)) {
      cached = fromStorage;
      return fromStorage;
    }
    try {
      const answer = await withTimeout(sendToBackground({ kind: 'pdp:get-policy' }), ANSWER_TIMEOUT_MS);
      if (!isEffectivePolicy(answer)) throw new Error('no policy in the answer');
      cached = answer;
      return answer;
    } catch {
      return { policy: FALLBACK_POLICY, source: 'default', protectionOn: true };
    }
  })().finally(() => {
    pending = null;
  });
  return pending;
}

function isEffectivePolicy(v: unknown): v is EffectivePolicy {
  return !!v && typeof v === 'object' && 'policy' in v && !!(v as EffectivePolicy).policy;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no answer from the service worker')), ms);
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

function listen(): void {
  if (listening) return;
  listening = true;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const change = changes[STORAGE_KEYS.effectivePolicy];
    if (!change) return;
    cached = isEffectivePolicy(change.newValue) ? change.newValue : null;
  });
}

/** For unit tests (fakeBrowser.reset drops listeners too): start from nothing. */
export function resetPolicyCache(): void {
  cached = null;
  pending = null;
  listening = false;
}

// The content script's copy of the effective policy. Fetched from the service
// worker the first time the user touches a field (not at page load), then
// kept current through storage.onChanged, where the service worker writes it.
import { browser } from 'wxt/browser';
import type { Policy } from '../../../shared/policy/schema.ts';
import { sendToBackground, STORAGE_KEYS, type EffectivePolicy } from '../messages.ts';

/**
 * The built-in default (shared/policy/schema.ts DEFAULT_POLICY, equal by unit
 * test), restated here because importing that module would pull zod into the
 * content script of every page.
 */
export const FALLBACK_POLICY: Policy = {
  version: 'builtin-1',
  approvedSites: ['*.gov.vn'],
  blockedSites: [],
  defaultAction: 'warn',
  actions: {},
  thresholds: {},
  failMode: 'open',
  recordSite: 'origin',
  reasons: [],
};

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
  pending = sendToBackground({ kind: 'pdp:get-policy' })
    .then((answer) => {
      if (!answer || typeof answer !== 'object' || !('policy' in answer)) throw new Error('no policy in the answer');
      cached = answer;
      return answer;
    })
    .catch((): EffectivePolicy => ({ policy: FALLBACK_POLICY, source: 'default', protectionOn: true }))
    .finally(() => {
      pending = null;
    });
  return pending;
}

function listen(): void {
  if (listening) return;
  listening = true;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const change = changes[STORAGE_KEYS.effectivePolicy];
    if (!change) return;
    const next = change.newValue as EffectivePolicy | undefined;
    cached = next && typeof next === 'object' && 'policy' in next ? next : null;
  });
}

/** For unit tests (fakeBrowser.reset drops listeners too): start from nothing. */
export function resetPolicyCache(): void {
  cached = null;
  pending = null;
  listening = false;
}

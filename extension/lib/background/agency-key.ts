// The key for the 16-bit tags (interfaces.md §1). The agency's key from
// managed storage makes tags comparable across workstations; without one a
// random per-install key is made once and kept, so tags still correlate on
// this workstation. The key never leaves the service worker and storage.local.
import { browser } from 'wxt/browser';
import type { ManagedConfig } from './settings.ts';

export const INSTALL_KEY = 'installKey';
export const MIN_KEY_BYTES = 32;

export function decodeBase64(text: string): Uint8Array | null {
  try {
    const bin = atob(text.trim().replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

function encodeBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

export interface AgencyKey {
  key: Uint8Array;
  source: 'managed' | 'install';
}

export async function agencyKey(managed: ManagedConfig): Promise<AgencyKey> {
  if (managed.hashKey) {
    const key = decodeBase64(managed.hashKey);
    if (key && key.length >= MIN_KEY_BYTES) return { key, source: 'managed' };
  }
  const stored = (await browser.storage.local.get(INSTALL_KEY))[INSTALL_KEY];
  if (typeof stored === 'string') {
    const key = decodeBase64(stored);
    if (key && key.length >= MIN_KEY_BYTES) return { key, source: 'install' };
  }
  const key = crypto.getRandomValues(new Uint8Array(MIN_KEY_BYTES));
  await browser.storage.local.set({ [INSTALL_KEY]: encodeBase64(key) });
  return { key, source: 'install' };
}

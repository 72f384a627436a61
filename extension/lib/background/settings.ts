// Where the service worker's configuration comes from. Managed storage (set by
// the agency through Chrome/Edge group policy, a Linux policy file or
// Firefox's policies.json) wins over what the user set in the options page.
import { browser } from 'wxt/browser';
import { DEFAULT_AGENT_PORT } from '../../../shared/ids.ts';
import type { Policy } from '../../../shared/policy/schema.ts';

export const DEFAULT_AGENT_URL = `http://127.0.0.1:${DEFAULT_AGENT_PORT}`;

/** Keys of managed storage (extension/public/managed_schema.json). */
export interface ManagedConfig {
  policy?: unknown;
  policyJson?: string;
  agentUrl?: string;
  agentToken?: string;
  hashKey?: string;
  protectionOn?: boolean;
}

/** What the user may set in the options page, kept in storage.local. */
export interface LocalSettings {
  agentUrl?: string;
  agentToken?: string;
  /** A policy edited or imported in the options page (below the agent's). */
  localPolicy?: Policy;
  protectionOn?: boolean;
}

export const SETTINGS_KEY = 'settings';

export async function readManaged(): Promise<ManagedConfig> {
  try {
    // Firefox rejects when no managed manifest exists; Chrome answers {}.
    const got = (await browser.storage.managed.get(null)) as ManagedConfig;
    return got ?? {};
  } catch {
    return {};
  }
}

export async function readLocalSettings(): Promise<LocalSettings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return (got[SETTINGS_KEY] as LocalSettings | undefined) ?? {};
}

export async function writeLocalSettings(patch: Partial<LocalSettings>): Promise<LocalSettings> {
  const next = { ...(await readLocalSettings()), ...patch };
  for (const k of Object.keys(next) as (keyof LocalSettings)[]) if (next[k] === undefined) delete next[k];
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

export interface AgentConfig {
  url: string;
  token: string | null;
  /** True when the agency set the address or token: the options page shows them read-only. */
  managed: boolean;
}

function cleanUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.origin;
  } catch {
    return null;
  }
}

export function agentConfig(managed: ManagedConfig, local: LocalSettings): AgentConfig {
  const managedUrl = cleanUrl(managed.agentUrl);
  const url = managedUrl ?? cleanUrl(local.agentUrl) ?? DEFAULT_AGENT_URL;
  const token = managed.agentToken || local.agentToken || null;
  return { url, token, managed: managedUrl !== null || Boolean(managed.agentToken) };
}

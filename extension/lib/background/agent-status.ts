// What the popup shows about the agent: when it last answered well, and the
// last problem. Problems are described by status only, never by content.
import { browser } from 'wxt/browser';
import type { Stats } from '../messages.ts';

export const AGENT_STATUS_KEY = 'agentStatus';

export type AgentStatus = Stats['agent'];

export async function readAgentStatus(): Promise<AgentStatus> {
  const got = (await browser.storage.local.get(AGENT_STATUS_KEY))[AGENT_STATUS_KEY] as AgentStatus | undefined;
  return got ?? { url: null, lastSuccessAt: null, lastErrorAt: null, lastError: null };
}

export async function recordAgentSuccess(url: string, now: Date): Promise<void> {
  const prev = await readAgentStatus();
  await browser.storage.local.set({
    [AGENT_STATUS_KEY]: { ...prev, url, lastSuccessAt: now.toISOString(), lastError: null } satisfies AgentStatus,
  });
}

export async function recordAgentError(url: string, error: string, now: Date): Promise<void> {
  const prev = await readAgentStatus();
  await browser.storage.local.set({
    [AGENT_STATUS_KEY]: { ...prev, url, lastErrorAt: now.toISOString(), lastError: error.slice(0, 200) } satisfies AgentStatus,
  });
}

/** Connected = the last contact succeeded and was recent. */
export function isConnected(status: AgentStatus, now: Date, freshMs = 15 * 60_000): boolean {
  if (!status.lastSuccessAt) return false;
  if (status.lastError) return false;
  return now.getTime() - Date.parse(status.lastSuccessAt) < freshMs;
}

// Keeps storage.local's `effectivePolicy` (what content scripts read) equal to
// the policy in force, and caches the agent's policy so it still applies while
// the agent is unreachable. Only policy lives here, never findings or values.
import { browser } from 'wxt/browser';
import { STORAGE_KEYS, type EffectivePolicy } from '../messages.ts';
import { fetchAgentPolicy, type Fetch } from './agent-client.ts';
import { recordAgentError, recordAgentSuccess } from './agent-status.ts';
import { choosePolicy } from './policy-sources.ts';
import { agentConfig, readLocalSettings, readManaged, type AgentConfig } from './settings.ts';

export const AGENT_POLICY_KEY = 'agentPolicy';

interface AgentPolicyCache {
  url: string;
  policy: unknown;
  etag: string | null;
  fetchedAt: string;
}

async function readAgentCache(): Promise<AgentPolicyCache | undefined> {
  return (await browser.storage.local.get(AGENT_POLICY_KEY))[AGENT_POLICY_KEY] as AgentPolicyCache | undefined;
}

export interface PolicyState extends EffectivePolicy {
  problems: string[];
  agent: AgentConfig;
}

export async function computeEffectivePolicy(): Promise<PolicyState> {
  const [managed, local, cache] = await Promise.all([readManaged(), readLocalSettings(), readAgentCache()]);
  const agent = agentConfig(managed, local);
  const chosen = choosePolicy({
    managed,
    agent: cache && cache.url === agent.url ? cache.policy : undefined,
    local: local.localPolicy,
  });
  // The agency may pause protection fleet-wide; a user may pause it only where
  // the agency did not deploy a policy.
  const protectionOn =
    typeof managed.protectionOn === 'boolean'
      ? managed.protectionOn
      : chosen.source === 'managed'
        ? true
        : local.protectionOn !== false;
  return { policy: chosen.policy, source: chosen.source, protectionOn, problems: chosen.problems, agent };
}

/** Recompute and store `effectivePolicy` when it changed. */
export async function publishEffectivePolicy(): Promise<PolicyState> {
  const state = await computeEffectivePolicy();
  const next: EffectivePolicy = { policy: state.policy, source: state.source, protectionOn: state.protectionOn };
  const prev = (await browser.storage.local.get(STORAGE_KEYS.effectivePolicy))[STORAGE_KEYS.effectivePolicy];
  if (JSON.stringify(prev) !== JSON.stringify(next)) {
    await browser.storage.local.set({ [STORAGE_KEYS.effectivePolicy]: next });
  }
  return state;
}

/** Ask the agent for its policy (with the cached ETag); true when the cache changed. */
export async function refreshAgentPolicy(doFetch: Fetch, now: () => Date = () => new Date()): Promise<boolean> {
  const [managed, local, cache] = await Promise.all([readManaged(), readLocalSettings(), readAgentCache()]);
  const agent = agentConfig(managed, local);
  const sameAgent = cache?.url === agent.url;
  const result = await fetchAgentPolicy(doFetch, agent, sameAgent ? (cache?.etag ?? null) : null);
  if (result.kind === 'error') {
    await recordAgentError(agent.url, `policy: ${result.error}`, now());
    return false;
  }
  await recordAgentSuccess(agent.url, now());
  if (result.kind === 'unchanged') return false;
  const next: AgentPolicyCache = { url: agent.url, policy: result.policy, etag: result.etag, fetchedAt: now().toISOString() };
  await browser.storage.local.set({ [AGENT_POLICY_KEY]: next });
  return true;
}

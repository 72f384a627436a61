// HTTP to the local agent (interfaces.md §3, §4). Every request carries the
// bearer token; the browser adds the extension's Origin, which the agent checks.
import type { EventsResponse, PdpEvent } from '../../../shared/event/schema.ts';
import type { AgentConfig } from './settings.ts';

export type Fetch = typeof fetch;

function headers(config: AgentConfig, extra: Record<string, string> = {}): Record<string, string> {
  return { ...(config.token ? { authorization: `Bearer ${config.token}` } : {}), ...extra };
}

export type PolicyFetch =
  /** `policy` is null when the agent has no agency policy of its own (it serves its built-in default). */
  | { kind: 'policy'; policy: unknown; etag: string | null }
  | { kind: 'unchanged' }
  | { kind: 'error'; status: number | 'network'; error: string };

/** `GET /v1/policy` with If-None-Match. The agent may answer the policy itself or `{ policy }`. */
export async function fetchAgentPolicy(doFetch: Fetch, config: AgentConfig, etag: string | null): Promise<PolicyFetch> {
  let res: Response;
  try {
    res = await doFetch(`${config.url}/v1/policy`, {
      headers: headers(config, etag ? { 'if-none-match': etag } : {}),
      cache: 'no-store',
    });
  } catch (err) {
    return { kind: 'error', status: 'network', error: `network: ${(err as Error).name}` };
  }
  if (res.status === 304) return { kind: 'unchanged' };
  if (!res.ok) return { kind: 'error', status: res.status, error: `HTTP ${res.status}` };
  try {
    const body = (await res.json()) as Record<string, unknown>;
    const policy = body && typeof body === 'object' && 'policy' in body && !('version' in body) ? body.policy : body;
    // The agent answers its own built-in default when the hub gave it nothing;
    // that must not hide a policy the user set in the options page.
    const builtin = res.headers.get('x-pdp-policy-source') === 'builtin';
    return { kind: 'policy', policy: builtin ? null : policy, etag: res.headers.get('etag') };
  } catch {
    return { kind: 'error', status: res.status, error: 'policy is not JSON' };
  }
}

export type PostResult =
  | { status: number; body: Partial<EventsResponse> | null; retryAfter?: number }
  | { status: 'network'; error: string };

/** `POST /v1/events` with up to 100 events. */
export async function postEvents(doFetch: Fetch, config: AgentConfig, events: readonly PdpEvent[]): Promise<PostResult> {
  let res: Response;
  try {
    res = await doFetch(`${config.url}/v1/events`, {
      method: 'POST',
      headers: headers(config, { 'content-type': 'application/json' }),
      body: JSON.stringify({ events }),
    });
  } catch (err) {
    return { status: 'network', error: `network: ${(err as Error).name}` };
  }
  let body: Partial<EventsResponse> | null = null;
  try {
    body = (await res.json()) as Partial<EventsResponse>;
  } catch {
    body = null;
  }
  const retryAfter = Number(res.headers.get('retry-after'));
  return { status: res.status, body, ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfter } : {}) };
}

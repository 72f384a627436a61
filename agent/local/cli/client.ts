import type { AgentConfig } from '../config.ts';

export interface AgentAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** Calls the running agent on loopback, as the CLI does, with the token from its config. */
export async function callAgent(config: AgentConfig, token: string, method: 'GET' | 'POST', path: string): Promise<AgentAnswer> {
  const res = await fetch(`http://127.0.0.1:${config.port}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(120_000),
  });
  const text = await res.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = { error: 'not_json', detail: `HTTP ${res.status}` };
  }
  return { status: res.status, body };
}

// Valid §3 events for the agent tests.
import { randomUUID } from 'node:crypto';

export function makeEvent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: randomUUID(),
    occurredAt: new Date().toISOString(),
    site: 'https://mail.example.com',
    channel: 'paste',
    action: 'warn',
    decision: 'proceeded',
    findings: [{ type: 'cccd', category: 'basic', count: 2, distinct: 2, masked: ['**********45', '**********07'], tags: ['a1b2', '0c0d'], rules: ['cccd.structure'] }],
    summary: { total: 2, distinct: 2, looksLikeList: false },
    extensionVersion: '0.1.0',
    policyVersion: 'builtin-1',
    ...overrides,
  };
}

export async function postEvents(agent: { url: string; token: string }, events: unknown[], headers: Record<string, string> = {}) {
  const res = await fetch(`${agent.url}/v1/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${agent.token}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ events }),
  });
  return { status: res.status, body: (await res.json()) as { accepted: string[]; rejected: { id: string; reason: string }[]; error?: string; detail?: string } };
}

export async function waitFor<T>(fn: () => T | Promise<T>, what: string, timeoutMs = 20_000): Promise<NonNullable<T>> {
  const start = Date.now();
  for (;;) {
    const value = await fn();
    if (value) return value as NonNullable<T>;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// Valid §3 events for the background unit tests.
import type { PdpEvent } from '../../../shared/event/schema.ts';

export function sampleEvent(overrides: Partial<PdpEvent> = {}): PdpEvent {
  return {
    schemaVersion: 1,
    id: crypto.randomUUID(),
    occurredAt: new Date().toISOString(),
    site: 'https://chat.example.com',
    channel: 'paste',
    action: 'warn',
    decision: 'proceeded',
    findings: [{ type: 'phone', category: 'basic', count: 1, distinct: 1, masked: ['********78'], tags: ['1a2b'], rules: [] }],
    summary: { total: 1, distinct: 1, looksLikeList: false },
    extensionVersion: '0.1.0',
    policyVersion: 'builtin-1',
    ...overrides,
  };
}

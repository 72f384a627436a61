import { describe, expect, it } from 'vitest';
import { maskProblem, memoRedact, originOnly, scrubEvent } from './scrub.ts';

const event = (masked: string[]) =>
  ({ findings: [{ type: 'phone', category: 'basic', count: 1, distinct: 1, masked, tags: [], rules: [] }] }) as never;

describe('scrubbing events at the hub', () => {
  it('accepts record masks and refuses values that show more than two digits', () => {
    expect(maskProblem(event(['********78', '***@163.com', '[person_name]']))).toBeNull();
    expect(maskProblem(event(['091*****78']))).toMatch(/not a record mask/);
  });

  it('keeps only the origin of a frame origin', () => {
    expect(originOnly('https://frame.example.com/a/0912345678?x=1')).toBe('https://frame.example.com');
    expect(originOnly('not a url')).toBe('not a url');
  });

  it('runs every free-text field through redact, once per distinct string', () => {
    const seen: string[] = [];
    const redact = memoRedact((t) => (seen.push(t), t.replace(/\d{9,}/g, '[x]')));
    const e = {
      site: 'https://a.vn/?q=001099012345', frameOrigin: 'https://b.vn', justification: 'gửi 0912345678', file: { kind: 'scan-001099012345.pdf', sizeBytes: 1 },
      findings: [{ type: 'cccd', category: 'basic', count: 1, distinct: 1, masked: ['**45'], tags: [], rules: ['r1'] }],
      extensionVersion: '1', policyVersion: '1', agentVersion: '1',
    } as never;
    const out = scrubEvent(e, redact) as unknown as Record<string, unknown>;
    expect(JSON.stringify(out)).not.toMatch(/\d{9,}/);
    scrubEvent(e, redact);
    expect(seen.filter((t) => t === '1')).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { eventSchema, hubEventSchema, type PdpEvent } from '../../../shared/event/schema.ts';
import { anonymize, forceRecordMask, scrub } from './anonymize.ts';

const CCCD = '079203001234';
const PHONE = '0912345678';
const stamp = { user: '0123456789abcdef', workstation: 'PC-01', agentVersion: '0.1.0', receivedAt: '2026-03-02T03:04:05.678Z' };

function planted(): PdpEvent {
  return eventSchema.parse({
    schemaVersion: 1,
    id: '3f1c2b4a-8d9e-4f0a-b1c2-d3e4f5a6b7c8',
    occurredAt: '2026-03-02T03:04:05.000Z',
    site: `https://portal.example.vn/ho-so/${CCCD}?sdt=${PHONE}`,
    frameOrigin: `https://frame.example.vn/${PHONE}`,
    channel: 'paste',
    action: 'warn',
    decision: 'proceeded',
    findings: [
      { type: 'cccd', category: 'sensitive', count: 1, distinct: 1, masked: [CCCD, '**********34', 'CCCD 079 203 001 234'], tags: ['abcd'], rules: [`cccd.${CCCD}`, 'cccd structure!'] },
      { type: 'email', category: 'basic', count: 1, distinct: 1, masked: ['nguyen.van.a@gmail.com', '***@gmail.com'], tags: [], rules: [] },
      { type: 'person_name', category: 'basic', count: 1, distinct: 1, masked: ['Nguyễn Văn An', '[person_name]'], tags: [], rules: [] },
    ],
    summary: { total: 3, distinct: 3, looksLikeList: false },
    file: { kind: `scan ${PHONE}`, sizeBytes: 5 },
    justification: `Gửi hồ sơ CCCD ${CCCD}, sđt 0912 345 678`,
    extensionVersion: `0.1.0+${PHONE}`,
    policyVersion: `p-${CCCD}`,
  });
}

describe('anonymize', () => {
  it('leaves no planted identifier in any field and yields a valid hub event', () => {
    const out = anonymize(planted(), stamp);
    const text = JSON.stringify(out);
    for (const needle of [CCCD, PHONE, '0912 345 678', '079 203 001 234', 'nguyen.van.a', 'Nguyễn Văn An']) expect(text).not.toContain(needle);
    expect(hubEventSchema.parse(out)).toMatchObject({ user: stamp.user, workstation: 'PC-01', receivedAt: stamp.receivedAt });
  });

  it('reshapes masks to record masks and recomputes the category', () => {
    const out = anonymize(planted(), stamp);
    expect(out.findings[0].category).toBe('basic');
    expect(out.findings[0].masked.slice(0, 2)).toEqual(['**********34', '**********34']);
    expect(out.findings[0].masked[2]).toMatch(/^\*+34$|^\[cccd\]$/);
    expect(out.findings[1].masked).toEqual(['***@gmail.com', '***@gmail.com']);
    expect(out.findings[2].masked).toEqual(['[person_name]', '[person_name]']);
    expect(out.findings[0].rules[1]).toBe('cccdstructure');
  });

  it('drops fields the contract does not know', () => {
    const event = { ...planted(), rawText: CCCD } as PdpEvent;
    expect(JSON.stringify(anonymize(event, stamp))).not.toContain('rawText');
  });

  it('keeps ordinary text readable', () => {
    const out = anonymize(eventSchema.parse({ ...planted(), justification: 'Gửi báo cáo tháng 3 cho Sở', site: 'https://mail.example.com' }), stamp);
    expect(out.justification).toBe('Gửi báo cáo tháng 3 cho Sở');
    expect(out.site).toBe('https://mail.example.com');
  });

  it('gives the same answer with and without a shared memo', () => {
    const memo = new Map<string, string>();
    expect(anonymize(planted(), stamp, memo)).toEqual(anonymize(planted(), stamp));
    expect(anonymize(planted(), stamp, memo)).toEqual(anonymize(planted(), stamp));
    expect(memo.size).toBeGreaterThan(0);
  });
});

describe('scrub and forceRecordMask', () => {
  it('masks long digit runs the engine may not know, keeping the last two', () => {
    expect(scrub('ref 123-456-789-012 end')).not.toMatch(/123|456|789/);
    expect(scrub('ref 123-456-789-012 end')).toContain('12');
    expect(scrub('port 8080, year 2026')).toBe('port 8080, year 2026');
  });
  it('keeps record masks as they are and masks anything else', () => {
    expect(forceRecordMask('phone', '********78')).toBe('********78');
    expect(forceRecordMask('date_of_birth', '**/**/****')).toBe('**/**/****');
    expect(forceRecordMask('phone', PHONE)).toBe('********78');
    expect(forceRecordMask('address', '[person_name]')).toBe('[address]');
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeTag } from '../../../shared/mask/index.ts';
import { eventSchema } from '../../../shared/event/schema.ts';
import { DEFAULT_POLICY } from '../../../shared/policy/schema.ts';
import type { Report } from '../messages.ts';
import { handleReport, safeRecordMask } from './handle-report.ts';
import { openOutbox, type Outbox } from './outbox.ts';

const key = new Uint8Array(32).fill(7);
const CCCD = '038095001245';
const report: Report = {
  site: 'https://claimed.example',
  channel: 'paste',
  action: 'warn',
  decision: 'proceeded',
  findings: [
    { type: 'cccd', category: 'basic', count: 2, distinct: 1, masked: ['**********45'], rules: ['cccd.structure'], values: [CCCD] },
  ],
  summary: { total: 2, distinct: 1, looksLikeList: false },
  justification: `gửi cho bộ phận một cửa, số ${CCCD}`,
};

let box: Outbox;
let n = 0;
beforeEach(async () => {
  box = await openOutbox({ name: `report-test-${n++}` });
});
afterEach(() => box.close());

const ctx = () => ({
  tabUrl: 'https://chat.example.com/c/42?q=1',
  policy: DEFAULT_POLICY,
  key,
  outbox: box,
  extensionVersion: '0.1.0',
  // stands in for redactText: the test checks it is applied, the engine's own tests check redaction
  redact: (s: string) => s.replace(/\d{3,}/g, (m) => `${'*'.repeat(m.length - 2)}${m.slice(-2)}`),
});

describe('handleReport', () => {
  it('queues a valid §3 event with keyed tags and no raw value', async () => {
    const event = await handleReport(report, ctx());
    expect(eventSchema.safeParse(event).success).toBe(true);
    expect(event.findings[0]!.tags).toEqual([await computeTag(key, CCCD, 'cccd')]);
    expect(event.policyVersion).toBe(DEFAULT_POLICY.version);
    const stored = JSON.stringify(await box.peek(10));
    expect(stored).not.toContain(CCCD);
    expect(stored).not.toContain('values');
    // positive control: what the content script sent did hold the value
    expect(JSON.stringify(report)).toContain(CCCD);
  });

  it("records the tab's site per policy, not the page's claim", async () => {
    expect((await handleReport(report, ctx())).site).toBe('https://chat.example.com');
    const host = await handleReport(report, { ...ctx(), policy: { ...DEFAULT_POLICY, recordSite: 'host' } });
    expect(host.site).toBe('chat.example.com');
    const noTab = await handleReport(report, { ...ctx(), tabUrl: undefined });
    expect(noTab.site).toBe('https://claimed.example');
  });

  it('names a frame of another origin', async () => {
    const e = await handleReport(report, { ...ctx(), frameUrl: 'https://widget.example/embed' });
    expect(e.frameOrigin).toBe('https://widget.example');
    const same = await handleReport(report, { ...ctx(), frameUrl: 'https://chat.example.com/frame' });
    expect(same.frameOrigin).toBeUndefined();
  });

  it('masks the justification again', async () => {
    const e = await handleReport(report, ctx());
    expect(e.justification).toBe('gửi cho bộ phận một cửa, số **********45');
  });

  it('replaces a mask that shows too much by the type', async () => {
    const leaky: Report = { ...report, findings: [{ ...report.findings[0]!, masked: ['038*******45'] }] };
    const e = await handleReport(leaky, ctx());
    expect(e.findings[0]!.masked).toEqual(['[cccd]']);
  });
});

describe('safeRecordMask', () => {
  it('keeps record masks, refuses display masks and raw values', () => {
    expect(safeRecordMask('cccd', '**********45')).toBe('**********45');
    expect(safeRecordMask('email', '***@gmail.com')).toBe('***@gmail.com');
    expect(safeRecordMask('email', '***@mail123.vn')).toBe('***@mail123.vn');
    expect(safeRecordMask('person_name', '[person_name]')).toBe('[person_name]');
    expect(safeRecordMask('phone', '091*****78')).toBe('[phone]');
    expect(safeRecordMask('email', 'n***@gmail.com')).toBe('[email]');
    expect(safeRecordMask('cccd', CCCD)).toBe('[cccd]');
  });
});

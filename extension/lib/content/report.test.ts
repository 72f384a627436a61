import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../shared/policy/schema.ts';
import { evaluate } from '../../../shared/policy/evaluate.ts';
import { buildReport } from './report.ts';
import type { Finding } from '../../../shared/detect/types.ts';
import { scanFrom, scanText } from './scan.ts';
import { warningModel } from './warning-content.ts';

const phones = Array.from({ length: 25 }, (_, i) => `09123456${String(i).padStart(2, '0')}`);
const text = `Danh sách gọi lại: ${phones.join(', ')}. CCCD chủ hộ 001203004567.`;
const scan = scanText(text);
const verdict = evaluate(DEFAULT_POLICY, 'https://chat.example.com/', scan.summary);

describe('buildReport', () => {
  const report = buildReport({
    site: 'https://chat.example.com',
    channel: 'paste',
    action: verdict.action,
    decision: 'proceeded',
    scan,
    verdict,
    justification: 'Gọi lại cho công dân 0912345600 theo yêu cầu',
  });

  it('counts per type and keeps at most 3 record masks and 20 values for the tags', () => {
    const phone = report.findings.find((f) => f.type === 'phone')!;
    expect(phone.count).toBe(25);
    expect(phone.distinct).toBe(25);
    expect(phone.masked.length).toBeLessThanOrEqual(3);
    for (const m of phone.masked) expect(m).toMatch(/^\*+\d{2}$/);
    expect(phone.values).toHaveLength(20);
    expect(phone.rules).toEqual(['defaultAction']);
    expect(report.findings.find((f) => f.type === 'cccd')!.masked).toEqual(['**********67']);
  });

  it('carries no value outside `values`, which the service worker drops', () => {
    const { findings, ...rest } = report;
    const outside = JSON.stringify({ ...rest, findings: findings.map(({ values: _v, ...f }) => f) });
    for (const p of [...phones, '001203004567']) expect(outside).not.toContain(p);
  });

  it('record-masks the free-text reason before it leaves the page', () => {
    expect(report.justification).toBeDefined();
    expect(report.justification).not.toContain('0912345600');
    expect(report.justification).toContain('theo yêu cầu');
  });
});

describe('warningModel', () => {
  it('shows types with counts and display-masked examples, three at most', () => {
    const model = warningModel(scan, 'warn', 'paste', 'https://chat.example.com', ['Công dân yêu cầu']);
    const phone = model.rows.find((r) => r.type === 'phone')!;
    expect(phone.count).toBe(25);
    expect(phone.examples).toHaveLength(3);
    for (const e of phone.examples) expect(e).toMatch(/^091\*+\d{2}$/);
    expect(model.rows.find((r) => r.type === 'cccd')!.examples).toEqual(['001*******67']);
    expect(model.sensitive).toBe(false);
    expect(model.offerMask).toBe('paste');
    expect(model.reasons).toEqual(['Công dân yêu cầu']);
  });

  it('marks sensitive data (Decree 356 Art. 4) for the "why" sentence, and lists it first', () => {
    const t = 'Bệnh nhân có HIV, ĐT 0912345678';
    const at = t.indexOf('HIV');
    const health: Finding = { type: 'health', category: 'sensitive', start: at, end: at + 3, score: 1, masked: '[health]', displayMasked: '[health]', explanation: '' };
    const phone = scanText(t).findings.filter((f) => f.type === 'phone');
    const model = warningModel(scanFrom(t, [...phone, health]), 'warn', 'paste', 'x', []);
    expect(model.sensitive).toBe(true);
    expect(model.rows.map((r) => r.type)).toEqual(['health', 'phone']);
    expect(model.rows[0].examples).toEqual(['[health]']);
  });
});

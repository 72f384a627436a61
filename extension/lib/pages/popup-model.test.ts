import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../shared/policy/schema.ts';
import type { EffectivePolicy, Stats } from '../messages.ts';
import { popupModel } from './popup-model.ts';

const now = new Date('2026-11-22T10:00:00Z');
const effective: EffectivePolicy = {
  policy: { ...DEFAULT_POLICY, blockedSites: ['chat.example.com'] },
  source: 'agent',
  protectionOn: true,
};
const stats: Stats = {
  day: '2026-11-22',
  detections: 4,
  byType: { phone: 2, cccd: 7, email: 0 },
  outbox: { depth: 1, dropped: 0, rejected: 2 },
  agent: { url: 'http://127.0.0.1:7381', lastSuccessAt: '2026-11-22T09:58:00.000Z', lastErrorAt: null, lastError: null },
};

describe('popupModel', () => {
  it('says whether the site is approved, blocked or other', () => {
    expect(popupModel('https://dichvucong.gov.vn/p', effective, stats, now).site).toEqual({
      host: 'dichvucong.gov.vn',
      status: 'approved',
      pattern: '*.gov.vn',
    });
    expect(popupModel('https://chat.example.com/', effective, stats, now).site.status).toBe('blocked');
    expect(popupModel('https://zalo.me/', effective, stats, now).site.status).toBe('other');
    expect(popupModel('chrome://newtab/', effective, stats, now).site.status).toBe('not-a-site');
    expect(popupModel(undefined, effective, stats, now).site.status).toBe('not-a-site');
  });
  it("lists today's detections by type, most first, without zeros", () => {
    const m = popupModel('https://zalo.me/', effective, stats, now);
    expect(m.detections).toBe(4);
    expect(m.byType).toEqual([
      { type: 'cccd', count: 7 },
      { type: 'phone', count: 2 },
    ]);
  });
  it('calls the agent connected only after a recent success without a later error', () => {
    expect(popupModel(undefined, effective, stats, now).agent.connected).toBe(true);
    const failing = { ...stats, agent: { ...stats.agent, lastError: 'network: TypeError', lastErrorAt: now.toISOString() } };
    expect(popupModel(undefined, effective, failing, now).agent.connected).toBe(false);
    const stale = { ...stats, agent: { ...stats.agent, lastSuccessAt: '2026-11-21T09:00:00.000Z' } };
    expect(popupModel(undefined, effective, stale, now).agent.connected).toBe(false);
  });
});

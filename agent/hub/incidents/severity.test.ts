import { describe, expect, it } from 'vitest';
import { assessSeverity, levelOf } from './severity.ts';
import { addEvent, emptyStats } from './stats.ts';

const finding = (type: string, category: 'basic' | 'sensitive', distinct: number) =>
  ({ type, category, count: distinct, distinct, masked: ['**45'], tags: [], rules: [] }) as never;

function stats(decision: string, action: string, findings: never[], distinct: number) {
  return addEvent(emptyStats(), { findings, decision, action, channel: 'paste', summary: { total: distinct, distinct, looksLikeList: distinct >= 10 } } as never);
}

describe('severity (ENISA SE = DPC × EI + CB)', () => {
  it('scores the README worked example: 25 CCCD numbers pasted to an external site after a warning', () => {
    const r = assessSeverity(stats('proceeded', 'warn', [finding('cccd', 'basic', 25)], 25), true);
    // DPC 1 + 1 for a list = 2; EI 1 (direct identifier); CB 0.5 external + 0.25 after warning
    expect(r.score).toBe(2.75);
    expect(r.severity).toBe('medium');
    expect(r.explanation.map((f) => f.factor)).toEqual(['dpc', 'volume', 'ei', 'cb', 'score']);
  });

  it('rates sensitive data above basic data', () => {
    const basic = assessSeverity(stats('proceeded', 'warn', [finding('phone', 'basic', 1)], 1), true);
    const health = assessSeverity(stats('proceeded', 'warn', [finding('health', 'sensitive', 1), finding('person_name', 'basic', 1)], 1), true);
    expect(health.score).toBeGreaterThan(basic.score);
    expect(health.severity).toBe('high');
  });

  it('lowers a blocked or cancelled attempt below the same data that proceeded', () => {
    const blocked = assessSeverity(stats('blocked', 'block', [finding('cccd', 'basic', 200)], 200), true);
    const sent = assessSeverity(stats('proceeded', 'warn', [finding('cccd', 'basic', 200)], 200), true);
    expect(blocked.severity).toBe('low');
    expect(sent.score).toBeGreaterThan(blocked.score);
    expect(sent.severity).toBe('high');
  });

  it('rates an external site above an approved one', () => {
    const s = stats('audited', 'audit', [finding('bank_account', 'sensitive', 3)], 3);
    expect(assessSeverity(s, true).score).toBeGreaterThan(assessSeverity(s, false).score);
  });

  it('maps scores to ENISA levels', () => {
    expect([1.9, 2, 3, 4.5].map(levelOf)).toEqual(['low', 'medium', 'high', 'very_high']);
  });
});

import { describe, expect, it } from 'vitest';
import { deadlineFrom, deadlineState, defaultForm } from './deadline.ts';

const discovered = '2026-03-02T08:00:00.000Z';
const deadline = deadlineFrom(discovered);
const at = (iso: string) => new Date(iso);

describe('72-hour deadline', () => {
  it('runs 72 hours from discovery', () => {
    expect(deadline).toBe('2026-03-05T08:00:00.000Z');
  });

  it('is running, then near with under 12 hours left, then overdue', () => {
    const open = { status: 'investigating' as const, deadline, notifiedAt: null };
    expect(deadlineState(open, at('2026-03-04T19:59:00.000Z'))).toBe('running');
    expect(deadlineState(open, at('2026-03-04T20:01:00.000Z'))).toBe('near');
    expect(deadlineState(open, at('2026-03-05T08:00:01.000Z'))).toBe('overdue');
  });

  it('is met when notified in time, none when judged not a breach', () => {
    expect(deadlineState({ status: 'notified', deadline, notifiedAt: '2026-03-04T00:00:00.000Z' }, at('2026-04-01T00:00:00.000Z'))).toBe('met');
    expect(deadlineState({ status: 'notified', deadline, notifiedAt: '2026-03-06T00:00:00.000Z' }, at('2026-04-01T00:00:00.000Z'))).toBe('overdue');
    expect(deadlineState({ status: 'not_a_breach', deadline, notifiedAt: null }, at('2026-04-01T00:00:00.000Z'))).toBe('none');
  });

  it('chooses Form 03 before 2026 and Form 08 from 2026', () => {
    expect(defaultForm('2025-12-31T23:59:59.999Z')).toBe('03');
    expect(defaultForm('2026-01-01T00:00:00.000Z')).toBe('08');
  });
});

import { describe, expect, it } from 'vitest';
import { canAssess, needsReason, nextStatuses } from './status-flow.ts';

describe('assessment workflow', () => {
  it('follows new → investigating → decision → notified → closed', () => {
    expect(nextStatuses('new')).toEqual(['investigating']);
    expect(nextStatuses('investigating')).toEqual(['breach_confirmed', 'not_a_breach']);
    expect(nextStatuses('breach_confirmed')).toEqual(['notified']);
    expect(nextStatuses('not_a_breach')).toEqual(['closed']);
    expect(nextStatuses('notified')).toEqual(['closed']);
    expect(nextStatuses('closed')).toEqual([]);
    expect(nextStatuses('bogus')).toEqual([]);
  });
  it('demands a reason for decisions only', () => {
    expect(needsReason('breach_confirmed')).toBe(true);
    expect(needsReason('not_a_breach')).toBe(true);
    expect(needsReason('investigating')).toBe(false);
  });
  it('lets only dpo and admin assess', () => {
    expect(canAssess('dpo')).toBe(true);
    expect(canAssess('admin')).toBe(true);
    expect(canAssess('viewer')).toBe(false);
    expect(canAssess(undefined)).toBe(false);
  });
});

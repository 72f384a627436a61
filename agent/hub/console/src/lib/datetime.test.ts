import { describe, expect, it } from 'vitest';
import { dayBoundary, formatDate, formatDateTime, formatDayKey, fromLocalInput, toLocalInput } from './datetime.ts';

describe('Vietnam-time formatting', () => {
  it('shows UTC instants as dd/mm/yyyy HH:mm in UTC+7', () => {
    expect(formatDateTime('2026-03-01T20:30:00.000Z')).toBe('02/03/2026 03:30');
    expect(formatDateTime('2026-12-31T16:59:00Z')).toBe('31/12/2026 23:59');
    expect(formatDate('2026-12-31T17:00:00Z')).toBe('01/01/2027');
  });
  it('returns an empty string for missing or invalid input', () => {
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime('not a date')).toBe('');
  });
  it('round-trips datetime-local values through Vietnam time', () => {
    expect(toLocalInput('2026-05-10T01:15:00.000Z')).toBe('2026-05-10T08:15');
    expect(fromLocalInput('2026-05-10T08:15')).toBe('2026-05-10T01:15:00.000Z');
    expect(fromLocalInput('garbage')).toBeNull();
  });
  it('turns a date filter into the bounds of that Vietnamese day', () => {
    expect(dayBoundary('2026-05-10', false)).toBe('2026-05-09T17:00:00.000Z');
    expect(dayBoundary('2026-05-10', true)).toBe('2026-05-10T16:59:59.999Z');
    expect(dayBoundary('10/05/2026', false)).toBeNull();
  });
  it('shortens day keys for chart axes', () => {
    expect(formatDayKey('2026-05-10')).toBe('10/05');
  });
});

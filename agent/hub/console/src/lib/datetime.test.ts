import { describe, expect, it } from 'vitest';
import {
  dayBoundary,
  formatDate,
  formatDateTime,
  formatDayKey,
  formatVnDate,
  fromLocalInput,
  parseVnDate,
  parseVnDateTime,
  toLocalInput,
} from './datetime.ts';

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

describe('typed Vietnamese dates', () => {
  it('reads dd/mm/yyyy, day first, and rejects impossible dates', () => {
    expect(parseVnDate('10/11/2026')).toBe('2026-11-10');
    expect(parseVnDate(' 1/2/2026 ')).toBe('2026-02-01');
    expect(parseVnDate('01.02.2026')).toBe('2026-02-01');
    expect(parseVnDate('31/02/2026')).toBeNull();
    expect(parseVnDate('2026-02-01')).toBeNull();
    expect(parseVnDate('')).toBeNull();
  });
  it('writes yyyy-mm-dd back as dd/mm/yyyy', () => {
    expect(formatVnDate('2026-11-10')).toBe('10/11/2026');
    expect(formatVnDate('')).toBe('');
  });
  it('reads dd/mm/yyyy HH:mm as Vietnam time', () => {
    expect(parseVnDateTime('10/05/2026 08:15')).toBe('2026-05-10T01:15:00.000Z');
    expect(parseVnDateTime('10/05/2026 24:00')).toBeNull();
    expect(parseVnDateTime('10/05/2026')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  filtersFromParams,
  filtersToApiQuery,
  filtersToParams,
  pageCount,
  toggleSort,
} from './incident-query.ts';

describe('incident filters', () => {
  it('round-trips through the hash, keeping only non-default values', () => {
    const f = { ...DEFAULT_FILTERS, type: 'cccd', status: 'new', q: 'chat', page: 3, sort: 'deadline' as const, order: 'asc' as const };
    const params = filtersToParams(f);
    expect(params.toString()).toBe('type=cccd&status=new&q=chat&sort=deadline&order=asc&page=3');
    expect(filtersFromParams(params)).toEqual(f);
    expect(filtersToParams(DEFAULT_FILTERS).toString()).toBe('');
  });
  it('drops malformed values instead of sending them to the hub', () => {
    const f = filtersFromParams(new URLSearchParams('from=yesterday&sort=drop table&order=sideways&page=-2&pageSize=9999'));
    expect(f).toEqual(DEFAULT_FILTERS);
  });
  it('turns day filters into Vietnam-time bounds for the API', () => {
    const q = new URLSearchParams(filtersToApiQuery({ ...DEFAULT_FILTERS, from: '2026-05-01', to: '2026-05-31', severity: 'high' }));
    expect(q.get('from')).toBe('2026-04-30T17:00:00.000Z');
    expect(q.get('to')).toBe('2026-05-31T16:59:59.999Z');
    expect(q.get('severity')).toBe('high');
    expect(q.get('sort')).toBe('lastSeen');
    expect(q.get('page')).toBe('1');
    expect(q.has('type')).toBe(false);
  });
  it('flips the order on the same column and resets to page 1', () => {
    const f = { ...DEFAULT_FILTERS, page: 4 };
    const a = toggleSort(f, 'lastSeen');
    expect([a.sort, a.order, a.page]).toEqual(['lastSeen', 'asc', 1]);
    const b = toggleSort(a, 'severity');
    expect([b.sort, b.order]).toEqual(['severity', 'desc']);
  });
  it('counts pages, at least one', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(26, 25)).toBe(2);
  });
});

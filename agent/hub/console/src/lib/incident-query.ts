// The incident list's filters live in the URL hash (so a filtered view can be
// bookmarked or sent to a colleague) and become the hub's query string.
import { dayBoundary } from './datetime.ts';

export const SORT_KEYS = ['lastSeen', 'firstSeen', 'severity', 'deadline', 'eventCount'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface IncidentFilters {
  from: string; // yyyy-mm-dd, Vietnam day
  to: string;
  severity: string;
  type: string;
  site: string;
  status: string;
  q: string;
  sort: SortKey;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export const DEFAULT_FILTERS: IncidentFilters = {
  from: '',
  to: '',
  severity: '',
  type: '',
  site: '',
  status: '',
  q: '',
  sort: 'lastSeen',
  order: 'desc',
  page: 1,
  pageSize: 25,
};

const TEXT_KEYS = ['from', 'to', 'severity', 'type', 'site', 'status', 'q'] as const;

function positiveInt(value: string | null, fallback: number, max: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
}

/** Filters from the hash's query part; anything unknown falls back to the default. */
export function filtersFromParams(params: URLSearchParams): IncidentFilters {
  const f: IncidentFilters = { ...DEFAULT_FILTERS };
  for (const k of TEXT_KEYS) f[k] = (params.get(k) ?? '').trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.from)) f.from = '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.to)) f.to = '';
  const sort = params.get('sort');
  if (sort && (SORT_KEYS as readonly string[]).includes(sort)) f.sort = sort as SortKey;
  const order = params.get('order');
  if (order === 'asc' || order === 'desc') f.order = order;
  f.page = positiveInt(params.get('page'), 1, 100_000);
  f.pageSize = positiveInt(params.get('pageSize'), DEFAULT_FILTERS.pageSize, 200);
  return f;
}

/** The hash's query part: only what differs from the defaults, so links stay short. */
export function filtersToParams(f: IncidentFilters): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of TEXT_KEYS) if (f[k]) p.set(k, f[k]);
  if (f.sort !== DEFAULT_FILTERS.sort) p.set('sort', f.sort);
  if (f.order !== DEFAULT_FILTERS.order) p.set('order', f.order);
  if (f.page !== 1) p.set('page', String(f.page));
  if (f.pageSize !== DEFAULT_FILTERS.pageSize) p.set('pageSize', String(f.pageSize));
  return p;
}

/** The query string for GET /api/incidents: days become Vietnam-time instants. */
export function filtersToApiQuery(f: IncidentFilters): string {
  const p = new URLSearchParams();
  const from = f.from ? dayBoundary(f.from, false) : null;
  const to = f.to ? dayBoundary(f.to, true) : null;
  if (from) p.set('from', from);
  if (to) p.set('to', to);
  for (const k of ['severity', 'type', 'site', 'status', 'q'] as const) if (f[k]) p.set(k, f[k]);
  p.set('sort', f.sort);
  p.set('order', f.order);
  p.set('page', String(f.page));
  p.set('pageSize', String(f.pageSize));
  return p.toString();
}

/** Clicking a column header: same column flips the order, a new one starts descending. */
export function toggleSort(f: IncidentFilters, key: SortKey): IncidentFilters {
  const order = f.sort === key ? (f.order === 'desc' ? 'asc' : 'desc') : 'desc';
  return { ...f, sort: key, order, page: 1 };
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

// A tiny hash router: `#/incidents/42?status=new` → { name, params, query }.
// Hash routing keeps every page reachable behind the hub's plain static server.
export const ROUTE_NAMES = [
  'dashboard',
  'incidents',
  'incident',
  'reports',
  'policy',
  'fleet',
  'users',
  'profile',
  'audit',
  'account',
] as const;
export type RouteName = (typeof ROUTE_NAMES)[number];

export interface Route {
  name: RouteName | 'not_found';
  id?: string;
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const q = raw.indexOf('?');
  const path = q === -1 ? raw : raw.slice(0, q);
  const query = new URLSearchParams(q === -1 ? '' : raw.slice(q + 1));
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (segments.length === 0) return { name: 'dashboard', query };
  if (segments[0] === 'incidents' && segments.length === 2) return { name: 'incident', id: segments[1], query };
  if (segments.length === 1 && (ROUTE_NAMES as readonly string[]).includes(segments[0]) && segments[0] !== 'incident') {
    return { name: segments[0] as RouteName, query };
  }
  return { name: 'not_found', query };
}

export function hrefFor(name: RouteName, id?: string, query?: URLSearchParams): string {
  const base = name === 'dashboard' ? '#/' : name === 'incident' ? `#/incidents/${encodeURIComponent(id ?? '')}` : `#/${name}`;
  const qs = query?.toString();
  return qs ? `${base}?${qs}` : base;
}

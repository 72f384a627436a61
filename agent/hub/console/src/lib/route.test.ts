import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash } from './route.ts';

describe('hash routes', () => {
  it('maps the empty hash to the dashboard', () => {
    expect(parseHash('').name).toBe('dashboard');
    expect(parseHash('#/').name).toBe('dashboard');
  });
  it('reads an incident id and the query', () => {
    const r = parseHash('#/incidents/inc%2042?tab=notes');
    expect(r.name).toBe('incident');
    expect(r.id).toBe('inc 42');
    expect(r.query.get('tab')).toBe('notes');
  });
  it('reads list pages with filters', () => {
    const r = parseHash('#/incidents?status=new&type=cccd');
    expect(r.name).toBe('incidents');
    expect(r.query.get('type')).toBe('cccd');
  });
  it('does not route unknown or malformed paths', () => {
    expect(parseHash('#/nowhere').name).toBe('not_found');
    expect(parseHash('#/incident').name).toBe('not_found');
    expect(parseHash('#/incidents/1/2').name).toBe('not_found');
  });
  it('builds hrefs that parse back to the same route', () => {
    const href = hrefFor('incident', 'a/b');
    expect(href).toBe('#/incidents/a%2Fb');
    expect(parseHash(href).id).toBe('a/b');
    expect(hrefFor('incidents', undefined, new URLSearchParams('status=new'))).toBe('#/incidents?status=new');
    expect(hrefFor('dashboard')).toBe('#/');
  });
});

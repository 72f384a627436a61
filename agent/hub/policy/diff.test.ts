import { describe, expect, it } from 'vitest';
import { diff } from './diff.ts';

describe('policy diff', () => {
  it('reports changed keys by path and site lists as additions/removals', () => {
    const a = { version: 'hub-1', approvedSites: ['*.gov.vn', 'a.vn'], defaultAction: 'warn', actions: { cccd: 'warn' } };
    const b = { version: 'hub-2', approvedSites: ['*.gov.vn', 'b.vn'], defaultAction: 'block', actions: { cccd: 'warn', health: 'block' } };
    expect(diff(a, b)).toEqual([
      { path: 'actions.health', before: null, after: 'block' },
      { path: 'approvedSites[]', before: 'a.vn', after: null },
      { path: 'approvedSites[]', before: null, after: 'b.vn' },
      { path: 'defaultAction', before: 'warn', after: 'block' },
      { path: 'version', before: 'hub-1', after: 'hub-2' },
    ]);
  });

  it('finds nothing between equal policies', () => {
    expect(diff({ x: [1, 2], y: { z: 1 } }, { x: [1, 2], y: { z: 1 } })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { clearUsed, forgetScanCaches, perScan, scanCache } from './scan-cache.ts';

describe('scan caches', () => {
  it('keep a value per scan, and call its release when the engine lets go of one held', () => {
    const released: string[] = [];
    const cache = scanCache<string[]>(() => released.push('released'));
    const scanA = {};
    const made = perScan(cache, scanA, () => ['a']);
    expect(perScan(cache, scanA, () => ['other'])).toBe(made);
    forgetScanCaches();
    expect(released).toEqual(['released']);
    expect(cache.value).toBeNull();
    // Nothing held: nothing to release.
    forgetScanCaches();
    expect(released).toEqual(['released']);
  });

  it('empty a map or set only when something is in it, and empty it then', () => {
    const map = new Map([[1, 'x']]);
    clearUsed(map);
    expect(map.size).toBe(0);
    let cleared = 0;
    const empty = { size: 0, clear: () => cleared++ };
    clearUsed(empty);
    expect(cleared).toBe(0);
  });
});

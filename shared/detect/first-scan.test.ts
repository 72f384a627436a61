import { describe, expect, it } from 'vitest';
import { atFirstScan, prepareTables, tablesReady } from './first-scan.ts';

describe('atFirstScan', () => {
  it('runs the fills at the first preparation, in the order registered, once', () => {
    const order: string[] = [];
    atFirstScan(() => order.push('a'));
    atFirstScan(() => {
      order.push('b');
      // A fill that builds another table gets it filled at once.
      atFirstScan(() => order.push('b1'));
    });
    atFirstScan(() => order.push('c'));
    expect(order).toEqual([]);
    expect(tablesReady()).toBe(false);
    prepareTables();
    expect(order).toEqual(['a', 'b', 'b1', 'c']);
    prepareTables();
    expect(order).toEqual(['a', 'b', 'b1', 'c']);
    atFirstScan(() => order.push('late'));
    expect(order.at(-1)).toBe('late');
    expect(tablesReady()).toBe(true);
  });
});

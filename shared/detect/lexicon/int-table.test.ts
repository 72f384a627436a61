import { describe, expect, it } from 'vitest';
import { IntTable, intSet } from './int-table.ts';

describe('IntTable', () => {
  it('answers like a Map for int32 keys, including ones outside the small-integer range', () => {
    let s = 5;
    const next = () => {
      s = (Math.imul(s, 1664525) + 1013904223) | 0;
      return s;
    };
    for (const size of [0, 1, 3, 40, 1000]) {
      const map = new Map<number, number>();
      for (let i = 0; i < size; i++) map.set(next(), i);
      map.set(0, size);
      map.set(-1, size + 1);
      map.set(0x7fffffff, size + 2);
      map.set(-0x80000000, size + 3);
      const table = new IntTable(map);
      expect(table.size).toBe(map.size);
      for (const [k, v] of map) expect(table.get(k)).toBe(v);
      for (let i = 0; i < 2000; i++) {
        const k = next();
        expect(table.get(k)).toBe(map.get(k) ?? -1);
      }
    }
  });

  it('keeps the last value of a repeated key, and a set holds its keys', () => {
    expect(new IntTable([[7, 1], [7, 2]]).get(7)).toBe(2);
    const set = intSet([3, -3, 1 << 30]);
    expect([set.has(3), set.has(-3), set.has(1 << 30), set.has(4)]).toEqual([true, true, true, false]);
  });

  it('holds the extreme values (bit masks up to bit 30, the int32 minimum) and refuses -1', () => {
    const table = new IntTable([[1, 0x7fffffff], [2, -0x80000000], [3, 0]]);
    expect([table.get(1), table.get(2), table.get(3), table.get(4)]).toEqual([0x7fffffff, -0x80000000, 0, -1]);
    expect(() => new IntTable([[5, -1]])).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { actionRows, rowsToActions, rowsToThresholds, thresholdRows } from './policy-form.ts';

describe('policy form rows', () => {
  it('round-trips actions, dropping blank keys', () => {
    const actions = { cccd: 'block' as const, sensitive: 'warn' as const };
    const rows = actionRows(actions);
    expect(rows).toEqual([{ key: 'cccd', action: 'block' }, { key: 'sensitive', action: 'warn' }]);
    expect(rowsToActions([...rows, { key: '  ', action: 'allow' }])).toEqual(actions);
  });
  it('round-trips thresholds, grouping by key and ordering by min', () => {
    const rows = [
      { key: '*', min: 50, action: 'block' as const },
      { key: 'phone', min: 5, action: 'warn' as const },
      { key: '*', min: 10, action: 'warn' as const },
    ];
    const th = rowsToThresholds(rows);
    expect(th).toEqual({ '*': [{ min: 10, action: 'warn' }, { min: 50, action: 'block' }], phone: [{ min: 5, action: 'warn' }] });
    expect(thresholdRows(th)).toHaveLength(3);
  });
});

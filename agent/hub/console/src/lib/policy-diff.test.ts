import { describe, expect, it } from 'vitest';
import { changeKind, diffValues, formatDiffValue, parseLines } from './policy-diff.ts';

describe('policy diff', () => {
  const v1 = {
    version: '1',
    approvedSites: ['*.gov.vn', 'intranet.local'],
    defaultAction: 'warn',
    actions: { cccd: 'warn' },
    thresholds: { '*': [{ min: 10, action: 'block' }] },
  };
  const v2 = {
    version: '2',
    approvedSites: ['*.gov.vn', 'dichvucong.gov.vn'],
    defaultAction: 'warn',
    actions: { cccd: 'block', sensitive: 'block_with_override' },
    thresholds: { '*': [{ min: 5, action: 'block' }] },
  };

  it('reports one row per site added or removed, and per changed setting', () => {
    const changes = diffValues(v1, v2);
    expect(changes).toEqual([
      { path: 'actions.cccd', before: 'warn', after: 'block' },
      { path: 'actions.sensitive', before: undefined, after: 'block_with_override' },
      { path: 'approvedSites', before: 'intranet.local', after: undefined },
      { path: 'approvedSites', before: undefined, after: 'dichvucong.gov.vn' },
      { path: 'thresholds.*', before: [{ min: 10, action: 'block' }], after: [{ min: 5, action: 'block' }] },
      { path: 'version', before: '1', after: '2' },
    ]);
  });
  it('finds nothing between equal policies', () => {
    expect(diffValues(v1, structuredClone(v1))).toEqual([]);
  });
  it('classifies and formats rows', () => {
    expect(changeKind({ path: 'a', before: undefined, after: 'x' })).toBe('added');
    expect(changeKind({ path: 'a', before: 'x', after: null })).toBe('removed');
    expect(changeKind({ path: 'a', before: 1, after: 2 })).toBe('changed');
    expect(formatDiffValue([{ min: 5 }])).toBe('[{"min":5}]');
    expect(formatDiffValue(undefined)).toBe('');
  });
  it('parses one entry per line without blanks or duplicates', () => {
    expect(parseLines(' a.gov.vn \n\nb.vn\na.gov.vn\n')).toEqual(['a.gov.vn', 'b.vn']);
  });
});

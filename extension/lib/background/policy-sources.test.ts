import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../shared/policy/schema.ts';
import { choosePolicy } from './policy-sources.ts';

const p = (version: string) => ({ version, approvedSites: [`${version}.vn`] });

describe('choosePolicy', () => {
  it('managed beats agent beats local beats the built-in default', () => {
    expect(choosePolicy({ managed: { policy: p('m') }, agent: p('a'), local: p('l') })).toMatchObject({
      source: 'managed',
      policy: { version: 'm' },
    });
    expect(choosePolicy({ managed: {}, agent: p('a'), local: p('l') })).toMatchObject({ source: 'agent', policy: { version: 'a' } });
    expect(choosePolicy({ managed: {}, local: p('l') })).toMatchObject({ source: 'local', policy: { version: 'l' } });
    expect(choosePolicy({ managed: {} })).toEqual({ source: 'default', policy: DEFAULT_POLICY, problems: [] });
  });
  it('accepts a managed policy given as JSON text', () => {
    expect(choosePolicy({ managed: { policyJson: JSON.stringify(p('j')) } }).policy.version).toBe('j');
    expect(choosePolicy({ managed: { policy: JSON.stringify(p('s')) } }).policy.version).toBe('s');
  });
  it('fills defaults of the schema', () => {
    const chosen = choosePolicy({ managed: { policy: { version: 'x' } } });
    expect(chosen.policy).toMatchObject({ defaultAction: 'warn', blockedSites: [], recordSite: 'origin' });
  });
  it('skips an invalid source, says why, and uses the next', () => {
    const chosen = choosePolicy({ managed: { policy: { version: 'm', defaultAction: 'explode' } }, agent: p('a') });
    expect(chosen.source).toBe('agent');
    expect(chosen.problems).toHaveLength(1);
    expect(chosen.problems[0]).toMatch(/^managed policy ignored: defaultAction/);
    expect(choosePolicy({ managed: { policyJson: '{not json' } }).source).toBe('default');
  });
});

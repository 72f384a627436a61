import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../shared/policy/schema.ts';
import { checkPolicyText, policyToText } from './policy-editor.ts';

describe('checkPolicyText', () => {
  it('accepts what it exports', () => {
    expect(checkPolicyText(policyToText(DEFAULT_POLICY))).toEqual({ ok: true, policy: DEFAULT_POLICY });
  });
  it('reports broken JSON', () => {
    const r = checkPolicyText('{"version": ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.key).toBe('options_error_json');
  });
  it('names the field that fails the schema', () => {
    const r = checkPolicyText(JSON.stringify({ version: 'x', defaultAction: 'explode' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ key: 'options_error_field', where: 'defaultAction' });
  });
  it('refuses site patterns that would match nothing', () => {
    const r = checkPolicyText(JSON.stringify({ version: 'x', approvedSites: ['https://x.gov.vn'] }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ key: 'options_error_pattern', where: 'approvedSites' });
  });
});

// Validation for the options page's policy editor and import: JSON, then the
// zod schema, then the site patterns. Errors name the place, in the user's
// language through message keys.
import { invalidPatterns } from '../../../shared/policy/match.ts';
import { policySchema, type Policy } from '../../../shared/policy/schema.ts';

export type EditorCheck =
  | { ok: true; policy: Policy }
  | { ok: false; problems: { key: string; where: string; detail: string }[] };

export function checkPolicyText(text: string): EditorCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [{ key: 'options_error_json', where: '', detail: (err as Error).message }] };
  }
  const parsed = policySchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 10).map((i) => ({
        key: 'options_error_field',
        where: i.path.map(String).join('.') || '(root)',
        detail: i.message,
      })),
    };
  }
  const bad = [
    ...invalidPatterns(parsed.data.approvedSites).map((b) => ({ ...b, list: 'approvedSites' })),
    ...invalidPatterns(parsed.data.blockedSites).map((b) => ({ ...b, list: 'blockedSites' })),
  ];
  if (bad.length > 0) {
    return {
      ok: false,
      problems: bad.map((b) => ({ key: 'options_error_pattern', where: b.list, detail: b.reason })),
    };
  }
  return { ok: true, policy: parsed.data };
}

export function policyToText(policy: Policy): string {
  return `${JSON.stringify(policy, null, 2)}\n`;
}

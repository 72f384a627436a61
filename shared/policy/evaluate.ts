// What policy asks for a set of findings on a site (interfaces.md §6).
//
// Precedence, documented in the README:
// 1. Site: blocked beats approved. A blocked site gets `block` for any
//    finding; an approved site gets `allow`; any other site goes on to 2.
// 2. Per finding type, the base action is the first of actions[type],
//    actions[category], actions["*"], defaultAction (type beats category
//    beats "*").
// 3. Thresholds count distinct values: thresholds[type] against the type's
//    distinct count, thresholds[category] against the category's, and
//    thresholds["*"] against all distinct values. Every rule whose `min` is
//    reached applies, and the strictest of them and the base action wins, so
//    a threshold only ever escalates ("warn on one CCCD, block on ten").
// 4. The text's action is the strictest over its types.
// Strictness: allow < audit < warn < mask < block_with_override < block.
import type { Action } from '../event/schema.ts';
import type { TextSummary } from '../detect/api.ts';
import { categoryOf, type Category, type FindingType } from '../detect/types.ts';
import type { Policy } from './schema.ts';
import { firstMatch } from './match.ts';

export const STRICTNESS: readonly Action[] = ['allow', 'audit', 'warn', 'mask', 'block_with_override', 'block'];

export function stricter(a: Action, b: Action): Action {
  return STRICTNESS.indexOf(b) > STRICTNESS.indexOf(a) ? b : a;
}

export type SiteStatus = 'approved' | 'blocked' | 'other';

export interface SiteVerdict {
  status: SiteStatus;
  /** The pattern that decided, for the popup and the dialog ("matched *.gov.vn"). */
  pattern: string | null;
}

export function siteStatus(policy: Pick<Policy, 'approvedSites' | 'blockedSites'>, url: string | URL): SiteVerdict {
  const blocked = firstMatch(policy.blockedSites, url);
  if (blocked !== null) return { status: 'blocked', pattern: blocked };
  const approved = firstMatch(policy.approvedSites, url);
  if (approved !== null) return { status: 'approved', pattern: approved };
  return { status: 'other', pattern: null };
}

export interface TypeVerdict {
  type: FindingType;
  action: Action;
  /** Policy rules that produced the action, e.g. `actions.cccd`, `thresholds.*>=10`. No values. */
  rules: string[];
}

export interface Verdict {
  site: SiteVerdict;
  /** The strictest action over all types; `allow` when there is nothing to act on. */
  action: Action;
  byType: TypeVerdict[];
}

export type SummaryCounts = Pick<TextSummary, 'byType' | 'distinct'>;

function baseAction(policy: Policy, type: FindingType, category: Category): { action: Action; rule: string } {
  for (const key of [type, category, '*']) {
    const a = policy.actions[key];
    if (a) return { action: a, rule: `actions.${key}` };
  }
  return { action: policy.defaultAction, rule: 'defaultAction' };
}

function thresholdHits(policy: Policy, key: string, distinct: number): { action: Action; rule: string }[] {
  const rules = policy.thresholds[key] ?? [];
  return rules.filter((r) => distinct >= r.min).map((r) => ({ action: r.action, rule: `thresholds.${key}>=${r.min}` }));
}

/** Decide what policy asks for these findings on this page. */
export function evaluate(policy: Policy, url: string | URL, summary: SummaryCounts): Verdict {
  const site = siteStatus(policy, url);
  const types = (Object.keys(summary.byType) as FindingType[]).filter((t) => (summary.byType[t]?.count ?? 0) > 0);
  if (types.length === 0) return { site, action: 'allow', byType: [] };

  if (site.status !== 'other') {
    const action: Action = site.status === 'blocked' ? 'block' : 'allow';
    const rule = `${site.status === 'blocked' ? 'blockedSites' : 'approvedSites'}:${site.pattern}`;
    return { site, action, byType: types.map((type) => ({ type, action, rules: [rule] })) };
  }

  const categoryDistinct: Record<Category, number> = { basic: 0, sensitive: 0 };
  for (const t of types) categoryDistinct[categoryOf(t)] += summary.byType[t]?.distinct ?? 0;

  const byType: TypeVerdict[] = types.map((type) => {
    const category = categoryOf(type);
    const base = baseAction(policy, type, category);
    const candidates = [
      base,
      ...thresholdHits(policy, type, summary.byType[type]?.distinct ?? 0),
      ...thresholdHits(policy, category, categoryDistinct[category]),
      ...thresholdHits(policy, '*', summary.distinct),
    ];
    const action = candidates.reduce<Action>((acc, c) => stricter(acc, c.action), 'allow');
    const rules = candidates.filter((c) => c.action === action).map((c) => c.rule);
    return { type, action, rules };
  });
  const action = byType.reduce<Action>((acc, v) => stricter(acc, v.action), 'allow');
  return { site, action, byType };
}

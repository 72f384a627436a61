// When the guard has nothing to do: an approved site, or protection switched
// off. Cheap (a cached policy and a pattern match), so the always-loaded part
// of the content script can ask it in every listener.
import { siteStatus } from '../../../shared/policy/evaluate.ts';
import { cachedPolicy } from './policy-cache.ts';
import type { SiteContext } from './site.ts';

export function guardIdle(ctx: SiteContext): boolean {
  const eff = cachedPolicy();
  if (!eff) return false;
  return !eff.protectionOn || siteStatus(eff.policy, ctx.topUrl).status === 'approved';
}

import { DEFAULT_POLICY, type Policy } from '../../../shared/policy/schema.ts';
import type { HubDeps } from '../deps.ts';
import { currentPolicy } from '../store/policy-repo.ts';

/** The published policy, or the built-in default (§6) before any is published. */
export async function effectivePolicy(deps: Pick<HubDeps, 'store'>): Promise<Policy> {
  return (await currentPolicy(deps.store.db))?.policy ?? DEFAULT_POLICY;
}

// Which policy is in force. Sources replace each other, highest first
// (interfaces.md §6): managed storage, the local agent's policy, a policy the
// user edited in the options page, the built-in default. A source that does
// not validate is skipped (and reported) rather than half-applied.
import { DEFAULT_POLICY, policySchema, type Policy } from '../../../shared/policy/schema.ts';
import type { PolicySource } from '../messages.ts';
import type { ManagedConfig } from './settings.ts';

export interface PolicyCandidates {
  managed: ManagedConfig;
  agent?: unknown;
  local?: unknown;
}

export interface ChosenPolicy {
  policy: Policy;
  source: PolicySource;
  /** Why a higher source was skipped, without its content. */
  problems: string[];
}

function managedPolicyValue(managed: ManagedConfig): unknown {
  const raw = managed.policy ?? managed.policyJson;
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return { invalidJson: true };
  }
}

function issues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

export function choosePolicy(c: PolicyCandidates): ChosenPolicy {
  const problems: string[] = [];
  const order: [PolicySource, unknown][] = [
    ['managed', managedPolicyValue(c.managed)],
    ['agent', c.agent],
    ['local', c.local],
  ];
  for (const [source, value] of order) {
    if (value === undefined || value === null) continue;
    const parsed = policySchema.safeParse(value);
    if (parsed.success) return { policy: parsed.data, source, problems };
    problems.push(`${source} policy ignored: ${issues(parsed.error)}`);
  }
  return { policy: DEFAULT_POLICY, source: 'default', problems };
}

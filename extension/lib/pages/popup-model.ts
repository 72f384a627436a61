// What the popup shows, computed from the policy, the figures and the active
// tab's address. Pure so it is tested without a browser.
import type { FindingType } from '../../../shared/detect/types.ts';
import { siteStatus, type SiteStatus } from '../../../shared/policy/evaluate.ts';
import type { EffectivePolicy, PolicySource, Stats } from '../messages.ts';
import { isConnected } from '../background/agent-status.ts';

export interface PopupModel {
  site: { host: string | null; status: SiteStatus | 'not-a-site'; pattern: string | null };
  protectionOn: boolean;
  source: PolicySource;
  policyVersion: string;
  detections: number;
  byType: { type: FindingType; count: number }[];
  agent: { connected: boolean; url: string | null; lastSuccessAt: string | null; lastError: string | null };
  outbox: Stats['outbox'];
}

export function popupModel(tabUrl: string | undefined, effective: EffectivePolicy, stats: Stats, now: Date): PopupModel {
  let site: PopupModel['site'] = { host: null, status: 'not-a-site', pattern: null };
  if (tabUrl) {
    try {
      const url = new URL(tabUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') {
        const verdict = siteStatus(effective.policy, url);
        site = { host: url.host, status: verdict.status, pattern: verdict.pattern };
      }
    } catch {
      // leave as not-a-site
    }
  }
  const byType = (Object.entries(stats.byType) as [FindingType, number][])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([type, count]) => ({ type, count }));
  return {
    site,
    protectionOn: effective.protectionOn,
    source: effective.source,
    policyVersion: effective.policy.version,
    detections: stats.detections,
    byType,
    agent: {
      connected: isConnected(stats.agent, now),
      url: stats.agent.url,
      lastSuccessAt: stats.agent.lastSuccessAt,
      lastError: stats.agent.lastError,
    },
    outbox: stats.outbox,
  };
}

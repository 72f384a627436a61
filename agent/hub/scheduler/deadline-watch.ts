import type { HubDeps } from '../deps.ts';
import { deadlineState, NEAR_MS } from '../incidents/deadline.ts';
import type { IncidentStatus } from '../incidents/status.ts';
import { t } from '../messages/index.ts';
import { claimWebhook } from '../store/admin-repo.ts';

export interface WebhookMessage {
  kind: 'deadline_near' | 'deadline_overdue';
  incident: { id: string; number: string; site: string; severity: string; status: string; deadline: string };
  text: string;
}

/**
 * Posts one message per incident and state as its 72-hour deadline nears
 * (< 12 h) and passes. The claim row is written first, so several hub
 * instances send each message once; a failed post releases the claim and
 * the next tick retries. Time comes from the injected clock.
 */
export async function checkDeadlines(deps: HubDeps): Promise<WebhookMessage[]> {
  const url = deps.config.webhookUrl;
  if (!url) return [];
  const now = deps.clock.now();
  const rows = await deps.store.db.all<{ id: string; number: string; site: string; severity: string; status: IncidentStatus; deadline: string }>(
    "SELECT id, number, site, severity, status, deadline FROM incidents WHERE status IN ('new', 'investigating', 'breach_confirmed') AND notified_at IS NULL AND deadline < ? ORDER BY deadline LIMIT 500",
    [new Date(now.getTime() + NEAR_MS).toISOString()],
  );
  const sent: WebhookMessage[] = [];
  for (const r of rows) {
    const state = deadlineState({ status: r.status, deadline: r.deadline, notifiedAt: null }, now);
    if (state !== 'near' && state !== 'overdue') continue;
    const kind = state === 'near' ? 'deadline_near' : 'deadline_overdue';
    if (!(await claimWebhook(deps.store.db, r.id, kind, now))) continue;
    const params = { number: r.number, site: r.site, severity: t('vi', `severity.${r.severity}`), deadline: r.deadline };
    const message: WebhookMessage = { kind, incident: r, text: t('vi', state === 'near' ? 'webhook.near' : 'webhook.overdue', params) };
    try {
      const res = await deps.fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message), signal: AbortSignal.timeout(10_000) });
      if (!res.ok) throw new Error(`webhook answered ${res.status}`);
      sent.push(message);
    } catch (e) {
      await deps.store.db.run('DELETE FROM webhook_sent WHERE incident_id = ? AND kind = ?', [r.id, kind]);
      deps.logger.warn({ incident: r.number, error: (e as Error).message }, 'deadline webhook failed; will retry');
    }
  }
  return sent;
}

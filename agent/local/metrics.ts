import type { OutboxStats } from './pipeline/outbox.ts';

export interface MetricsSnapshot {
  stats: OutboxStats;
  hubReachable: boolean | null;
  lastDeliveryAt: number | null;
  extensionLastSeen: number | null;
  consecutiveFailures: number;
  policyFetchedAt: number | null;
  startedAt: number;
  now: number;
  /** Outbox transactions (each one fsync) and the events they wrote, since start. */
  commits: { commits: number; events: number };
}

/** Request counters for GET /metrics; the rest is read from the outbox and loops at scrape time. */
export class Metrics {
  private readonly requests = new Map<string, number>();
  eventsRejected = 0;

  countRequest(route: string, method: string, status: number): void {
    const key = `route="${route}",method="${method}",status="${status}"`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
  }

  /** Prometheus text exposition format 0.0.4. */
  render(s: MetricsSnapshot): string {
    const lines: string[] = [];
    const metric = (name: string, type: 'counter' | 'gauge', help: string, value: number | null, labels = '') => {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
      if (value !== null) lines.push(`${name}${labels ? `{${labels}}` : ''} ${value}`);
    };
    const seconds = (ms: number | null) => (ms === null ? null : ms / 1000);
    metric('pdp_agent_queue_depth', 'gauge', 'Events waiting for delivery to the hub.', s.stats.queueDepth);
    metric('pdp_agent_queue_bytes', 'gauge', 'Bytes of events waiting for delivery.', s.stats.queueBytes);
    metric('pdp_agent_oldest_undelivered_seconds', 'gauge', 'Age of the oldest undelivered event.', s.stats.oldestReceivedAt === null ? 0 : (s.now - s.stats.oldestReceivedAt) / 1000);
    metric('pdp_agent_events_accepted_total', 'counter', 'Events stored in the outbox.', s.stats.acceptedTotal);
    metric('pdp_agent_events_delivered_total', 'counter', 'Events acknowledged by the hub.', s.stats.deliveredTotal);
    metric('pdp_agent_events_dropped_total', 'counter', 'Events dropped because the outbox was full or too old.', s.stats.droppedTotal);
    metric('pdp_agent_events_hub_rejected_total', 'counter', 'Events the hub refused, kept aside.', s.stats.rejectedTotal);
    metric('pdp_agent_events_invalid_total', 'counter', 'Events refused at the door since start (invalid).', this.eventsRejected);
    metric('pdp_agent_hub_reachable', 'gauge', '1 when the last hub call got an HTTP answer.', s.hubReachable === null ? null : s.hubReachable ? 1 : 0);
    metric('pdp_agent_delivery_failures', 'gauge', 'Consecutive failed delivery attempts.', s.consecutiveFailures);
    metric('pdp_agent_last_delivery_timestamp_seconds', 'gauge', 'When the hub last acknowledged a batch.', seconds(s.lastDeliveryAt));
    metric('pdp_agent_extension_last_seen_timestamp_seconds', 'gauge', 'When the extension last called.', seconds(s.extensionLastSeen));
    metric('pdp_agent_policy_fetched_timestamp_seconds', 'gauge', 'When the hub last confirmed the policy.', seconds(s.policyFetchedAt));
    metric('pdp_agent_outbox_commits_total', 'counter', 'Outbox transactions that stored events (one fsync each; requests share them).', s.commits.commits);
    metric('pdp_agent_outbox_committed_events_total', 'counter', 'Events written by those transactions (retries of stored ids included).', s.commits.events);
    metric('pdp_agent_start_timestamp_seconds', 'gauge', 'When the agent started.', s.startedAt / 1000);
    lines.push('# HELP pdp_agent_http_requests_total HTTP requests answered.', '# TYPE pdp_agent_http_requests_total counter');
    for (const [labels, n] of this.requests) lines.push(`pdp_agent_http_requests_total{${labels}} ${n}`);
    metric('process_resident_memory_bytes', 'gauge', 'Resident memory.', process.memoryUsage.rss());
    return `${lines.join('\n')}\n`;
  }
}

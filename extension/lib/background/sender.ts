// Delivers the outbox to the local agent. An event leaves the outbox only when
// the agent lists it as accepted, or rejects it (counted, never retried
// forever). Batches respect the §3 limits: ≤ 100 events, ≤ 256 KB.
import { MAX_EVENTS_BODY_BYTES, MAX_EVENTS_PER_REQUEST, type PdpEvent } from '../../../shared/event/schema.ts';
import { postEvents, type Fetch } from './agent-client.ts';
import { recordAgentError, recordAgentSuccess } from './agent-status.ts';
import type { Outbox } from './outbox.ts';
import { classify } from './retry.ts';
import type { AgentConfig } from './settings.ts';

export interface FlushResult {
  /** `done`: the outbox is empty; `retry`: try again after a backoff; `hold`: the agent refuses our credentials or address. */
  outcome: 'done' | 'retry' | 'hold';
  sent: number;
  rejected: number;
  remaining: number;
  retryAfter?: number;
}

export interface SenderDeps {
  outbox: Outbox;
  fetch: Fetch;
  agent: AgentConfig;
  now?: () => Date;
}

const encoder = new TextEncoder();

/** The longest prefix of `events` whose request body fits in the byte limit (at least one event). */
export function fitBatch(events: readonly PdpEvent[], maxBytes = MAX_EVENTS_BODY_BYTES): PdpEvent[] {
  let bytes = encoder.encode('{"events":[]}').length;
  const out: PdpEvent[] = [];
  for (const e of events) {
    const size = encoder.encode(JSON.stringify(e)).length + (out.length ? 1 : 0);
    if (out.length > 0 && bytes + size > maxBytes) break;
    bytes += size;
    out.push(e);
  }
  return out;
}

export async function flushOutbox(deps: SenderDeps): Promise<FlushResult> {
  const now = deps.now ?? (() => new Date());
  let sent = 0;
  let rejected = 0;
  let batchLimit = MAX_EVENTS_PER_REQUEST;
  const finish = async (outcome: FlushResult['outcome'], retryAfter?: number): Promise<FlushResult> => ({
    outcome,
    sent,
    rejected,
    remaining: await deps.outbox.count(),
    ...(retryAfter ? { retryAfter } : {}),
  });

  for (;;) {
    const batch = fitBatch(await deps.outbox.peek(batchLimit));
    if (batch.length === 0) return finish('done');
    const result = await postEvents(deps.fetch, deps.agent, batch);
    const outcome = classify(result.status, batch.length);

    if (outcome === 'retry' || outcome === 'hold') {
      const reason = result.status === 'network' ? result.error : `events: HTTP ${result.status}`;
      await recordAgentError(deps.agent.url, reason, now());
      return finish(outcome, 'retryAfter' in result ? result.retryAfter : undefined);
    }
    if (outcome === 'split') {
      batchLimit = Math.max(1, Math.ceil(batch.length / 2));
      continue;
    }
    if (outcome === 'drop') {
      await deps.outbox.remove([batch[0]!.id]);
      await deps.outbox.bump('rejected', 1);
      rejected += 1;
      await recordAgentError(deps.agent.url, `events: HTTP ${result.status as number}, 1 event dropped`, now());
      continue;
    }

    // 2xx: trust only ids we actually sent.
    const inBatch = new Set(batch.map((e) => e.id));
    const body = 'body' in result ? result.body : null;
    const accepted = (Array.isArray(body?.accepted) ? body.accepted : []).filter((id) => inBatch.has(id));
    const refused = (Array.isArray(body?.rejected) ? body.rejected : [])
      .map((r) => r?.id)
      .filter((id): id is string => typeof id === 'string' && inBatch.has(id));
    await deps.outbox.remove([...accepted, ...refused]);
    await deps.outbox.bump('sent', accepted.length);
    await deps.outbox.bump('rejected', refused.length);
    sent += accepted.length;
    rejected += refused.length;
    await recordAgentSuccess(deps.agent.url, now());
    // An answer that settles nothing would loop forever: back off instead.
    if (accepted.length + refused.length === 0) return finish('retry');
  }
}

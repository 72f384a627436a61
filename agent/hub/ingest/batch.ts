import { batchSchema, hubEventSchema, type BatchResponse, type HubEvent } from '../../../shared/event/schema.ts';
import type { HubDeps } from '../deps.ts';
import { describeIssues } from '../http/errors.ts';
import { isExternal } from '../incidents/site-match.ts';
import type { AgentRow } from '../store/admin-repo.ts';
import { ingestBatch } from '../store/ingest-repo.ts';
import { effectivePolicy } from '../policy/current.ts';
import { BodyError } from './body.ts';
import { maskProblem, memoRedact, scrubEvent } from './scrub.ts';

/**
 * Validates a parsed batch (400 for a whole-batch problem, per-event
 * rejections otherwise), scrubs the events and stores them atomically.
 */
export async function acceptBatch(deps: HubDeps, agent: AgentRow, body: unknown, idempotencyKey: string | undefined): Promise<BatchResponse> {
  const parsed = batchSchema.safeParse(body);
  if (!parsed.success) throw new BodyError(400, 'invalid_batch', describeIssues(parsed.error));
  const batch = parsed.data;
  if (idempotencyKey !== undefined && idempotencyKey !== batch.batchId) throw new BodyError(400, 'idempotency_mismatch', 'Idempotency-Key header differs from the body\'s batchId');

  const redact = memoRedact(deps.redact);
  const rejected: BatchResponse['rejected'] = [];
  const good: HubEvent[] = [];
  batch.events.forEach((raw, index) => {
    const r = hubEventSchema.safeParse(raw);
    const id = typeof (raw as { id?: unknown })?.id === 'string' ? String((raw as { id: string }).id).slice(0, 100) : `#${index}`;
    if (!r.success) return void rejected.push({ id, reason: describeIssues(r.error) });
    const problem = maskProblem(r.data);
    if (problem) return void rejected.push({ id, reason: problem });
    good.push(scrubEvent(r.data, redact));
  });
  if (good.length === 0) return { accepted: [], duplicates: [], rejected };

  const policy = await effectivePolicy(deps);
  const result = await ingestBatch(deps.store.db, {
    batchId: batch.batchId,
    agent: { id: agent.id, name: agent.name },
    events: good,
    now: deps.clock.now(),
    isExternal: (site) => isExternal(site, policy),
    windowMs: deps.config.groupingWindowMs,
  });
  return { ...result, rejected };
}

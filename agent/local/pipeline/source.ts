import { z } from 'zod';
import { eventSchema, eventsRequestSchema, type PdpEvent } from '../../../shared/event/schema.ts';
import { issuesText } from '../../common/safe-issues.ts';

export interface ParsedEvents {
  valid: PdpEvent[];
  rejected: { id: string; reason: string }[];
}

export class RequestShapeError extends Error {
  override name = 'RequestShapeError';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Validates a POST /v1/events body (interfaces.md §3). The request as a whole
 * must be `{"events": [...]}` with 1–100 entries; each event is then judged
 * alone, so one bad event does not cost the others. Reasons name the field and
 * the rule, never the value; an id that is not a UUID is not echoed either.
 */
export function parseEvents(body: unknown): ParsedEvents {
  const request = eventsRequestSchema.safeParse(body);
  if (!request.success) throw new RequestShapeError(issuesText(request.error));
  const valid: PdpEvent[] = [];
  const rejected: { id: string; reason: string }[] = [];
  const seen = new Set<string>();
  request.data.events.forEach((raw, index) => {
    const parsed = eventSchema.safeParse(raw);
    if (parsed.success) {
      if (seen.has(parsed.data.id)) return;
      seen.add(parsed.data.id);
      valid.push(parsed.data);
      return;
    }
    const claimed = (raw as { id?: unknown } | null)?.id;
    const id = typeof claimed === 'string' && UUID.test(claimed) ? claimed : `#${index}`;
    rejected.push({ id, reason: issuesText(parsed.error as z.ZodError) });
  });
  return { valid, rejected };
}

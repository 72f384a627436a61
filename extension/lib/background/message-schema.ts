// Validation of what content scripts send (lib/messages.ts). A page that
// subverted its content script must not be able to store arbitrary data, so
// every field is typed and bounded here before the service worker acts.
import { z } from 'zod';
import { FINDING_TYPES } from '../../../shared/detect/types.ts';
import { ACTIONS, CHANNELS, DECISIONS } from '../../../shared/event/schema.ts';
import type { Message } from '../messages.ts';

const count = z.number().int().nonnegative().max(10_000_000);

export const reportFindingSchema = z.object({
  type: z.enum(FINDING_TYPES),
  category: z.enum(['basic', 'sensitive']),
  count,
  distinct: count,
  masked: z.array(z.string().max(120)).max(20),
  rules: z.array(z.string().max(80)).max(50).default([]),
  values: z.array(z.string().max(512)).max(20).default([]),
});

export const reportSchema = z.object({
  site: z.string().min(1).max(2048),
  frameOrigin: z.string().max(2048).optional(),
  channel: z.enum(CHANNELS),
  action: z.enum(ACTIONS),
  decision: z.enum(DECISIONS),
  findings: z.array(reportFindingSchema).max(FINDING_TYPES.length),
  summary: z.object({ total: count, distinct: count, looksLikeList: z.boolean() }),
  file: z.object({ kind: z.string().max(100), sizeBytes: count.max(Number.MAX_SAFE_INTEGER) }).optional(),
  justification: z.string().max(2000).optional(),
});

export const messageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pdp:get-policy') }),
  z.object({ kind: z.literal('pdp:report'), report: reportSchema }),
  z.object({ kind: z.literal('pdp:false-positive'), report: reportSchema }),
  z.object({ kind: z.literal('pdp:stats') }),
  z.object({ kind: z.literal('pdp:flush') }),
]);

export type ParsedMessage = z.infer<typeof messageSchema>;

/** Parse a runtime message; null when it is not one of ours or is malformed (no content echoed). */
export function parseMessage(raw: unknown): { ok: true; message: ParsedMessage } | { ok: false; error: string } {
  if (!raw || typeof raw !== 'object' || typeof (raw as { kind?: unknown }).kind !== 'string') {
    return { ok: false, error: 'not a PDP Guard message' };
  }
  const parsed = messageSchema.safeParse(raw);
  if (parsed.success) return { ok: true, message: parsed.data };
  const where = parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.')}: ${i.code}`)
    .join('; ');
  return { ok: false, error: `invalid ${(raw as { kind: string }).kind.slice(0, 40)}: ${where}` };
}

// Keeps the zod schema and the hand-written contract in step at compile time.
type Assert<T extends true> = T;
export type _MessageKindsMatch = Assert<ParsedMessage['kind'] extends Message['kind'] ? (Message['kind'] extends ParsedMessage['kind'] ? true : false) : false>;

import { z } from 'zod';
import { FINDING_TYPES } from '../detect/types.ts';

// interfaces.md §3 (stable): what the extension posts to the local agent.
export const ACTIONS = ['allow', 'audit', 'warn', 'block', 'block_with_override', 'mask'] as const;
export const DECISIONS = ['proceeded', 'cancelled', 'masked', 'blocked', 'audited', 'false_positive'] as const;
export const CHANNELS = ['input', 'paste', 'drop', 'submit', 'upload'] as const;

export const actionSchema = z.enum(ACTIONS);
export type Action = z.infer<typeof actionSchema>;
export type Decision = (typeof DECISIONS)[number];
export type Channel = (typeof CHANNELS)[number];

// A record mask keeps at most the last two characters of a value, or an
// email's domain, or nothing but the type: enforce the shape, not just length.
const recordMaskSchema = z.string().max(120);
const tagSchema = z.string().regex(/^[0-9a-f]{4}$/, 'a tag is 4 lowercase hex digits');

export const eventFindingSchema = z.object({
  type: z.enum(FINDING_TYPES),
  category: z.enum(['basic', 'sensitive']),
  count: z.number().int().nonnegative(),
  distinct: z.number().int().nonnegative(),
  masked: z.array(recordMaskSchema).max(3),
  tags: z.array(tagSchema).max(20),
  rules: z.array(z.string().max(80)).max(50),
});

export const eventSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.uuid({ version: 'v4' }),
  occurredAt: z.iso.datetime({ precision: 3 }),
  site: z.string().min(1).max(2048),
  frameOrigin: z.string().max(2048).optional(),
  channel: z.enum(CHANNELS),
  action: actionSchema,
  decision: z.enum(DECISIONS),
  findings: z.array(eventFindingSchema).max(FINDING_TYPES.length),
  summary: z.object({
    total: z.number().int().nonnegative(),
    distinct: z.number().int().nonnegative(),
    looksLikeList: z.boolean(),
  }),
  file: z.object({ kind: z.string().max(100), sizeBytes: z.number().int().nonnegative() }).optional(),
  justification: z.string().max(500).optional(),
  extensionVersion: z.string().max(50),
  policyVersion: z.string().max(100),
});
export type PdpEvent = z.infer<typeof eventSchema>;
export type EventFinding = z.infer<typeof eventFindingSchema>;

export const MAX_EVENTS_PER_REQUEST = 100;
export const MAX_EVENTS_BODY_BYTES = 256 * 1024;

export const eventsRequestSchema = z.object({
  events: z.array(z.unknown()).min(1).max(MAX_EVENTS_PER_REQUEST),
});

export interface EventsResponse {
  accepted: string[];
  rejected: { id: string; reason: string }[];
}

// interfaces.md §5 (stable): what the agent ships to the hub.
export const hubEventSchema = eventSchema.extend({
  user: z.string().regex(/^[0-9a-f]{16}$/, 'user is a 64-bit pseudonym in hex'),
  workstation: z.string().min(1).max(200),
  agentVersion: z.string().max(50),
  receivedAt: z.iso.datetime({ precision: 3 }),
});
export type HubEvent = z.infer<typeof hubEventSchema>;

export const batchSchema = z.object({
  batchId: z.string().min(1).max(100),
  agentId: z.string().max(200),
  events: z.array(z.unknown()).max(1000),
});

export interface BatchResponse {
  accepted: string[];
  duplicates: string[];
  rejected: { id: string; reason: string }[];
}

export const heartbeatSchema = z.object({
  agentId: z.string().max(200),
  at: z.iso.datetime(),
  queueDepth: z.number().int().nonnegative(),
  dropped: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  extensionLastSeen: z.iso.datetime().nullable(),
  agentVersion: z.string().max(50),
});
export type Heartbeat = z.infer<typeof heartbeatSchema>;

// Builds the event of interfaces.md §3 from what the extension observed.
// Copies only the fields the contract names (anything else a caller passes,
// such as the canonical values used for tags, cannot slip through), clamps
// the lists to their contract sizes, and validates the result.
import type { Category, FindingType } from '../detect/types.ts';
import { eventSchema, type Action, type Channel, type Decision, type PdpEvent } from './schema.ts';

export interface EventFindingInput {
  type: FindingType;
  category: Category;
  count: number;
  distinct: number;
  masked: readonly string[];
  tags: readonly string[];
  rules: readonly string[];
}

export interface EventInput {
  site: string;
  frameOrigin?: string;
  channel: Channel;
  action: Action;
  decision: Decision;
  findings: readonly EventFindingInput[];
  summary: { total: number; distinct: number; looksLikeList: boolean };
  file?: { kind: string; sizeBytes: number };
  justification?: string;
}

export interface EventMeta {
  id: string;
  occurredAt: Date;
  extensionVersion: string;
  policyVersion: string;
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** Throws (a ZodError) when the input cannot make a valid event. */
export function buildEvent(input: EventInput, meta: EventMeta): PdpEvent {
  const event: PdpEvent = {
    schemaVersion: 1,
    id: meta.id,
    occurredAt: meta.occurredAt.toISOString(),
    site: input.site,
    ...(input.frameOrigin && input.frameOrigin !== input.site ? { frameOrigin: input.frameOrigin } : {}),
    channel: input.channel,
    action: input.action,
    decision: input.decision,
    findings: input.findings.map((f) => ({
      type: f.type,
      category: f.category,
      count: f.count,
      distinct: f.distinct,
      masked: unique(f.masked).slice(0, 3),
      tags: unique(f.tags).slice(0, 20),
      rules: unique(f.rules).slice(0, 50),
    })),
    summary: {
      total: input.summary.total,
      distinct: input.summary.distinct,
      looksLikeList: input.summary.looksLikeList,
    },
    ...(input.file ? { file: { kind: input.file.kind, sizeBytes: input.file.sizeBytes } } : {}),
    ...(input.justification ? { justification: input.justification.slice(0, 500) } : {}),
    extensionVersion: meta.extensionVersion,
    policyVersion: meta.policyVersion,
  };
  return eventSchema.parse(event);
}

import { z } from 'zod';
import { actionSchema } from '../event/schema.ts';

// interfaces.md §6 (stable keys). Keys of `actions` and `thresholds` are a
// finding type, a category (`basic`, `sensitive`) or `*`.
export const thresholdRuleSchema = z.object({
  min: z.number().int().positive(),
  action: actionSchema,
});

export const policySchema = z.object({
  version: z.string().min(1).max(100),
  approvedSites: z.array(z.string().min(1).max(500)).max(5000).default([]),
  blockedSites: z.array(z.string().min(1).max(500)).max(5000).default([]),
  defaultAction: actionSchema.default('warn'),
  actions: z.record(z.string(), actionSchema).default({}),
  thresholds: z.record(z.string(), z.array(thresholdRuleSchema).max(20)).default({}),
  failMode: z.enum(['open', 'closed']).default('open'),
  recordSite: z.enum(['origin', 'host', 'url']).default('origin'),
  reasons: z.array(z.string().min(1).max(200)).max(50).default([]),
});
export type Policy = z.infer<typeof policySchema>;
export type ThresholdRule = z.infer<typeof thresholdRuleSchema>;

export { DEFAULT_POLICY } from './default.ts';

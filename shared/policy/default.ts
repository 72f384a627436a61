import type { Policy } from './schema.ts';

// Built-in default (interfaces.md §6): warn on every detection outside *.gov.vn.
// Kept apart from the zod schema so the content script can use it without
// pulling zod into every page.
export const DEFAULT_POLICY: Policy = {
  version: 'builtin-1',
  approvedSites: ['*.gov.vn'],
  blockedSites: [],
  defaultAction: 'warn',
  actions: {},
  thresholds: {},
  failMode: 'open',
  recordSite: 'origin',
  reasons: [],
};

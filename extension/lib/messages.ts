// The typed contract between the content script and the service worker.
// Deliberately free of zod: the content script imports this file and must stay
// small; the service worker validates every message in
// lib/background/message-schema.ts before acting on it.
import { browser } from 'wxt/browser';
import type { Category, FindingType } from '../../shared/detect/types.ts';
import type { Action, Channel, Decision } from '../../shared/event/schema.ts';
import type { Policy } from '../../shared/policy/schema.ts';

/**
 * Highest first: managed storage, the local agent, a policy the user edited in
 * the options page (only when neither of the first two gives one), built-in.
 */
export type PolicySource = 'managed' | 'agent' | 'local' | 'default';

/** What the service worker answers to `pdp:get-policy`, and what it keeps in storage.local. */
export interface EffectivePolicy {
  policy: Policy;
  source: PolicySource;
  /** False only when a non-managed user switched protection off in the options page. */
  protectionOn: boolean;
}

/**
 * storage.local keys the content script and the pages may read. The service
 * worker writes `effectivePolicy` whenever the policy or protection changes;
 * the content script caches the answer of `pdp:get-policy` and listens to
 * `browser.storage.onChanged` (area `local`, this key) for updates.
 */
export const STORAGE_KEYS = {
  effectivePolicy: 'effectivePolicy',
} as const;

/** One finding type in a report. Everything but `values` goes into the event. */
export interface ReportFinding {
  type: FindingType;
  category: Category;
  count: number;
  distinct: number;
  /** Record masks (interfaces.md §1), at most 3. */
  masked: string[];
  /** Rule ids that fired, no values. */
  rules: string[];
  /**
   * Canonical values (`canonicalValue` from shared/detect), at most 20, sent
   * ONLY so the service worker can compute the keyed tags: it drops them
   * before anything is stored or sent.
   */
  values: string[];
}

/** The event of interfaces.md §3 minus id, occurredAt, tags and versions. */
export interface Report {
  /** Origin of the top-level page as the content script sees it; the service worker prefers the tab's URL. */
  site: string;
  frameOrigin?: string;
  channel: Channel;
  action: Action;
  decision: Decision;
  findings: ReportFinding[];
  summary: { total: number; distinct: number; looksLikeList: boolean };
  file?: { kind: string; sizeBytes: number };
  /** ≤ 500 chars, record-masked with `redactText` before it leaves the page (masked again in the service worker). */
  justification?: string;
}

export interface TypeCount {
  type: FindingType;
  count: number;
}

/** Popup figures: counts only, never values. */
export interface Stats {
  /** Local calendar day, YYYY-MM-DD. */
  day: string;
  /** Number of reports today. */
  detections: number;
  byType: Partial<Record<FindingType, number>>;
  outbox: { depth: number; dropped: number; rejected: number };
  agent: {
    url: string | null;
    lastSuccessAt: string | null;
    lastErrorAt: string | null;
    lastError: string | null;
  };
}

export type Message =
  | { kind: 'pdp:get-policy' }
  | { kind: 'pdp:report'; report: Report }
  /** A report with decision `false_positive`. */
  | { kind: 'pdp:false-positive'; report: Report }
  | { kind: 'pdp:stats' }
  /** Popup and tests: try to deliver the outbox now instead of at the next alarm. */
  | { kind: 'pdp:flush' };

export type MessageKind = Message['kind'];

export type ErrorReply = { ok: false; error: string };

export interface Replies {
  'pdp:get-policy': EffectivePolicy;
  'pdp:report': { ok: true } | ErrorReply;
  'pdp:false-positive': { ok: true } | ErrorReply;
  'pdp:stats': Stats;
  'pdp:flush': { ok: true; sent: number; remaining: number } | ErrorReply;
}

/** Send one message to the service worker and get its typed reply. */
export function sendToBackground<K extends MessageKind>(
  message: Extract<Message, { kind: K }>,
): Promise<Replies[K]> {
  return browser.runtime.sendMessage(message) as Promise<Replies[K]>;
}

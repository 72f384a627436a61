import { redactText } from '../../../shared/detect/index.ts';
import { categoryOf, type FindingType } from '../../../shared/detect/types.ts';
import type { EventFinding, HubEvent, PdpEvent } from '../../../shared/event/schema.ts';
import { recordMask } from '../../../shared/mask/index.ts';

export interface Stamp {
  /** 64-bit pseudonym of the OS account (interfaces.md §4). */
  user: string;
  /** The hub-issued workstation name. */
  workstation: string;
  agentVersion: string;
  /** ISO 8601 UTC with milliseconds. */
  receivedAt: string;
}

// A record mask (interfaces.md §1) is stars and at most two trailing
// characters, a fully hidden date, an email reduced to its domain, or the bare type.
const RECORD_MASK_SHAPES = [/^\*+[0-9A-Za-z]{0,2}$/, /^\*\*\/\*\*\/\*\*\*\*$/, /^\*{3}@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/, /^\[[a-z_]+\]$/];

// The engine is the main guard; this net catches any long run of digits it
// did not recognise (9+ digits, the shortest personal identifier, with single
// separators), so an unknown-format number still never reaches disk.
const LONG_NUMBER = /\d(?:[\s.\-/]?\d){8,}/g;

// Sites, versions and rule ids repeat across events: the caller may keep a
// memo of short ones, so the engine scans each distinct string once.
const MEMO_LIMIT = 2000;
export type ScrubMemo = Map<string, string>;

/** Like scrub, remembered in `memo` for short strings that repeat (sites, versions, rule ids). */
export function scrubRepeated(text: string, memo: ScrubMemo): string {
  if (text.length > 256) return scrub(text);
  let clean = memo.get(text);
  if (clean === undefined) {
    clean = scrub(text);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, clean);
  }
  return clean;
}

/** Masks every identifier in a free-text field. */
export function scrub(text: string): string {
  return redactText(text).replace(LONG_NUMBER, (run: string) => {
    const digits = run.replace(/\D/g, '');
    return `${'*'.repeat(digits.length - 2)}${digits.slice(-2)}`;
  });
}

/** A masked value as the extension claims it; anything not record-mask-shaped is masked again. */
export function forceRecordMask(type: FindingType, value: string): string {
  if (RECORD_MASK_SHAPES.some((shape) => shape.test(value)) && (value.startsWith('[') ? value === `[${type}]` : true)) return value;
  const masked = recordMask(type, value);
  return RECORD_MASK_SHAPES.some((shape) => shape.test(masked)) ? masked : `[${type}]`;
}

// Rule ids are code-like names; anything else in them is not a rule id.
function scrubRule(rule: string, memo: ScrubMemo): string {
  return scrubRepeated(rule, memo).replace(/[^A-Za-z0-9_.:\-*[\]]/g, '').slice(0, 80) || 'rule';
}

function anonymizeFinding(f: EventFinding, memo: ScrubMemo): EventFinding {
  return {
    type: f.type,
    category: categoryOf(f.type),
    count: f.count,
    distinct: f.distinct,
    masked: f.masked.slice(0, 3).map((m) => forceRecordMask(f.type, m)),
    tags: f.tags.filter((t) => /^[0-9a-f]{4}$/.test(t)).slice(0, 20),
    rules: f.rules.map((rule) => scrubRule(rule, memo)),
  };
}

/**
 * The agent's last guard (pure): rebuilds the event from known fields only,
 * runs every string through the detection engine's record masking, reshapes
 * masks that are not record masks, and stamps who/where/when. A raw value the
 * extension sent by mistake stops here, before the outbox, the log or the hub.
 */
export function anonymize(event: PdpEvent, stamp: Stamp, memo: ScrubMemo = new Map()): HubEvent {
  const out: HubEvent = {
    schemaVersion: 1,
    id: event.id,
    occurredAt: event.occurredAt,
    site: scrubRepeated(event.site, memo),
    channel: event.channel,
    action: event.action,
    decision: event.decision,
    findings: event.findings.map((f) => anonymizeFinding(f, memo)),
    summary: { total: event.summary.total, distinct: event.summary.distinct, looksLikeList: event.summary.looksLikeList },
    extensionVersion: scrubRepeated(event.extensionVersion, memo),
    policyVersion: scrubRepeated(event.policyVersion, memo),
    user: stamp.user,
    workstation: stamp.workstation,
    agentVersion: stamp.agentVersion,
    receivedAt: stamp.receivedAt,
  };
  if (event.frameOrigin !== undefined) out.frameOrigin = scrubRepeated(event.frameOrigin, memo);
  if (event.file !== undefined) out.file = { kind: scrubRepeated(event.file.kind, memo), sizeBytes: event.file.sizeBytes };
  if (event.justification !== undefined) out.justification = scrub(event.justification);
  return out;
}

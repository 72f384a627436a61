// The masked copy the guard pastes (or writes back into a field) instead of
// the original: interfaces.md §6 — each value by its display mask, names by
// their initials (the engine's display mask for names), addresses, places and
// sensitive topics by nothing but their type.
import { TOPIC_TYPES, type Finding, type FindingType } from '../../../shared/detect/types.ts';

const TYPE_ONLY = new Set<FindingType>(['address', 'location', 'credential', 'id_card_image', ...TOPIC_TYPES]);

export function maskFor(finding: Finding): string {
  return TYPE_ONLY.has(finding.type) ? `[${finding.type}]` : finding.displayMasked;
}

/** Non-overlapping findings in text order (the engine gives each span one type; guard anyway). */
export function orderedSpans(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  let end = -1;
  for (const f of sorted) {
    if (f.start < end) continue;
    out.push(f);
    end = f.end;
  }
  return out;
}

export function maskedCopy(text: string, findings: readonly Finding[]): string {
  let out = '';
  let at = 0;
  for (const f of orderedSpans(findings)) {
    out += text.slice(at, f.start) + maskFor(f);
    at = f.end;
  }
  return out + text.slice(at);
}

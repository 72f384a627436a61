// Turns a decision into the report the service worker records. Only types,
// counts, record masks and rule ids go into the event; canonical values ride
// along solely so the service worker can compute the keyed tags, and it drops
// them before anything is stored or sent (messages.ts).
import { canonicalValue, redactText } from '../../../shared/detect/index.ts';
import { categoryOf, type FindingType } from '../../../shared/detect/types.ts';
import type { Action, Channel, Decision } from '../../../shared/event/schema.ts';
import type { Verdict } from '../../../shared/policy/evaluate.ts';
import type { Report, ReportFinding } from '../messages.ts';
import type { TextScan } from './scan.ts';

const MAX_MASKED = 3;
const MAX_VALUES = 20;
const MAX_JUSTIFICATION = 500;

export interface ReportInput {
  site: string;
  frameOrigin?: string;
  channel: Channel;
  action: Action;
  decision: Decision;
  scan: TextScan;
  verdict: Verdict;
  file?: { kind: string; sizeBytes: number };
  justification?: string;
}

export function buildReport(input: ReportInput): Report {
  const { scan, verdict } = input;
  const byType = new Map<FindingType, { masked: Set<string>; values: Set<string> }>();
  for (const f of scan.findings) {
    let entry = byType.get(f.type);
    if (!entry) byType.set(f.type, (entry = { masked: new Set(), values: new Set() }));
    if (entry.masked.size < MAX_MASKED) entry.masked.add(f.masked);
    if (entry.values.size < MAX_VALUES) entry.values.add(canonicalValue(f, scan.text));
  }
  const findings: ReportFinding[] = [...byType].map(([type, entry]) => {
    const counts = scan.summary.byType[type];
    return {
      type,
      category: categoryOf(type),
      count: counts?.count ?? 0,
      distinct: counts?.distinct ?? 0,
      masked: [...entry.masked],
      rules: verdict.byType.find((v) => v.type === type)?.rules ?? [],
      values: [...entry.values],
    };
  });
  const report: Report = {
    site: input.site,
    channel: input.channel,
    action: input.action,
    decision: input.decision,
    findings,
    summary: { total: scan.summary.total, distinct: scan.summary.distinct, looksLikeList: scan.summary.looksLikeList },
  };
  if (input.frameOrigin) report.frameOrigin = input.frameOrigin;
  if (input.file) report.file = input.file;
  const reason = input.justification?.trim();
  if (reason) report.justification = redactText(reason).slice(0, MAX_JUSTIFICATION);
  return report;
}

// Turns a content script's report into a §3 event in the outbox. Here the
// canonical values are used for one thing, the keyed tags, and then dropped:
// they never reach storage, a log or the network.
import type { PdpEvent } from '../../../shared/event/schema.ts';
import { buildEvent } from '../../../shared/event/build.ts';
import { computeTag } from '../../../shared/mask/index.ts';
import { recordedSite } from '../../../shared/policy/record-site.ts';
import type { Policy } from '../../../shared/policy/schema.ts';
import type { FindingType } from '../../../shared/detect/types.ts';
import type { Report } from '../messages.ts';
import type { Outbox } from './outbox.ts';

export interface ReportContext {
  /** URL of the tab's top-level page, from the message sender (more trustworthy than the report). */
  tabUrl?: string;
  /** URL of the frame that sent the report. */
  frameUrl?: string;
  policy: Policy;
  key: Uint8Array;
  outbox: Outbox;
  extensionVersion: string;
  /** Record-masks free text (redactText from shared/detect). */
  redact: (text: string) => string;
  now?: () => Date;
  uuid?: () => string;
}

/**
 * A record mask keeps at most two trailing digits, or an email's domain, or
 * only the type. Anything that shows more is replaced by the type: defence in
 * depth against a content script that got it wrong.
 */
export function safeRecordMask(type: FindingType, mask: string): string {
  const beforeAt = mask.replace(/@.*$/, '');
  const tooManyDigits = (beforeAt.match(/\d/g)?.length ?? 0) > 2;
  const localPartShown = mask.includes('@') && !/^\*+@/.test(mask);
  return tooManyDigits || localPartShown ? `[${type}]` : mask;
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const o = new URL(url).origin;
    return o === 'null' ? undefined : o;
  } catch {
    return undefined;
  }
}

export async function reportToEvent(report: Report, ctx: ReportContext): Promise<PdpEvent> {
  const now = ctx.now ?? (() => new Date());
  const uuid = ctx.uuid ?? (() => crypto.randomUUID());
  const site = ctx.tabUrl ? recordedSite(ctx.policy.recordSite, ctx.tabUrl) : report.site;
  const topOrigin = originOf(ctx.tabUrl);
  const frameOrigin = originOf(ctx.frameUrl) ?? report.frameOrigin;

  const findings = await Promise.all(
    report.findings.map(async (f) => ({
      type: f.type,
      category: f.category,
      count: f.count,
      distinct: f.distinct,
      masked: f.masked.map((m) => safeRecordMask(f.type, m)),
      tags: await Promise.all(f.values.slice(0, 20).map((v) => computeTag(ctx.key, v, f.type))),
      rules: f.rules,
    })),
  );
  const justification = report.justification ? ctx.redact(report.justification).slice(0, 500) : undefined;

  return buildEvent(
    {
      site,
      ...(frameOrigin && frameOrigin !== topOrigin ? { frameOrigin } : {}),
      channel: report.channel,
      action: report.action,
      decision: report.decision,
      findings,
      summary: report.summary,
      ...(report.file ? { file: report.file } : {}),
      ...(justification ? { justification } : {}),
    },
    { id: uuid(), occurredAt: now(), extensionVersion: ctx.extensionVersion, policyVersion: ctx.policy.version },
  );
}

export async function handleReport(report: Report, ctx: ReportContext): Promise<PdpEvent> {
  const event = await reportToEvent(report, ctx);
  await ctx.outbox.add(event);
  return event;
}

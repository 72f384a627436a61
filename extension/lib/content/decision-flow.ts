// The one path every trigger goes through once it holds text (or a file) with
// personal data: ask policy, show the warning when policy wants the user to
// decide, record the decision, and say what should happen to the content.
import type { Action, Channel, Decision } from '../../../shared/event/schema.ts';
import { evaluate, siteStatus, type Verdict } from '../../../shared/policy/evaluate.ts';
import { recordedSite } from '../../../shared/policy/record-site.ts';
import { sendToBackground, type EffectivePolicy } from '../messages.ts';
import { acknowledge } from './acknowledged.ts';
import { cachedPolicy, loadPolicy } from './policy-cache.ts';
import { buildReport } from './report.ts';
import type { TextScan } from './scan.ts';
import type { SiteContext } from './site.ts';
import { showWarning, type PendingWarning, type WarningAnswer } from './warning.ts';
import { warningModel } from './warning-content.ts';

/** What to do with the content that was held. */
export type Outcome =
  | { kind: 'pass' }
  | { kind: 'proceed' }
  | { kind: 'mask' }
  | { kind: 'cancel' };

export interface Interception {
  channel: Channel;
  scan: TextScan;
  ctx: SiteContext;
  doc: Document;
  file?: { kind: string; sizeBytes: number };
  /** A dialog already open for this interception (a file scan in progress). */
  warning?: PendingWarning;
  /** Only part of the text was read: no masked copy can be promised, and `mask` becomes a block. */
  partial?: boolean;
}

/** Policy's verdict when it is already known, without waiting: null when it is not cached yet. */
export function quickVerdict(scan: TextScan, ctx: SiteContext): Verdict | null {
  const eff = cachedPolicy();
  if (!eff) return null;
  return verdictFor(eff, scan, ctx);
}

export function verdictFor(eff: EffectivePolicy, scan: TextScan, ctx: SiteContext): Verdict {
  if (!eff.protectionOn) return { site: siteStatus(eff.policy, ctx.topUrl), action: 'allow', byType: [] };
  return evaluate(eff.policy, ctx.topUrl, scan.summary);
}

/** True when policy lets the content through without asking (allow or audit). */
export function passesWithoutAsking(action: Action): boolean {
  return action === 'allow' || action === 'audit';
}

export { guardIdle } from './idle.ts';

export async function decide(req: Interception): Promise<Outcome> {
  const eff = cachedPolicy() ?? (await loadPolicy());
  const verdict = verdictFor(eff, req.scan, req.ctx);
  const { action } = verdict;
  const record = (decision: Decision, justification?: string) =>
    report(eff, req, verdict, decision, justification);

  if (action === 'allow') {
    req.warning?.close();
    return { kind: 'pass' };
  }
  if (action === 'audit') {
    req.warning?.close();
    record('audited');
    acknowledge(req.scan);
    return { kind: 'pass' };
  }
  // A file cannot be masked: for files, `mask` asks like block (cancel only).
  if (action === 'mask' && (req.channel === 'paste' || req.channel === 'drop') && !req.partial && !req.file) {
    req.warning?.close();
    record('masked');
    return { kind: 'mask' };
  }

  const model = warningModel(req.scan, action, req.channel, req.ctx.site, eff.policy.reasons);
  if (req.partial || req.file) model.offerMask = null;
  let warning = req.warning;
  if (warning) warning.update(model);
  else warning = showWarning(req.doc, model);
  const choice: WarningAnswer = await warning.result;

  switch (choice.choice) {
    case 'proceed':
      record('proceeded', choice.reason);
      acknowledge(req.scan);
      return { kind: 'proceed' };
    case 'mask':
      record('masked');
      return { kind: 'mask' };
    case 'false_positive':
      record('false_positive');
      acknowledge(req.scan);
      // Only where policy would have let the user go on anyway does a
      // false-positive report let the content through.
      return action === 'warn' ? { kind: 'proceed' } : { kind: 'cancel' };
    case 'unavailable':
      // The dialog could not be loaded, so nobody could be asked: policy's
      // failMode decides, as for a file that could not be read. A block
      // needs no one's answer.
      if (action !== 'block' && eff.policy.failMode === 'open') {
        record('audited');
        acknowledge(req.scan);
        return { kind: 'proceed' };
      }
      record('blocked');
      return { kind: 'cancel' };
    default:
      record(action === 'block' ? 'blocked' : 'cancelled');
      return { kind: 'cancel' };
  }
}

function report(eff: EffectivePolicy, req: Interception, verdict: Verdict, decision: Decision, justification?: string): void {
  const r = buildReport({
    site: recordedSite(eff.policy.recordSite, req.ctx.topUrl),
    frameOrigin: req.ctx.frameOrigin,
    channel: req.channel,
    action: verdict.action,
    decision,
    scan: req.scan,
    verdict,
    file: req.file,
    justification,
  });
  const kind = decision === 'false_positive' ? 'pdp:false-positive' : 'pdp:report';
  sendToBackground({ kind, report: r }).catch(() => {
    // The service worker is gone (extension reloaded under the page): the
    // decision itself still stands; there is nowhere to record it.
  });
}

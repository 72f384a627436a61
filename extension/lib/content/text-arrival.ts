// Text arriving by paste or drop: decided in the capture phase, before the
// page or the editor sees the event. When policy wants a say the event is
// held (cancelled on the spot) and, after the user's choice, the original or
// the masked copy is inserted through the editor's own input path.
import { deliverText } from '../editors/deliver.ts';
import type { Field } from '../editors/field.ts';
import type { InsertionPoint } from '../editors/insertion-point.ts';
import { allAcknowledged } from './acknowledged.ts';
import { decide, passesWithoutAsking, quickVerdict } from './decision-flow.ts';
import { fieldChanged } from './field-watch.ts';
import { maskedCopy } from './masked-copy.ts';
import { scanText } from './scan.ts';
import { LONG_TEXT, scanLongText } from './long-text.ts';
import { cachedPolicy, loadPolicy } from './policy-cache.ts';
import type { SiteContext } from './site.ts';

/** Returns true when the caller must hold the event (the text is then delivered here if the user goes on). */
export function guardArrivingText(
  channel: 'paste' | 'drop',
  field: Field,
  text: string,
  html: string | undefined,
  point: () => InsertionPoint,
  ctx: () => SiteContext,
): boolean {
  const here = ctx();
  const doc = field.ownerDocument;
  if (text.length > LONG_TEXT) {
    const at = point();
    void decideLongText(channel, field, text, html, at, ctx);
    return true;
  }
  const scan = scanText(text);
  if (scan.findings.length === 0 || allAcknowledged(scan)) return false;
  const verdict = quickVerdict(scan, here);
  if (verdict && passesWithoutAsking(verdict.action)) {
    // Audit still records; decide() does it without a dialog.
    if (verdict.action === 'audit') void decide({ channel, scan, ctx: here, doc });
    return false;
  }
  const at = point();
  void decide({ channel, scan, ctx: here, doc }).then(async (outcome) => {
    if (outcome.kind === 'pass' || outcome.kind === 'proceed') await deliverText(at, text, { html, as: 'paste' });
    else if (outcome.kind === 'mask') await deliverText(at, maskedCopy(text, scan.findings), { as: 'paste' });
    else return;
    fieldChanged(field, ctx);
  });
  return true;
}

async function decideLongText(
  channel: 'paste' | 'drop',
  field: Field,
  text: string,
  html: string | undefined,
  at: InsertionPoint,
  ctx: () => SiteContext,
): Promise<void> {
  const here = ctx();
  const doc = field.ownerDocument;
  const long = await scanLongText(text, channel, here, doc);
  if (!long) return;
  const { scan, partial, warning } = long;
  if (scan.findings.length === 0 || allAcknowledged(scan)) {
    warning?.close();
    if (partial && (cachedPolicy() ?? (await loadPolicy())).policy.failMode === 'closed') return;
    await deliverText(at, text, { html, as: 'paste' });
    return;
  }
  const outcome = await decide({ channel, scan, ctx: here, doc, warning, partial });
  if (outcome.kind === 'pass' || outcome.kind === 'proceed') await deliverText(at, text, { html, as: 'paste' });
  else if (outcome.kind === 'mask' && !partial) await deliverText(at, maskedCopy(text, scan.findings), { as: 'paste' });
}

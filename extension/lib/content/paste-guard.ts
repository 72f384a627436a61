// Paste: decided in the capture phase on window, before the page or the
// editor sees the event. When policy wants a say, the paste is cancelled on
// the spot and, after the user's choice, the original or the masked copy is
// inserted through the editor's own input path.
import { captureInsertionPoint } from '../editors/insertion-point.ts';
import { deliverText } from '../editors/deliver.ts';
import { deepTarget, fieldOf } from '../editors/field.ts';
import { allAcknowledged } from './acknowledged.ts';
import { transferText } from './clipboard-text.ts';
import { decide, guardIdle, passesWithoutAsking, quickVerdict } from './decision-flow.ts';
import { fieldChanged } from './field-watch.ts';
import { maskedCopy } from './masked-copy.ts';
import { scanText } from './scan.ts';
import type { SiteContext } from './site.ts';

export function onPaste(event: ClipboardEvent, ctx: () => SiteContext): void {
  if (!event.isTrusted) return;
  const field = fieldOf(deepTarget(event));
  if (!field) return;
  const here = ctx();
  if (guardIdle(here)) return;
  const doc = field.ownerDocument;
  const { text, html } = transferText(event.clipboardData, doc);
  if (!text) return;
  const scan = scanText(text);
  if (scan.findings.length === 0 || allAcknowledged(scan)) return;
  const verdict = quickVerdict(scan, here);
  if (verdict && passesWithoutAsking(verdict.action)) {
    // Audit still records; decide() does it without a dialog.
    if (verdict.action === 'audit') void decide({ channel: 'paste', scan, ctx: here, doc });
    return;
  }
  event.preventDefault();
  event.stopImmediatePropagation();
  const point = captureInsertionPoint(field);
  void decide({ channel: 'paste', scan, ctx: here, doc }).then(async (outcome) => {
    if (outcome.kind === 'pass' || outcome.kind === 'proceed') await deliverText(point, text, { html, as: 'paste' });
    else if (outcome.kind === 'mask') await deliverText(point, maskedCopy(text, scan.findings), { as: 'paste' });
    else return;
    fieldChanged(field, ctx);
  });
}

// Drops: text dropped into a field is decided like a paste; files dropped
// anywhere (a page's drop zone) are read first. Either way the drop is held in
// the capture phase and replayed after the user's choice.
import { captureInsertionPoint } from '../editors/insertion-point.ts';
import { deliverText } from '../editors/deliver.ts';
import { deepTarget, fieldOf, isFileInput } from '../editors/field.ts';
import { isScannable } from '../files/scan-file.ts';
import { allAcknowledged } from './acknowledged.ts';
import { transferText } from './clipboard-text.ts';
import { decide, guardIdle, passesWithoutAsking, quickVerdict } from './decision-flow.ts';
import { decideFiles } from './file-decision.ts';
import { maskedCopy } from './masked-copy.ts';
import { scanText } from './scan.ts';
import type { SiteContext } from './site.ts';

export function onDrop(event: DragEvent, ctx: () => SiteContext): void {
  if (!event.isTrusted || !event.dataTransfer) return;
  const here = ctx();
  if (guardIdle(here)) return;
  const target = deepTarget(event) as Element | null;
  const files = Array.from(event.dataTransfer.files);
  if (files.length > 0) return holdFiles(event, files, target, here);

  const field = fieldOf(target);
  if (!field) return;
  const { text, html } = transferText(event.dataTransfer, field.ownerDocument);
  if (!text) return;
  const scan = scanText(text);
  if (scan.findings.length === 0 || allAcknowledged(scan)) return;
  const verdict = quickVerdict(scan, here);
  if (verdict && passesWithoutAsking(verdict.action)) {
    if (verdict.action === 'audit') void decide({ channel: 'drop', scan, ctx: here, doc: field.ownerDocument });
    return;
  }
  event.preventDefault();
  event.stopImmediatePropagation();
  const point = captureInsertionPoint(field, { x: event.clientX, y: event.clientY });
  void decide({ channel: 'drop', scan, ctx: here, doc: field.ownerDocument }).then((outcome) => {
    if (outcome.kind === 'pass' || outcome.kind === 'proceed') void deliverText(point, text, { html, as: 'paste' });
    else if (outcome.kind === 'mask') void deliverText(point, maskedCopy(text, scan.findings), { as: 'paste' });
  });
}

function holdFiles(event: DragEvent, files: File[], target: Element | null, ctx: SiteContext): void {
  if (!files.some(isScannable)) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  const doc = target?.ownerDocument ?? document;
  const coords = { clientX: event.clientX, clientY: event.clientY, screenX: event.screenX, screenY: event.screenY };
  void decideFiles(files, 'drop', ctx, doc).then((outcome) => {
    if (outcome.kind !== 'pass' && outcome.kind !== 'proceed') return;
    const view = doc.defaultView;
    if (!view || !target) return;
    const data = new view.DataTransfer();
    for (const f of files) data.items.add(f);
    if (isFileInput(target)) {
      target.files = data.files;
      target.dispatchEvent(new view.Event('input', { bubbles: true, composed: true }));
      target.dispatchEvent(new view.Event('change', { bubbles: true }));
      return;
    }
    // The page's drop zone reads the files from the replayed event.
    target.dispatchEvent(
      new view.DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, composed: true, ...coords }),
    );
  });
}

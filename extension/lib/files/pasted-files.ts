// Files pasted into the page (a screenshot or a photo from the clipboard):
// the paste is held while they are read and, when the user goes on, replayed
// as a paste event carrying the same files, which is how chat and mail pages
// take pasted pictures. Cancel: the page never sees them.
import { decideFiles } from '../content/file-decision.ts';
import type { SiteContext } from '../content/site.ts';

export function guardPastedFiles(files: File[], target: Element, ctx: SiteContext): void {
  const doc = target.ownerDocument;
  void decideFiles(files, 'paste', ctx, doc).then((outcome) => {
    if (outcome.kind !== 'pass' && outcome.kind !== 'proceed') return;
    const view = doc.defaultView;
    if (!view) return;
    const data = new view.DataTransfer();
    for (const f of files) data.items.add(f);
    // Untrusted, so the guard's own paste listener lets it through.
    target.dispatchEvent(new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
  });
}

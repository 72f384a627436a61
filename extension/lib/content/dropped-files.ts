// Files dropped anywhere on the page (a drop zone, a file input): the drop is
// held, the files read, and the drop replayed with the same files once the
// user goes on.
import { isFileInput } from '../editors/field.ts';
import { decideFiles } from './file-decision.ts';
import type { SiteContext } from './site.ts';

export interface DropPoint {
  clientX: number;
  clientY: number;
  screenX: number;
  screenY: number;
}

export function guardDroppedFiles(files: File[], target: Element, at: DropPoint, ctx: SiteContext): void {
  const doc = target.ownerDocument;
  void decideFiles(files, 'drop', ctx, doc).then((outcome) => {
    if (outcome.kind !== 'pass' && outcome.kind !== 'proceed') return;
    const view = doc.defaultView;
    if (!view) return;
    const data = new view.DataTransfer();
    for (const f of files) data.items.add(f);
    if (isFileInput(target)) {
      target.files = data.files;
      target.dispatchEvent(new view.Event('input', { bubbles: true, composed: true }));
      target.dispatchEvent(new view.Event('change', { bubbles: true }));
      return;
    }
    // The page's drop zone reads the files from the replayed event.
    target.dispatchEvent(new view.DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, composed: true, ...at }));
  });
}

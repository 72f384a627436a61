// <input type=file>: the always-loaded listener has already taken the chosen
// files back out of the input (the page's change handler never ran); here they
// are read and, when the user goes on, put back with the events the page
// expects.
import { decideFiles } from './file-decision.ts';
import { replayMarks } from './replay-marks.ts';
import type { SiteContext } from './site.ts';

export function guardChosenFiles(input: HTMLInputElement, files: File[], ctx: SiteContext): void {
  void decideFiles(files, 'upload', ctx, input.ownerDocument).then((outcome) => {
    if (outcome.kind !== 'pass' && outcome.kind !== 'proceed') return;
    const view = input.ownerDocument.defaultView;
    if (!view) return;
    const data = new view.DataTransfer();
    for (const f of files) data.items.add(f);
    input.files = data.files;
    replayMarks.restoringFiles.add(input);
    input.dispatchEvent(new view.Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new view.Event('change', { bubbles: true }));
  });
}

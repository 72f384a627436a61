// <input type=file>: the chosen files are taken back out of the input (the
// page's change handler never runs) until they are read and the user has
// decided; going on puts them back and fires the events the page expects.
import { deepTarget, isFileInput } from '../editors/field.ts';
import { isScannable } from '../files/scan-file.ts';
import { decideFiles } from './file-decision.ts';
import { guardIdle } from './decision-flow.ts';
import type { SiteContext } from './site.ts';

const restoring = new WeakSet<HTMLInputElement>();

/** `input` fires just before `change` on a file input: hold it too while the files are checked. */
export function onFileInput(event: Event, ctx: () => SiteContext): void {
  const input = deepTarget(event);
  if (!event.isTrusted || !isFileInput(input) || restoring.has(input)) return;
  if (guardIdle(ctx())) return;
  if (Array.from(input.files ?? []).some(isScannable)) event.stopImmediatePropagation();
}

export function onFileChange(event: Event, ctx: () => SiteContext): void {
  const input = deepTarget(event);
  if (!isFileInput(input)) return;
  if (restoring.has(input)) {
    restoring.delete(input);
    return;
  }
  if (!event.isTrusted) return;
  const here = ctx();
  if (guardIdle(here)) return;
  const files = Array.from(input.files ?? []);
  if (!files.some(isScannable)) return;
  event.stopImmediatePropagation();
  input.value = '';
  void decideFiles(files, 'upload', here, input.ownerDocument).then((outcome) => {
    if (outcome.kind !== 'pass' && outcome.kind !== 'proceed') return;
    const view = input.ownerDocument.defaultView;
    if (!view) return;
    const data = new view.DataTransfer();
    for (const f of files) data.items.add(f);
    input.files = data.files;
    restoring.add(input);
    input.dispatchEvent(new view.Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new view.Event('change', { bubbles: true }));
  });
}

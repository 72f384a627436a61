// The part of the content script that does the work: the detection engine,
// the decision flow and the UI. The always-loaded listeners (install.ts) load
// it on the user's first touch, so a page the user only reads never pays for
// it; the bundler keeps it as a lazily evaluated module.
import { pruneIndicators } from '../ui/inline-indicator.ts';
import { isWarningOpen } from '../ui/warning-host.ts';
import type { Field } from '../editors/field.ts';
import { forgetAcknowledged } from './acknowledged.ts';
import { fieldChanged } from './field-watch.ts';
import type { SiteContext } from './site.ts';

export { guardArrivingText } from './text-arrival.ts';
export { guardDroppedFiles } from './dropped-files.ts';
export { guardChosenFiles } from './chosen-files.ts';
export { guardPastedFiles } from '../files/pasted-files.ts';
export { guardEnter, guardSubmit } from './send-guard.ts';

export function fieldEdited(field: Field, ctx: () => SiteContext): void {
  if (!isWarningOpen()) fieldChanged(field, ctx);
}

let lastSite = '';

/** A single-page app changed view: drop the badges of fields that went away; forget decisions when the site changed. */
export function navigated(ctx: SiteContext): void {
  pruneIndicators();
  if (lastSite && ctx.site !== lastSite) forgetAcknowledged();
  lastSite = ctx.site;
}

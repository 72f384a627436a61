// The part of the content script that does the work: the detection engine,
// the decision flow, and the door to the UI (guard-ui.js, loaded on demand),
// called by the listeners (install.ts). Loading it builds nothing: the engine's tables are built on the user's first touch
// (warmUp) or by the first scan, so a page the user only reads never pays
// for them.
import type { Field } from '../editors/field.ts';
import { forgetAcknowledged } from './acknowledged.ts';
import { fieldChanged } from './field-watch.ts';
import { pruneIndicators } from './indicator.ts';
import type { SiteContext } from './site.ts';
import { isWarningOpen } from './warning.ts';
import { prepareTables } from '../../../shared/detect/index.ts';

export { guardArrivingText } from './text-arrival.ts';
export { guardDroppedFiles } from './dropped-files.ts';
export { guardChosenFiles } from './chosen-files.ts';
export { guardPastedFiles } from '../files/pasted-files.ts';
export { guardEnter, guardSubmit } from './send-guard.ts';

export function fieldEdited(field: Field, ctx: () => SiteContext): void {
  if (!isWarningOpen()) fieldChanged(field, ctx);
}

/** Builds the detection engine's tables ahead of the first scan. */
export function warmUp(): void {
  prepareTables();
}

let lastSite = '';

/** A single-page app changed view: drop the badges of fields that went away; forget decisions when the site changed. */
export function navigated(ctx: SiteContext): void {
  pruneIndicators();
  if (lastSite && ctx.site !== lastSite) forgetAcknowledged();
  lastSite = ctx.site;
}

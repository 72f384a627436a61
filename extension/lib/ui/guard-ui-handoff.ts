// The contract between the content script and the guard's UI it loads on
// demand (entrypoints/guard-ui.ts): the warning dialog and the badge at a
// field, with their styles and text. They are needed only once a finding
// must be shown, yet they cost the content script, which every frame of every
// page loads, about 3.7 KB gzip of its 60 KB budget. The content script keeps
// what must answer synchronously (holding a paste, a send or a file, and
// keeping keys typed into the dialog from the page: dialog-keys.ts) and asks
// for the UI with lib/content/warning.ts and lib/content/indicator.ts. Types
// only here, and the two names both sides agree on.
import type { hideIndicator, pruneIndicators, showIndicator } from './inline-indicator.ts';
import type { OpenWarning } from './warning-host.ts';
import type { WarningModel } from './warning-model.ts';

/** Built by WXT from entrypoints/guard-ui.ts; web-accessible (wxt.config.ts). */
export const GUARD_UI_SCRIPT = '/guard-ui.js';

/** Where the script leaves its functions, on the global object of the content script's isolated world. */
export const GUARD_UI_GLOBAL = '__pdpGuardUi';

/**
 * Hands the open dialog's key handler to the content script's window
 * listener (dialog-keys.ts), or takes it back (null). Lent by the content
 * script: that listener lives there, registered before any of the page's.
 */
export type KeyRouter = (handler: ((e: KeyboardEvent) => void) | null) => void;

export interface GuardUi {
  showWarning(doc: Document, model: WarningModel, keys: KeyRouter): OpenWarning;
  showIndicator: typeof showIndicator;
  hideIndicator: typeof hideIndicator;
  pruneIndicators: typeof pruneIndicators;
}

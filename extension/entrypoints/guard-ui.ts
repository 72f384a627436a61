import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { GUARD_UI_GLOBAL } from '../lib/ui/guard-ui-handoff.ts';
import { guardUi } from '../lib/ui/guard-ui.ts';

// Imported by the content script the first time it must show something
// (lib/content/load-guard-ui.ts); runs in the content script's isolated world.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[GUARD_UI_GLOBAL] = guardUi;
});

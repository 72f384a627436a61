// What guard-ui.js hands the content script (guard-ui-handoff.ts).
import type { GuardUi } from './guard-ui-handoff.ts';
import { hideIndicator, pruneIndicators, showIndicator } from './inline-indicator.ts';
import { showWarning } from './warning-host.ts';

export const guardUi: GuardUi = { showWarning, showIndicator, hideIndicator, pruneIndicators };

// Loads the guard's UI (lib/ui/guard-ui-handoff.ts) the first time something
// must be shown: the badge at a field, or the warning. See on-demand.ts.
import { onDemand } from '../on-demand.ts';
import { GUARD_UI_GLOBAL, GUARD_UI_SCRIPT, type GuardUi } from '../ui/guard-ui-handoff.ts';

export const loadGuardUi = onDemand<GuardUi>(GUARD_UI_SCRIPT, GUARD_UI_GLOBAL);

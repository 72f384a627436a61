// The badge at a field that holds personal data, asked for by field-watch.ts.
// It is drawn by guard-ui.js, loaded on the first badge a frame shows; that
// load also readies the warning for the send that may follow. Until it
// arrives the badge a field should have is remembered, so one taken away
// meanwhile never appears. If it cannot load there is no badge; sends, pastes
// and files are still held and decided.
import type { Action } from '../../../shared/event/schema.ts';
import type { FindingType } from '../../../shared/detect/types.ts';
import type { GuardUi } from '../ui/guard-ui-handoff.ts';
import { loadGuardUi } from './load-guard-ui.ts';

let ui: GuardUi | undefined;
const waiting = new Map<HTMLElement, [readonly FindingType[], Action]>();

export function showIndicator(field: HTMLElement, types: readonly FindingType[], action: Action): void {
  if (ui) return ui.showIndicator(field, types, action);
  waiting.set(field, [types, action]);
  loadGuardUi().then(
    (loaded) => {
      ui = loaded;
      for (const [f, [t, a]] of waiting) if (f.isConnected) ui.showIndicator(f, t, a);
      waiting.clear();
    },
    () => waiting.clear(),
  );
}

export function hideIndicator(field: Element): void {
  waiting.delete(field as HTMLElement);
  ui?.hideIndicator(field);
}

/** Drops the badges of fields that left the page (a single-page app changed view). */
export function pruneIndicators(): void {
  ui?.pruneIndicators();
}

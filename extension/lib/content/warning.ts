// Opens the warning from the content script. The dialog itself is in
// guard-ui.js, loaded on the first warning a frame shows (load-guard-ui.ts),
// so what was held (a paste, a send, a file) stays held while it loads and
// the page sees nothing meanwhile. The handle is returned at once, so the
// callers stay as they were; its answer comes once the user has chosen.
import { setDialogKeyHandler } from '../ui/dialog-keys.ts';
import type { OpenWarning } from '../ui/warning-host.ts';
import type { WarningChoice, WarningModel } from '../ui/warning-model.ts';
import { loadGuardUi } from './load-guard-ui.ts';

/**
 * `unavailable`: the dialog could not be loaded, so nobody was asked; the
 * decision flow leaves it to policy's failMode, as for a file it could not read.
 */
export type WarningAnswer = WarningChoice | { choice: 'unavailable' };

export interface PendingWarning {
  readonly result: Promise<WarningAnswer>;
  /** Show new content (a file scan finished or progressed); before the dialog is up, it opens with the latest. */
  update(model: WarningModel): void;
  /** Close as if cancelled (before the dialog is up, it never opens). */
  close(): void;
}

let current: PendingWarning | null = null;

export function isWarningOpen(): boolean {
  return current !== null;
}

export function showWarning(doc: Document, model: WarningModel, load = loadGuardUi): PendingWarning {
  current?.close();
  let latest = model;
  let dialog: OpenWarning | undefined;
  let closed = false;
  let settle!: (answer: WarningAnswer) => void;
  const result = new Promise<WarningAnswer>((resolve) => (settle = resolve)).finally(() => {
    if (current === handle) current = null;
  });
  load().then(
    (ui) => {
      if (closed) return;
      dialog = ui.showWarning(doc, latest, setDialogKeyHandler);
      void dialog.result.then(settle);
    },
    () => settle({ choice: 'unavailable' }),
  );
  const handle: PendingWarning = {
    result,
    update(m) {
      latest = m;
      dialog?.update(m);
    },
    close() {
      if (dialog) return dialog.close();
      closed = true;
      settle({ choice: 'cancel' });
    },
  };
  current = handle;
  return handle;
}

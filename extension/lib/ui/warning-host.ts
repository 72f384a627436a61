// Mounts the warning in the document of the frame where the user acted, in a
// closed shadow root (the page can neither style nor reach it), keeps the
// focus inside it, and resolves with the user's choice. Part of guard-ui.js,
// loaded on demand; the content script opens it through lib/content/warning.ts.
import { HOST_STYLE, WARNING_CSS } from './styles.ts';
import { adoptStyles, styleHost } from './shadow-style.ts';
import { uiLanguage } from './i18n.ts';
import type { KeyRouter } from './guard-ui-handoff.ts';
import { renderWarning } from './warning-view.ts';
import type { WarningChoice, WarningModel } from './warning-model.ts';

export interface OpenWarning {
  readonly result: Promise<WarningChoice>;
  /** Re-render with new content (a file scan finished or progressed). */
  update(model: WarningModel): void;
  /** Close as if cancelled. */
  close(): void;
}

let current: OpenWarning | null = null;

/** `keys` is the content script's dialog-keys.ts, lent: its window listener hands the dialog the keys it keeps from the page. */
export function showWarning(doc: Document, model: WarningModel, keys: KeyRouter): OpenWarning {
  current?.close();
  const host = doc.createElement('pdp-guard');
  styleHost(host, HOST_STYLE + ' inset: 0 !important;');
  const root = host.attachShadow({ mode: 'closed' });
  adoptStyles(root, WARNING_CSS);
  const mount = doc.createElement('div');
  mount.setAttribute('lang', uiLanguage());
  root.append(mount);

  const previouslyFocused = doc.activeElement as HTMLElement | null;
  let settle!: (c: WarningChoice) => void;
  const result = new Promise<WarningChoice>((resolve) => (settle = resolve));
  let done = false;

  const finish = (choice: WarningChoice) => {
    if (done) return;
    done = true;
    doc.removeEventListener('focusin', keepFocus, true);
    keys(null);
    host.remove();
    if (current === handle) current = null;
    // The decision flow gives the focus back to the field itself; this only
    // covers a cancel, where nothing else will.
    if (choice.choice === 'cancel' && previouslyFocused?.isConnected) previouslyFocused.focus({ preventScroll: true });
    settle(choice);
  };

  const setHooks = (m: WarningModel) => {
    host.setAttribute('data-pdp-guard', 'warning');
    host.setAttribute('data-types', m.rows.map((r) => r.type).join(','));
    host.setAttribute('data-action', m.action);
  };

  const focusables = () =>
    Array.from(root.querySelectorAll<HTMLElement>('button, input')).filter((el) => !(el as HTMLButtonElement).disabled);

  // Keys reach the dialog through the content script's window listener
  // (dialog-keys.ts), which keeps them from the page.
  const onKey = (ev: KeyboardEvent) => {
    if (!ev.isTrusted) return;
    if (ev.key === 'Escape') {
      ev.preventDefault();
      finish({ choice: 'cancel' });
    } else if (ev.key === 'Tab') {
      const items = focusables();
      if (items.length === 0) return;
      const active = root.activeElement as HTMLElement | null;
      const i = active ? items.indexOf(active) : -1;
      const next = ev.shiftKey ? (i <= 0 ? items.length - 1 : i - 1) : i === items.length - 1 ? 0 : i + 1;
      ev.preventDefault();
      items[next].focus();
    }
  };
  keys(onKey);

  // Focus trap: anything that pulls the focus out of the dialog is sent back.
  function keepFocus(e: FocusEvent) {
    if (done || e.target === host) return;
    (root.activeElement as HTMLElement | null)?.focus() ?? focusables()[0]?.focus();
  }
  doc.addEventListener('focusin', keepFocus, true);

  const renderModel = (m: WarningModel) => {
    setHooks(m);
    const hadFocus = root.activeElement !== null;
    const first = renderWarning(mount, m, finish);
    if (hadFocus) first.focus();
    return first;
  };
  const first = renderModel(model);
  (doc.documentElement ?? doc.body).appendChild(host);
  // Focus the safe choice once the host is in the document.
  first.focus();

  const handle: OpenWarning = {
    result,
    update: (m) => {
      if (!done) renderModel(m);
    },
    close: () => finish({ choice: 'cancel' }),
  };
  current = handle;
  return handle;
}

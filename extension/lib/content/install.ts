// Wires the guard into one frame. Only listeners are added at load: no DOM
// walk, no policy fetch, no UI until the user touches a field. Listeners sit
// in the capture phase on window, ahead of anything the page registers later;
// events that do not cross shadow boundaries (submit, change) are also caught
// on each shadow root the user works in.
import { deepTarget, fieldOf } from '../editors/field.ts';
import { pruneIndicators } from '../ui/inline-indicator.ts';
import { isWarningOpen } from '../ui/warning-host.ts';
import { forgetAcknowledged } from './acknowledged.ts';
import { fieldChanged } from './field-watch.ts';
import { onDrop } from './drop-guard.ts';
import { onFileChange, onFileInput } from './file-input-guard.ts';
import { onPaste } from './paste-guard.ts';
import { loadPolicy } from './policy-cache.ts';
import { onKeydown, onSubmit } from './send-guard.ts';
import { siteContext, type SiteContext } from './site.ts';

export function installGuard(win: Window & typeof globalThis): void {
  const ctx = (): SiteContext => siteContext(win as never);
  const hookedRoots = new WeakSet<ShadowRoot>();
  const opts = { capture: true } as const;
  let lastSite = '';

  const onSubmitEvent = (e: Event) => onSubmit(e as SubmitEvent, ctx);
  const onChangeEvent = (e: Event) => onFileChange(e, ctx);

  function hookShadowRoot(target: EventTarget | null): void {
    const root = (target as Node | null)?.getRootNode?.();
    if (!root || root === win.document || !(root instanceof win.ShadowRoot) || hookedRoots.has(root)) return;
    hookedRoots.add(root);
    root.addEventListener('submit', onSubmitEvent, opts);
    root.addEventListener('change', onChangeEvent, opts);
  }

  win.addEventListener(
    'focusin',
    (e) => {
      if (!e.isTrusted) return;
      const target = deepTarget(e);
      hookShadowRoot(target);
      if (fieldOf(target)) void loadPolicy();
    },
    opts,
  );
  win.addEventListener(
    'input',
    (e) => {
      const target = deepTarget(e);
      onFileInput(e, ctx);
      const field = fieldOf(target);
      if (field && !isWarningOpen()) fieldChanged(field, ctx);
    },
    opts,
  );
  win.addEventListener('paste', (e) => onPaste(e as ClipboardEvent, ctx), opts);
  win.addEventListener('drop', (e) => onDrop(e as DragEvent, ctx), opts);
  win.addEventListener('keydown', (e) => onKeydown(e as KeyboardEvent, ctx), opts);
  win.addEventListener('submit', onSubmitEvent, opts);
  win.addEventListener('change', onChangeEvent, opts);

  // Single-page apps change view without a page load: drop the badges of
  // fields that went away, and forget decisions when the site changed.
  const onNavigate = () => {
    pruneIndicators();
    const site = ctx().site;
    if (lastSite && site !== lastSite) forgetAcknowledged();
    lastSite = site;
  };
  win.addEventListener('popstate', onNavigate);
  (win as unknown as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', onNavigate);
}

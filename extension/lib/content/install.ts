// Wires the guard into one frame. At load only listeners are added: no DOM
// walk, no policy fetch, no detection tables, no UI. The first sign of the
// user (pointer, key, focus, drag) fetches the policy and, in a task of its
// own, builds the engine's tables (which a paste arriving first builds
// itself). Listeners sit in the capture phase on window, ahead of anything
// the page registers later; events that do not cross shadow boundaries
// (submit, change) are also caught on each shadow root the user works in.
import { captureInsertionPoint } from '../editors/insertion-point.ts';
import { deepTarget, fieldOf, isFileInput } from '../editors/field.ts';
import { isScannable } from '../files/file-kinds.ts';
import { isGuardHost, routeDialogKey, SHIELDED_EVENTS } from '../ui/dialog-keys.ts';
import { transferText } from './clipboard-text.ts';
import { guardIdle } from './idle.ts';
import { loadPolicy } from './policy-cache.ts';
import { replayMarks } from './replay-marks.ts';
import { siteContext, type SiteContext } from './site.ts';
import * as guard from './guard.ts';

export function installGuard(win: Window & typeof globalThis): void {
  const ctx = (): SiteContext => siteContext(win as never);
  const opts = { capture: true } as const;
  const hookedRoots = new WeakSet<ShadowRoot>();
  let touched = false;

  /** Hold an event: the guard decides, and replays or delivers it if the user goes on. */
  const hold = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };

  function hookShadowRoot(target: EventTarget | null): void {
    const root = (target as Node | null)?.getRootNode?.();
    if (!root || root === win.document || !(root instanceof win.ShadowRoot) || hookedRoots.has(root)) return;
    hookedRoots.add(root);
    root.addEventListener('submit', onSubmit, opts);
    root.addEventListener('change', onChange, opts);
  }

  // First of all: keys and text typed into the guard's own UI stay out of the
  // page's listeners (they come later on the same target, or further down).
  for (const type of SHIELDED_EVENTS) {
    win.addEventListener(
      type,
      (e) => {
        if (!isGuardHost(deepTarget(e))) return;
        if (type === 'keydown') routeDialogKey(e as KeyboardEvent);
        e.stopImmediatePropagation();
      },
      opts,
    );
  }

  // The user is here: get ready before the paste or the send that may follow.
  for (const type of ['pointerdown', 'keydown', 'focusin', 'dragenter', 'touchstart']) {
    win.addEventListener(
      type,
      (e) => {
        if (!e.isTrusted) return;
        hookShadowRoot(deepTarget(e));
        if (touched) return;
        touched = true;
        void loadPolicy();
        // After the page has handled this event: the tables take tens of milliseconds.
        setTimeout(guard.warmUp, 0);
      },
      { capture: true, passive: true },
    );
  }

  win.addEventListener(
    'input',
    (e) => {
      const target = deepTarget(e);
      if (isFileInput(target)) {
        // `input` comes just before `change` on a file input: hold it with the change.
        if (e.isTrusted && !replayMarks.restoringFiles.has(target) && Array.from(target.files ?? []).some(isScannable) && !guardIdle(ctx())) {
          e.stopImmediatePropagation();
        }
        return;
      }
      const field = fieldOf(target);
      if (!field) return;
      guard.fieldEdited(field, ctx);
    },
    opts,
  );

  const onPasteOrDrop = (channel: 'paste' | 'drop') => (e: Event) => {
    if (!e.isTrusted) return;
    const data = channel === 'paste' ? (e as ClipboardEvent).clipboardData : (e as DragEvent).dataTransfer;
    if (!data) return;
    const target = deepTarget(e) as Element | null;
    const here = ctx();
    if (!target || guardIdle(here)) return;
    if (channel === 'drop' && data.files.length > 0) {
      const files = Array.from(data.files);
      if (!files.some(isScannable)) return;
      const d = e as DragEvent;
      const at = { clientX: d.clientX, clientY: d.clientY, screenX: d.screenX, screenY: d.screenY };
      hold(e);
      guard.guardDroppedFiles(files, target, at, here);
      return;
    }
    if (channel === 'paste' && data.files.length > 0 && !data.getData('text/plain')) {
      // A pasted picture (a screenshot, a photo of an ID card): read like an upload.
      const files = Array.from(data.files);
      if (!files.some(isScannable)) return;
      hold(e);
      guard.guardPastedFiles(files, target, here);
      return;
    }
    const field = fieldOf(target);
    if (!field) return;
    const { text, html } = transferText(data, field.ownerDocument);
    if (!text) return;
    const d = e as DragEvent;
    const point = () => captureInsertionPoint(field, channel === 'drop' ? { x: d.clientX, y: d.clientY } : undefined);
    if (guard.guardArrivingText(channel, field, text, html, point, ctx)) hold(e);
  };
  win.addEventListener('paste', onPasteOrDrop('paste'), opts);
  win.addEventListener('drop', onPasteOrDrop('drop'), opts);

  win.addEventListener(
    'keydown',
    (e) => {
      const k = e as KeyboardEvent;
      if (!k.isTrusted || k.key !== 'Enter' || k.shiftKey || k.isComposing || k.keyCode === 229) return;
      const target = deepTarget(k) as Element | null;
      const field = fieldOf(target);
      if (!target || !field) return;
      // In a form, Enter in an input submits (the submit listener decides) and
      // Enter in a textarea is a line break; sends go through submit.
      if ((field.localName === 'input' || field.localName === 'textarea') && (field as HTMLInputElement).form) return;
      const here = ctx();
      if (guardIdle(here)) return;
      const init = {
        key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true,
        ctrlKey: k.ctrlKey, metaKey: k.metaKey, altKey: k.altKey,
      } as KeyboardEventInit;
      if (guard.guardEnter(field, target, init, here)) hold(k);
    },
    opts,
  );

  function onSubmit(e: Event) {
    const form = e.target as HTMLFormElement | null;
    if (!form || form.localName !== 'form') return;
    if (replayMarks.submittingForms.has(form)) {
      replayMarks.submittingForms.delete(form);
      return;
    }
    const here = ctx();
    if (guardIdle(here)) return;
    const submitter = (e as SubmitEvent).submitter;
    if (guard.guardSubmit(form, submitter, here)) hold(e);
  }

  function onChange(e: Event) {
    const input = deepTarget(e);
    if (!isFileInput(input)) return;
    if (replayMarks.restoringFiles.has(input)) {
      replayMarks.restoringFiles.delete(input);
      return;
    }
    if (!e.isTrusted) return;
    const here = ctx();
    if (guardIdle(here)) return;
    const files = Array.from(input.files ?? []);
    if (!files.some(isScannable)) return;
    // Take the files back out of the input until the user has decided.
    e.stopImmediatePropagation();
    input.value = '';
    guard.guardChosenFiles(input, files, here);
  }

  win.addEventListener('submit', onSubmit, opts);
  win.addEventListener('change', onChange, opts);

  const onNavigate = () => guard.navigated(ctx());
  win.addEventListener('popstate', onNavigate);
  (win as unknown as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', onNavigate);
}

// Keys typed into the warning (a reason may name a citizen) must not reach the
// page. The always-loaded listener, registered on window before any of the
// page's, stops key and input events aimed at the guard's UI there and hands
// keydown to the open dialog; typing still works (stopping propagation does
// not cancel the browser's default action). This stays in the content
// script; the dialog (guard-ui.js, loaded on demand) is lent
// setDialogKeyHandler (lib/content/warning.ts).

type KeyHandler = (e: KeyboardEvent) => void;

let handler: KeyHandler | null = null;

export function setDialogKeyHandler(h: KeyHandler | null): void {
  handler = h;
}

export function isGuardHost(target: EventTarget | null): boolean {
  return !!target && (target as Element).localName === 'pdp-guard';
}

export function routeDialogKey(e: KeyboardEvent): void {
  handler?.(e);
}

export const SHIELDED_EVENTS = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'textInput',
  'compositionstart', 'compositionupdate', 'compositionend', 'paste', 'copy', 'cut',
] as const;

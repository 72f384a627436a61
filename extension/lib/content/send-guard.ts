// Sending: a form submit, or Enter in a chat box. The text is already in the
// page's field, so the guard holds the send itself, asks, and replays it when
// the user goes on (requestSubmit for forms; for chat boxes the same Enter,
// re-dispatched, which chat apps handle like the real one).
import { deepTarget, fieldOf, isTextControl, type Field } from '../editors/field.ts';
import { readFieldText } from '../editors/dom-text.ts';
import { replaceSpans } from '../editors/replace-spans.ts';
import { allAcknowledged } from './acknowledged.ts';
import { decide, guardIdle, passesWithoutAsking, quickVerdict } from './decision-flow.ts';
import { refreshIndicator, scanField } from './field-watch.ts';
import { maskFor, orderedSpans } from './masked-copy.ts';
import { scanText, type TextScan } from './scan.ts';
import type { SiteContext } from './site.ts';

/** Sends the guard itself replays after the user chose to go on. */
const replaying = new WeakSet<object>();

export function onKeydown(event: KeyboardEvent, ctx: () => SiteContext): void {
  if (!event.isTrusted || event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
  const target = deepTarget(event);
  const field = fieldOf(target);
  if (!field) return;
  // Enter in a form's input submits the form: the submit listener decides.
  if (field.localName === 'input' && (field as HTMLInputElement).form) return;
  const here = ctx();
  if (guardIdle(here)) return;
  const scan = scanField(field);
  if (!needsDecision(scan, here)) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  const init: KeyboardEventInit = {
    key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true,
    ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey,
  } as KeyboardEventInit;
  void decide({ channel: 'submit', scan, ctx: here, doc: field.ownerDocument }).then((outcome) => {
    if (outcome.kind === 'mask') return maskField(field, scan, here);
    if (outcome.kind === 'cancel') return refocus(field);
    replayEnter(field, target as Element, init);
  });
}

export function onSubmit(event: SubmitEvent, ctx: () => SiteContext): void {
  const form = event.target as HTMLFormElement | null;
  if (!form || form.localName !== 'form') return;
  if (replaying.has(form)) {
    replaying.delete(form);
    return;
  }
  const here = ctx();
  if (guardIdle(here)) return;
  const fields = formFields(form);
  if (fields.length === 0) return;
  const scans = fields.map((f) => ({ field: f, scan: scanField(f) }));
  const combined = scanText(scans.map((s) => s.scan.text).join('\n\n'));
  if (!needsDecision(combined, here)) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  const submitter = event.submitter;
  void decide({ channel: 'submit', scan: combined, ctx: here, doc: form.ownerDocument }).then(async (outcome) => {
    if (outcome.kind === 'mask') {
      for (const s of scans) if (s.scan.findings.length > 0) await maskField(s.field, s.scan, here);
      return;
    }
    if (outcome.kind === 'cancel') return;
    replaying.add(form);
    if (submitter && (submitter as HTMLButtonElement).form === form) form.requestSubmit(submitter as HTMLElement);
    else form.requestSubmit();
  });
}

function needsDecision(scan: TextScan, ctx: SiteContext): boolean {
  if (scan.findings.length === 0 || allAcknowledged(scan)) return false;
  const verdict = quickVerdict(scan, ctx);
  if (verdict && verdict.action === 'allow') return false;
  // Audit and unknown policy go through decide(), which records or asks.
  if (verdict && passesWithoutAsking(verdict.action)) {
    void decide({ channel: 'submit', scan, ctx, doc: document });
    return false;
  }
  return true;
}

function formFields(form: HTMLFormElement): Field[] {
  const out: Field[] = [];
  for (const el of Array.from(form.elements)) if (isTextControl(el)) out.push(el);
  for (const el of Array.from(form.querySelectorAll<HTMLElement>('[contenteditable]'))) {
    const root = fieldOf(el);
    if (root && !out.includes(root)) out.push(root);
  }
  return out;
}

/** Replaces the values in a field by their display masks ("mask" on typed text). */
async function maskField(field: Field, scan: TextScan, ctx: SiteContext): Promise<void> {
  if (readFieldText(field) !== scan.text) return;
  await replaceSpans(
    field,
    orderedSpans(scan.findings).map((f) => ({ start: f.start, end: f.end, text: maskFor(f) })),
  );
  refreshIndicator(field, scanField(field), ctx);
}

function refocus(field: Field): void {
  field.focus({ preventScroll: true });
}

function replayEnter(field: Field, target: Element, init: KeyboardEventInit): void {
  field.focus({ preventScroll: true });
  const view = field.ownerDocument.defaultView;
  if (!view) return;
  const down = new view.KeyboardEvent('keydown', init);
  const on = target.isConnected ? target : field;
  on.dispatchEvent(down);
  if (!down.defaultPrevented) {
    on.dispatchEvent(new view.KeyboardEvent('keypress', { ...init, charCode: 13 } as KeyboardEventInit));
    // Nobody treated it as "send": it was a line break after all.
    if (!isTextControl(field) || field.localName === 'textarea') {
      field.ownerDocument.execCommand('insertLineBreak');
    }
  }
  on.dispatchEvent(new view.KeyboardEvent('keyup', init));
}

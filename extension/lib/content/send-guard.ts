// Sending: a form submit, or Enter in a chat box. The text is already in the
// page's field, so the guard holds the send itself, asks, and replays it when
// the user goes on (requestSubmit for forms; for chat boxes the same Enter,
// re-dispatched, which chat apps handle like the real one).
import { fieldOf, isTextControl, type Field } from '../editors/field.ts';
import { readFieldText } from '../editors/dom-text.ts';
import { replaceSpans } from '../editors/replace-spans.ts';
import { allAcknowledged } from './acknowledged.ts';
import { decide, passesWithoutAsking, quickVerdict } from './decision-flow.ts';
import { refreshIndicator, scanField } from './field-watch.ts';
import { maskFor, orderedSpans } from './masked-copy.ts';
import { replayMarks } from './replay-marks.ts';
import { scanText, type TextScan } from './scan.ts';
import type { SiteContext } from './site.ts';

/**
 * Enter pressed in `field`. Returns true when the caller must hold the key;
 * `held` says it already did, and then the Enter is replayed here when no
 * decision is needed.
 */
export function guardEnter(field: Field, target: Element, init: KeyboardEventInit, ctx: SiteContext, held: boolean): boolean {
  const scan = scanField(field);
  if (!needsDecision(scan, ctx, field.ownerDocument)) {
    if (held) replayEnter(field, target, init);
    return held;
  }
  void decide({ channel: 'submit', scan, ctx, doc: field.ownerDocument }).then((outcome) => {
    if (outcome.kind === 'mask') return maskField(field, scan, ctx);
    if (outcome.kind === 'cancel') return void field.focus({ preventScroll: true });
    replayEnter(field, target, init);
  });
  return true;
}

/** A form being submitted. Same contract as guardEnter. */
export function guardSubmit(form: HTMLFormElement, submitter: HTMLElement | null, ctx: SiteContext, held: boolean): boolean {
  const fields = formFields(form);
  const scans = fields.map((f) => ({ field: f, scan: scanField(f) }));
  const combined = scanText(scans.map((s) => s.scan.text).join('\n\n'));
  if (fields.length === 0 || !needsDecision(combined, ctx, form.ownerDocument)) {
    if (held) resubmit(form, submitter);
    return held;
  }
  void decide({ channel: 'submit', scan: combined, ctx, doc: form.ownerDocument }).then(async (outcome) => {
    if (outcome.kind === 'mask') {
      for (const s of scans) if (s.scan.findings.length > 0) await maskField(s.field, s.scan, ctx);
      return;
    }
    if (outcome.kind !== 'cancel') resubmit(form, submitter);
  });
  return true;
}

function resubmit(form: HTMLFormElement, submitter: HTMLElement | null): void {
  replayMarks.submittingForms.add(form);
  if (submitter && (submitter as HTMLButtonElement).form === form) form.requestSubmit(submitter);
  else form.requestSubmit();
}

function needsDecision(scan: TextScan, ctx: SiteContext, doc: Document): boolean {
  if (scan.findings.length === 0 || allAcknowledged(scan)) return false;
  const verdict = quickVerdict(scan, ctx);
  if (verdict && verdict.action === 'allow') return false;
  // Audit records without asking; an unknown policy goes through decide(), which waits for it.
  if (verdict && passesWithoutAsking(verdict.action)) {
    void decide({ channel: 'submit', scan, ctx, doc });
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

// Sending: a form submit, or Enter in a chat box. The text is already in the
// page's field, so the guard holds the send itself, asks, and replays it when
// the user goes on (requestSubmit for forms; for chat boxes the same Enter,
// re-dispatched, which chat apps handle like the real one).
import { fieldOf, isTextControl, type Field } from '../editors/field.ts';
import { readFieldText } from '../editors/dom-text.ts';
import { replaceSpans } from '../editors/replace-spans.ts';
import { allAcknowledged } from './acknowledged.ts';
import { decide, passesWithoutAsking, quickVerdict, type Outcome } from './decision-flow.ts';
import { scanLongText } from './long-text.ts';
import { refreshIndicator, scanField } from './field-watch.ts';
import { maskFor, orderedSpans } from './masked-copy.ts';
import { replayMarks } from './replay-marks.ts';
import { scanText, type TextScan } from './scan.ts';
import type { SiteContext } from './site.ts';

/** Enter pressed in `field`. Returns true when the caller must hold the key (it is replayed here if the user goes on). */
export function guardEnter(field: Field, target: Element, init: KeyboardEventInit, ctx: SiteContext): boolean {
  const doc = field.ownerDocument;
  const scan = scanField(field);
  const onOutcome = (outcome: Outcome, s: TextScan) => {
    if (outcome.kind === 'mask') return void maskField(field, s, ctx);
    if (outcome.kind === 'cancel') return void field.focus({ preventScroll: true });
    replayEnter(field, target, init);
  };
  if (!scan) {
    // Too long to read inside the key handler: hold the key, read in slices.
    void decideLong(readFieldText(field), ctx, doc, (o, s) => onOutcome(o, s), () => replayEnter(field, target, init));
    return true;
  }
  if (!needsDecision(scan, ctx, doc)) return false;
  void decide({ channel: 'submit', scan, ctx, doc }).then((outcome) => onOutcome(outcome, scan));
  return true;
}

/** A form being submitted. Same contract as guardEnter. */
export function guardSubmit(form: HTMLFormElement, submitter: HTMLElement | null, ctx: SiteContext): boolean {
  const doc = form.ownerDocument;
  const fields = formFields(form);
  const scans = fields.map((f) => ({ field: f, scan: scanField(f) }));
  const onOutcome = async (outcome: Outcome) => {
    if (outcome.kind === 'mask') {
      for (const s of scans) if (s.scan && s.scan.findings.length > 0) await maskField(s.field, s.scan, ctx);
      return;
    }
    if (outcome.kind !== 'cancel') resubmit(form, submitter);
  };
  if (scans.some((s) => !s.scan)) {
    const all = fields.map((f) => readFieldText(f)).join('\n\n');
    void decideLong(all, ctx, doc, (o) => void onOutcome(o), () => resubmit(form, submitter));
    return true;
  }
  const combined = scanText(scans.map((s) => s.scan!.text).join('\n\n'));
  if (fields.length === 0 || !needsDecision(combined, ctx, doc)) return false;
  void decide({ channel: 'submit', scan: combined, ctx, doc }).then(onOutcome);
  return true;
}

/** A send whose text is too long for one look: read it in slices, then decide; `pass` replays the send. */
async function decideLong(
  text: string,
  ctx: SiteContext,
  doc: Document,
  onOutcome: (outcome: Outcome, scan: TextScan) => void,
  pass: () => void,
): Promise<void> {
  const long = await scanLongText(text, 'submit', ctx, doc);
  if (!long) return;
  if (!needsDecision(long.scan, ctx, doc)) {
    long.warning?.close();
    return pass();
  }
  // A long text's values are not masked in place (thousands of edits): decide() offers no masked copy.
  onOutcome(await decide({ channel: 'submit', scan: long.scan, ctx, doc, warning: long.warning, partial: true }), long.scan);
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
  const after = scanField(field);
  if (after) refreshIndicator(field, after, ctx);
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

// Puts text into a field the way a user's own paste or typing would, so the
// page's editor (React state, ProseMirror, Quill, Lexical, CKEditor) sees it
// through its own input path rather than as a DOM change behind its back.
//
// Order of attempts:
//  1. For a pasted text in a contenteditable: a paste event carrying the text
//     (and its HTML, when the user pasted HTML). Rich editors parse pastes
//     themselves and cancel the event when they took it; the guard's own
//     listener ignores it because it is not trusted.
//  2. In a contenteditable, a cancelable `beforeinput` (editors with their own
//     model, like Lexical and Slate, take their input from it).
//  3. execCommand('insertText') for texts up to EXEC_COMMAND_LIMIT: the browser
//     edits the DOM at the selection and fires a trusted `input` event, and the
//     undo stack keeps the step.
//  4. Editing the value or DOM directly and firing `input`.
import { isTextControl, type Field } from './field.ts';
import { readFieldText } from './dom-text.ts';
import { restoreInsertionPoint, type InsertionPoint } from './insertion-point.ts';

export interface DeliverOptions {
  /** HTML form of the text, offered to rich editors on a paste. */
  html?: string;
  /** How the text originally arrived: a paste is replayed as a paste. */
  as?: 'paste' | 'insert';
}

/** Longest text handed to execCommand('insertText'). */
export const EXEC_COMMAND_LIMIT = 4_000;

export type DeliveryPath = 'paste-event' | 'exec-command' | 'beforeinput' | 'direct';

export async function deliverText(point: InsertionPoint, text: string, options: DeliverOptions = {}): Promise<DeliveryPath> {
  const { field } = point;
  restoreInsertionPoint(point);
  // Editors (ProseMirror, Lexical, Quill) pick up a restored selection from
  // the `selectionchange` event, which the browser fires asynchronously.
  await nextTask();
  const before = readFieldText(field);
  const landed = () => readFieldText(field) !== before || text.length === 0;

  if (!isTextControl(field) && options.as === 'paste' && replayPaste(field, text, options.html)) {
    return 'paste-event';
  }
  // Editors that keep their own model and take input only from `beforeinput`
  // (Lexical, Slate) cancel it when they took it; the others ignore it and
  // get the browser's own edit.
  if (!isTextControl(field)) {
    // Landed counts, cancelled or not: an editor may insert without cancelling.
    replayBeforeInput(field, text);
    if (landed()) return 'beforeinput';
  }
  // The browser's editing command slows down sharply with text length (about
  // 17 s for 2,000 lines in a textarea): long texts are set directly.
  if (text.length <= EXEC_COMMAND_LIMIT && execInsert(field, text) && landed()) return 'exec-command';
  insertDirectly(point, text);
  return 'direct';
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function execInsert(field: Field, text: string): boolean {
  try {
    return field.ownerDocument.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

function replayPaste(field: HTMLElement, text: string, html?: string): boolean {
  const view = field.ownerDocument.defaultView;
  if (!view || typeof view.DataTransfer !== 'function') return false;
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  if (html) data.setData('text/html', html);
  const event = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  const target = field.ownerDocument.activeElement && field.contains(field.ownerDocument.activeElement)
    ? field.ownerDocument.activeElement
    : field;
  target.dispatchEvent(event);
  // An editor that handled the paste cancels it; an uncancelled synthetic paste inserts nothing.
  return event.defaultPrevented;
}

function replayBeforeInput(field: HTMLElement, text: string): void {
  const view = field.ownerDocument.defaultView;
  if (!view) return;
  const event = new view.InputEvent('beforeinput', {
    inputType: 'insertText',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  field.dispatchEvent(event);
}

function insertDirectly(point: InsertionPoint, text: string): void {
  const { field } = point;
  const view = field.ownerDocument.defaultView;
  if (isTextControl(field)) {
    const len = field.value.length;
    field.setRangeText(text, Math.min(point.start ?? len, len), Math.min(point.end ?? len, len), 'end');
  } else {
    const range = point.range ?? field.ownerDocument.createRange();
    if (!point.range) {
      range.selectNodeContents(field);
      range.collapse(false);
    }
    range.deleteContents();
    // Lines as text nodes separated by <br>, the way a contenteditable shows them.
    const doc = field.ownerDocument;
    const fragment = doc.createDocumentFragment();
    text.split('\n').forEach((line, i) => {
      if (i > 0) fragment.append(doc.createElement('br'));
      if (line) fragment.append(doc.createTextNode(line));
    });
    range.insertNode(fragment);
  }
  if (view) {
    field.dispatchEvent(new view.InputEvent('input', { inputType: 'insertText', data: text, bubbles: true, composed: true }));
  }
}

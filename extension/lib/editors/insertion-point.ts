// Where text should land once the user has decided. Captured when the guard
// holds a paste or a drop, because the dialog takes the focus (and with it the
// field's selection) away until the user chooses.
import { isTextControl, type Field } from './field.ts';

export interface InsertionPoint {
  field: Field;
  /** Selection in an input or textarea. */
  start?: number;
  end?: number;
  /** Selection in a contenteditable. */
  range?: Range;
}

function selectionIn(field: HTMLElement): Selection | null {
  const root = field.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  if ('getSelection' in root && typeof root.getSelection === 'function') return root.getSelection();
  return field.ownerDocument.getSelection();
}

export function captureInsertionPoint(field: Field, at?: { x: number; y: number }): InsertionPoint {
  if (isTextControl(field)) {
    const len = field.value.length;
    return { field, start: field.selectionStart ?? len, end: field.selectionEnd ?? len };
  }
  const doc = field.ownerDocument;
  if (at) {
    const fromPoint = caretRangeAt(doc, at.x, at.y);
    if (fromPoint && field.contains(fromPoint.startContainer)) return { field, range: fromPoint };
  }
  const sel = selectionIn(field);
  if (sel && sel.rangeCount > 0) {
    const range = sel.getRangeAt(0);
    if (field.contains(range.startContainer)) return { field, range: range.cloneRange() };
  }
  const end = doc.createRange();
  end.selectNodeContents(field);
  end.collapse(false);
  return { field, range: end };
}

function caretRangeAt(doc: Document, x: number, y: number): Range | null {
  const d = doc as Document & {
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    if (!pos) return null;
    const r = doc.createRange();
    r.setStart(pos.offsetNode, pos.offset);
    return r;
  }
  return typeof d.caretRangeFromPoint === 'function' ? d.caretRangeFromPoint(x, y) : null;
}

/** Gives the field the focus back and puts its caret or selection where it was. */
export function restoreInsertionPoint(point: InsertionPoint): void {
  const { field } = point;
  field.focus({ preventScroll: true });
  if (isTextControl(field)) {
    const len = field.value.length;
    const start = Math.min(point.start ?? len, len);
    const end = Math.min(point.end ?? len, len);
    try {
      field.setSelectionRange(start, end);
    } catch {
      // Email inputs refuse selection ranges; the caret stays where focus put it.
    }
    return;
  }
  if (!point.range) return;
  const sel = selectionIn(field);
  if (!sel) return;
  sel.removeAllRanges();
  sel.addRange(point.range);
}

// What counts as a text field the guard watches, and how to find it from an
// event target (which may sit deep inside an editor's markup or a shadow root).

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'tel', 'url', '']);

export type TextControl = HTMLInputElement | HTMLTextAreaElement;
export type Field = TextControl | HTMLElement;

export function isTextControl(el: unknown): el is TextControl {
  if (!el || typeof el !== 'object') return false;
  const node = el as Element;
  if (node.nodeType !== 1) return false;
  const tag = node.localName;
  if (tag === 'textarea') return true;
  if (tag !== 'input') return false;
  const type = (node.getAttribute('type') ?? '').toLowerCase();
  return TEXT_INPUT_TYPES.has(type);
}

export function isFileInput(el: unknown): el is HTMLInputElement {
  const node = el as Element | null;
  return !!node && node.nodeType === 1 && node.localName === 'input' && (node as HTMLInputElement).type === 'file';
}

/**
 * The editable field an event target belongs to: the input or textarea itself,
 * or the outermost element of a contenteditable region (the editor's root,
 * e.g. `.ProseMirror`, `.ql-editor`, `[data-lexical-editor]`).
 */
export function fieldOf(target: EventTarget | null | undefined): Field | null {
  let node = target as Node | null;
  if (!node) return null;
  if (node.nodeType === 3) node = node.parentNode;
  if (!node || node.nodeType !== 1) return null;
  const el = node as HTMLElement;
  if (isTextControl(el)) return el;
  if (!el.isContentEditable) return null;
  let root: HTMLElement = el;
  for (let p = el.parentElement; p && p.isContentEditable; p = p.parentElement) root = p;
  return root;
}

/** The innermost target of an event, through open shadow roots. */
export function deepTarget(event: Event): EventTarget | null {
  const path = event.composedPath();
  return path.length > 0 ? path[0] : event.target;
}

// A contenteditable's text as the detector sees it, with a map from text
// offsets back to DOM positions so a finding's span can be selected and
// replaced. Walks text nodes instead of reading innerText: innerText forces a
// layout on every keystroke, a tree walk does not.
import { isTextControl, type Field } from './field.ts';

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'td', 'th', 'ul',
]);
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript']);

export interface TextSegment {
  node: Text;
  start: number;
}

export interface TextModel {
  text: string;
  segments: TextSegment[];
}

export function readTextModel(root: Node): TextModel {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let endsWithBreak = true;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
    endsWithBreak = s.endsWith('\n');
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        segments.push({ node: child as Text, start: length });
        push(data);
      } else if (child.nodeType === 1) {
        const tag = (child as Element).localName;
        if (SKIPPED_TAGS.has(tag)) continue;
        if (tag === 'br') {
          push('\n');
          continue;
        }
        const block = BLOCK_TAGS.has(tag);
        if (block && !endsWithBreak) push('\n');
        walk(child);
        if (block && !endsWithBreak) push('\n');
      }
    }
  };
  walk(root);
  return { text: parts.join(''), segments };
}

/** The DOM position of a text offset; the end of the previous text node when it falls on a break. */
export function positionAt(model: TextModel, offset: number): { node: Text; offset: number } | null {
  const { segments } = model;
  if (segments.length === 0) return null;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const seg = segments[lo];
  const within = Math.max(0, Math.min(offset - seg.start, seg.node.data.length));
  return { node: seg.node, offset: within };
}

export function readFieldText(field: Field): string {
  if (isTextControl(field)) return field.value;
  return readTextModel(field).text;
}

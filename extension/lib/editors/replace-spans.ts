// Replaces spans of a field's text (the values the user typed) by other text
// (their masks), one editor-visible edit per span, last span first so earlier
// offsets stay valid.
import { isTextControl, type Field } from './field.ts';
import { positionAt, readTextModel } from './dom-text.ts';
import { deliverText } from './deliver.ts';

export interface Replacement {
  start: number;
  end: number;
  text: string;
}

export async function replaceSpans(field: Field, replacements: readonly Replacement[]): Promise<void> {
  const ordered = [...replacements].sort((a, b) => b.start - a.start);
  for (const r of ordered) {
    if (isTextControl(field)) {
      await deliverText({ field, start: r.start, end: r.end }, r.text);
      continue;
    }
    // Re-read after every edit: the editor may have re-rendered its nodes.
    const model = readTextModel(field);
    const from = positionAt(model, r.start);
    const to = positionAt(model, r.end);
    if (!from || !to) continue;
    const range = field.ownerDocument.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    await deliverText({ field, range }, r.text);
  }
}

// The edit between two versions of a field's text, as one replaced range: what
// the incremental scanner needs to rescan only the neighbourhood of a change.
import type { TextChange } from '../../../shared/detect/api.ts';

export function textChange(before: string, after: string): TextChange | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < max - start &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  ) {
    tail++;
  }
  return { start, removed: before.length - start - tail, inserted: after.length - start - tail };
}

// Policy changes shown as path / before / after rows, the same shape as the
// hub's GET /api/policy/diff, so an unsaved edit previews exactly like a
// published version compares.
export interface Change {
  path: string;
  before: unknown;
  after: unknown;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Objects are compared key by key; arrays of strings (site lists, reasons) as
 * sets, so one added site reads as one added site; other arrays as wholes.
 */
export function diffValues(before: unknown, after: unknown, path = ''): Change[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => diffValues(before[k], after[k], path ? `${path}.${k}` : k));
  }
  if (isStringArray(before) && isStringArray(after)) {
    const removed = before.filter((x) => !after.includes(x));
    const added = after.filter((x) => !before.includes(x));
    return [
      ...removed.map((x) => ({ path, before: x, after: undefined })),
      ...added.map((x) => ({ path, before: undefined, after: x })),
    ];
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ path, before, after }];
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** One diff cell as text; undefined (absent) stays empty. */
export function formatDiffValue(v: unknown): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

export type ChangeKind = 'added' | 'removed' | 'changed';

export function changeKind(c: Change): ChangeKind {
  if (c.before === undefined || c.before === null) return 'added';
  if (c.after === undefined || c.after === null) return 'removed';
  return 'changed';
}

/** One site or reason per line; blank lines and surrounding spaces dropped. */
export function parseLines(text: string): string[] {
  return [...new Set(text.split('\n').map((s) => s.trim()).filter(Boolean))];
}

export interface Change {
  path: string;
  before: unknown;
  after: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Differences between two JSON values. Arrays of strings (site lists,
 * reasons) diff as sets, one change per added or removed entry, which reads
 * better in an audit than index-by-index noise.
 */
export function diff(before: unknown, after: unknown, path = ''): Change[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => diff(before[k], after[k], path ? `${path}.${k}` : k));
  }
  if (Array.isArray(before) && Array.isArray(after) && [...before, ...after].every((v) => typeof v === 'string')) {
    const b = new Set(before as string[]);
    const a = new Set(after as string[]);
    return [
      ...[...b].filter((v) => !a.has(v)).map((v) => ({ path: `${path}[]`, before: v, after: null })),
      ...[...a].filter((v) => !b.has(v)).map((v) => ({ path: `${path}[]`, before: null, after: v })),
    ];
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ path, before: before ?? null, after: after ?? null }];
}

// Helpers shared by the repositories.
import type { SqlValue } from './db.ts';

export const json = (v: unknown) => JSON.stringify(v ?? null);
export function parse<T>(text: unknown, fallback: T): T {
  if (typeof text !== 'string' || text === '') return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** `,a,b,` so that `LIKE '%,a,%'` finds one member in both dialects. */
export const csvSet = (values: string[]) => `,${values.join(',')},`;
export const fromCsvSet = (text: unknown) => (typeof text === 'string' ? text.split(',').filter(Boolean) : []);

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** `(?, ?, ?), (?, ?, ?)` for a multi-row insert. */
export function valuesClause(rows: number, columns: number): string {
  const one = `(${new Array(columns).fill('?').join(', ')})`;
  return new Array(rows).fill(one).join(', ');
}

export const placeholders = (n: number) => new Array(n).fill('?').join(', ');
export type Params = SqlValue[];

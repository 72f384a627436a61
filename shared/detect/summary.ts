import type { TextSummary, TypeSummary } from './api.ts';
import type { Finding, FindingType } from './types.ts';
import { canonicalize } from '../mask/canonical.ts';
import { unitIn } from './lexicon/words.ts';

/** The normalized value of a finding, used for distinct counts and tags. */
export function canonicalValue(finding: Pick<Finding, 'type' | 'start' | 'end'>, text: string): string {
  return canonicalize(finding.type, text.slice(finding.start, finding.end));
}

// Types that point at a person: several of them on many rows make a list of
// people. Topic words repeated down a page do not.
const PERSON_TYPES = new Set<FindingType>([
  'cccd', 'cmnd', 'passport', 'tax_code', 'social_insurance', 'health_insurance', 'phone', 'email', 'bank_account',
  'payment_card', 'license_plate', 'driver_license', 'date_of_birth', 'person_name', 'address', 'location',
]);

/** Rows (lines) of one type needed before a text reads as a list of people. */
export const LIST_MIN_ROWS = 3;
/** Distinct values of one type on a single line ("0912…, 0987…, …") that make a list. */
export const LIST_MIN_INLINE = 5;

function lineIndex(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Counts and distinct counts per type, and whether the text is a list or table
 * of people: one type on at least three rows with at least three distinct
 * values, a tab-separated table with identifiers on two or more rows, or five
 * distinct values of one type on one line.
 */
export function summarize(text: string, findings: readonly Finding[]): TextSummary {
  const byType: Partial<Record<FindingType, TypeSummary>> = {};
  const values = new Map<FindingType, Set<string>>();
  const rows = new Map<FindingType, Set<number>>();
  const perLine = new Map<string, Set<string>>();
  const tabRows = new Set<number>();
  const tabless = new Set<number>();
  const starts = lineIndex(text);
  let total = 0;
  for (const f of findings) {
    total++;
    const value = canonicalValue(f, text);
    let set = values.get(f.type);
    if (!set) values.set(f.type, (set = new Set()));
    set.add(value);
    if (!PERSON_TYPES.has(f.type)) continue;
    const line = lineOf(starts, f.start);
    let r = rows.get(f.type);
    if (!r) rows.set(f.type, (r = new Set()));
    r.add(line);
    const key = `${f.type}:${line}`;
    let inline = perLine.get(key);
    if (!inline) perLine.set(key, (inline = new Set()));
    inline.add(value);
    // Each line read once for a tab, and only to its end: a search from the line's start per
    // finding read on to the next tab or the text's end, quadratic in a text of many findings.
    if (!tabRows.has(line) && !tabless.has(line)) {
      const lineEnd = line + 1 < starts.length ? starts[line + 1] : text.length;
      (unitIn(text, 9, starts[line], lineEnd) >= 0 ? tabRows : tabless).add(line);
    }
  }
  let distinct = 0;
  for (const [type, set] of values) {
    byType[type] = { count: findings.filter((f) => f.type === type).length, distinct: set.size };
    distinct += set.size;
  }
  let looksLikeList = tabRows.size >= 2;
  for (const [type, r] of rows) {
    if (r.size >= LIST_MIN_ROWS && (values.get(type)?.size ?? 0) >= LIST_MIN_ROWS) looksLikeList = true;
  }
  for (const inline of perLine.values()) if (inline.size >= LIST_MIN_INLINE) looksLikeList = true;
  return { byType, total, distinct, looksLikeList };
}

// Shapes the dashboard's rows for hand-drawn SVG charts: no chart library, so
// the scale and stacking arithmetic lives here where it can be tested.
export interface StackedSeries {
  days: string[];
  keys: string[];
  /** values[dayIndex][keyIndex] */
  values: number[][];
  totals: number[];
}

/** byDay rows → one column per day with a segment per type; days without rows are filled in. */
export function stackByDay(rows: { day: string; type: string; count: number }[], from?: string, to?: string): StackedSeries {
  const keyTotals = new Map<string, number>();
  for (const r of rows) keyTotals.set(r.type, (keyTotals.get(r.type) ?? 0) + r.count);
  // Biggest types first so the legend reads in order of importance.
  const keys = [...keyTotals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  const present = rows.map((r) => r.day).sort();
  const first = from ?? present[0];
  const last = to ?? present[present.length - 1];
  const days = first && last ? dayRange(first, last) : [];
  const index = new Map(days.map((d, i) => [d, i]));
  const values = days.map(() => keys.map(() => 0));
  for (const r of rows) {
    const i = index.get(r.day);
    if (i !== undefined) values[i][keys.indexOf(r.type)] += r.count;
  }
  return { days, keys, values, totals: values.map((v) => v.reduce((a, b) => a + b, 0)) };
}

/** Every yyyy-mm-dd from first to last inclusive (capped so a typo can't draw a thousand bars). */
export function dayRange(first: string, last: string, max = 366): string[] {
  const out: string[] = [];
  let t = Date.parse(`${first}T00:00:00Z`);
  const end = Date.parse(`${last}T00:00:00Z`);
  if (Number.isNaN(t) || Number.isNaN(end)) return out;
  while (t <= end && out.length < max) {
    out.push(new Date(t).toISOString().slice(0, 10));
    t += 86_400_000;
  }
  return out;
}

/** A round axis maximum ≥ value: 1, 2, 5 × 10^n. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const exp = Math.pow(10, Math.floor(Math.log10(value)));
  for (const m of [1, 2, 5, 10]) if (m * exp >= value) return m * exp;
  return 10 * exp;
}

/** Evenly spaced axis ticks from 0 to max (integers only: counts are whole). */
export function ticks(max: number, count = 4): number[] {
  const step = Math.max(1, Math.ceil(max / count));
  const out: number[] = [];
  for (let v = 0; v <= max; v += step) out.push(v);
  return out;
}

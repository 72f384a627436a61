import type { Candidate, Recognizer, ScanContext } from '../recognizer.ts';
import { keywords, negativeKeywords } from '../context.ts';
import { groupEnd, groupStart, numberRuns, type NumberRun } from '../numbers.ts';
import { candidate, scoreSpan, type ContextRule } from '../span-score.ts';
import { nextIndex } from '../next-index.ts';

// GPS coordinates (location data is sensitive, Decree 356/2025 Art. 4(h)):
// decimal pairs "21.0285, 105.8542" and degree-minute-second pairs
// 21°01'42"N 105°51'15"E.

const rule: ContextRule = {
  positive: keywords([
    'tọa độ', 'toạ độ', 'vị trí', 'định vị', 'gps', 'lat', 'lng', 'lon', 'long', 'latitude', 'longitude', 'kinh độ',
    'vĩ độ', 'location', 'coordinates', 'coords', 'google maps', 'maps', 'bản đồ', 'địa điểm',
  ]),
  negative: negativeKeywords(['phiên bản', 'version', 'ver', 'v']),
  boost: 0.25,
};

/** A decimal number as one run of two groups joined by '.', with an optional '-' before it. */
function decimal(s: string, run: NumberRun, g: number): { start: number; end: number; value: number; decimals: number } | null {
  if (g + 1 >= run.groups) return null;
  if (s.slice(groupEnd(run, g), groupStart(run, g + 1)) !== '.') return null;
  const intLen = groupEnd(run, g) - groupStart(run, g);
  const decimals = groupEnd(run, g + 1) - groupStart(run, g + 1);
  if (intLen > 3 || decimals < 3) return null;
  let start = groupStart(run, g);
  const negative = s.charCodeAt(start - 1) === 45;
  if (negative) start--;
  const value = Number(s.slice(groupStart(run, g), groupEnd(run, g + 1))) * (negative ? -1 : 1);
  return { start, end: groupEnd(run, g + 1), value, decimals };
}

function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

function runAt(runs: NumberRun[], from: number, pos: number): number {
  for (let k = from; k < runs.length && runs[k].start <= pos + 1; k++) if (runs[k].start === pos || runs[k].start === pos + 1) return k;
  return -1;
}

function inVietnam(lat: number, lon: number): boolean {
  return lat >= 8 && lat <= 24 && lon >= 102 && lon <= 110;
}

function decimalPairs(ctx: ScanContext, out: Candidate[]): void {
  const s = ctx.folded;
  const runs = numberRuns(ctx);
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k];
    const lat = decimal(s, run, 0);
    if (lat === null || Math.abs(lat.value) > 90) continue;
    // The longitude follows after ", ", ",", "; " or a space: in the same run
    // (space-joined) or in the next one (comma).
    let lon: ReturnType<typeof decimal> = null;
    if (run.groups >= 4 && s.slice(groupEnd(run, 1), groupStart(run, 2)) === ' ') {
      lon = decimal(s, run, 2);
    } else {
      let i = lat.end;
      // A hemisphere's letter after each ("15.6542 N – 111.2310 E"), and a dash between them.
      if (s.charCodeAt(i) === 32 && (s.charCodeAt(i + 1) === 110 || s.charCodeAt(i + 1) === 115) && !isLetter(s.charCodeAt(i + 2))) {
        i += 2;
        if (s.charCodeAt(i) === 32 && (s.charCodeAt(i + 1) === 45 || s.charCodeAt(i + 1) === 0x2013) && s.charCodeAt(i + 2) === 32) i += 2;
      }
      if (s.charCodeAt(i) === 44 || s.charCodeAt(i) === 59 || s.charCodeAt(i) === 9) i++;
      if (s.charCodeAt(i) === 32) i++;
      if (i === lat.end) continue;
      const next = runAt(runs, k + 1, s.charCodeAt(i) === 45 ? i + 1 : i);
      if (next !== -1) lon = decimal(s, runs[next], 0);
      if (lon !== null && lon.start !== i) lon = null;
    }
    if (lon === null || Math.abs(lon.value) > 180) continue;
    if (s.charCodeAt(lon.end) === 32 && (s.charCodeAt(lon.end + 1) === 101 || s.charCodeAt(lon.end + 1) === 119) && !isLetter(s.charCodeAt(lon.end + 2))) lon.end += 2;
    const home = inVietnam(lat.value, lon.value);
    const precise = lat.decimals >= 4 && lon.decimals >= 4;
    const base = home ? (precise ? 0.8 : 0.5) : precise ? 0.55 : 0.35;
    const validator = `latitude and longitude in range${home ? ', inside Vietnam' : ''}, ${Math.min(lat.decimals, lon.decimals)} decimals`;
    if (s.charCodeAt(lat.end) === 9) {
      // A table's latitude and longitude columns ("M1⇥21.05394⇥105.99618"): a coordinate per cell.
      out.push(candidate('location', lat.start, lat.end, scoreSpan(ctx, lat.start, lat.end, base, rule), 'location.decimal', validator));
      out.push(candidate('location', lon.start, lon.end, scoreSpan(ctx, lon.start, lon.end, base, rule), 'location.decimal', validator));
      continue;
    }
    const scored = scoreSpan(ctx, lat.start, lon.end, base, rule);
    out.push(candidate('location', lat.start, lon.end, scored, 'location.decimal', validator));
  }
}

// Anchored at a digit run, consumed with a sticky regex whose quantifiers are
// all bounded and never nested: linear time.
// Seconds may be left out ("16°05'N – 111°32'E", a fishing boat's report), and a dash may join the two.
const DMS =
  /(\d{1,3})°\s?(\d{1,2})['′]\s?(?:(\d{1,2}(?:\.\d{1,6})?)(?:"|″|'')?\s?)?([ns])(?:[,;]?\s{0,2}|\s?[-–]\s?)(\d{1,3})°\s?(\d{1,2})['′]\s?(?:(\d{1,2}(?:\.\d{1,6})?)(?:"|″|'')?\s?)?([ew])/y;

/** Decimal degrees with hemispheres: 15.3828° N, 108.2468° E. */
const DECIMAL_DEGREES = /(\d{1,2}\.\d{2,8})°\s?([ns])[,;]?\s{0,2}(\d{1,3}\.\d{2,8})°\s?([ew])/y;

function degreeStart(s: string, at: number): number {
  let start = at;
  while (start > 0 && at - start < 12) {
    const c = s.charCodeAt(start - 1);
    if ((c >= 48 && c <= 57) || c === 46) start--;
    else break;
  }
  return start;
}

function isWhite(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}

/**
 * What may follow a degree sign for either pattern to match: minutes and a
 * prime (DMS: `°\s?\d{1,2}['′]`) or a hemisphere letter (decimal degrees:
 * `°\s?[ns]`). A cheap check, so a megabyte of "1°1°…" never reaches the
 * regular expressions.
 */
function degreeTail(s: string, at: number, dotted: boolean): boolean {
  let i = at + 1;
  if (isWhite(s.charCodeAt(i))) i++;
  const c = s.charCodeAt(i);
  if (dotted && (c === 110 || c === 115)) return true;
  let k = i;
  while (k - i < 2 && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
  if (k === i) return false;
  const prime = s.charCodeAt(k);
  return prime === 39 || prime === 0x2032;
}

function dmsPairs(ctx: ScanContext, out: Candidate[]): void {
  const s = ctx.folded;
  for (let at = nextIndex(s, 0xb0, 0); at !== -1; at = nextIndex(s, 0xb0, at + 1)) {
    // The tail check admits a superset first (with a dot before the sign it
    // also takes a hemisphere letter), before reading back for the degrees.
    if (!degreeTail(s, at, true)) continue;
    const start = degreeStart(s, at);
    if (start === at) continue;
    // Decimal degrees have a '.' before the sign; DMS has minutes (a digit) after it.
    let dotted = false;
    for (let k = start; k < at && !dotted; k++) dotted = s.charCodeAt(k) === 46;
    if (!degreeTail(s, at, dotted)) continue;
    DECIMAL_DEGREES.lastIndex = start;
    const d = DECIMAL_DEGREES.exec(s);
    if (d !== null && Number(d[1]) <= 90 && Number(d[3]) <= 180) {
      const end = start + d[0].length;
      const scored = scoreSpan(ctx, start, end, 0.9, rule);
      out.push(candidate('location', start, end, scored, 'location.degrees', 'decimal degrees with hemispheres'));
      at = end;
      continue;
    }
    DMS.lastIndex = start;
    const m = DMS.exec(s);
    if (m === null) continue;
    const lat = Number(m[1]) + Number(m[2]) / 60;
    const lon = Number(m[5]) + Number(m[6]) / 60;
    if (lat > 90 || lon > 180 || Number(m[2]) >= 60 || Number(m[6]) >= 60) continue;
    const end = start + m[0].length;
    const scored = scoreSpan(ctx, start, end, 0.9, rule);
    out.push(candidate('location', start, end, scored, 'location.dms', 'degrees, minutes, seconds with hemispheres'));
    at = end;
  }
}

function find(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  decimalPairs(ctx, out);
  dmsPairs(ctx, out);
  return out;
}

export const location: Recognizer = {
  id: 'location',
  types: ['location'],
  contextWords: rule.positive.words,
  negativeContextWords: rule.negative.words,
  find,
};

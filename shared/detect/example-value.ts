import type { Candidate, ScanContext } from './recognizer.ts';
import { TOPIC_TYPES } from './types.ts';

// A value shown as an example of a format ("ví dụ: 30A-123.45", "vd
// 0912…", "e.g. ten.cuaban@gmail.com", "có dạng 29B1-123.45") is the
// format's, not anyone's: how-tos and portal forms are full of them.
// Markers as the folded text writes them, each ending right before the value.
const MARKERS = ['vi du', 'vd', 'vd.', 'e.g.', 'eg.', 'example', 'for example', 'chang han', 'co dang', 'dang nhu'];
// Joining a second example to the first ("ví dụ 30A-123.45 hoặc 51K-678.90").
const JOINERS = ['hoac', 'or', 'va', 'and'];

// The last units of the markers and joiners, by code: a value after any other unit follows none.
const MARKER_END = new Uint8Array(128);
for (const w of [...MARKERS, ...JOINERS]) MARKER_END[w.charCodeAt(w.length - 1)] = 1;

const TOPICS: ReadonlySet<string> = new Set(TOPIC_TYPES);
const EXAMPLE_SCORE = 0.3;
const EXAMPLE = '-example value';

/** Back from `i` (exclusive) over spaces, tabs, a colon, brackets and quotes; the new end. */
function skipSeparators(folded: string, i: number): number {
  while (i > 0) {
    const c = folded.charCodeAt(i - 1);
    if (c === 32 || c === 9 || c === 58 || c === 40 || c === 91 || c === 34 || c === 39) i--;
    else break;
  }
  return i;
}

function isWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** The listed word or phrase ending at `i`, starting a word, or null. */
function endingAt(folded: string, i: number, words: readonly string[]): string | null {
  for (const w of words) {
    const at = i - w.length;
    if (at >= 0 && folded.startsWith(w, at) && (at === 0 || !isWordUnit(folded.charCodeAt(at - 1)))) return w;
  }
  return null;
}

/** Whether the value starting at `start` follows an example's marker, itself or after a first example. */
export function isExampleAt(folded: string, start: number): boolean {
  let i = skipSeparators(folded, start);
  // Most values follow a digit or a label's last letter: one load tells a marker's end from none.
  if (!MARKER_END[folded.charCodeAt(i - 1) & 127] && folded.charCodeAt(i - 1) !== 44) return false;
  if (endingAt(folded, i, MARKERS) !== null) return true;
  // One example back: a joiner or a comma, the first example (one token), its marker.
  const joiner = endingAt(folded, i, JOINERS);
  if (joiner !== null) i -= joiner.length;
  else if (folded.charCodeAt(i - 1) === 44) i--;
  else return false;
  while (i > 0 && folded.charCodeAt(i - 1) === 32) i--;
  const tokenEnd = i;
  while (i > 0 && folded.charCodeAt(i - 1) !== 32 && folded.charCodeAt(i - 1) !== 10 && tokenEnd - i < 40) i--;
  return i < tokenEnd && endingAt(folded, skipSeparators(folded, i), MARKERS) !== null;
}

/** Lowers each candidate at or above the threshold that is an example value (not topics: they are phrases, not values). */
export function demoteExamples(ctx: ScanContext, candidates: Candidate[], threshold: number): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    if (c.score < threshold || TOPICS.has(c.type) || !isExampleAt(ctx.folded, c.start)) continue;
    // A new object: candidates may share their context lists.
    candidates[k] = { ...c, score: Math.min(c.score, EXAMPLE_SCORE), context: [...c.context, EXAMPLE] };
  }
}

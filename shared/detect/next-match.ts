/**
 * Whether a pattern's match lies within a window of a text, for windows that
 * move rightwards (one per phrase found, each a few dozen characters either
 * side of it): the next match at or after a position is remembered, so the
 * text is searched once however many windows overlap, where reading each
 * window afresh read a dense text's characters some seventy times over.
 *
 * Exact for patterns whose matches cannot begin inside one another (every
 * caller's: a few fixed words): then the first match to start in the window
 * is the first to end, and no later one can fit where it does not.
 */
export interface NextMatch {
  text: string;
  pattern: RegExp;
  /** Where the last search began; every match before `at` starts before it. */
  searchedFrom: number;
  /** The first match's start at or after searchedFrom, or Infinity when none. */
  at: number;
  length: number;
}

/** `pattern` must be global (its lastIndex is where a search begins). */
export function nextMatch(text: string, pattern: RegExp): NextMatch {
  if (!pattern.global) throw new Error('nextMatch needs a global pattern');
  return { text, pattern, searchedFrom: Infinity, at: Infinity, length: 0 };
}

/** Whether a match starts at or after `from` and ends by `to`. */
export function matchWithin(next: NextMatch, from: number, to: number): boolean {
  if (from < next.searchedFrom || from > next.at) {
    next.pattern.lastIndex = from;
    const m = next.pattern.exec(next.text);
    next.searchedFrom = from;
    next.at = m === null ? Infinity : m.index;
    next.length = m === null ? 0 : m[0].length;
  }
  return next.at + next.length <= to;
}

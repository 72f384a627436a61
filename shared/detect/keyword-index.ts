// Keyword lookup by words instead of by regular expression: a window of
// folded text is split once into words (runs of a–z), and each keyword set
// answers "does a keyword end (or start) at this word?" with one Map lookup.
// Cost per candidate is the handful of words in its window, whatever the
// number of keywords, which keeps context scoring off the throughput budget.
//
// Words of a keyword may be separated by spaces, underscores or punctuation
// in the text, or written together ("ngaySinh", "so_dien_thoai",
// "ngày  sinh"), so JSON keys, CSV headers and OCR spacing all match.

export interface Token {
  word: string;
  start: number;
  end: number;
}

function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

const EMPTY: Token[] = [];

/** Words (a–z runs) of `s` between `from` and `to`, in order (a shared empty array when none). */
export function tokenize(s: string, from: number, to: number): Token[] {
  let out: Token[] | null = null;
  let i = from;
  while (i < to) {
    while (i < to && !isLetter(s.charCodeAt(i))) i++;
    const start = i;
    while (i < to && isLetter(s.charCodeAt(i))) i++;
    if (i > start) (out ??= []).push({ word: s.slice(start, i), start, end: i });
  }
  return out ?? EMPTY;
}

/** A keyword as a sequence of words, plus the phrase to report. */
interface Entry {
  words: string[];
  phrase: string;
}

export interface KeywordIndex {
  /** Keywords by their last word (and by their words written together). */
  byLast: Map<string, Entry[]>;
  /** Keywords by their first word. */
  byFirst: Map<string, Entry[]>;
}

export function buildIndex(phrases: readonly string[]): KeywordIndex {
  const byLast = new Map<string, Entry[]>();
  const byFirst = new Map<string, Entry[]>();
  const add = (map: Map<string, Entry[]>, key: string, entry: Entry) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  for (const phrase of phrases) {
    const words = tokenize(phrase, 0, phrase.length).map((t) => t.word);
    if (words.length === 0) continue;
    const entry = { words, phrase };
    add(byLast, words[words.length - 1], entry);
    add(byFirst, words[0], entry);
    if (words.length > 1) {
      const joined = { words: [words.join('')], phrase };
      add(byLast, joined.words[0], joined);
      add(byFirst, joined.words[0], joined);
    }
  }
  // Longest keyword first, so "số điện thoại" is reported rather than "điện thoại".
  for (const list of byLast.values()) list.sort((a, b) => b.words.length - a.words.length);
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byLast, byFirst };
}

/** The keyword ending at token `i`, or null. */
export function endingAt(index: KeywordIndex, tokens: Token[], i: number): { phrase: string; start: number } | null {
  const list = index.byLast.get(tokens[i].word);
  if (!list) return null;
  for (const e of list) {
    const n = e.words.length;
    if (n - 1 > i) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) ok = tokens[i - k].word === e.words[n - 1 - k];
    if (ok) return { phrase: e.phrase, start: tokens[i - n + 1].start };
  }
  return null;
}

/** The keyword starting at token `i`, or null. */
export function startingAt(index: KeywordIndex, tokens: Token[], i: number): { phrase: string; end: number } | null {
  const list = index.byFirst.get(tokens[i].word);
  if (!list) return null;
  for (const e of list) {
    const n = e.words.length;
    if (i + n > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) ok = tokens[i + k].word === e.words[k];
    if (ok) return { phrase: e.phrase, end: tokens[i + n - 1].end };
  }
  return null;
}

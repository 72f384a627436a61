import type { DetectOptions, IncrementalScanner, TextChange } from './api.ts';
import type { Finding } from './types.ts';
import { detect } from './engine.ts';
import { ALIGNED, delimiterOf } from './context.ts';
import { names } from './recognizers/topics/identifiable.ts';

/**
 * How far an edit can change findings: context windows (48 characters before
 * a candidate, 24 after), the longest structured span, and the soft
 * recognizers' look-behind all fit well inside this.
 */
export const INFLUENCE = 128;
/** Extra text scanned beyond the influenced region so spans and context there read as in the whole text. */
const MARGIN = 160;
/** How far a window edge may move to reach a safe cut before giving up and scanning everything. */
const SNAP = 512;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13;
}
function isDigitOrJoiner(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 40 || c === 41 || c === 43 || c === 32;
}

/** A cut where no token, digit run or email continues across: after a newline, or a space between words. */
function safeCut(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return true;
  const before = s.charCodeAt(i - 1);
  if (before === 10) return true;
  return isSpace(before) && !isDigitOrJoiner(s.charCodeAt(i - 2)) && !isDigitOrJoiner(s.charCodeAt(i)) && s.charCodeAt(i) !== 64;
}

function snapBack(s: string, i: number): number {
  for (let j = i; j >= Math.max(0, i - SNAP); j--) if (safeCut(s, j)) return j;
  return -1;
}

function snapForward(s: string, i: number): number {
  for (let j = i; j <= Math.min(s.length, i + SNAP); j++) if (safeCut(s, j)) return j;
  return -1;
}

/** Any line touching [start, end) is a table row (its context may come from a far header). */
function inTable(s: string, start: number, end: number): boolean {
  const from = s.lastIndexOf('\n', start - 1) + 1;
  let to = s.indexOf('\n', end);
  if (to === -1) to = s.length;
  for (const line of s.slice(from, to).split('\n')) {
    const delimiter = delimiterOf(line);
    // An aligned line without digits may itself head the rows below it.
    if (delimiter === ALIGNED ? !/[0-9０-９]/.test(line) || headedAbove(s, from) : delimiter !== null) return true;
  }
  return false;
}

/**
 * Lines with wide gaps are a table only under a header, a line without
 * digits at the top of their block: typing two spaces twice in a line of
 * prose must not make every keystroke rescan the whole field. Any such line
 * above, up to the first line that is no row, counts (more than the whole
 * scan's header rule asks, so the window scan never sees a header it does not).
 */
function headedAbove(s: string, lineStart: number): boolean {
  let end = lineStart - 1;
  for (let gap = 0; end >= 0; ) {
    const start = s.lastIndexOf('\n', end - 1) + 1;
    const line = s.slice(start, end);
    if (delimiterOf(line) === ALIGNED) {
      if (!/[0-9０-９]/.test(line)) return true;
      gap = 0;
    } else if (gap < 2 && line.length < 80) gap++;
    else return false;
    end = start - 1;
  }
  return false;
}

function overlaps(f: Finding, start: number, end: number): boolean {
  return f.start < end && f.end > start;
}

/**
 * Typing-path scanner: after an edit it rescans only a window around the
 * change and keeps (shifted) findings elsewhere. Tables (tab, pipe or CSV
 * rows) take their context from a header row that may be far away, so an
 * edit near one falls back to a whole-text scan.
 */
export function createIncrementalScanner(options: DetectOptions = {}): IncrementalScanner {
  let text = '';
  let findings: Finding[] = [];

  function full(next: string): Finding[] {
    text = next;
    findings = detect(next, options);
    return findings;
  }

  function update(next: string, change?: TextChange): Finding[] {
    if (change === undefined || text.length === 0) return full(next);
    const { start, removed, inserted } = change;
    if (
      start < 0 || removed < 0 || inserted < 0 || start + removed > text.length ||
      next.length !== text.length - removed + inserted
    ) {
      return full(next);
    }
    const delta = inserted - removed;
    const innerStart = Math.max(0, start - INFLUENCE);
    const innerEnd = Math.min(next.length, start + inserted + INFLUENCE);
    const scanStart = snapBack(next, Math.max(0, innerStart - MARGIN));
    const scanEnd = snapForward(next, Math.min(next.length, innerEnd + MARGIN));
    if (scanStart === -1 || scanEnd === -1) return full(next);
    const window = next.slice(scanStart, scanEnd);
    if (inTable(next, scanStart, scanEnd)) return full(next);

    const outside: Finding[] = [];
    for (const old of findings) {
      let f = old;
      if (old.start >= start + removed) f = { ...old, start: old.start + delta, end: old.end + delta };
      else if (old.end > start) continue;
      if (!overlaps(f, innerStart, innerEnd)) outside.push(f);
    }
    // Whether anyone is named is a question about the whole text (topics and
    // addresses are lowered where no one is): the window is told what lies
    // outside it.
    const namedBefore = findings.some((f) => names(f.type));
    const identifiedElsewhere = outside.some((f) => names(f.type));
    const fresh = detect(window, identifiedElsewhere ? { ...options, identifiedElsewhere } : options)
      .map((f) => ({ ...f, start: f.start + scanStart, end: f.end + scanStart }))
      .filter((f) => overlaps(f, innerStart, innerEnd));
    const kept = outside.filter((f) => !fresh.some((n) => overlaps(n, f.start, f.end)));
    // The first name or number typed (or the last deleted) changes every
    // topic's and address's verdict, far from the edit too; and in a text
    // naming no one, an address far away (the writer's home) may decide
    // them: such texts, seldom long, are scanned whole.
    if (!namedBefore || !(identifiedElsewhere || fresh.some((f) => names(f.type)))) return full(next);
    text = next;
    findings = [...kept, ...fresh].sort((a, b) => a.start - b.start);
    return findings;
  }

  return {
    update,
    get findings() {
      return findings;
    },
  };
}

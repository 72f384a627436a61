import type { ScanContext } from '../recognizer.ts';
import { hasLetterIn as hasLetter, isLetterCode } from './words.ts';
import { perScan, scanCache } from '../scan-cache.ts';
import { columnHeader } from '../context.ts';
import { hashOf } from '../word-hash.ts';

/** A cell under a matching column header, in plain/folded offsets. */
export interface ColumnCell {
  start: number;
  end: number;
  header: string;
}

interface Row {
  /** The line, in folded offsets. */
  start: number;
  end: number;
  /** A blank line or the end of a table came right before this row. */
  fresh: boolean;
  /** Some cell holds a letter: a row without one cannot be a header. */
  letters: boolean;
  /** Trimmed cells as [start, end] pairs, split when first needed. */
  cells: Int32Array | null;
  /** Folded text of the short cells, for header lookups (computed once). */
  keys?: (string | null)[];
}

function junk(c: number): boolean {
  return c < 0x80 && !isLetterCode(c) && !(c >= 48 && c <= 57);
}

/**
 * The row's cells, trimmed of spaces and ASCII punctuation ("(*)", ":", "\r")
 * at both ends. Split on demand: most rows of a big paste are never read cell
 * by cell (no header above them, none in them).
 */
function cellsOf(folded: string, row: Row, sep: number): Int32Array {
  if (row.cells) return row.cells;
  // The separators by native search: a paragraph of prose with a few ';' is
  // a row too, and reading it a character at a time (twice) cost more than
  // the rest of the column look-ups.
  const sepChar = String.fromCharCode(sep);
  let n = 1;
  for (let i = folded.indexOf(sepChar, row.start); i >= 0 && i < row.end; i = folded.indexOf(sepChar, i + 1)) n++;
  const cells = new Int32Array(2 * n);
  let cellStart = row.start;
  for (let k = 0; k < 2 * n; k += 2) {
    const i = k + 2 < 2 * n ? folded.indexOf(sepChar, cellStart) : row.end;
    let a = cellStart;
    let b = i;
    while (a < b && junk(folded.charCodeAt(a))) a++;
    while (b > a && junk(folded.charCodeAt(b - 1))) b--;
    cells[k] = a;
    cells[k + 1] = b;
    cellStart = i + 1;
  }
  return (row.cells = cells);
}

function isBlank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 13 && c !== 9) return false;
  }
  return true;
}

const alignedCache = scanCache<ColumnCell[]>();
/** Longer than this, a run between gaps is a paragraph's, not a cell's. */
const MAX_ALIGNED_CELL = 60;

/** The row's cells and their headers, unless a cell is too long for a table's (a paragraph with stray double spaces). */
function alignedRow(ctx: ScanContext, lineStart: number, lineEnd: number, out: ColumnCell[]): void {
  const { folded } = ctx;
  const cells: number[] = [];
  for (let i = lineStart; i < lineEnd; ) {
    while (i < lineEnd && folded.charCodeAt(i) === 32) i++;
    if (i >= lineEnd) break;
    const start = i;
    while (i < lineEnd && !(folded.charCodeAt(i) === 32 && (folded.charCodeAt(i + 1) === 32 || i + 1 === lineEnd))) i++;
    if (i - start > MAX_ALIGNED_CELL) return;
    cells.push(start, i);
  }
  for (let k = 0; k < cells.length; k += 2) {
    const header = columnHeader(ctx, cells[k]);
    if (header !== null) out.push({ start: cells[k], end: cells[k + 1], header });
  }
}

/**
 * The cells of the lines holding two gaps of two spaces or more (a table
 * aligned with spaces), with the header over each, found once per scan:
 * runs of text with single spaces inside. Whether a line is a row under a
 * header is context.ts's question, asked once per cell.
 */
function alignedCells(ctx: ScanContext): ColumnCell[] {
  return perScan(alignedCache, ctx, () => {
    const { folded } = ctx;
    const out: ColumnCell[] = [];
    // From one gap to the next, each found once: a long text with a few gaps
    // must not be searched again from every line.
    let gap = folded.indexOf('  ');
    while (gap >= 0) {
      const lineStart = folded.lastIndexOf('\n', gap) + 1;
      let lineEnd = folded.indexOf('\n', gap);
      if (lineEnd < 0) lineEnd = folded.length;
      let text = lineStart;
      while (text < lineEnd && folded.charCodeAt(text) === 32) text++;
      // Gaps between words on this line (indentation is none), then the next line's first.
      let gaps = 0;
      let g = gap;
      while (g >= 0 && g < lineEnd) {
        let after = g;
        while (folded.charCodeAt(after) === 32) after++;
        if (g > text && after < lineEnd) gaps++;
        g = folded.indexOf('  ', after);
      }
      if (gaps >= 2 && lineEnd - lineStart <= MAX_HEADER_ROW) alignedRow(ctx, lineStart, lineEnd, out);
      gap = g;
    }
    return out;
  });
}

// Rows are found once per scan and shared by every recognizer that reads
// columns (names, addresses, the seven topics).
const rowCache = scanCache<Map<number, Row[]>>();

/**
 * Lines holding `sep`. A line without separators may be the rest of a cell
 * that holds a line break (Excel quotes such cells), so only a blank line
 * ends a table.
 */
function rows(ctx: ScanContext, sep: number): Row[] {
  const perSep = perScan(rowCache, ctx, () => new Map<number, Row[]>());
  const cached = perSep.get(sep);
  if (cached) return cached;
  const { folded } = ctx;
  const out: Row[] = [];
  walkRows(folded, sep, (start, end, fresh) => {
    out.push({ start, end, fresh, letters: hasLetter(folded, start, end), cells: null });
  });
  perSep.set(sep, out);
  return out;
}

/**
 * Each line holding `sep`, in order, with whether a blank line or a line
 * without `sep` came before it (rows' `fresh`). A walk of its own: hashing
 * a long table's cells (headerHashes) needs no object per row, and most
 * tables are never read further (no header set matches them).
 */
function walkRows(folded: string, sep: number, visit: (start: number, end: number, fresh: boolean) => void): void {
  const sepChar = String.fromCharCode(sep);
  let nextSep = folded.indexOf(sepChar);
  let fresh = true;
  let lineStartAt = 0;
  // The first blank line at or after some earlier line start, kept until passed: searched for from
  // each jump, it was sought to the text's end again and again in a text without one.
  let blank = -1;
  while (nextSep >= 0 && lineStartAt <= folded.length) {
    if (nextSep < lineStartAt) nextSep = folded.indexOf(sepChar, lineStartAt);
    if (nextSep < 0) break;
    let lineEndAt = folded.indexOf('\n', lineStartAt);
    if (lineEndAt < 0) lineEndAt = folded.length;
    if (nextSep >= lineEndAt) {
      // Jump to the line holding the next separator; a blank line on the way ends the table.
      const next = folded.lastIndexOf('\n', nextSep) + 1;
      if (blank < lineStartAt) {
        blank = folded.indexOf('\n\n', lineStartAt);
        if (blank < 0) blank = Infinity;
      }
      if (isBlank(folded, lineStartAt, lineEndAt) || blank < next) fresh = true;
      lineStartAt = next > lineStartAt ? next : lineEndAt + 1;
      continue;
    }
    visit(lineStartAt, lineEndAt, fresh);
    fresh = false;
    if (lineEndAt >= folded.length) break;
    lineStartAt = lineEndAt + 1;
  }
}

// Whether every header of a set holds a letter (all do: they are words), so
// that a row without letters can be passed over; checked, not assumed.
const lettered = new WeakMap<ReadonlySet<string>, boolean>();

function allLettered(headers: ReadonlySet<string>): boolean {
  let all = lettered.get(headers);
  if (all === undefined) {
    all = [...headers].every((h) => hasLetter(h, 0, h.length));
    lettered.set(headers, all);
  }
  return all;
}

/**
 * A header row is a line of column names: one longer than this (a megabyte
 * of "CCCD …; SĐT …;" on one line) is not split and read cell by cell for
 * each header set. The bound context.ts puts on table rows.
 */
const MAX_HEADER_ROW = 4000;

function findHeader(folded: string, row: Row, sep: number, headers: ReadonlySet<string>, needLetters: boolean): number {
  if ((needLetters && !row.letters) || row.end - row.start > MAX_HEADER_ROW) return -1;
  const cells = cellsOf(folded, row, sep);
  const n = cells.length >> 1;
  if (n < 2) return -1;
  if (!row.keys) {
    const keys: (string | null)[] = new Array(n);
    for (let k = 0; k < n; k++) {
      const a = cells[2 * k];
      const b = cells[2 * k + 1];
      keys[k] = b - a > 40 || b === a ? null : keyText(folded.slice(a, b));
    }
    row.keys = keys;
  }
  const keys = row.keys;
  for (let k = 0; k < n; k++) {
    const key = keys[k];
    if (key !== null && headers.has(key)) return k;
  }
  return -1;
}

/** A cell's key as findHeader compares it: its text, less an unclosed bracket and the spaces before it ("ho ten (ghi ro"). */
function keyText(text: string): string {
  return text.includes('(') ? text.replace(/[ ]*\([^)]*$/, '') : text;
}

/** The engine's hash of s[from, to), in the small-integer range (a Set of them boxes nothing). */
export function smallHash(s: string, from: number, to: number): number {
  return hashOf(s, from, to) >>> 2;
}

/**
 * The hash of the key of the cell folded[a, b), read in place unless it
 * holds a bracket: smallHash's, computed in the same walk that looks for the
 * bracket (a walk for the bracket, then one for the hash, read every cell of
 * a long table twice: a fifth of headerHashes). cellKeyHash.test compares
 * it with smallHash.
 */
export function cellKeyHash(folded: string, a: number, b: number): number {
  let h = 0;
  for (let i = a; i < b; i++) {
    const c = folded.charCodeAt(i);
    if (c === 40) {
      const key = keyText(folded.slice(a, b));
      return smallHash(key, 0, key.length);
    }
    // hashOn's step (word-hash.ts).
    h = (Math.imul(h, 31) + c) | 0;
  }
  return h >>> 2;
}

const headerHashCache = scanCache<Map<number, Set<number>>>();
/** headerHashes' hashes added lately (smallHash's are never -1). */
const recentHashes = new Int32Array(256);

/**
 * The hashes of every key findHeader could match in a lettered row of
 * `sep`, gathered once per scan without splitting the rows: a header set
 * none of whose hashes is among them has no column in those rows, and the
 * nine sets asked (names, addresses, the seven topics) need not each walk a
 * long table's rows and split each.
 */
function headerHashes(ctx: ScanContext, sep: number): Set<number> {
  const perSep = perScan(headerHashCache, ctx, () => new Map<number, Set<number>>());
  let hashes = perSep.get(sep);
  if (hashes !== undefined) return hashes;
  hashes = new Set();
  const set = hashes;
  // The hashes added lately, by their low bits: a column's cells repeat
  // (a people's name, a diagnosis), and the set is not asked to add them
  // again (7% of the walk of a 1 MB table of topic rows).
  recentHashes.fill(-1);
  const add = (h: number) => {
    if (recentHashes[h & 255] === h) return;
    recentHashes[h & 255] = h;
    set.add(h);
  };
  const { folded } = ctx;
  const sepChar = String.fromCharCode(sep);
  // The rows' cells are read where they lie: a row object each, for a table no header set turns out to match, was garbage.
  letteredRows(folded, sepChar, (start, end, first) => {
    if (end - start > MAX_HEADER_ROW) return UNKNOWN_SEPARATOR;
    // The cells as cellsOf trims them, and the short ones' keys as findHeader reads them.
    for (let cellStart = start, i = first; ; ) {
      const last = i < 0 || i >= end;
      let a = cellStart;
      let b = last ? end : i;
      while (a < b && junk(folded.charCodeAt(a))) a++;
      while (b > a && junk(folded.charCodeAt(b - 1))) b--;
      // A cell without a letter keys no header (each holds one: mayHold is asked only then),
      // and the distinct numbers of a long table (dates, ID numbers) made the set large.
      if (b > a && b - a <= 40 && hasLetter(folded, a, b)) add(cellKeyHash(folded, a, b));
      // The search past the row's end found the next row's first separator.
      if (last) return i;
      cellStart = i + 1;
      i = folded.indexOf(sepChar, cellStart);
    }
  });
  perSep.set(sep, hashes);
  return hashes;
}

const LETTER = /[A-Za-z\u00c0-\uffff]/g;

/** Where the first letter (isLetterCode) at or after `from` is, or -1. */
function nextLetter(s: string, from: number): number {
  LETTER.lastIndex = from;
  return LETTER.test(s) ? LETTER.lastIndex - 1 : -1;
}

/** A visit's answer to letteredRows when it did not search past the row for the next separator. */
export const UNKNOWN_SEPARATOR = -2;

/**
 * Each line holding `sepChar` and a letter, in order: walkRows' lines that
 * hold a letter. `visit` is given the row's bounds and its first separator,
 * and returns the first separator after the row (-1: none) when its search
 * for the row's cells found it, else UNKNOWN_SEPARATOR: a table's rows are
 * not each searched for again (a megabyte of two-unit rows searched for
 * each separator twice). A run of letterless rows is passed over by one search for
 * the next letter, not walked line by line: a megabyte-long column of birth
 * dates under its header was walked for the header's hashes alone.
 */
export function letteredRows(folded: string, sepChar: string, visit: (start: number, end: number, first: number) => number): void {
  let known = UNKNOWN_SEPARATOR;
  for (let from = 0; from < folded.length; ) {
    const at = known === UNKNOWN_SEPARATOR ? folded.indexOf(sepChar, from) : known;
    if (at < 0) return;
    const start = folded.lastIndexOf('\n', at) + 1;
    let end = folded.indexOf('\n', at);
    if (end < 0) end = folded.length;
    if (hasLetter(folded, start, end)) {
      known = visit(start, end, at);
      from = end + 1;
      continue;
    }
    known = UNKNOWN_SEPARATOR;
    // On from the line of the next letter (a line before it holds none).
    const letter = nextLetter(folded, end);
    if (letter < 0) return;
    from = folded.lastIndexOf('\n', letter) + 1;
  }
}

const setHashes = new WeakMap<ReadonlySet<string>, number[]>();

/** Whether a header of the set may be a key among `hashes` (a hash shared by chance costs only the walk of the rows). */
function mayHold(headers: ReadonlySet<string>, hashes: Set<number>): boolean {
  let own = setHashes.get(headers);
  if (own === undefined) {
    own = [...headers].map((h) => smallHash(h, 0, h.length));
    setHashes.set(headers, own);
  }
  // Indexed: asked a few times per scan, mostly before it is compiled, where for…of allocates per item.
  for (let k = 0; k < own.length; k++) if (hashes.has(own[k])) return true;
  return false;
}

const separatorsCache = scanCache<boolean>();

/** Whether the text holds a tab, a '|' or a ';', asked once per scan (most texts hold none). */
function hasSeparators(ctx: ScanContext): boolean {
  if (separatorsCache.key !== ctx) {
    const { folded } = ctx;
    separatorsCache.value = folded.indexOf('\t') >= 0 || folded.indexOf('|') >= 0 || folded.indexOf(';') >= 0;
    separatorsCache.key = ctx;
  }
  return separatorsCache.value!;
}

/**
 * Whether the text may hold a table whose columns columnCells reads: the
 * nine recognizers that ask (names, addresses, the seven topics) skip their
 * set-up for a text without one, as most messages are.
 */
export function mayHoldColumns(ctx: ScanContext): boolean {
  return ctx.gaps || hasSeparators(ctx);
}

/**
 * Tables pasted from Excel (tab-separated), CSV with ';', Markdown ('|') or
 * laid out with spaces: a header cell from `headers` (folded, e.g. "ho va
 * ten", "dia chi") makes the cells below it candidates, until the table ends.
 * `accept` filters the cells (trimmed, folded offsets).
 */
export function columnCells(
  ctx: ScanContext,
  headers: ReadonlySet<string>,
  accept: (start: number, end: number) => boolean,
): ColumnCell[] {
  const { folded } = ctx;
  const out: ColumnCell[] = [];
  // A table laid out with spaces ("TT  Họ và tên   Năm sinh  Dân tộc"): its
  // cells' columns are read by position from the header above, as every
  // identifier's column is (context.ts).
  if (ctx.gaps) {
    for (const cell of alignedCells(ctx)) {
      if (headers.has(cell.header) && accept(cell.start, cell.end)) out.push(cell);
    }
  }
  // Most texts are not tables: three native searches, once per scan, settle it before any
  // per-separator bookkeeping.
  if (!hasSeparators(ctx)) return out;
  const needLetters = allLettered(headers);
  for (const sep of [9, 124, 59]) {
    // Only lettered rows can hold a lettered header (every set's are).
    if (needLetters && !mayHold(headers, headerHashes(ctx, sep))) continue;
    let column = -1;
    let header = '';
    for (const row of rows(ctx, sep)) {
      if (row.fresh) column = -1;
      const found = findHeader(folded, row, sep, headers, needLetters);
      if (found >= 0) {
        column = found;
        header = folded.slice(row.cells![2 * found], row.cells![2 * found + 1]);
      } else if (column >= 0) {
        const cells = cellsOf(folded, row, sep);
        if (column < cells.length >> 1) {
          const start = cells[2 * column];
          const end = cells[2 * column + 1];
          if (end > start && accept(start, end)) out.push({ start, end, header });
        }
      }
    }
  }
  return out;
}

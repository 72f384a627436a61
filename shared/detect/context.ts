import type { ScanContext } from './recognizer.ts';
import { atFirstScan } from './first-scan.ts';
import { foldedUnitsOf, foldText } from './scan-context.ts';
import { buildIndex, createWords, endingAt, endingEntry, entryHit, forgetWords, mayEndNear, mayStartNear, readWindowWords, readWords, startingAt, type KeywordIndex, type Words } from './keyword-index.ts';
import { lettersIn, wordsOfText } from './text-words.ts';
import { lastUnitIn, wideCells } from './lexicon/words.ts';
import { createWindowMemo, forgetWindows, recallWindow, rememberWindow, type WindowMemo } from './window-memo.ts';
import { forgetPresence, mayEndIn, mayStartIn } from './word-presence.ts';
import { clearUsed, scanCache } from './scan-cache.ts';

/**
 * Context words, matched on `folded` text so "số điện thoại", "so dien thoai"
 * and "SỐ ĐIỆN THOẠI" are one keyword. A keyword matches as a whole word on
 * the left and is not followed by a letter (it may be glued to digits:
 * "sdt0912345678").
 */
export interface Keywords {
  readonly words: readonly string[];
  /** The same keywords as one regular expression, for recognizers that scan whole texts. */
  readonly re: RegExp;
  /** Word index used for context windows (keyword-index.ts). */
  readonly index: KeywordIndex;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

// Between the words of a keyword: up to three spaces or underscores, or
// nothing, so "ngày sinh" also matches "ngay_sinh", "ngaySinh" (CSV and JSON
// keys) and "ngày  sinh" (OCR). Bounded, so matching stays linear.
const WORD_GAP = '[ _]{0,3}';

// What a keyword set holds until the first scan fills it (first-scan.ts).
const UNFILLED = buildIndex([]);

export function keywords(list: readonly string[]): Keywords {
  const set = { words: [] as string[], re: /$^/g, index: UNFILLED };
  atFirstScan(() => {
    const words = [...new Set(list.map(foldText))].sort((a, b) => b.length - a.length);
    const alternation = words.map((w) => escape(w).split(' ').join(WORD_GAP)).join('|');
    set.words = words;
    set.re = new RegExp(`(?<![a-z0-9])(?:${alternation})(?![a-z])`, 'g');
    set.index = buildIndex(words);
  });
  return set;
}

export interface ContextHit {
  word: string;
  /** Characters between the keyword and the candidate (0 for a column header). */
  distance: number;
}

export const BEFORE_WINDOW = 48;
export const AFTER_WINDOW = 16;

/**
 * Words that mark a number as something other than personal data (orders,
 * invoices, tracking codes, serials, official letters). Shared by every
 * structured recognizer; each may add its own.
 */
export const COMMON_NEGATIVE = [
  'mã đơn hàng', 'đơn hàng', 'mã đơn', 'hóa đơn', 'hoá đơn', 'số hóa đơn', 'mã vận đơn', 'vận đơn', 'mã vận chuyển',
  'serial', 'số serial', 'số seri', 'seri', 's/n', 'imei', 'mã sản phẩm', 'mã sp', 'mã hàng', 'barcode', 'mã vạch',
  'số công văn', 'công văn', 'mã giao dịch', 'giao dịch số', 'mã gd', 'mã hồ sơ', 'số hồ sơ', 'mã tra cứu', 'mã bưu gửi',
  'order', 'order id', 'invoice', 'tracking', 'transaction', 'ref', 'mã tham chiếu', 'số tham chiếu',
  'mã xác nhận', 'mã khuyến mãi', 'voucher', 'mã lô', 'số lô', 'quyết định số', 'mã bệnh án', 'số phiếu',
];

/**
 * Start of the context window before `pos`: text on the candidate's own line
 * and cell only, unless the candidate opens its line or cell ("Số CCCD:\n038…",
 * "SĐT\t0912…"), where the label just before counts. A bounded backward loop:
 * the cost never depends on how long the line is.
 */
const BARE_NUMBER_LABEL = /^[ -]*(?:so|no)(?: ?\/ ?no)?[.:]? *$/;

export function windowBefore(s: string, pos: number, size: number): number {
  const from = Math.max(0, pos - size);
  let content = false;
  let newline = false;
  let tab = false;
  let pipe = false;
  for (let i = pos - 1; i >= from; i--) {
    const c = s.charCodeAt(i);
    if (c === 10 && !newline) {
      // A bare "Số" opening the line numbers the heading above it ("GIẤY CHỨNG MINH NHÂN DÂN⏎Số 085123476").
      if (content && !BARE_NUMBER_LABEL.test(s.slice(i + 1, pos))) return i + 1;
      newline = true;
    } else if (c === 9 && !tab) {
      if (content) return i + 1;
      tab = true;
    } else if (c === 124 && !pipe) {
      // A bare "Số:" cell reads with the cell before it ("Loại giấy tờ: Hộ chiếu | Số: C9731826").
      if (content && !BARE_NUMBER_LABEL.test(s.slice(i + 1, pos))) return i + 1;
      pipe = true;
    } else if (c !== 32 && c !== 13 && c !== 10 && c !== 9 && !(c === 45 && !content)) {
      // A dash opening the line is a bullet ("- 186274519 con nhé"), not content.
      content = true;
    }
  }
  return from;
}

/** Where a look-ahead for a trailing label stops: the end of the field. */
function isAfterStop(c: number): boolean {
  return c === 10 || c === 9 || c === 124 || c === 44 || c === 59 || c === 34;
}

/** End of the look-ahead window after `end`. */
function afterBound(s: string, end: number, size: number): number {
  const limit = Math.min(s.length, end + size);
  let to = end;
  while (to < limit && !isAfterStop(s.charCodeAt(to))) to++;
  return to;
}

/** afterBound of a text of length `n` read from its units. */
function afterBoundOf(u: Uint16Array, n: number, end: number, size: number): number {
  const limit = Math.min(n, end + size);
  let to = end;
  while (to < limit && !isAfterStop(u[to])) to++;
  return to;
}

function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 97 && c <= 122;
}

// The last windows computed, keyed by the scan context's identity (never by
// comparing strings, which costs their length when two scans hold equal
// text): the recognizers and keyword sets that look at one candidate ask
// about the same position several times in a row. Each kind of window keeps
// its words in a buffer of its own, so the look-ahead and header reads made
// in between do not evict the window before (a candidate's positive and
// negative words, for each recognizer, read it once).
const cellWords = createWords();

/** The last window of one kind: where it was asked for, its bound, and its words as source[lo, hi). */
interface WindowView {
  ctx: ScanContext | null;
  pos: number;
  size: number;
  /** The window's far edge: its start (before) or its end (after). */
  bound: number;
  /** Where its words are: the view's own buffer, or the memo's. */
  source: Words;
  lo: number;
  hi: number;
  readonly words: Words;
  readonly memo: WindowMemo;
  /** The window after `pos`, or the one before it. */
  readonly ahead: boolean;
}

function createView(ahead: boolean): WindowView {
  const words = createWords();
  return { ctx: null, pos: -1, size: -1, bound: -1, source: words, lo: 0, hi: 0, words, memo: createWindowMemo(), ahead };
}

const before = createView(false);
const after = createView(true);

/** Points `view` at the window at (ctx, pos, size): the same as last time, one the memo kept, or one read now. */
function loadWindow(view: WindowView, ctx: ScanContext, pos: number, size: number): void {
  if (ctx === view.ctx && pos === view.pos && size === view.size) return;
  const memo = view.memo;
  if (recallWindow(memo, ctx, pos, size)) {
    view.bound = memo.bound;
    view.source = memo.words;
    view.lo = memo.lo;
    view.hi = memo.hi;
  } else {
    const s = ctx.folded;
    const bound = view.ahead ? afterBound(s, pos, size) : windowStart(ctx, pos, size);
    const from = view.ahead ? pos : bound;
    const to = view.ahead ? bound : Math.max(bound, pos);
    view.bound = bound;
    if (!wordsOfText(ctx, from, to, view)) {
      const u = foldedUnitsOf(ctx);
      // From the scan's units while it holds them (a context that lost them reads the string).
      view.source = u !== null ? readWindowWords(s, u, from, to, view.words) : readWords(s, from, to, view.words);
      rememberWindow(memo, ctx, pos, size, bound, view.words);
      view.lo = 0;
      view.hi = view.words.count;
    }
  }
  view.ctx = ctx;
  view.pos = pos;
  view.size = size;
}

// Whether the text being scanned has a letter at all: a megabyte of digits
// and separators then needs no window read per candidate, and no type that
// exists only beside a label (every keyword is letters) can be found in it.
let lettersCtx: ScanContext | null = null;
let lettersFound = true;
const LETTER = /[a-z]/;

export function hasLetters(ctx: ScanContext): boolean {
  if (ctx !== lettersCtx) {
    lettersCtx = ctx;
    lettersFound = LETTER.test(ctx.folded);
  }
  return lettersFound;
}

/**
 * Drops the references the window reuse keeps to the last scan, so its text
 * does not stay in memory after detect() returns (the engine calls this).
 */
export function forgetScan(): void {
  before.ctx = null;
  after.ctx = null;
  lettersCtx = null;
  headerCtx = null;
  headerCell = null;
  forgetWords(before.words);
  forgetWords(after.words);
  forgetWords(cellWords);
  clearUsed(cellHits);
  forgetWindows(before.memo);
  forgetWindows(after.memo);
  forgetPresence();
}

/** The nearest keyword ending before `pos` within the window, or null. */
export function nearestBefore(ctx: ScanContext, kw: Keywords, pos: number, size = BEFORE_WINDOW): ContextHit | null {
  if (!hasLetters(ctx)) return null;
  const s = ctx.folded;
  // Window words are whole words of the text, but for one cut by a letter at
  // `pos` (a candidate starting with a letter): then the look-up is made.
  if (!isLetterAt(s, pos) && !mayEndIn(ctx, kw.index)) return null;
  // No letter within reach, no word: a column of dates under its header read
  // each date's window of digits and tabs for none.
  if (lettersIn(ctx, Math.max(0, pos - size), pos) === false) return null;
  loadWindow(before, ctx, pos, size);
  const from = before.bound;
  if (from >= pos) return null;
  // The window's words are w[lo, hi), read where they are kept.
  const w = before.source;
  const lo = before.lo;
  // A word cut by the window's edge is not a word.
  const first = before.hi > lo && w.start[lo] === from && from > 0 && isLetterAt(s, from - 1) ? lo + 1 : lo;
  for (let i = before.hi - 1; i >= first; i--) {
    // A keyword must end the word: "sdt" matches "sdt0912…", not "sdtx".
    const e = endingEntry(kw.index, w, i, first);
    if (e !== null) return entryHit(e, pos - w.end[i]);
  }
  return null;
}

/** The nearest keyword starting after `end` within a short window in the same field. */
export function nearestAfter(ctx: ScanContext, kw: Keywords, end: number, size = AFTER_WINDOW): ContextHit | null {
  if (!hasLetters(ctx)) return null;
  const s = ctx.folded;
  // Nothing to load when the field ends at `end` (", SĐT …"). The words looked
  // at are whole words of the text (one cut at either end is not read).
  if (isAfterStop(s.charCodeAt(end)) || !mayStartIn(ctx, kw.index)) return null;
  loadWindow(after, ctx, end, size);
  const to = after.bound;
  if (to <= end) return null;
  const w = after.source;
  const lo = after.lo;
  let hi = after.hi;
  if (hi > lo && w.end[hi - 1] === to && to < s.length && isLetterAt(s, to)) hi--;
  // A word glued to the value's end belongs to it, not to a trailing label.
  const first = hi > lo && w.start[lo] === end ? lo + 1 : lo;
  for (let i = first; i < hi; i++) {
    const phrase = startingAt(kw.index, w, i, hi);
    if (phrase === null) continue;
    // "GPLX 0010… con CCCD vợ 0011…": a label right before another number is that number's.
    return labelsNextNumber(s, w.start[i] + phrase.length) ? null : { word: phrase, distance: w.start[i] - end };
  }
  return null;
}

/** How far after a label its own number may start ("CCCD vợ em 0011…"). */
const NEXT_NUMBER_REACH = 10;
/** Digits that make a number worth a label of its own (not "SĐT mới 2024"). */
const LABELLED_DIGITS = 6;

function labelsNextNumber(s: string, from: number): boolean {
  const to = Math.min(s.length, from + NEXT_NUMBER_REACH);
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      let j = i;
      while (j < s.length && j - i < LABELLED_DIGITS && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
      return j - i >= LABELLED_DIGITS;
    }
    if (isAfterStop(c)) return false;
  }
  return false;
}

/**
 * Any keyword in a header cell: looked up once per keyword set and cell in a
 * scan (a table's cells are the same strings for every row, and each of a
 * row's values asked each recognizer's sets about its cell again).
 */
function cellHit(kw: Keywords, cell: string): ContextHit | null {
  // By index, not set: a set's index is replaced when the first scan fills it.
  let memo = cellHits.get(kw.index);
  if (memo === undefined) cellHits.set(kw.index, (memo = { cell: null, hit: null, hits: new Map() }));
  // A column's rows come one after another, with one cell string for all.
  if (cell === memo.cell) return memo.hit;
  let hit = memo.hits.get(cell);
  if (hit === undefined) memo.hits.set(cell, (hit = readCellHit(kw, cell)));
  memo.cell = cell;
  memo.hit = hit;
  return hit;
}

/** cellHit's answers for one keyword set: by cell, and the last one asked about. */
interface CellMemo {
  cell: string | null;
  hit: ContextHit | null;
  hits: Map<string, ContextHit | null>;
}

// The answers of cellHit in the scan being made, by keyword set and cell.
// Emptied when the scan ends (forgetScan): a cell is a slice of the text.
const cellHits = new Map<KeywordIndex, CellMemo>();

function readCellHit(kw: Keywords, cell: string): ContextHit | null {
  const w = cellWords.s === cell ? cellWords : readWords(cell, 0, cell.length, cellWords);
  for (let i = w.count - 1; i >= 0; i--) {
    const phrase = endingAt(kw.index, w, i);
    if (phrase !== null) return { word: phrase, distance: 0 };
  }
  return null;
}

// Header lookup for tables pasted as text: tab-, pipe-, semicolon- or
// comma-separated rows under a header row. The header is the first line of
// the block of lines sharing the row's delimiter; a line or two without it
// inside the block (a cell with a line break) does not end the block. Lines
// are indexed once per scan and each line is examined once, so a
// 10,000-row paste or one 1 MB line costs linear time.

/** Cells needed on a line before commas or semicolons make it a table row. */
const MIN_CSV_DELIMITERS = 2;

function count(line: string, ch: string): number {
  let n = 0;
  for (let i = line.indexOf(ch); i !== -1; i = line.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * The line's cell delimiter, or null for prose. Commas and semicolons make a
 * CSV row only when no space follows them: prose writes ", ".
 */
export function delimiterOf(line: string): string | null {
  return lineDelimiter(line, true, true, true);
}

/** delimiterOf, skipping the tab, pipe and wide-gap searches when the whole text has none. */
function lineDelimiter(line: string, tabs: boolean, pipes: boolean, gaps: boolean): string | null {
  if (tabs && line.includes('\t')) return '\t';
  if (pipes && line.includes('|')) return '|';
  // Prose writes ", " almost always: that search fails fastest, so it goes first.
  if (!line.includes('; ') && count(line, ';') >= MIN_CSV_DELIMITERS) return ';';
  if (!line.includes(', ') && count(line, ',') >= MIN_CSV_DELIMITERS) return ',';
  // A CSV export quotes the cells that hold prose ("45/12 Lê Lợi, Phường 6"):
  // only what lies outside quotes decides.
  if (line.includes('"')) {
    for (const sep of [';', ',']) {
      const cuts = delimiterCuts(line, sep, 0);
      if (cuts.length >= MIN_CSV_DELIMITERS && !cuts.some((i) => line.charCodeAt(i + 1) === 32)) return sep;
    }
  }
  if (gaps && alignedGaps(line) >= MIN_ALIGNED_GAPS) return ALIGNED;
  return null;
}

// A table typed or printed with spaces ("STT  Họ và tên      Năm sinh"):
// columns line up by position, not by count, since a cell may hold single
// spaces ("NGUYEN THI HOAN") and the header's first cells may share one
// ("STT HO VA TEN"). Gaps of two or more spaces cut it, three cells at least.
export const ALIGNED = '  ';
const MIN_ALIGNED_GAPS = 2;

/** Gaps of two or more spaces in the line, counted up to MIN_ALIGNED_GAPS (no array per line). */
function alignedGaps(line: string): number {
  let gaps = 0;
  for (let i = line.indexOf('  '); i !== -1 && gaps < MIN_ALIGNED_GAPS; i = line.indexOf('  ', i)) {
    gaps++;
    while (line.charCodeAt(i) === 32) i++;
  }
  return gaps;
}

/** How far (in characters) a cell may start after its header cell ends. */
const ALIGN_SLACK = 2;

/** Offsets (plus `offset`) of `sep` in `line`, outside double-quoted cells when the line has any. */
function delimiterCuts(line: string, sep: string, offset: number): number[] {
  if (sep !== ',' && sep !== ';') return plainCuts(line, sep, offset);
  const cuts: number[] = [];
  const code = sep.charCodeAt(0);
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === code && !quoted) cuts.push(offset + i);
  }
  return cuts;
}

const HAS_DIGIT = /[0-9]/;
/** Header cells are names, not values: short and without digits. */
const MAX_HEADER_CELL = 48;
/** Lines a header row may span (cells such as "Mã số\nBHXH" pasted from Excel). */
const MAX_HEADER_LINES = 3;
/** How many delimiter-less lines a block may contain (cells with line breaks). */
const MAX_GAP_LINES = 2;
/** Lines longer than this are never table rows (and never sliced per candidate). */
const MAX_ROW_LENGTH = 4000;

interface LineInfo {
  start: number;
  end: number;
  delimiter: string | null;
  /** Offsets of the delimiters on the line, from its start. */
  cuts: number[];
  /**
   * The header cells over the row (null when it has none, or is a header
   * itself), found when first asked for: every recognizer asks about each
   * of the row's values, and finding its block and cells took three map
   * look-ups per question. Undefined until asked; unused for ALIGNED rows.
   */
  headerCells: string[] | null | undefined;
}

interface AlignedCell {
  /** Columns from the line's start. */
  from: number;
  to: number;
  text: string;
}

interface LineIndex {
  newlines: number[];
  /** Lines examined, in the order examined. */
  lines: LineInfo[];
  /**
   * Per line number: 1 + the index of its entry in `lines`, 0 before it is
   * examined, TAB_ROW for a tab row (a Map lookup per candidate cost more
   * than the rest).
   */
  lineSlot: Int32Array;
  /** Per line number: a tab row's cuts (lineSlot TAB_ROW), made when the first tab row is read. */
  tabRows: number[][] | null;
  /**
   * Per line number: 1 + the header line of its block, 0 before it is known.
   * Made when a row first asks: a Map set and a list of the lines walked per
   * row cost a megabyte-long column of birth dates 149 → 132 ms.
   */
  header: Int32Array | null;
  // The maps below are made when first used: most texts are no table, and
  // four maps per scan were made for nothing in most messages.
  cells: Map<number, string[] | null> | null;
  /** Per header line of a space-aligned table: its cells with their columns, or null. */
  aligned: Map<number, AlignedCell[] | null> | null;
  /** Per row of a space-aligned table: its cells' starts when they are read by order (not padded to columns), else null. */
  byOrder: Map<number, number[] | null> | null;
  sql: Map<number, string[] | null> | null;
  /**
   * The text has a VALUES keyword at all (SQL pasted as text). A tuple opens
   * with '(', searched first: one character is found (or not) several times
   * faster than a word.
   */
  hasSql: boolean;
  /** The text has a tab / a pipe / two spaces in a row at all (most prose has none). */
  tabs: boolean;
  pipes: boolean;
  gaps: boolean;
  /** Where the last search for a tab started, and the tab it found (-1: none after it). */
  tabSearch: number;
  tabFound: number;
  /** The cuts of the last tab row read (tabCuts). */
  tabCuts: number[];
  /** rowHeaderCells' last answer for a row three or more below its header, and what it depends on. */
  rowCells: { header: number; delimiter: string | null; want: number; cells: string[] | null };
  /** The line columnHeader last looked at, and its number. */
  last: LineInfo | null;
  lastNumber: number;
}

const lineIndexes = scanCache<LineIndex>();

// Asked at every candidate's window and column: no closure per call (a
// megabyte-long row of identifiers asks hundreds of thousands of times).
function indexOf(ctx: ScanContext): LineIndex {
  if (lineIndexes.key === ctx) return lineIndexes.value!;
  const newlines: number[] = [];
  const s = ctx.folded;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) newlines.push(i);
  lineIndexes.key = ctx;
  return (lineIndexes.value = { newlines, lines: [], lineSlot: new Int32Array(newlines.length + 1), tabRows: null, header: null, cells: null, aligned: null, byOrder: null, sql: null, hasSql: s.includes('(') && s.includes('values'), tabs: s.includes('\t'), pipes: s.includes('|'), gaps: ctx.gaps, tabSearch: s.length + 1, tabFound: -1, tabCuts: NO_CUTS, rowCells: { header: -1, delimiter: null, want: 0, cells: null }, last: null, lastNumber: -1 });
}

/** Index of the line holding `pos`. */
function lineNumber(idx: LineIndex, pos: number): number {
  const nl = idx.newlines;
  let lo = 0;
  let hi = nl.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (nl[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the line holding `pos` starts (after the scan's last line break before it), from the scan's line index. */
export function lineStartOf(ctx: ScanContext, pos: number): number {
  const idx = indexOf(ctx);
  const n = lineNumber(idx, pos);
  return n === 0 ? 0 : idx.newlines[n - 1] + 1;
}

/** Where the line holding `pos` ends (its line break, or the text's end), from the scan's line index. */
export function lineEndOf(ctx: ScanContext, pos: number): number {
  const idx = indexOf(ctx);
  const n = lineNumber(idx, pos);
  return n < idx.newlines.length ? idx.newlines[n] : ctx.folded.length;
}

/**
 * Index of the line holding `pos`, a position after line `n`: the next
 * candidate is mostly a line or two further on, found by a short walk before
 * falling back to the binary search.
 */
function lineAfter(idx: LineIndex, n: number, pos: number): number {
  const nl = idx.newlines;
  for (let k = n + 1, last = Math.min(nl.length, n + 4); k <= last; k++) {
    if (k === nl.length || nl[k] >= pos) return k;
  }
  return lineNumber(idx, pos);
}

// Counted, then written into an array of that size: an array grown by push
// from empty keeps room for 17 items, and every row of a long table keeps
// its cuts (a megabyte-long column of birth dates kept 13 MB of such room).
function plainCuts(line: string, sep: string, offset: number): number[] {
  let n = 0;
  for (let i = line.indexOf(sep); i !== -1; i = line.indexOf(sep, i + 1)) n++;
  const cuts = new Array<number>(n);
  for (let i = line.indexOf(sep), k = 0; i !== -1; i = line.indexOf(sep, i + 1), k++) cuts[k] = offset + i;
  return cuts;
}

/** The cuts of a line that has no delimiter: one list, never written, shared by every such line. */
const NO_CUTS: number[] = Object.freeze([]) as unknown as number[];

/**
 * The first tab at or after `from` (-1 for none), from the last search when
 * it passed over `from`: lines are mostly read in order, and a search from
 * each line of prose to a tab far below it was quadratic.
 */
function tabFrom(s: string, idx: LineIndex, from: number): number {
  if (idx.tabSearch <= from && (idx.tabFound === -1 || from <= idx.tabFound)) return idx.tabFound;
  const at = s.indexOf('\t', from);
  idx.tabSearch = from;
  idx.tabFound = at;
  return at;
}

let tabScratch = new Int32Array(64);

/**
 * The offsets of the tabs in s[first, end) from the line's `start`, `first`
 * being the first (plainCuts of the line with '\t', offset 0). A row cut
 * where the last tab row was shares that row's list (no list is written
 * once made): a column of dates kept a list per row, all the same.
 */
function tabCuts(s: string, idx: LineIndex, start: number, first: number, end: number): number[] {
  let n = 0;
  let i = first;
  for (; i !== -1 && i < end; i = s.indexOf('\t', i + 1)) {
    if (n === tabScratch.length) {
      const grown = new Int32Array(2 * n);
      grown.set(tabScratch);
      tabScratch = grown;
    }
    tabScratch[n++] = i - start;
  }
  // The search past the line found the next line's first tab.
  idx.tabSearch = end;
  idx.tabFound = i;
  const last = idx.tabCuts;
  if (last.length === n) {
    let k = 0;
    while (k < n && last[k] === tabScratch[k]) k++;
    if (k === n) return last;
  }
  const cuts = new Array<number>(n);
  for (let k = 0; k < n; k++) cuts[k] = tabScratch[k];
  idx.tabCuts = cuts;
  return cuts;
}

/** lineSlot's mark of a tab row, whose cuts are kept in tabRows (and its LineInfo made when asked for). */
const TAB_ROW = -1;

function lineInfo(ctx: ScanContext, idx: LineIndex, n: number): LineInfo {
  const slot = idx.lineSlot[n];
  let info = slot > 0 ? idx.lines[slot - 1] : undefined;
  if (!info) {
    const start = n === 0 ? 0 : idx.newlines[n - 1] + 1;
    const end = n < idx.newlines.length ? idx.newlines[n] : ctx.folded.length;
    // A tab row is kept as its cuts alone, and its entry made again when
    // asked for: entries kept for every row of a megabyte-long column of
    // dates were a sixth of what its scan allocated, and each collection
    // during the scan copied them.
    if (slot === TAB_ROW) return { start, end, delimiter: '\t', cuts: idx.tabRows![n], headerCells: undefined };
    let delimiter: string | null = null;
    let cuts = NO_CUTS;
    if (end - start <= MAX_ROW_LENGTH) {
      // A tab makes the line's delimiter whatever else it holds: its cuts are
      // read in place (a slice and its searches per row were most of a
      // megabyte-long column of dates' line look-ups).
      const tab = idx.tabs ? tabFrom(ctx.folded, idx, start) : -1;
      if (tab !== -1 && tab < end) {
        delimiter = '\t';
        cuts = tabCuts(ctx.folded, idx, start, tab, end);
      } else {
        const line = ctx.folded.slice(start, end);
        delimiter = lineDelimiter(line, false, idx.pipes, idx.gaps);
        if (delimiter !== null) cuts = line.includes('"') ? delimiterCuts(line, delimiter, 0) : plainCuts(line, delimiter, 0);
      }
    }
    info = { start, end, delimiter, cuts, headerCells: undefined };
    if (delimiter === '\t') {
      (idx.tabRows ??= new Array<number[]>(idx.newlines.length + 1))[n] = cuts;
      idx.lineSlot[n] = TAB_ROW;
    } else idx.lineSlot[n] = idx.lines.push(info);
  }
  return info;
}

function blockHeader(ctx: ScanContext, idx: LineIndex, n: number, delimiter: string): number {
  const known = (idx.header ??= new Int32Array(idx.newlines.length + 1));
  let current = n;
  let header = n;
  let gap = 0;
  // The lines walked are n down to `walked`: each of the delimiter gets the header found.
  let walked = n + 1;
  for (;;) {
    // A gap line (another delimiter) belongs to a block of its own delimiter
    // too: its cache holds that block's header, and this walk's header is
    // not kept for it (each answer was the first asker's, so a row's header
    // depended on which rows were asked before it).
    const cached = gap === 0 ? known[current] : 0;
    if (cached !== 0) {
      header = cached - 1;
      break;
    }
    walked = current;
    if (gap === 0) header = current;
    if (current === 0) break;
    // (A tab row above a tab row answers without its entry being made again.)
    const prev = delimiter === '\t' && idx.lineSlot[current - 1] === TAB_ROW ? null : lineInfo(ctx, idx, current - 1);
    if (prev === null || prev.delimiter === delimiter) gap = 0;
    else if (gap < MAX_GAP_LINES && prev.end - prev.start < 80) gap++;
    else break;
    current--;
  }
  for (let k = walked; k <= n; k++) if (k === n || readDelimiter(idx, k) === delimiter) known[k] = header + 1;
  return header;
}

/** The delimiter of line `n`, once lineInfo has read it (as blockHeader's walk has). */
function readDelimiter(idx: LineIndex, n: number): string | null {
  const slot = idx.lineSlot[n];
  return slot === TAB_ROW ? '\t' : slot > 0 ? idx.lines[slot - 1].delimiter : null;
}

const BRACKETED = /\([^)]*\)/g;

/**
 * A header cell names its column: no digits, or a few among more letters
 * ("3 tháng", "Quý IV/2024", "Năm 2024"). A data cell is a number, or a
 * number with a short label ("SN 1987"), and marks its row as data.
 */
function headerLike(cell: string): boolean {
  if (!HAS_DIGIT.test(cell)) return true;
  // A field with its value ("Ngày thi: 08/7/2024") is a title's line above the table, not a header.
  if (LABELLED_NUMBER.test(cell)) return false;
  let letters = 0;
  let digits = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c >= 97 && c <= 122) letters++;
  }
  return letters > digits && !LONG_NUMBER.test(cell);
}
const LONG_NUMBER = /[0-9]{5}/;
const LABELLED_NUMBER = /: *[0-9]/;
/** Every delimiter lineDelimiter answers, for headerCells' key. */
const DELIMITERS = ['\t', '|', ';', ',', ALIGNED];

function headerCells(ctx: ScanContext, idx: LineIndex, header: number, delimiter: string, want: number): string[] | null {
  // Keyed by the delimiter too: a line may head one block and lie in another's gap.
  const key = (header * 4 + Math.min(want, 3)) * 8 + DELIMITERS.indexOf(delimiter);
  const known = (idx.cells ??= new Map<number, string[] | null>());
  if (known.has(key)) return known.get(key) ?? null;
  const s = ctx.folded;
  let info = lineInfo(ctx, idx, header);
  const cells = s.slice(info.start, info.end).split(delimiter);
  for (let k = 1; k < MAX_HEADER_LINES && header + k <= idx.newlines.length; k++) {
    info = lineInfo(ctx, idx, header + k);
    const text = s.slice(info.start, info.end);
    const more = text.split(delimiter);
    // A data row ends the header; "CMND (9 số)" under a merged cell is still one.
    if (HAS_DIGIT.test(text) && !more.every((c) => headerLike(c.includes('(') ? c.replace(BRACKETED, '') : c))) break;
    if (cells.length < want) {
      // A header cell broken over lines ("Mã số\nBHXH"): continue the last cell.
      cells[cells.length - 1] += ` ${more[0]}`;
      cells.push(...more.slice(1));
    } else if (more.length === cells.length) {
      // A second header row under merged group cells: join column by column, an
      // empty top cell being the merged one to its left ("Ngày sinh" over "Nam", "Nữ").
      let merged = '';
      for (let c = 0; c < cells.length; c++) {
        const top = cells[c].trim() === '' && more[c].trim() !== '' ? merged : cells[c];
        if (cells[c].trim() !== '') merged = cells[c];
        cells[c] = `${top} ${more[c]}`;
      }
    } else break;
  }
  // A unit or note in brackets may hold digits: "Diện tích (m2)", "Địa chỉ mới (2 cấp)".
  const valid = cells.every((c) => headerLike(c.includes('(') ? c.replace(BRACKETED, '') : c) && c.length <= MAX_HEADER_CELL);
  known.set(key, valid ? cells : null);
  return valid ? cells : null;
}

/** The header cell over the column where the cell holding `pos` starts, in a space-aligned table. */
function alignedHeader(ctx: ScanContext, idx: LineIndex, header: number, n: number, info: LineInfo, pos: number): string | null {
  const s = ctx.folded;
  const aligned = (idx.aligned ??= new Map<number, AlignedCell[] | null>());
  let cells = aligned.get(header);
  if (cells === undefined) {
    const line = lineInfo(ctx, idx, header);
    const text = s.slice(line.start, line.end);
    cells = null;
    if (!HAS_DIGIT.test(text)) {
      cells = [];
      for (const m of text.matchAll(/\S+(?: \S+)*/g)) cells.push({ from: m.index, to: m.index + m[0].length, text: m[0] });
      if (cells.some((c) => c.text.length > MAX_HEADER_CELL)) cells = null;
    }
    aligned.set(header, cells);
  }
  if (cells === null) return null;
  let k = pos;
  while (k > info.start && !(s.charCodeAt(k - 1) === 32 && s.charCodeAt(k - 2) === 32)) k--;
  // A row typed with two spaces between cells but not padded to columns
  // ("1  NGUYỄN VĂN HẢI  1965  0330…" under "STT  HỌ VÀ TÊN CHỦ HỘ  NĂM SINH
  // SỐ CCCD", the next row's year further left): its cells start where no
  // neighbouring row's do. With as many cells as the header (one fewer when
  // the last is left empty), they are read by their order.
  const byOrder = (idx.byOrder ??= new Map<number, number[] | null>());
  let starts = byOrder.get(n);
  if (starts === undefined) {
    starts = readByOrder(ctx, idx, header, n, info, cells.length);
    byOrder.set(n, starts);
  }
  if (starts !== null) {
    const index = starts.indexOf(k);
    if (index >= 0) return cells[index].text;
  }
  return headerAtColumn(cells, k - info.start);
}

/** The row's cells' starts if they are read by order (as many as the header's, not padded like a neighbouring row), else null. */
function readByOrder(ctx: ScanContext, idx: LineIndex, header: number, n: number, info: LineInfo, headerCells: number): number[] | null {
  const s = ctx.folded;
  const starts = rowCellStarts(s, info.start, info.end);
  const emptyLast = starts.length === headerCells - 1 && info.end - info.start >= 2 && s.charCodeAt(info.end - 1) === 32 && s.charCodeAt(info.end - 2) === 32;
  if (starts.length !== headerCells && !emptyLast) return null;
  // The next row, or the one before when the next is no row of the table (a note, the end).
  let line = n + 1 <= idx.newlines.length ? lineInfo(ctx, idx, n + 1) : null;
  let other = line !== null ? rowCellStarts(s, line.start, line.end) : [];
  if (other.length < 3 && n - 1 > header) {
    line = lineInfo(ctx, idx, n - 1);
    other = rowCellStarts(s, line.start, line.end);
  }
  return line !== null && other.length >= 3 && !sameColumns(starts, info.start, other, line.start) ? starts : null;
}

/** Whether two rows' cells start at the same columns (within the slack), as far as both go: a padded table. */
function sameColumns(a: number[], aStart: number, b: number[], bStart: number): boolean {
  const shared = Math.min(a.length, b.length);
  if (shared < 3) return true;
  for (let c = 0; c < shared; c++) if (Math.abs(a[c] - aStart - (b[c] - bStart)) > ALIGN_SLACK) return false;
  return true;
}

/** Where each cell of a line split by two or more spaces starts. */
function rowCellStarts(s: string, start: number, end: number): number[] {
  const cells = wideCells(s, start, end);
  const starts: number[] = [];
  for (let c = 0; c < cells.length; c += 2) starts.push(cells[c]);
  return starts;
}

/** The header cell over a row's cell starting at `column`, by position. */
function headerAtColumn(cells: readonly { from: number; to: number; text: string }[], column: number): string | null {
  let best: string | null = null;
  for (const cell of cells) {
    if (cell.from > column + ALIGN_SLACK) break;
    if (column < cell.to + ALIGN_SLACK) best = cell.text;
  }
  return best;
}

// SQL pasted as text: in "INSERT INTO t (id, ho_ten, ngay_sinh) VALUES\n(1,
// N'…', '1990-05-12'), …" the column list names each value of a tuple.
/** Lines of tuples searched upwards for their VALUES keyword. */
const MAX_SQL_ROWS = 200;

function sqlNamesBefore(s: string, valuesAt: number): string[] | null {
  // (Each bracket looked for within its limit only: a search of the whole text before each tuple was quadratic.)
  const close = lastUnitIn(s, 41, valuesAt - 40, valuesAt + 1);
  if (close === -1) return null;
  const open = lastUnitIn(s, 40, close - 1000, close + 1);
  if (open === -1) return null;
  return s
    .slice(open + 1, close)
    .split(',')
    .map((c) => c.replace(/[`"'[\]\s]/g, ''));
}

function sqlNames(ctx: ScanContext, idx: LineIndex, n: number): string[] | null {
  const s = ctx.folded;
  const sql = (idx.sql ??= new Map<number, string[] | null>());
  const visited: number[] = [];
  let names: string[] | null = null;
  for (let k = n; k >= 0 && visited.length < MAX_SQL_ROWS; k--) {
    const cached = sql.get(k);
    if (cached !== undefined) {
      names = cached;
      break;
    }
    visited.push(k);
    const info = lineInfo(ctx, idx, k);
    const line = s.slice(info.start, Math.min(info.end, info.start + MAX_ROW_LENGTH));
    const values = line.lastIndexOf('values');
    if (values !== -1) {
      names = sqlNamesBefore(s, info.start + values);
      break;
    }
    // Only tuple rows may stand between a value and its VALUES keyword.
    if (!line.trimStart().startsWith('(')) break;
  }
  for (const k of visited) sql.set(k, names);
  return names;
}

/** The SQL column naming the tuple value at `pos`, or null. */
function sqlColumn(ctx: ScanContext, idx: LineIndex, n: number, pos: number): string | null {
  const info = lineInfo(ctx, idx, n);
  if (info.end - info.start > MAX_ROW_LENGTH) return null;
  const s = ctx.folded;
  const open = lastUnitIn(s, 40, info.start, pos + 1);
  if (open < 0) return null;
  let column = 0;
  let quoted = false;
  for (let i = open + 1; i < pos; i++) {
    const c = s.charCodeAt(i);
    if (c === 39) quoted = !quoted;
    else if (c === 44 && !quoted) column++;
    else if (c === 41 && !quoted) return null;
  }
  const names = sqlNames(ctx, idx, n);
  return names?.[column] ?? null;
}

/**
 * windowBefore, without reading the window when no newline, tab or pipe can
 * end it: a text without tabs and pipes answers from its newlines, found by
 * a binary search (the character loop, per position and recognizer, was a
 * sixth of scanning a megabyte-long line of identifiers).
 */
export function windowStart(ctx: ScanContext, pos: number, size: number): number {
  const idx = indexOf(ctx);
  const from = Math.max(0, pos - size);
  if (idx.pipes) return windowBefore(ctx.folded, pos, size);
  // Most texts with a tab hold it in a pasted table only: the first tab from
  // the window's start (a search kept across calls, as lineInfo's) tells
  // whether the window holds one, and the prose around the table is not read
  // character by character.
  if (idx.tabs) {
    const tab = tabFrom(ctx.folded, idx, from);
    if (tab !== -1 && tab < pos) return windowBefore(ctx.folded, pos, size);
  }
  return idx.newlines[lineNumber(idx, from)] < pos ? windowBefore(ctx.folded, pos, size) : from;
}

/** The header cell above `pos` in a table pasted as text, folded, or null. */
export function columnHeader(ctx: ScanContext, pos: number): string | null {
  // Candidates come in text order, recognizer after recognizer, so the next
  // position asked about is mostly on the line of the last one: its index
  // entry and line are kept instead of looked up again (a megabyte-long line
  // of identifiers asks hundreds of thousands of times).
  const idx = indexOf(ctx);
  let n = idx.lastNumber;
  let info = idx.last;
  if (info === null || pos < info.start || pos > info.end) {
    n = info !== null && pos > info.end ? lineAfter(idx, n, pos) : lineNumber(idx, pos);
    info = lineInfo(ctx, idx, n);
    idx.lastNumber = n;
    idx.last = info;
  }
  if (info.delimiter === null) return idx.hasSql ? sqlColumn(ctx, idx, n, pos) : null;
  if (info.delimiter === ALIGNED) {
    const header = blockHeader(ctx, idx, n, info.delimiter);
    return header === n ? null : alignedHeader(ctx, idx, header, n, info, pos);
  }
  if (info.headerCells === undefined) info.headerCells = rowHeaderCells(ctx, idx, n, info);
  const cells = info.headerCells;
  if (cells === null) return null;
  let column = 0;
  const at = pos - info.start;
  while (column < info.cuts.length && info.cuts[column] < at) column++;
  return cells[column] ?? null;
}

/** The header cells over row `n` (a delimited one), or null when it has none or is the header. */
function rowHeaderCells(ctx: ScanContext, idx: LineIndex, n: number, info: LineInfo): string[] | null {
  const header = blockHeader(ctx, idx, n, info.delimiter!);
  const want = info.cuts.length + 1;
  // Three rows below its header a row's answer depends on the header, the
  // delimiter and its cell count alone: the last such answer is kept (each
  // row of a long table asked the same three cell maps).
  const far = n > header + 2;
  const memo = idx.rowCells;
  if (far && memo.header === header && memo.delimiter === info.delimiter && memo.want === want) return memo.cells;
  let found: string[] | null = null;
  // A note in the table's style above its header ("Vắc xin MRVAC lô 0423K12 | Bơm kim tiêm lô 2309104"): the header is the next row.
  for (let h = header; h < n && h <= header + 2; h++) {
    found = headerCells(ctx, idx, h, info.delimiter!, want);
    if (found !== null) break;
  }
  if (far) {
    memo.header = header;
    memo.delimiter = info.delimiter;
    memo.want = want;
    memo.cells = found;
  }
  return found;
}

// The header cell of the last position asked about: a candidate's positive
// and negative words are looked up in the same cell.
let headerCtx: ScanContext | null = null;
let headerPos = -1;
let headerCell: string | null = null;

export function headerHit(ctx: ScanContext, kw: Keywords, pos: number): ContextHit | null {
  if (ctx !== headerCtx || pos !== headerPos) {
    headerCell = columnHeader(ctx, pos);
    headerCtx = ctx;
    headerPos = pos;
  }
  return headerCell === null ? null : cellHit(kw, headerCell);
}

export interface ContextAssessment {
  positive: ContextHit | null;
  negative: ContextHit | null;
}

/**
 * Looks for positive and negative words around a candidate [start, end):
 * before it on its line (or the line above), in its table column header, and
 * just after it.
 */
export function assess(
  ctx: ScanContext,
  start: number,
  end: number,
  positive: Keywords,
  negative: Keywords,
): ContextAssessment {
  return { positive: positiveHit(ctx, start, end, positive), negative: negativeHit(ctx, start, negative) };
}

/** The nearest positive word: before the candidate, in its column header, or just after it. */
export function positiveHit(ctx: ScanContext, start: number, end: number, positive: Keywords): ContextHit | null {
  return nearer(nearer(nearestBefore(ctx, positive, start), headerHit(ctx, positive, start)), nearestAfter(ctx, positive, end));
}

/**
 * positiveHit for a caller that only accepts words within `near` characters:
 * the same hit whenever that hit is so near; otherwise null or a farther hit.
 * Most dates in prose have no word that could end (or start) a keyword close
 * by, which a few characters tell: then only the column header can answer,
 * and the windows are not read.
 */
export function positiveHitWithin(ctx: ScanContext, start: number, end: number, positive: Keywords, near: number): ContextHit | null {
  const u = foldedUnitsOf(ctx);
  // A context that lost its units to a later scan reads the windows: the same hits.
  if (u === null) return positiveHit(ctx, start, end, positive);
  const n = ctx.folded.length;
  const index = positive.index;
  // No letter just before, no word there to end one (the text's words tell without reading the gap).
  const before = lettersIn(ctx, Math.max(0, start - near - 1), start) !== false && mayEndNear(index, u, start, near, BEFORE_WINDOW);
  if (before || mayStartNear(index, u, end, near, afterBoundOf(u, n, end, AFTER_WINDOW))) {
    return positiveHit(ctx, start, end, positive);
  }
  return headerHit(ctx, positive, start);
}

/** The nearest negative word: before the candidate or in its column header. */
export function negativeHit(ctx: ScanContext, start: number, negative: Keywords): ContextHit | null {
  return nearer(nearestBefore(ctx, negative, start), headerHit(ctx, negative, start));
}

/**
 * negativeHit for a caller whose positive word lies `near` characters away:
 * the same hit whenever that hit is within `near`; otherwise null or a
 * farther hit (one that cannot win: applyContextTo lets a negative word win
 * only as near as the positive one or nearer). A labelled date's label is
 * mostly right before it or its column's header, and no word can end so
 * close: the window before is then not read.
 */
export function negativeHitWithin(ctx: ScanContext, start: number, negative: Keywords, near: number): ContextHit | null {
  const u = foldedUnitsOf(ctx);
  if (u === null) return negativeHit(ctx, start, negative);
  if (lettersIn(ctx, Math.max(0, start - near - 1), start) !== false && mayEndNear(negative.index, u, start, near, BEFORE_WINDOW)) {
    return negativeHit(ctx, start, negative);
  }
  return headerHit(ctx, negative, start);
}

/** The nearer of two hits; the first on a tie. */
function nearer(a: ContextHit | null, b: ContextHit | null): ContextHit | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.distance < a.distance ? b : a;
}

// ["+sdt"], ["−hoa don"]: one frozen list per keyword, shared by every
// candidate it decided, not a string and a list per candidate (a megabyte of
// labelled identifiers otherwise builds them for each).
const RAISED = new Map<string, string[]>();
/** The context list of a candidate no word decided (frozen: shared by all of them). */
export const NO_WORDS: string[] = Object.freeze([]) as unknown as string[];
const LOWERED = new Map<string, string[]>();

function marked(cache: Map<string, string[]>, sign: string, word: string): string[] {
  let list = cache.get(word);
  if (list === undefined) {
    list = Object.freeze([sign + word]) as unknown as string[];
    cache.set(word, list);
  }
  return list;
}

export interface Scored {
  score: number;
  context: string[];
}

/**
 * Applies context to a base score. A nearer keyword counts more, so between
 * two labels the closer one decides ("mã số thuế" right before a 12-digit
 * number beats "CCCD" further back). Negative words win when they are nearer.
 */
export function applyContext(
  base: number,
  a: ContextAssessment,
  boost: number,
  penalty = 0.45,
): Scored {
  return applyContextTo({ score: 0, context: NO_WORDS }, base, a.positive, a.negative, boost, penalty);
}

/**
 * applyContext written into `into`, for a caller that reads the answer at
 * once: an assessment and a scored object per candidate were garbage the
 * moment they were read.
 */
export function applyContextTo(
  into: Scored,
  base: number,
  pos: ContextHit | null,
  neg: ContextHit | null,
  boost: number,
  penalty = 0.45,
): Scored {
  // At most one word decides; most candidates have none and share one frozen
  // empty list, the others the frozen list of their word (a list per
  // candidate was a good part of what a megabyte of identifiers kept alive).
  // Callers add to it by copy.
  let context: string[] = NO_WORDS;
  let score = base;
  // At the same distance a phrase that holds the other is the more specific:
  // "tài khoản nhận tiền", a header "số TK tiền gửi" label an account although
  // "tiền" alone is a negative.
  const negativeWins = neg !== null && (pos === null || neg.distance < pos.distance || (neg.distance === pos.distance && !` ${pos.word} `.includes(` ${neg.word} `)));
  if (pos && !negativeWins) {
    score += boost * (0.75 + 0.25 * (1 - Math.min(pos.distance, BEFORE_WINDOW) / BEFORE_WINDOW));
    context = marked(RAISED, '+', pos.word);
  }
  if (neg && negativeWins) {
    score -= penalty;
    context = marked(LOWERED, '−', neg.word);
  }
  into.score = Math.max(0, Math.min(1, score));
  into.context = context;
  return into;
}

export const COMMON_NEGATIVE_KEYWORDS = keywords(COMMON_NEGATIVE);

/** Positive words plus the shared negatives and any of the recognizer's own. */
export function negativeKeywords(extra: readonly string[] = []): Keywords {
  return extra.length === 0 ? COMMON_NEGATIVE_KEYWORDS : keywords([...COMMON_NEGATIVE, ...extra]);
}

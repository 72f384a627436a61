import type { ScanContext } from './recognizer.ts';
import { foldText } from './scan-context.ts';

/**
 * Context words, matched on `folded` text so "số điện thoại", "so dien thoai"
 * and "SỐ ĐIỆN THOẠI" are one keyword. A keyword matches as a whole word on
 * the left and is not followed by a letter (it may be glued to digits:
 * "sdt0912345678").
 */
export interface Keywords {
  readonly words: readonly string[];
  readonly re: RegExp;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

// Between the words of a keyword: up to three spaces or underscores, or
// nothing, so "ngày sinh" also matches "ngay_sinh", "ngaySinh" (CSV and JSON
// keys) and "ngày  sinh" (OCR). Bounded, so matching stays linear.
const WORD_GAP = '[ _]{0,3}';

export function keywords(list: readonly string[]): Keywords {
  const words = [...new Set(list.map(foldText))].sort((a, b) => b.length - a.length);
  const alternation = words.map((w) => escape(w).split(' ').join(WORD_GAP)).join('|');
  return { words, re: new RegExp(`(?<![a-z0-9])(?:${alternation})(?![a-z])`, 'g') };
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
  'order', 'order id', 'invoice', 'tracking', 'transaction', 'ref', 'mã tham chiếu', 'số tham chiếu', 'mã otp', 'otp',
  'mã xác nhận', 'mã khuyến mãi', 'voucher', 'mã lô', 'số lô', 'quyết định số', 'mã bệnh án', 'số phiếu',
];

/** Lines of the line before `pos` plus, at a line start, the previous line's tail. */
function windowBefore(s: string, pos: number, size: number): number {
  let from = Math.max(0, pos - size);
  const nl = s.lastIndexOf('\n', pos - 1);
  if (nl >= from) {
    // Only text on the candidate's own line counts, unless the candidate opens
    // its line ("Số CCCD:\n038…"): then the label on the line above counts.
    const onLine = s.slice(nl + 1, pos).trim();
    if (onLine.length > 0) from = nl + 1;
  }
  // Other cells of a table row (tab- or pipe-separated) belong to other
  // fields: stop at the cell boundary unless the cell holds nothing else.
  for (const sep of CELL_SEPARATORS) {
    const at = s.lastIndexOf(sep, pos - 1);
    if (at >= from && at < pos && s.slice(at + 1, pos).trim().length > 0) from = at + 1;
  }
  return from;
}

const CELL_SEPARATORS = ['\t', '|'];
/** Where a look-ahead for a trailing label stops: the end of the field. */
const AFTER_STOPS = ['\n', '\t', '|', ',', ';', '"'];

/** The nearest keyword ending before `pos` within the window, or null. */
export function nearestBefore(ctx: ScanContext, kw: Keywords, pos: number, size = BEFORE_WINDOW): ContextHit | null {
  const s = ctx.folded;
  const from = windowBefore(s, pos, size);
  if (from >= pos) return null;
  const slice = s.slice(from, pos);
  kw.re.lastIndex = 0;
  let best: ContextHit | null = null;
  let m: RegExpExecArray | null;
  while ((m = kw.re.exec(slice)) !== null) {
    const distance = slice.length - (m.index + m[0].length);
    if (best === null || distance <= best.distance) best = { word: m[0], distance };
  }
  return best;
}

/** The nearest keyword starting after `end` within a short window on the same line. */
export function nearestAfter(ctx: ScanContext, kw: Keywords, end: number, size = AFTER_WINDOW): ContextHit | null {
  const s = ctx.folded;
  let to = Math.min(s.length, end + size);
  for (const stop of AFTER_STOPS) {
    const at = s.indexOf(stop, end);
    if (at !== -1 && at < to) to = at;
  }
  if (to <= end) return null;
  kw.re.lastIndex = 0;
  const m = kw.re.exec(s.slice(end, to));
  return m ? { word: m[0], distance: m.index } : null;
}

// Header lookup for tables pasted as text: tab-, pipe-, semicolon- or
// comma-separated rows under a header row. The header is the first line of
// the block of lines sharing the row's delimiter; a line or two without it
// inside the block (a cell with a line break) does not end the block. Cached
// per scan so a 10,000-row paste walks each line once.
const headerCache = new WeakMap<ScanContext, Map<number, number>>();

function lineStartOf(s: string, pos: number): number {
  return s.lastIndexOf('\n', pos - 1) + 1;
}

function lineEndOf(s: string, pos: number): number {
  const nl = s.indexOf('\n', pos);
  return nl === -1 ? s.length : nl;
}

/** Cells needed on a line before commas or semicolons make it a table row. */
const MIN_CSV_DELIMITERS = 2;

function count(line: string, ch: string): number {
  let n = 0;
  for (let i = line.indexOf(ch); i !== -1; i = line.indexOf(ch, i + 1)) n++;
  return n;
}

/** The line's cell delimiter, or null for prose. */
export function delimiterOf(line: string): string | null {
  if (line.includes('\t')) return '\t';
  if (count(line, '|') >= 1) return '|';
  if (count(line, ';') >= MIN_CSV_DELIMITERS) return ';';
  if (count(line, ',') >= MIN_CSV_DELIMITERS) return ',';
  return null;
}

/** How many delimiter-less lines a block may contain (cells with line breaks). */
const MAX_GAP_LINES = 2;

function blockHeaderStart(ctx: ScanContext, lineStart: number, delimiter: string): number {
  let cache = headerCache.get(ctx);
  if (!cache) {
    cache = new Map();
    headerCache.set(ctx, cache);
  }
  const s = ctx.folded;
  const visited: number[] = [];
  let current = lineStart;
  let header = lineStart;
  let gap = 0;
  for (;;) {
    const cached = cache.get(current);
    if (cached !== undefined) {
      header = cached;
      break;
    }
    visited.push(current);
    if (gap === 0) header = current;
    if (current === 0) break;
    const prevStart = lineStartOf(s, current - 1);
    const prevLine = s.slice(prevStart, current - 1);
    if (prevLine.includes(delimiter)) {
      gap = 0;
    } else if (gap < MAX_GAP_LINES && prevLine.length < 80) {
      gap++;
    } else {
      break;
    }
    current = prevStart;
  }
  for (const line of visited) cache.set(line, header);
  return header;
}

/** The header cell above `pos` in a table pasted as text, folded, or null. */
export function columnHeader(ctx: ScanContext, pos: number): string | null {
  const s = ctx.folded;
  const lineStart = lineStartOf(s, pos);
  const line = s.slice(lineStart, lineEndOf(s, pos));
  const delimiter = delimiterOf(line);
  if (delimiter === null) return null;
  const header = blockHeaderStart(ctx, lineStart, delimiter);
  if (header === lineStart) return null;
  const column = count(s.slice(lineStart, pos), delimiter);
  const cells = headerCells(s, header, delimiter, count(line, delimiter) + 1);
  return cells[column] ?? null;
}

/** Lines a header row may span (cells such as "Mã số\nBHXH" pasted from Excel). */
const MAX_HEADER_LINES = 3;

function headerCells(s: string, header: number, delimiter: string, want: number): string[] {
  let end = lineEndOf(s, header);
  const cells = s.slice(header, end).split(delimiter);
  for (let k = 1; k < MAX_HEADER_LINES && cells.length < want && end < s.length; k++) {
    const nextEnd = lineEndOf(s, end + 1);
    const more = s.slice(end + 1, nextEnd).split(delimiter);
    cells[cells.length - 1] += ` ${more[0]}`;
    cells.push(...more.slice(1));
    end = nextEnd;
  }
  return cells;
}

function headerHit(ctx: ScanContext, kw: Keywords, pos: number): ContextHit | null {
  const cell = columnHeader(ctx, pos);
  if (cell === null) return null;
  kw.re.lastIndex = 0;
  const m = kw.re.exec(cell);
  return m ? { word: m[0], distance: 0 } : null;
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
  const hits = [
    nearestBefore(ctx, positive, start),
    headerHit(ctx, positive, start),
    nearestAfter(ctx, positive, end),
  ];
  const neg = [nearestBefore(ctx, negative, start), headerHit(ctx, negative, start)];
  return { positive: nearest(hits), negative: nearest(neg) };
}

function nearest(hits: (ContextHit | null)[]): ContextHit | null {
  let best: ContextHit | null = null;
  for (const h of hits) if (h && (best === null || h.distance < best.distance)) best = h;
  return best;
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
  const context: string[] = [];
  let score = base;
  const pos = a.positive;
  const neg = a.negative;
  const negativeWins = neg !== null && (pos === null || neg.distance <= pos.distance);
  if (pos && !negativeWins) {
    score += boost * (0.75 + 0.25 * (1 - Math.min(pos.distance, BEFORE_WINDOW) / BEFORE_WINDOW));
    context.push(`+${pos.word}`);
  }
  if (neg && negativeWins) {
    score -= penalty;
    context.push(`−${neg.word}`);
  }
  return { score: Math.max(0, Math.min(1, score)), context };
}

export const COMMON_NEGATIVE_KEYWORDS = keywords(COMMON_NEGATIVE);

/** Positive words plus the shared negatives and any of the recognizer's own. */
export function negativeKeywords(extra: readonly string[] = []): Keywords {
  return extra.length === 0 ? COMMON_NEGATIVE_KEYWORDS : keywords([...COMMON_NEGATIVE, ...extra]);
}

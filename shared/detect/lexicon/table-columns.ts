import type { ScanContext } from '../recognizer.ts';
import { isLetterCode } from './words.ts';

/** A cell under a matching column header, in plain/folded offsets. */
export interface ColumnCell {
  start: number;
  end: number;
  header: string;
}

interface Cell {
  start: number;
  end: number;
}

interface Row {
  cells: Cell[];
  /** Folded text of the short cells, for header lookups (computed once). */
  keys?: (string | null)[];
  /** A blank line or the end of a table came right before this row. */
  fresh: boolean;
}

/** Trims spaces and ASCII punctuation ("(*)", ":", "\r") from both ends of a cell. */
function trimCell(folded: string, start: number, end: number): Cell {
  const junk = (c: number) => c < 0x80 && !isLetterCode(c) && !(c >= 48 && c <= 57);
  while (start < end && junk(folded.charCodeAt(start))) start++;
  while (end > start && junk(folded.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isBlank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 13 && c !== 9) return false;
  }
  return true;
}

// Rows are split once per scan and shared by every recognizer that reads
// columns (names, addresses, the seven topics).
const rowCache = new WeakMap<ScanContext, Map<number, Row[]>>();

/**
 * Lines holding `sep`, split into trimmed cells. A line without separators
 * may be the rest of a cell that holds a line break (Excel quotes such
 * cells), so only a blank line ends a table.
 */
function rows(ctx: ScanContext, sep: number): Row[] {
  let perSep = rowCache.get(ctx);
  if (!perSep) rowCache.set(ctx, (perSep = new Map()));
  const cached = perSep.get(sep);
  if (cached) return cached;
  const { folded } = ctx;
  const out: Row[] = [];
  const sepChar = String.fromCharCode(sep);
  let nextSep = folded.indexOf(sepChar);
  let fresh = true;
  let lineStartAt = 0;
  while (nextSep >= 0 && lineStartAt <= folded.length) {
    if (nextSep < lineStartAt) nextSep = folded.indexOf(sepChar, lineStartAt);
    if (nextSep < 0) break;
    let lineEndAt = folded.indexOf('\n', lineStartAt);
    if (lineEndAt < 0) lineEndAt = folded.length;
    if (nextSep >= lineEndAt) {
      // Jump to the line holding the next separator; a blank line on the way ends the table.
      const next = folded.lastIndexOf('\n', nextSep) + 1;
      const blank = folded.indexOf('\n\n', lineStartAt);
      if (isBlank(folded, lineStartAt, lineEndAt) || (blank >= 0 && blank < next)) fresh = true;
      lineStartAt = next > lineStartAt ? next : lineEndAt + 1;
      continue;
    }
    const cells: Cell[] = [];
    let cellStart = lineStartAt;
    for (let i = lineStartAt; i <= lineEndAt; i++) {
      if (i === lineEndAt || folded.charCodeAt(i) === sep) {
        cells.push(trimCell(folded, cellStart, i));
        cellStart = i + 1;
      }
    }
    out.push({ cells, fresh });
    fresh = false;
    if (lineEndAt >= folded.length) break;
    lineStartAt = lineEndAt + 1;
  }
  perSep.set(sep, out);
  return out;
}

function findHeader(folded: string, row: Row, headers: ReadonlySet<string>): number {
  const cells = row.cells;
  if (cells.length < 2) return -1;
  row.keys ??= cells.map((c) =>
    c.end - c.start > 40 || c.end === c.start ? null : folded.slice(c.start, c.end).replace(/[ ]*\([^)]*$/, ''),
  );
  for (let k = 0; k < cells.length; k++) {
    const key = row.keys[k];
    if (key !== null && headers.has(key)) return k;
  }
  return -1;
}

/**
 * Tables pasted from Excel (tab-separated), CSV with ';' or Markdown ('|'):
 * a header cell from `headers` (folded, e.g. "ho va ten", "dia chi") makes
 * the cells below it candidates, until the table ends. `accept` filters the
 * cells (trimmed, folded offsets).
 */
export function columnCells(
  ctx: ScanContext,
  headers: ReadonlySet<string>,
  accept: (start: number, end: number) => boolean,
): ColumnCell[] {
  const { folded } = ctx;
  const out: ColumnCell[] = [];
  for (const sep of [9, 124, 59]) {
    let column = -1;
    let header = '';
    for (const row of rows(ctx, sep)) {
      if (row.fresh) column = -1;
      const found = findHeader(folded, row, headers);
      if (found >= 0) {
        column = found;
        header = folded.slice(row.cells[found].start, row.cells[found].end);
      } else if (column >= 0 && column < row.cells.length) {
        const cell = row.cells[column];
        if (cell.end > cell.start && accept(cell.start, cell.end)) out.push({ start: cell.start, end: cell.end, header });
      }
    }
  }
  return out;
}

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

function splitCells(folded: string, from: number, to: number, sep: number): Cell[] {
  const cells: Cell[] = [];
  let cellStart = from;
  for (let i = from; i <= to; i++) {
    if (i === to || folded.charCodeAt(i) === sep) {
      cells.push({ start: cellStart, end: i });
      cellStart = i + 1;
    }
  }
  return cells;
}

/** Trims spaces and ASCII punctuation ("(*)", ":", "\r") from both ends of a cell. */
function trimCell(folded: string, cell: Cell): Cell {
  let { start, end } = cell;
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

function findHeader(folded: string, cells: Cell[], headers: ReadonlySet<string>): number {
  if (cells.length < 2) return -1;
  for (let k = 0; k < cells.length; k++) {
    if (cells[k].end - cells[k].start > 48) continue;
    const cell = trimCell(folded, cells[k]);
    if (cell.end - cell.start > 40) continue;
    if (headers.has(folded.slice(cell.start, cell.end).replace(/[ ]*\([^)]*$/, ''))) return k;
  }
  return -1;
}

/**
 * Tables pasted from Excel (tab-separated) or written in Markdown ('|'): a
 * header cell from `headers` (folded, e.g. "ho va ten", "dia chi") makes the
 * cells below it candidates, until a line without the separator ends the
 * table. `accept` filters the cells (trimmed, folded offsets).
 */
export function columnCells(
  ctx: ScanContext,
  headers: ReadonlySet<string>,
  accept: (start: number, end: number) => boolean,
): ColumnCell[] {
  const { folded } = ctx;
  const out: ColumnCell[] = [];
  for (const sep of [9, 124, 59]) {
    const sepChar = String.fromCharCode(sep);
    let nextSep = folded.indexOf(sepChar);
    if (nextSep < 0) continue;
    let column = -1;
    let header = '';
    let lineStartAt = 0;
    while (lineStartAt <= folded.length) {
      if (nextSep >= 0 && nextSep < lineStartAt) nextSep = folded.indexOf(sepChar, lineStartAt);
      if (nextSep < 0) break;
      let lineEndAt = folded.indexOf('\n', lineStartAt);
      if (lineEndAt < 0) lineEndAt = folded.length;
      if (nextSep >= lineEndAt) {
        // A blank line ends the table; a line without separators may be the
        // rest of a cell that holds a line break (Excel quotes such cells).
        if (column >= 0 && isBlank(folded, lineStartAt, lineEndAt)) column = -1;
        // Jump to the line holding the next separator; lines between hold none.
        const next = folded.lastIndexOf('\n', nextSep) + 1;
        if (column >= 0 && folded.indexOf('\n\n', lineStartAt) >= 0 && folded.indexOf('\n\n', lineStartAt) < next) column = -1;
        lineStartAt = next > lineStartAt ? next : lineEndAt + 1;
        continue;
      }
      const cells = splitCells(folded, lineStartAt, lineEndAt, sep);
      const found = findHeader(folded, cells, headers);
      if (found >= 0) {
        column = found;
        const h = trimCell(folded, cells[found]);
        header = folded.slice(h.start, h.end);
      } else if (column >= 0 && column < cells.length) {
        const cell = trimCell(folded, cells[column]);
        if (cell.end > cell.start && accept(cell.start, cell.end)) out.push({ start: cell.start, end: cell.end, header });
      }
      if (lineEndAt >= folded.length) break;
      lineStartAt = lineEndAt + 1;
    }
  }
  return out;
}

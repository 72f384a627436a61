import { describe, expect, it } from 'vitest';
import { createScanContext } from '../scan-context.ts';
import { columnCells } from './table-columns.ts';

const cells = (text: string, header: string) => {
  const ctx = createScanContext(text);
  return columnCells(ctx, new Set([header]), () => true).map((c) => ctx.folded.slice(c.start, c.end));
};

describe('columnCells', () => {
  it('reads the cells under a header in tab, semicolon and Markdown tables', () => {
    expect(cells('STT\tHọ và tên (*)\n1\tNguyễn An\n2\tLê Bình', 'ho va ten')).toEqual(['nguyen an', 'le binh']);
    expect(cells('STT;Họ tên\n1;Trần Hoa', 'ho ten')).toEqual(['tran hoa']);
    expect(cells('| TT | Địa chỉ |\n| 1 | 12 Lê Lợi |', 'dia chi')).toEqual(['12 le loi']);
  });
  it('keeps a table across a cell broken over two lines, and ends it at a blank line', () => {
    expect(cells('TT\tTên\tĐịa chỉ\n1\tAn\tThôn 3,\nxã Lập\n2\tBình\tHuế\n\n3\tChi\tHà Nội', 'ten')).toEqual(['an', 'binh']);
  });
  it('ignores text without the header', () => {
    expect(cells('a\tb\nc\td', 'ho ten')).toEqual([]);
  });
});

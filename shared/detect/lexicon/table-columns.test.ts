import { describe, expect, it } from 'vitest';
import { createScanContext } from '../scan-context.ts';
import { cellKeyHash, columnCells, letteredRows, mayHoldColumns, smallHash, UNKNOWN_SEPARATOR } from './table-columns.ts';

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
  it('takes no line longer than 4000 characters for a header row', () => {
    const wide = `Họ tên\t${'x\t'.repeat(2000)}\nAn\tb`;
    expect(cells(wide, 'ho ten')).toEqual([]);
    expect(cells(`Họ tên\t${'x\t'.repeat(1990)}\nAn\tb`, 'ho ten')).toEqual(['an']);
  });
  it('ignores text without the header', () => {
    expect(cells('a\tb\nc\td', 'ho ten')).toEqual([]);
  });
});

describe('columnCells on generated tables', () => {
  // The function as it was: every row split into trimmed cells, every short
  // cell's text compared with the headers.
  const reference = (text: string, headers: ReadonlySet<string>) => {
    const folded = createScanContext(text).folded;
    const junk = (c: number) => c < 0x80 && !/[A-Za-z0-9]/.test(String.fromCharCode(c));
    const out: string[] = [];
    for (const sep of ['\t', '|', ';']) {
      let column = -1;
      let header = '';
      let fresh = true;
      for (const line of folded.split('\n')) {
        if (!line.includes(sep)) {
          if (/^[ \r\t]*$/.test(line)) fresh = true;
          continue;
        }
        const cells = line.split(sep).map((c) => {
          let a = 0;
          let b = c.length;
          while (a < b && junk(c.charCodeAt(a))) a++;
          while (b > a && junk(c.charCodeAt(b - 1))) b--;
          return c.slice(a, b);
        });
        if (fresh) column = -1;
        fresh = false;
        const keys = cells.map((c) => (c.length > 40 || c.length === 0 ? null : c.replace(/[ ]*\([^)]*$/, '')));
        const found = cells.length < 2 ? -1 : keys.findIndex((k) => k !== null && headers.has(k));
        if (found >= 0) {
          column = found;
          header = cells[found];
        } else if (column >= 0 && column < cells.length && cells[column].length > 0) out.push(`${header}=${cells[column]}`);
      }
    }
    return out;
  };
  it('reads what splitting every row reads: rows without letters, letterless headers, headers in parentheses', () => {
    const headers = new Set(['ho ten', 'dia chi', 'ten', 'so 2']);
    const pieces = ['Họ tên', 'Địa chỉ (*)', 'ten (ghi ro', 'Tên', '038190012345', '12', ' ', '', 'An', 'Số 2', '(1)', 'x', ':'];
    const seps = ['\t', '\t', '|', ';', '\n', '\n', '\n\n', ' '];
    let seed = 5;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let k = 0; k < 1500; k++) {
      let text = '';
      for (let j = next(30); j >= 0; j--) text += pieces[next(pieces.length)] + seps[next(seps.length)];
      // Each set in a scan of its own, and all in one scan (as the recognizers ask: rows and header keys cached).
      const shared = createScanContext(text);
      for (const set of [headers, new Set(['ho ten']), new Set(['12']), new Set(['nothing here'])]) {
        for (const ctx of [createScanContext(text), shared]) {
          const got = columnCells(ctx, set, () => true).map((c) => `${c.header}=${ctx.folded.slice(c.start, c.end)}`);
          // The reference reads separators in order; columnCells does too.
          expect(got, JSON.stringify(text)).toEqual(reference(text, set));
        }
      }
    }
  });
});

describe('letteredRows', () => {
  // Every line, split at line breaks, that holds the separator and a letter.
  const reference = (text: string, sep: string) => {
    const out: string[] = [];
    for (const line of text.split('\n')) if (line.includes(sep) && /[A-Za-z\u00c0-\uffff]/.test(line)) out.push(line);
    return out;
  };
  // Visited with the next separator told (as headerHashes finds it) or not.
  const rowsOf = (text: string, sep: string, told: boolean) => {
    const out: string[] = [];
    letteredRows(text, sep, (start, end, first) => {
      expect(first).toBe(text.indexOf(sep, start));
      out.push(text.slice(start, end));
      return told ? text.indexOf(sep, end) : UNKNOWN_SEPARATOR;
    });
    return out;
  };
  it('visits the lines holding the separator and a letter, past runs of letterless rows', () => {
    const pieces = ['1', '01/01/1990', 'STT', 'Sinh', 'ễ', 'x', ' ', '', '\u{1F600}'];
    const seps = ['\t', '\t', '\n', '\n', '\n\n', ' ', ';'];
    let seed = 11;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let j = next(40); j >= 0; j--) text += pieces[next(pieces.length)] + seps[next(seps.length)];
      for (const sep of ['\t', ';']) {
        for (const told of [false, true]) expect(rowsOf(text, sep, told), JSON.stringify(text)).toEqual(reference(text, sep));
      }
    }
  });
});

describe('cellKeyHash', () => {
  // Hashed in the walk that looks for a bracket, a cell's key hashes as smallHash hashes it.
  it('is smallHash of the cell, or of its text less an unclosed bracket', () => {
    const texts = ['ho va ten', 'dan toc', 'ngay sinh (dd/mm/yyyy)', 'ho ten (ghi ro', 'x', 'ễ', '\u00aa (a', 'so cccd/ho chieu', ''];
    for (const text of texts) {
      const key = text.includes('(') ? text.replace(/[ ]*\([^)]*$/, '') : text;
      expect(cellKeyHash(text, 0, text.length), text).toBe(smallHash(key, 0, key.length));
      const padded = `\t${text}\t`;
      expect(cellKeyHash(padded, 1, padded.length - 1), text).toBe(smallHash(key, 0, key.length));
    }
  });
});

describe('mayHoldColumns', () => {
  it('is true for a text with a tab, a semicolon, a pipe or two spaces in a row, and false for plain prose', () => {
    for (const text of ['Họ tên\tNăm sinh', 'STT;Họ tên', '| TT | Tên |', 'TT  Họ và tên']) expect(mayHoldColumns(createScanContext(text))).toBe(true);
    for (const text of ['Chị Lan ơi, em gửi báo cáo nhé.', 'Họ và tên: Nguyễn Văn An', '']) expect(mayHoldColumns(createScanContext(text))).toBe(false);
  });
  it('answers for its own scan, after one of another text', () => {
    const table = createScanContext('Họ tên\tNăm sinh');
    expect(mayHoldColumns(table)).toBe(true);
    const prose = createScanContext('không có bảng');
    expect(mayHoldColumns(prose)).toBe(false);
    expect(mayHoldColumns(table)).toBe(true);
    expect(cells('không có bảng', 'ho ten')).toEqual([]);
  });
});

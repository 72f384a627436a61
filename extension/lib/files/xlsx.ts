// The cells of an .xlsx workbook as text: one line per row, cells separated by
// tabs, sheets by a blank line. Rows stay rows so the engine's list awareness
// reads "a sheet of 500 citizens" as a list, as it does for a CSV.
import { attr, xmlTokens } from './xml-text.ts';
import { unzipEntries, utf8 } from './zip.ts';

const SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

export function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  let current: string | null = null;
  let inText = false;
  let inPhonetic = false;
  for (const t of xmlTokens(xml)) {
    if (t.name === 'si') {
      if (!t.closing) current = '';
      else if (current !== null) {
        out.push(current);
        current = null;
      }
      if (t.selfClosing) out.push('');
    } else if (t.name === 'rPh') inPhonetic = !t.closing && !t.selfClosing;
    else if (t.name === 't') inText = !t.closing && !t.selfClosing;
    else if (t.name === '' && inText && !inPhonetic && current !== null) current += t.text;
  }
  return out;
}

export function sheetRows(xml: string, strings: readonly string[]): string[][] {
  const rows: string[][] = [];
  let row: string[] | null = null;
  let cellType = '';
  let value = '';
  let inCell = false;
  let inValue = false;
  for (const t of xmlTokens(xml)) {
    switch (t.name) {
      case 'row':
        if (!t.closing) row = [];
        if ((t.closing || t.selfClosing) && row) {
          if (row.some((c) => c !== '')) rows.push(row);
          row = null;
        }
        break;
      case 'c':
        if (!t.closing) {
          cellType = attr(t.attrs, 't') ?? 'n';
          value = '';
          inCell = !t.selfClosing;
        }
        if (t.closing && inCell) {
          inCell = false;
          const text = cellType === 's' ? (strings[Number(value)] ?? '') : value;
          row?.push(text.replace(/[\t\r\n]+/g, ' ').trim());
        }
        break;
      case 'v':
      case 't':
        inValue = !t.closing && !t.selfClosing;
        break;
      case '':
        if (inCell && inValue) value += t.text;
        break;
    }
  }
  return rows;
}

export function xlsxText(bytes: Uint8Array): { text: string; rows: number } {
  const files = unzipEntries(bytes, (n) => n === 'xl/sharedStrings.xml' || SHEET.test(n));
  const strings = files['xl/sharedStrings.xml'] ? sharedStrings(utf8(files['xl/sharedStrings.xml'])) : [];
  const sheets = Object.keys(files)
    .filter((n) => SHEET.test(n))
    .sort((a, b) => Number(SHEET.exec(a)![1]) - Number(SHEET.exec(b)![1]));
  const parts: string[] = [];
  let rows = 0;
  for (const name of sheets) {
    const r = sheetRows(utf8(files[name]), strings);
    rows += r.length;
    parts.push(r.map((cells) => cells.join('\t')).join('\n'));
  }
  return { text: parts.join('\n\n'), rows };
}

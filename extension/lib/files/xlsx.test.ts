import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { makeXlsx, residentRows } from './testing.ts';
import { sharedStrings, sheetRows, xlsxText } from './xlsx.ts';

describe('xlsxText', () => {
  it('reads every sheet as tab-separated rows, shared strings and numbers alike', () => {
    const rows = residentRows(3);
    const { text, rows: n } = xlsxText(makeXlsx([rows, [['Ghi chú'], ['Đã xác minh']]]));
    expect(n).toBe(6);
    const lines = text.split('\n');
    expect(lines[0]).toBe('STT\tHọ và tên\tSố CCCD\tĐiện thoại\tNgày sinh');
    expect(lines[1]).toBe(rows[1].join('\t'));
    expect(text).toContain('\n\nGhi chú\nĐã xác minh');
  });

  it('reads rich-text runs, inline strings and entities, and skips phonetic hints', () => {
    const sst = '<sst><si><r><t>Nguyễn </t></r><r><t xml:space="preserve">Văn An</t></r><rPh><t>ignored</t></rPh></si><si><t>A &amp; B &#272;</t></si></sst>';
    expect(sharedStrings(sst)).toEqual(['Nguyễn Văn An', 'A & B Đ']);
    const sheet = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>0912345678</t></is></c><c r="C1"><v>42</v></c><c r="D1"/></row><row r="2"/></sheetData>';
    expect(sheetRows(sheet, sharedStrings(sst))).toEqual([['Nguyễn Văn An', '0912345678', '42']]);
  });

  it('refuses a workbook whose sheets claim to unpack beyond the limit', () => {
    const zeros = new Uint8Array(3 * 1024 * 1024);
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': zeros, 'xl/sharedStrings.xml': strToU8('<sst/>') }, { level: 9 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(() => xlsxText(bomb)).not.toThrow();
  });
});

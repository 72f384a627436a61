import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { documentXmlText, docxText } from './docx.ts';

const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });

describe('docxText', () => {
  it('reads paragraphs as lines and a table of people as tab-separated rows (a real .docx)', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('Danh sách '), new TextRun({ text: 'hộ nghèo', bold: true })] }),
            new Table({
              rows: [
                new TableRow({ children: [cell('Họ và tên'), cell('Số CCCD')] }),
                new TableRow({ children: [cell('Nguyễn Văn An'), cell('001203004567')] }),
                new TableRow({ children: [cell('Trần Thị Bình'), cell('079185001234')] }),
              ],
            }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const lines = docxText(bytes).text.split('\n').filter(Boolean);
    expect(lines).toEqual(['Danh sách hộ nghèo', 'Họ và tên\tSố CCCD', 'Nguyễn Văn An\t001203004567', 'Trần Thị Bình\t079185001234']);
  });

  it('turns tabs and breaks into whitespace and decodes entities', () => {
    const xml = '<w:body><w:p><w:r><w:t>A&amp;B</w:t><w:tab/><w:t>C</w:t><w:br/><w:t>D</w:t></w:r></w:p></w:body>';
    expect(documentXmlText(xml)).toBe('A&B\tC\nD\n');
  });
});

import { AlignmentType, BorderStyle, Document, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import { t, type Lang } from '../messages/index.ts';

// Administrative layout of Decree 30/2020/NĐ-CP: Times New Roman 13–14 pt,
// A4, margins 20–25 mm top/bottom, 30–35 mm left, 15–20 mm right, the
// national motto top right and the issuing body top left.
export const FONT = 'Times New Roman';
const SIZE = 26; // half-points: 13 pt
const MM = 56.7; // twips per millimetre

export const para = (text: string, opts: { bold?: boolean; italics?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; size?: number; indent?: boolean } = {}) =>
  new Paragraph({
    alignment: opts.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: 80, line: 300 },
    indent: opts.indent ? { firstLine: Math.round(10 * MM) } : undefined,
    children: text.split('\n').map((line, i) => new TextRun({ text: line, bold: opts.bold, italics: opts.italics, size: opts.size, break: i > 0 ? 1 : undefined, font: FONT })),
  });

export const heading = (text: string) => para(text, { bold: true, align: AlignmentType.LEFT });
export const centered = (text: string, bold = true, size?: number) => para(text, { bold, align: AlignmentType.CENTER, size });

const noBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

const cell = (children: Paragraph[], width: number) => new TableCell({ children, width: { size: width, type: WidthType.PERCENTAGE }, borders: noBorders });

/** Issuing body and number on the left, national motto and date on the right. */
export function mottoHeader(lang: Lang, org: string, number: string, dateLine: string): Table {
  const left = [centered(org.toUpperCase() || t(lang, 'form.blank'), true, 24), centered('———', false), centered(t(lang, 'doc.number', { number }), false, 24)];
  const right = [centered(t(lang, 'motto.country'), true, 24), centered(t(lang, 'motto.slogan'), true, 26), centered('———————', false), para(dateLine, { italics: true, align: AlignmentType.CENTER })];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { ...noBorders, insideHorizontal: noBorders.top, insideVertical: noBorders.top },
    rows: [new TableRow({ children: [cell(left, 40), cell(right, 60)] })],
  });
}

export function signatureBlock(lang: Lang, org: string): Table {
  const left = [para(t(lang, 'form.recipients'), { bold: true, italics: true, align: AlignmentType.LEFT, size: 24 }), para(t(lang, 'form.recipients.list', { org }), { align: AlignmentType.LEFT, size: 22 })];
  const right = [centered(t(lang, 'form.signature')), para(t(lang, 'form.signature.hint'), { italics: true, align: AlignmentType.CENTER })];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { ...noBorders, insideHorizontal: noBorders.top, insideVertical: noBorders.top },
    rows: [new TableRow({ children: [cell(left, 50), cell(right, 50)] })],
  });
}

export function draftBanner(lang: Lang): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: t(lang, 'doc.draft'), bold: true, color: 'C00000', size: 32, font: FONT }) as ParagraphChild] });
}

export async function pack(children: (Paragraph | Table)[], draft: boolean, lang: Lang): Promise<Buffer> {
  const doc = new Document({
    creator: 'PDP Guard hub',
    title: t(lang, 'form.title'),
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [{
      properties: { page: { size: { width: Math.round(210 * MM), height: Math.round(297 * MM) }, margin: { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) } } },
      headers: draft ? { default: new Header({ children: [draftBanner(lang)] }) } : undefined,
      children,
    }],
  });
  return Packer.toBuffer(doc);
}

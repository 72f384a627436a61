// The text of a .docx: paragraphs on their own lines, table cells separated by
// tabs and table rows by line breaks, so a table of people reads as a list.
import { xmlTokens } from './xml-text.ts';
import { unzipEntries, utf8 } from './zip.ts';

const PARTS = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;

export function documentXmlText(xml: string): string {
  let out = '';
  let inText = false;
  for (const t of xmlTokens(xml)) {
    switch (t.name) {
      case 'w:t':
        inText = !t.closing && !t.selfClosing;
        break;
      case 'w:tab':
        if (!t.closing) out += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (!t.closing) out += '\n';
        break;
      case 'w:p':
        if (t.closing) out += '\n';
        break;
      case 'w:tc':
        // A cell's paragraphs end in \n; the cell itself ends in a tab.
        if (t.closing) out = `${out.replace(/\n$/, '')}\t`;
        break;
      case 'w:tr':
        if (t.closing) out = `${out.replace(/\t$/, '')}\n`;
        break;
      case '':
        if (inText) out += t.text;
        break;
    }
  }
  return out;
}

export function docxText(bytes: Uint8Array): { text: string } {
  const files = unzipEntries(bytes, (n) => PARTS.test(n));
  const names = Object.keys(files).sort((a, b) => (a === 'word/document.xml' ? -1 : b === 'word/document.xml' ? 1 : a.localeCompare(b)));
  return { text: names.map((n) => documentXmlText(utf8(files[n]))).join('\n') };
}

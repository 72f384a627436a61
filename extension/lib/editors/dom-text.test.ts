import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { positionAt, readTextModel } from './dom-text.ts';

function editor(html: string) {
  const { document } = parseHTML(`<html><body><div id="e" contenteditable="true">${html}</div></body></html>`);
  return document.getElementById('e')!;
}

describe('readTextModel', () => {
  it('reads paragraphs as lines, like the text a user sees', () => {
    const e = editor('<p>Họ tên: <b>Nguyễn Văn An</b></p><p>CCCD 038203004545</p>');
    expect(readTextModel(e).text).toBe('Họ tên: Nguyễn Văn An\nCCCD 038203004545\n');
  });

  it('turns <br> into a line break and skips scripts and styles', () => {
    const e = editor('một<br>hai<style>p{}</style><script>x()</script>');
    expect(readTextModel(e).text).toBe('một\nhai');
  });

  it('maps a text offset back to the text node and offset that hold it', () => {
    const e = editor('<p>ĐT: <span>0912</span>345678</p>');
    const model = readTextModel(e);
    const start = model.text.indexOf('0912');
    const a = positionAt(model, start)!;
    expect(a.node.data).toBe('0912');
    expect(a.offset).toBe(0);
    const b = positionAt(model, start + 6)!;
    expect(b.node.data).toBe('345678');
    expect(b.offset).toBe(2);
  });

  it('has no position in an empty editor', () => {
    expect(positionAt(readTextModel(editor('')), 0)).toBeNull();
  });
});

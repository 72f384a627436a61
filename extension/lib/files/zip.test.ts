import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { unzipEntries, utf8, ZipTooLargeError } from './zip.ts';

describe('unzipEntries', () => {
  it('inflates only the entries asked for', () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w:t>x</w:t>'), 'word/media/photo.png': new Uint8Array(10) });
    const files = unzipEntries(zip, (n) => n.endsWith('.xml'));
    expect(Object.keys(files)).toEqual(['word/document.xml']);
    expect(utf8(files['word/document.xml'])).toBe('<w:t>x</w:t>');
  });

  it('refuses a small archive that unpacks into too much (a zip bomb) before inflating it', () => {
    const bomb = zipSync({ 'a.xml': new Uint8Array(2 * 1024 * 1024), 'b.xml': new Uint8Array(2 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(32 * 1024);
    expect(() => unzipEntries(bomb, () => true, 3 * 1024 * 1024)).toThrow(ZipTooLargeError);
    expect(Object.keys(unzipEntries(bomb, (n) => n === 'a.xml', 3 * 1024 * 1024))).toEqual(['a.xml']);
  });

  it('says a file that is not a zip is not one', () => {
    expect(() => unzipEntries(strToU8('not a zip at all, just text'), () => true)).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { endsWithPhrase, labelledPositions, wordsBefore } from './words.ts';

describe('word helpers', () => {
  it('reads the words before a position within the clause', () => {
    expect(wordsBefore('kinh gui ong nguyen', 13, 3)).toEqual(['kinh', 'gui', 'ong']);
    expect(wordsBefore('dia chi: so 5', 9, 3)).toEqual([]);
    expect(wordsBefore('tai tp. ho chi minh', 8, 2)).toEqual(['tai', 'tp']);
    expect(wordsBefore('gui d/c nam', 8, 2)).toEqual(['gui', 'd/c']);
  });
  it('finds the longest listed phrase ending the words', () => {
    expect(endsWithPhrase(['ho', 'va', 'ten'], new Set(['ten', 'ho va ten']))).toBe('ho va ten');
    expect(endsWithPhrase(['cua', 'toi'], new Set(['ten']))).toBeNull();
  });
  it('finds labels by their separators, JSON keys included', () => {
    const found = labelledPositions('ho va ten: an\n"dia_chi": "hue"\nghi chu: x', new Set(['ho va ten', 'dia chi']), 5);
    expect(found.map((f) => f.label)).toEqual(['ho va ten', 'dia chi']);
  });
  it('reads as many words as each caller asks, on a text another caller already read', () => {
    const text = 'so dien thoai cua ho va ten nguoi nhan: an\tten:\tbinh';
    const labels = new Set(['ho va ten nguoi nhan', 'ten']);
    expect(labelledPositions(text, labels, 6).map((f) => f.label)).toEqual(['ho va ten nguoi nhan', 'ten']);
    expect(labelledPositions(text, labels, 2).map((f) => f.label)).toEqual(['ten']);
    expect(labelledPositions(text, labels, 8).map((f) => f.label)).toEqual(['ho va ten nguoi nhan', 'ten']);
    expect(labelledPositions(text, new Set(['dien thoai cua ho va ten nguoi nhan']), 8).map((f) => f.label)).toEqual(['dien thoai cua ho va ten nguoi nhan']);
    expect(labelledPositions(text, new Set(['dien thoai cua ho va ten nguoi nhan']), 6)).toEqual([]);
  });
});

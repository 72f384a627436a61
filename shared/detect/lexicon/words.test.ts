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
});

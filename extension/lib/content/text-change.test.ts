import { describe, expect, it } from 'vitest';
import { textChange } from './text-change.ts';

describe('textChange', () => {
  it('finds a typed character in the middle', () => {
    expect(textChange('abcdef', 'abcXdef')).toEqual({ start: 3, removed: 0, inserted: 1 });
  });
  it('finds a deletion', () => {
    expect(textChange('abcdef', 'abef')).toEqual({ start: 2, removed: 2, inserted: 0 });
  });
  it('finds a replacement of a run of repeated characters without overlapping', () => {
    expect(textChange('aaaa', 'aaaaa')).toEqual({ start: 4, removed: 0, inserted: 1 });
    expect(textChange('xaay', 'xbby')).toEqual({ start: 1, removed: 2, inserted: 2 });
  });
  it('says nothing changed when nothing did', () => {
    expect(textChange('same', 'same')).toBeNull();
  });
  it('handles a whole replacement', () => {
    expect(textChange('', 'new text')).toEqual({ start: 0, removed: 0, inserted: 8 });
    expect(textChange('old', '')).toEqual({ start: 0, removed: 3, inserted: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { endsWithPhrase, isWordCode, labelledPositions, lastUnitIn, phraseBefore, phraseBeforeNearest, twoColumnRow, unitIn, WORD_CODE, wordsBefore } from './words.ts';
import { randomText, rng } from '../seeded-random.ts';

// The helpers as they were, string by string: the reference for the hashed ones.
function wordsBeforeByStrings(folded: string, pos: number, max: number): string[] {
  const out: string[] = [];
  const floor = Math.max(0, pos - 48);
  let i = pos - 1;
  while (out.length < max) {
    while (i >= floor && folded.charCodeAt(i) === 32) i--;
    if (i < floor) break;
    if (folded.charCodeAt(i) === 46) i--;
    const end = i + 1;
    while (i >= floor && (isWordCode(folded.charCodeAt(i)) || folded.charCodeAt(i) === 47)) i--;
    if (i + 1 === end) break;
    out.unshift(folded.slice(i + 1, end));
    if (i >= floor && folded.charCodeAt(i) !== 32) break;
  }
  return out;
}

function endsWithPhraseByStrings(before: readonly string[], phrases: ReadonlySet<string>): string | null {
  let best: string | null = null;
  let phrase = '';
  for (let k = before.length - 1; k >= 0; k--) {
    phrase = phrase ? `${before[k]} ${phrase}` : before[k];
    if (phrases.has(phrase)) best = phrase;
  }
  return best;
}

describe('word helpers', () => {
  it('WORD_CODE is isWordCode for every UTF-16 unit', () => {
    for (let c = 0; c < 65536; c++) if (WORD_CODE[c] !== (isWordCode(c) ? 1 : 0)) expect(c).toBe(-1);
  });

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

  it('phraseBefore finds what reading the words before every position finds', () => {
    const sets = [
      new Set(['duong', 'pho', 'cong ty', 'chi nhanh cong ty', 'tp', 'd/c', 'so 5', 'x.']),
      new Set(['la', 'tai', 'o']),
      new Set(['dia chi', 'noi o hien tai', 'ho va ten']),
      // "ab" and "bC" hash alike: compared as strings.
      new Set(['ab', 'bC', 'x ab', 'so x bC', 'la so']),
    ];
    const pieces = ['duong', 'pho', 'cong', 'ty', 'chi', 'nhanh', 'tp', 'd/c', 'so', '5', 'x', 'la', 'tai', 'o', 'dia', 'noi', 'hien', 'ho', 'va', 'ten', 'ư', 'a'.repeat(50), 'ab', 'bC'];
    const gaps = [' ', ' ', '  ', '. ', '.', ',', ':', '\n', '\t', '/', '-'];
    let seed = 5;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let k = 0; k < 400; k++) {
      let text = '';
      const n = 1 + next(14);
      for (let w = 0; w < n; w++) text += pieces[next(pieces.length)] + gaps[next(gaps.length)];
      for (let pos = 0; pos <= text.length; pos++) {
        for (const phrases of sets) {
          const max = 1 + next(6);
          const words = wordsBeforeByStrings(text, pos, max);
          expect(wordsBefore(text, pos, max)).toEqual(words);
          expect(phraseBefore(text, pos, max, phrases)).toBe(endsWithPhraseByStrings(words, phrases));
        }
      }
    }
  });

  it('phraseBeforeNearest finds what the words before every position, less the nearest, end with', () => {
    const sets = [
      new Set(['dia chi', 'noi o hien tai', 'ho va ten', 'd/c', 'x.', 'tp']),
      // "ab" and "bC" hash alike: compared as strings.
      new Set(['ab', 'bC', 'x ab', 'so x bC', 'la so']),
    ];
    const pieces = ['dia', 'chi', 'noi', 'o', 'hien', 'tai', 'la', 'ho', 'va', 'ten', 'd/c', 'tp', 'x', 'so', 'ab', 'bC', 'ư', 'a'.repeat(30)];
    const gaps = [' ', ' ', ' ', '  ', '. ', '.', ',', ':', '\n'];
    const r = rng(9);
    const next = (n: number) => Math.floor(r() * n);
    for (let k = 0; k < 400; k++) {
      const text = randomText(r, pieces, gaps, 1, 12);
      for (let pos = 0; pos <= text.length; pos++) {
        for (const phrases of sets) {
          const max = next(7);
          const before = wordsBefore(text, pos, max);
          expect(phraseBeforeNearest(text, pos, max, phrases)).toBe(before.length > 1 ? endsWithPhrase(before.slice(0, -1), phrases) : null);
        }
      }
    }
  });

  it('matches phrases by their hashes as joining the words matches them: empty words (of snake keys) and colliding hashes included', () => {
    // "ab" and "bC" hash alike (97·31 + 98 = 98·31 + 67), as do "x ab" and "x bC".
    const sets = [new Set(['bC', 'x bC', 'ten', 'ho ten', ' ten', 'ten ', 'ho  ten', '']), new Set(['ab', 'x ab', 'ho_ten'])];
    const pieces = ['ab', 'bC', 'x', 'ten', 'ho', '', '', 'ho_ten'];
    let seed = 13;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let k = 0; k < 3000; k++) {
      const words = Array.from({ length: next(6) }, () => pieces[next(pieces.length)]);
      for (const phrases of sets) expect(endsWithPhrase(words, phrases)).toBe(endsWithPhraseByStrings(words, phrases));
    }
    expect(phraseBefore('so ab', 5, 3, new Set(['bC', 'so bC']))).toBeNull();
    expect(phraseBefore('x  ab', 5, 3, new Set(['x ab']))).toBe('x ab');
    const places = new Set(['tai', 'hien tai', 'noi o hien tai', 'dia chi noi o hien tai']);
    expect(phraseBefore('ghi ro: dia chi noi o hien tai', 30, 6, places)).toBe('dia chi noi o hien tai');
    expect(phraseBefore('ghi ro: noi o hien tai', 22, 6, places)).toBe('noi o hien tai');
    expect(endsWithPhrase(['dia', 'chi', 'noi', 'o', 'hien', 'tai'], places)).toBe('dia chi noi o hien tai');
  });

  it('labelledPositions finds what reading the words of every separator finds (it skips those whose last word ends no label)', () => {
    // The function as it was: every separator's words read, then matched.
    const reference = (folded: string, labels: ReadonlySet<string>, maxWords: number) => {
      const out: { label: string; sep: number; tab: boolean }[] = [];
      for (const sep of [58, 9]) {
        const ch = String.fromCharCode(sep);
        for (let p = folded.indexOf(ch); p >= 0; p = folded.indexOf(ch, p + 1)) {
          let end = p;
          while (end > 0 && folded.charCodeAt(end - 1) === 32) end--;
          if (end > 0 && (folded.charCodeAt(end - 1) === 34 || folded.charCodeAt(end - 1) === 39)) end--;
          if (end === 0 || !isWordCode(folded.charCodeAt(end - 1))) continue;
          let key = end;
          while (key > 0 && end - key < 24 && (isWordCode(folded.charCodeAt(key - 1)) || folded.charCodeAt(key - 1) === 95)) key--;
          const snake = folded.charCodeAt(key - 1) !== 32 && folded.slice(key, end).includes('_');
          const all = snake ? folded.slice(key, end).split('_') : wordsBefore(folded, end, Math.max(6, maxWords));
          const words = snake || all.length <= maxWords ? all : all.slice(all.length - maxWords);
          const label = endsWithPhrase(words, labels);
          if (label) out.push({ label, sep: p, tab: sep === 9 });
        }
      }
      return out.sort((a, b) => a.sep - b.sep);
    };
    const labels = new Set(['ho va ten', 'ho ten', 'ten', 'ho, ten', 'dia chi', 'noi o hien tai', 'd/c', 'sdt.', 'ten chu tai khoan', 'a b c d e f g']);
    const pieces = ['ho', 'va', 'ten', 'dia', 'chi', 'noi', 'o', 'hien', 'tai', 'd/c', 'sdt', 'chu', 'khoan', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'ho_ten', 'dia_chi', '"ho_ten"', '_ten', '12', 'x.', 'ư', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaten'];
    const gaps = [' ', ' ', ': ', '\t', ':', ' :', '\n', ', ', '.', '"', '_', "'"];
    const digitLabels = new Set(['ten 12', '12', 'ho_12', 'ten']);
    let seed = 8;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let k = 0; k < 2000; k++) {
      let text = '';
      for (let i = 1 + next(25); i > 0; i--) text += pieces[next(pieces.length)] + gaps[next(gaps.length)];
      for (const max of [3, 5, 6, 8]) expect(labelledPositions(text, labels, max)).toEqual(reference(text, labels, max));
      // Labels ending in a word without a letter need the separators after digits too.
      for (const max of [3, 6]) expect(labelledPositions(text, digitLabels, max)).toEqual(reference(text, digitLabels, max));
    }
  });
});

describe('twoColumnRow', () => {
  const at = (text: string, n = 0) => {
    let tab = -1;
    for (let k = 0; k <= n; k++) tab = text.indexOf('\t', tab + 1);
    return tab;
  };
  it('is a label and its value, the only tab on their line', () => {
    expect(twoColumnRow('ho ten\tnguyen van an', at('ho ten\tnguyen van an'))).toBe(true);
    expect(twoColumnRow('x\nho ten\tnguyen van an\nstt\ta\tb', at('x\nho ten\tnguyen van an\nstt\ta\tb'))).toBe(true);
  });
  it('is no header row of a wider table, whichever of its tabs is asked', () => {
    const header = 'stt\tho ten\tnam sinh';
    expect(twoColumnRow(header, at(header, 0))).toBe(false);
    expect(twoColumnRow(header, at(header, 1))).toBe(false);
  });
  it("passes over the tabs between the label and the value's start it is given", () => {
    const text = 'ho ten\t\tnguyen van an';
    expect(twoColumnRow(text, 6)).toBe(false);
    expect(twoColumnRow(text, 6, 8)).toBe(true);
  });
});

describe('unitIn and lastUnitIn', () => {
  const text = 'a b(c) d';
  it('find a unit inside the range only, and clamp the range to the text', () => {
    expect(unitIn(text, 32, 0, text.length)).toBe(1);
    expect(unitIn(text, 32, 2, 5)).toBe(-1);
    expect(unitIn(text, 32, 2, 99)).toBe(6);
    expect(lastUnitIn(text, 32, 0, text.length)).toBe(6);
    expect(lastUnitIn(text, 32, 0, 6)).toBe(1);
    expect(lastUnitIn(text, 32, 2, 6)).toBe(-1);
    expect(lastUnitIn(text, 40, -50, 99)).toBe(3);
  });
});

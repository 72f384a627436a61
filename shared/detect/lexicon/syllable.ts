// Vietnamese syllable shape on folded text (lower case, no diacritics):
// onset + vowel nucleus (1–3 of a e i o u y) + coda. A word of another shape
// ("Street", "Project", "UBND") cannot be a Vietnamese name syllable.
// Char-code tests only: this runs on every capitalised word.

function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
}

/** Length of the onset at `i` (0 when the word starts with a vowel, -1 when no onset fits). */
function onsetLength(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  const d = i + 1 < end ? s.charCodeAt(i + 1) : 0;
  if (isVowel(c)) return 0;
  switch (c) {
    case 110: // n: ngh, ng, nh, n
      if (d === 103) return i + 2 < end && s.charCodeAt(i + 2) === 104 ? 3 : 2;
      return d === 104 ? 2 : 1;
    case 99: // c: ch, c
      return d === 104 ? 2 : 1;
    case 103: // g: gh, gi, g
      return d === 104 || d === 105 ? 2 : 1;
    case 107: // k: kh, k
      return d === 104 ? 2 : 1;
    case 112: // p: ph, p
      return d === 104 ? 2 : 1;
    case 113: // q: qu only
      return d === 117 ? 2 : -1;
    case 116: // t: th, tr, t
      return d === 104 || d === 114 ? 2 : 1;
    case 98: case 100: case 104: case 108: case 109: case 114: case 115: case 118: case 120:
      return 1;
    default:
      return -1;
  }
}

function validCoda(s: string, i: number, end: number): boolean {
  const n = end - i;
  if (n === 0) return true;
  const c = s.charCodeAt(i);
  if (n === 1) return c === 99 || c === 109 || c === 110 || c === 112 || c === 116; // c m n p t
  if (n === 2) {
    const d = s.charCodeAt(i + 1);
    return (c === 99 && d === 104) || (c === 110 && (d === 103 || d === 104)); // ch ng nh
  }
  return false;
}

/** `word` is folded text; `start`/`end` delimit the syllable without copying it. */
export function isVietnameseSyllable(word: string, start = 0, end = word.length): boolean {
  const n = end - start;
  if (n < 1 || n > 7) return false;
  const onset = onsetLength(word, start, end);
  if (onset < 0) return false;
  let i = start + onset;
  let vowels = 0;
  while (i < end && isVowel(word.charCodeAt(i))) {
    i++;
    vowels++;
  }
  if (vowels > 3) return false;
  // "gi" and "qu" carry their own vowel: "gì", "gìn" need no more.
  if (vowels === 0 && !(onset === 2 && word.charCodeAt(start) === 103 && word.charCodeAt(start + 1) === 105)) return false;
  return validCoda(word, i, end);
}

// Vietnamese syllable shape on folded text (lower case, no diacritics):
// onset + vowel nucleus (1–3 of a e i o u y) + coda. A word of another shape
// ("Street", "Project", "UBND") cannot be a Vietnamese name syllable.
const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];
const CODAS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);

function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
}

/** `word` is folded text; `start`/`end` delimit the syllable without copying it. */
export function isVietnameseSyllable(word: string, start = 0, end = word.length): boolean {
  const n = end - start;
  if (n < 1 || n > 7) return false;
  let i = start;
  for (const onset of ONSETS) {
    if (onset.length <= n && word.startsWith(onset, start)) {
      i = start + onset.length;
      break;
    }
  }
  // "gi" and "qu" carry their own vowel, so "gi" (gì) and "qu…" need no more.
  let vowels = 0;
  while (i < end && isVowel(word.charCodeAt(i))) {
    i++;
    vowels++;
  }
  if (vowels > 3) return false;
  if (vowels === 0 && !(word.startsWith('gi', start) && i === start + 2)) return false;
  return CODAS.has(word.slice(i, end));
}

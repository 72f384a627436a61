import type { Candidate, ScanContext } from '../recognizer.ts';
import { phraseMatcher } from '../lexicon/phrase-matcher.ts';
import { isLetterCode } from '../lexicon/words.ts';

// Foreign partners' and experts' names in English-mixed mail ("Dear Mr.
// Weber", "Ms. Aiko SUZUKI — passport …", "My name is PARK JI-HOON"): no
// Vietnamese surname list or syllable shape holds them, but an English
// honorific, a greeting that opens a line, or "my name is" says a person
// comes next.
const OPENERS = phraseMatcher(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'dear', 'hi', 'hello', 'my name is']);

// As spelled: "MS" and "ms" are mã số (a code), "Dr" in lower case is no
// title. Upper case only with its full stop ("MR. TAKESHI YAMAMOTO").
const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'MR.', 'MRS.', 'DR.']);
const GREETINGS = new Set(['Dear', 'Hi', 'Hello']);
// What a greeting addresses that is nobody's name.
const NOT_NAMES = new Set([
  'sir', 'madam', 'sirs', 'all', 'team', 'everyone', 'colleagues', 'colleague', 'partners', 'partner', 'customer',
  'customers', 'friends', 'friend', 'valued', 'hiring', 'there', 'both', 'guys', 'members', 'applicant', 'candidate',
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof',
  // Positions and bodies: "Dear Director,", "Hi Support,".
  'director', 'manager', 'chairman', 'chairperson', 'president', 'secretary', 'officer', 'editor', 'professor', 'doctor',
  'teacher', 'ambassador', 'minister', 'coordinator', 'head', 'organizers', 'organisers', 'committee', 'board',
  'authorities', 'admin', 'support', 'users', 'students', 'parents', 'experts', 'delegates', 'donors',
]);

function isUpper(plain: string, i: number): boolean {
  const ch = plain[i];
  return ch !== undefined && ch.toLowerCase() !== ch;
}

/**
 * Where the capitalised word at `i` ends ("Weber", "YAMAMOTO", "JI-HOON",
 * "O'Brien"), or `i` when none starts there. `titleCase` asks for lower-case
 * letters after the capital, as a greeted first name is written.
 */
function capitalisedWordEnd(ctx: ScanContext, i: number, titleCase: boolean): number {
  const { plain, folded } = ctx;
  if (!isUpper(plain, i)) return i;
  let j = i + 1;
  for (;;) {
    while (j < folded.length && isLetterCode(folded.charCodeAt(j))) {
      if (titleCase && isUpper(plain, j)) return i;
      j++;
    }
    const c = folded.charCodeAt(j);
    // A hyphen or an apostrophe inside the word, a letter after it (not the possessive "Weber's").
    const possessive = c === 39 && folded.charCodeAt(j + 1) === 115 && !isLetterCode(folded.charCodeAt(j + 2));
    if ((c === 45 || c === 39) && isLetterCode(folded.charCodeAt(j + 1)) && !possessive && !titleCase) j++;
    else break;
  }
  return j - i >= 2 ? j : i;
}

/** The end of up to `max` capitalised words from `i`, single-spaced; `i` when none. */
function capitalisedWords(ctx: ScanContext, i: number, max: number, titleCase: boolean): { end: number; words: number } {
  let end = i;
  let words = 0;
  let at = i;
  while (words < max) {
    const wordEnd = capitalisedWordEnd(ctx, at, titleCase);
    if (wordEnd === at) break;
    end = wordEnd;
    words++;
    if (ctx.plain.charCodeAt(wordEnd) !== 32) break;
    at = wordEnd + 1;
  }
  return { end, words };
}

function atLineStart(plain: string, i: number): boolean {
  let j = i;
  while (j > 0 && (plain.charCodeAt(j - 1) === 32 || plain.charCodeAt(j - 1) === 9)) j--;
  return j === 0 || plain.charCodeAt(j - 1) === 10 || plain.charCodeAt(j - 1) === 13;
}

/** Names after an English honorific, a line's greeting, or "my name is". */
export function honorificNames(ctx: ScanContext): Candidate[] {
  const { plain, folded } = ctx;
  const out: Candidate[] = [];
  for (const m of OPENERS.scanAll(ctx)) {
    const spelled = plain.slice(m.start, m.end);
    let from = m.end;
    let rule: string;
    let validator: string;
    let score: number;
    let max = 4;
    let titleCase = false;
    if (m.key === 'my name is') {
      rule = 'person_name.introduced';
      validator = 'capitalised words after "my name is"';
      score = 0.8;
    } else if (HONORIFICS.has(spelled) || HONORIFICS.has(`${spelled}${plain[m.end] ?? ''}`)) {
      if (plain.charCodeAt(from) === 46) from++;
      rule = 'person_name.honorific';
      validator = 'capitalised words after an English honorific';
      score = 0.8;
    } else if (GREETINGS.has(spelled) && atLineStart(plain, m.start)) {
      rule = 'person_name.greeting';
      validator = 'a first name after a greeting that opens a line';
      score = 0.7;
      max = 2;
      titleCase = true;
    } else continue;
    if (plain.charCodeAt(from) !== 32) continue;
    from++;
    const { end, words } = capitalisedWords(ctx, from, max, titleCase);
    if (words === 0) continue;
    if (titleCase) {
      // "Hi Ryan," / "Dear Anna Schmidt,": the greeting's line ends with the name.
      const next = plain.charCodeAt(end);
      if (next !== 44 && next !== 33 && next !== 10 && next !== 13 && end < plain.length) continue;
      let k = from;
      while (k < end && isLetterCode(folded.charCodeAt(k))) k++;
      if (NOT_NAMES.has(folded.slice(from, k))) continue;
    }
    out.push({ type: 'person_name', start: from, end, score, rule, validator, context: [`+${m.key}`] });
  }
  return out;
}

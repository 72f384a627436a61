import type { Candidate, ScanContext } from '../recognizer.ts';
import { phraseMatcher } from '../lexicon/phrase-matcher.ts';
import { isLetterCode } from '../lexicon/words.ts';
import { isVietnameseSyllable } from '../lexicon/syllable.ts';

// Foreign partners' and experts' names in English-mixed mail ("Dear Mr.
// Weber", "Ms. Aiko SUZUKI — passport …", "My name is PARK JI-HOON"): no
// Vietnamese surname list or syllable shape holds them, but an English
// honorific, a greeting that opens a line, or "my name is" says a person
// comes next.
const OPENERS = phraseMatcher([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'dear', 'hi', 'hello', 'my name is', 'ông', 'bà', 'regards', 'sincerely',
]);

// A Vietnamese title before a foreigner's name ("ông Zhang Wei", "bà Camille
// Durand"): the Vietnamese rules read only Vietnamese syllables, so these
// take the names no syllable list holds. As `plain` spells them (marks
// folded, case kept): lower case, or opening a sentence.
const VIETNAMESE_TITLES = new Set(['ong', 'ba', 'Ong', 'Ba']);
// An English letter's sign-off, the name on the next line ("Kind regards,⏎Kenji Yamamoto").
const SIGN_OFFS = new Set(['regards', 'sincerely', 'Regards', 'Sincerely']);

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
    } else if (VIETNAMESE_TITLES.has(spelled)) {
      const name = foreignName(ctx, m.end, spelled.charCodeAt(0) < 97);
      if (name > 0) out.push({ type: 'person_name', start: m.end + 1, end: name, score: 0.75, rule: 'person_name.foreign', validator: 'a foreign name after a Vietnamese title', context: [`+${m.key}`] });
      continue;
    } else if (SIGN_OFFS.has(spelled)) {
      const name = signedBelow(ctx, m.end);
      if (name !== null) out.push({ type: 'person_name', start: name.start, end: name.end, score: 0.75, rule: 'person_name.signed', validator: "capitalised words on the line under an English letter's sign-off", context: [`+${m.key}`] });
      continue;
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

/**
 * The end of a foreign name of two or three capitalised words after the
 * title ending at `at`, or 0. At least one word is no Vietnamese syllable
 * ("Zhang", "Chih-Wei", "Pierre"); the first must not be when the title is
 * capitalised (`opensSentence`: "Bà Nà Hills" is a place).
 */
function foreignName(ctx: ScanContext, at: number, opensSentence: boolean): number {
  const { plain, folded } = ctx;
  if (plain.charCodeAt(at) !== 32) return 0;
  const from = at + 1;
  const { end, words } = capitalisedWords(ctx, from, 3, false);
  if (words < 2) return 0;
  let foreign = false;
  let i = from;
  let shouted = -1;
  for (let w = 0; w < words; w++) {
    let j = i;
    while (j < end && folded.charCodeAt(j) !== 32) j++;
    // Title Case and upper case mixed is a name and an acronym ("ông Lượng ĐKTT"): not this rule's.
    const upper = allUpper(plain, i, j) ? 1 : 0;
    if (shouted >= 0 && shouted !== upper) return 0;
    shouted = upper;
    const vietnamese = j - i <= 7 && isVietnameseSyllable(folded, i, j) && !hasInnerMark(folded, i, j);
    if (!vietnamese) foreign = true;
    else if (w === 0 && opensSentence) return 0;
    i = j + 1;
  }
  return foreign ? end : 0;
}

function allUpper(plain: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isLetterCode(plain.charCodeAt(k) | 32) && !isUpper(plain, k)) return false;
  return true;
}

/** A hyphen or an apostrophe inside the word ("Chih-Wei", "O'Connor"): no Vietnamese syllable has one. */
function hasInnerMark(folded: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (folded.charCodeAt(k) === 45 || folded.charCodeAt(k) === 39) return true;
  return false;
}

/**
 * The name on the line after the sign-off ending at `at` ("regards,⏎"):
 * two or three capitalised words filling that line.
 */
function signedBelow(ctx: ScanContext, at: number): { start: number; end: number } | null {
  const { plain } = ctx;
  let i = at;
  if (plain.charCodeAt(i) === 44) i++;
  while (plain.charCodeAt(i) === 32) i++;
  if (plain.charCodeAt(i) === 13) i++;
  if (plain.charCodeAt(i) !== 10) return null;
  i++;
  while (plain.charCodeAt(i) === 32) i++;
  const { end, words } = capitalisedWords(ctx, i, 3, false);
  if (words < 2) return null;
  const next = plain.charCodeAt(end);
  if (!(end === plain.length || next === 10 || next === 13)) return null;
  for (const word of ctx.folded.slice(i, end).split(' ')) if (SIGNING_BODIES.has(word)) return null;
  return { start: i, end };
}

// Words of a team or an office signing a letter ("HR Team", "Project Management Unit"), not a person.
const SIGNING_BODIES = new Set([
  'team', 'department', 'dept', 'unit', 'center', 'centre', 'office', 'secretariat', 'leader', 'group', 'committee',
  'board', 'division', 'company', 'corporation', 'bank', 'services', 'service', 'support', 'desk', 'helpdesk',
  'management', 'project', 'programme', 'program', 'operations', 'billing', 'credit', 'hr', 'it', 'staff', 'admin',
  'administration', 'bureau', 'agency', 'ministry', 'embassy', 'consulate', 'school', 'university', 'hospital',
  'clinic', 'hotel', 'resort', 'travel', 'tours', 'ltd', 'inc', 'jsc', 'llc', 'foundation', 'association', 'union',
  'network', 'partners', 'people', 'customer', 'care', 'front', 'sales', 'marketing', 'finance', 'accounting',
  'legal', 'recruitment', 'visa', 'pmu', 'hotline', 'reception',
]);

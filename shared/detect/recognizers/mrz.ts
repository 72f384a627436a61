import type { Candidate, Recognizer, ScanContext } from '../recognizer.ts';
import { candidate } from '../span-score.ts';
import { CCCD_PROVINCE_CODES } from '../provinces.ts';

// The machine-readable zone of a Vietnamese identity card's back (ICAO 9303
// TD1: three lines of 30) and of a passport's data page (TD3: two lines of
// 44), as OCR or a copy of a scan gives them. The zone spells out what the
// card's front says: on a card, line 1 carries the 12-digit personal number
// after the document number ("IDVNM" + 9 + check + 12 digits), the last line
// the name ("NGUYEN<<VAN<AN"); a passport's line 1 the name after "P<VNM",
// line 2 the passport number. A back side alone therefore names its holder.

/** OCR reads a zone's digits as these letters: O and Q for 0, I and L for 1. */
function digitOf(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c === 79 || c === 111 || c === 81 || c === 113) return 0;
  if (c === 73 || c === 105 || c === 76 || c === 108) return 1;
  return -1;
}

function isFiller(c: number): boolean {
  return c === 60;
}

function lineAt(s: string, pos: number): [number, number] {
  const start = s.lastIndexOf('\n', pos - 1) + 1;
  const nl = s.indexOf('\n', pos);
  return [start, nl < 0 ? s.length : nl];
}

/** The next line holding anything, at most one blank line further. */
function nextLine(s: string, end: number): [number, number] | null {
  let at = end;
  for (let blank = 0; blank < 2 && at < s.length; blank++) {
    const [start, stop] = lineAt(s, at + 1);
    let from = start;
    while (from < stop && s.charCodeAt(from) === 32) from++;
    if (from < stop) return [from, stop];
    at = stop;
  }
  return null;
}

/** Whether [at, at + n) holds only digits, as OCR may misread them. */
function digitsAt(s: string, at: number, n: number): boolean {
  if (at + n > s.length) return false;
  for (let i = at; i < at + n; i++) if (digitOf(s.charCodeAt(i)) < 0) return false;
  return true;
}

/** "NGUYEN<<VAN<AN<<<<": the name, without the fillers after it. */
function nameSpan(plain: string, from: number, to: number): [number, number] | null {
  let end = to;
  while (end > from && (isFiller(plain.charCodeAt(end - 1)) || plain.charCodeAt(end - 1) === 32)) end--;
  let letters = 0;
  let doubleFiller = false;
  for (let i = from; i < end; i++) {
    const c = plain.charCodeAt(i);
    if (c >= 65 && c <= 90) letters++;
    else if (isFiller(c)) doubleFiller ||= isFiller(plain.charCodeAt(i + 1));
    else return null;
  }
  // A surname, the "<<" after it, and a given name.
  return letters >= 4 && doubleFiller ? [from, end] : null;
}

function card(ctx: ScanContext, start: number, end: number, out: Candidate[]): void {
  const { plain } = ctx;
  // IDVNM, the document number (the last 9 digits of the personal number), its
  // check digit, then the personal number up to the fillers: the 12 digits before them.
  let run = start + 5;
  while (run < end && digitOf(plain.charCodeAt(run)) >= 0) run++;
  if (run - (start + 5) < 22 || !isFiller(plain.charCodeAt(run))) return;
  const id = run - 12;
  const province = `${digitOf(plain.charCodeAt(id))}${digitOf(plain.charCodeAt(id + 1))}${digitOf(plain.charCodeAt(id + 2))}`;
  if (!CCCD_PROVINCE_CODES.has(province)) return;
  out.push(candidate('cccd', id, run, { score: 0.95, context: ['+MRZ line 1 (IDVNM)'] }, 'cccd.mrz', `province ${province} valid, card's machine-readable zone`));
  const second = nextLine(plain, end);
  const third = second && nextLine(plain, second[1]);
  const name = third && nameSpan(plain, third[0], third[1]);
  if (name) out.push(candidate('person_name', name[0], name[1], { score: 0.95, context: ['+MRZ name line'] }, 'person_name.mrz', 'surname << given names'));
}

function passport(ctx: ScanContext, start: number, end: number, out: Candidate[]): void {
  const { plain } = ctx;
  const name = nameSpan(plain, start + 5, end);
  if (name) out.push(candidate('person_name', name[0], name[1], { score: 0.95, context: ['+MRZ name line'] }, 'person_name.mrz', 'surname << given names'));
  const second = nextLine(plain, end);
  if (!second) return;
  const at = second[0];
  const letter = plain.charCodeAt(at);
  // A letter and 7 digits, then a filler, the check digit and the nationality.
  if (letter >= 65 && letter <= 90 && digitsAt(plain, at + 1, 7) && isFiller(plain.charCodeAt(at + 8)) && ctx.folded.startsWith('vnm', at + 10)) {
    out.push(candidate('passport', at, at + 8, { score: 0.95, context: ['+MRZ line 2 (P<VNM)'] }, 'passport.mrz', "passport's machine-readable zone"));
  }
}

function find(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  const { folded } = ctx;
  // Every zone has a "<<"; most texts none, and then this is one indexOf.
  for (let at = folded.indexOf('<<'); at >= 0; ) {
    const [start, end] = lineAt(folded, at);
    let from = start;
    while (from < end && folded.charCodeAt(from) === 32) from++;
    if (folded.startsWith('idvnm', from)) card(ctx, from, end, out);
    else if (folded.startsWith('p<vnm', from)) passport(ctx, from, end, out);
    at = folded.indexOf('<<', end);
  }
  return out;
}

export const mrz: Recognizer = {
  id: 'mrz',
  types: ['cccd', 'passport', 'person_name'],
  contextWords: ['IDVNM', 'P<VNM'],
  find,
};

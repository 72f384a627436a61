import type { Candidate, Recognizer, ScanContext } from '../recognizer.ts';
import { keywords } from '../context.ts';
import { candidate, scoreSpan, type ContextRule } from '../span-score.ts';
import { nextIndex } from '../next-index.ts';

// Email addresses, found from each '@' by bounded scans left (local part, at
// most 64 characters) and right (domain labels, at most 255): linear, no regex
// that could backtrack.

const rule: ContextRule = {
  positive: keywords(['email', 'e-mail', 'thư điện tử', 'mail', 'gmail', 'địa chỉ email', 'hộp thư']),
  // An address is an address beside any word: "Email nhận hóa đơn: an@…" is
  // the customer's, and the invoice and order words that make a number a code
  // say nothing about one.
  negative: keywords([]),
  boost: 0.04,
};

function isLocal(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 45 || c === 43 || c === 37 ||
    (c >= 65 && c <= 90)
  );
}
function isDomain(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 46;
}
function isAlpha(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function find(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  const s = ctx.folded;
  let lastEnd = 0;
  for (let at = nextIndex(s, 64, 0); at !== -1; at = nextIndex(s, 64, at + 1)) {
    let l = at;
    while (l > lastEnd && at - l < 64 && isLocal(s.charCodeAt(l - 1))) l--;
    while (l < at && (s.charCodeAt(l) === 46 || s.charCodeAt(l) === 45)) l++;
    if (l === at) continue;
    let r = at + 1;
    while (r < s.length && r - at <= 255 && isDomain(s.charCodeAt(r))) r++;
    while (r > at + 1 && (s.charCodeAt(r - 1) === 46 || s.charCodeAt(r - 1) === 45)) r--;
    // Checked in place, without slicing: most '@' in noise have no domain.
    let dot = -1;
    let doubleDot = false;
    for (let i = at + 1; i < r; i++) {
      if (s.charCodeAt(i) === 46) {
        if (dot === i - 1) doubleDot = true;
        dot = i;
      }
    }
    if (dot <= at + 1 || doubleDot) continue;
    let tldOk = r - dot - 1 >= 2;
    for (let i = dot + 1; i < r && tldOk; i++) tldOk = isAlpha(s.charCodeAt(i));
    if (!tldOk) continue;
    const scored = scoreSpan(ctx, l, r, 0.95, rule);
    out.push(candidate('email', l, r, scored, 'email.syntax', 'local part and domain valid'));
    lastEnd = r;
  }
  return out;
}

export const email: Recognizer = {
  id: 'email',
  types: ['email'],
  contextWords: rule.positive.words,
  negativeContextWords: rule.negative.words,
  find,
};

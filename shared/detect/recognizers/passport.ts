import type { Candidate, Recognizer, ScanContext } from '../recognizer.ts';
import { keywords, negativeKeywords } from '../context.ts';
import { digitsIn, groupEnd, groupStart, numberRuns } from '../numbers.ts';
import { neverFinding } from '../guards.ts';
import { afterNumberWord, candidate, labelsPossible, scoreLabelled, type ContextRule } from '../span-score.ts';

// Passport numbers: one letter and 7 digits (C1234567). Product codes share
// the shape, so only a passport label makes one.

const rule: ContextRule = {
  positive: keywords([
    'hộ chiếu', 'số hộ chiếu', 'hc', 'số hc', 'passport', 'passport no', 'passport number', 'pp', 'pp no', 'hộ chiếu số',
  ]),
  negative: negativeKeywords(),
  boost: 0.5,
};

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function find(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  if (!labelsPossible(ctx)) return out;
  const p = ctx.plain;
  const runs = numberRuns(ctx);
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    const groups = run.groups;
    for (let g = 0; g < groups; g++) {
      const gs = groupStart(run, g);
      const ge = groupEnd(run, g);
      if (ge - gs !== 7 && ge - gs !== 8) continue;
      const letter = p.charCodeAt(gs - 1);
      // The letter opens the number, not a word, unless that word is "số" glued to it ("sốB2873164").
      if (!isLetter(letter) || ((isLetter(p.charCodeAt(gs - 2)) || p.charCodeAt(gs - 2) > 0x7f) && !afterNumberWord(ctx.folded, gs - 1))) continue;
      if ((p.charCodeAt(gs - 2) >= 48 && p.charCodeAt(gs - 2) <= 57)) continue;
      if (isLetter(p.charCodeAt(ge)) || p.charCodeAt(ge) > 0x7f) continue;
      const span = { run, g0: g, g1: g, start: gs, end: ge, digits: digitsIn(run, g, g), guard: undefined, guardGrouped: undefined };
      if (neverFinding(ctx, span) !== null) continue;
      const upper = letter <= 90;
      const base = (upper ? 0.45 : 0.35) - (ge - gs === 8 ? 0.05 : 0);
      const scored = scoreLabelled(ctx, gs - 1, ge, base, rule);
      if (!scored.supported) continue;
      out.push(candidate('passport', gs - 1, ge, scored, 'passport.context', `letter and ${ge - gs} digits after a passport label`));
    }
  }
  return out;
}

export const passport: Recognizer = {
  id: 'passport',
  types: ['passport'],
  contextWords: rule.positive.words,
  negativeContextWords: rule.negative.words,
  find,
};

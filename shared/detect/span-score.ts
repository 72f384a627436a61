import type { Candidate, ScanContext } from './recognizer.ts';
import type { FindingType } from './types.ts';
import { applyContextTo, hasLetters, NO_WORDS, negativeHit, positiveHit, type ContextHit, type Keywords, type Scored } from './context.ts';
import { letterAfter, letterBefore } from './guards.ts';
import { labelsAbsent } from './label-presence.ts';

/** Keyword sets of one recognizer, compiled once at module load. */
export interface ContextRule {
  positive: Keywords;
  negative: Keywords;
  /** How much the nearest positive word can add. */
  boost: number;
  /**
   * Words that support the type without naming it (a bank's name beside an
   * account number): they raise the score by `weakBoost` but never claim a
   * span from another type's label.
   */
  weak?: Keywords;
  weakBoost?: number;
  /**
   * Negative words that are another type's labels ("cccd", "mã số thuế"):
   * they claim a span only within `claimReach` characters, the label's own
   * value ("CCCD vợ em 0011…"). Further back, a name and a clause between
   * ("cccd tên NGUYỄN VĂN TÀI, ai thấy alo em 0912…"), the number is not
   * theirs.
   */
  claims?: ReadonlySet<string>;
  claimReach?: number;
}

export interface SpanScore {
  score: number;
  context: string[];
  /** A positive word was found (recognizers that need context check this). */
  supported: boolean;
  /** Distance to that word, when it counted. */
  distance?: number;
}

/**
 * Scores a candidate span [start, end) in folded offsets: the base score from
 * its structure, plus or minus its context, minus a penalty when it is glued
 * to a word that is not one of its context words (DH0912345678 is an order
 * code; sdt0912345678 is a phone).
 */
export function scoreSpan(ctx: ScanContext, start: number, end: number, base: number, rule: ContextRule, quiet = !hasLetters(ctx)): SpanScore {
  return scoreSpanTo(unscored(), ctx, start, end, base, rule, quiet);
}

// scoreSpanShared's answer, one object for every span.
const SHARED: SpanScore = unscored();

/**
 * scoreSpan, its answer written over the last one's: for a recognizer that
 * reads it, or copies it into its candidate, before it scores the next span
 * (an object per span was most of what a megabyte of phones allocated
 * besides their candidates and findings).
 */
export function scoreSpanShared(ctx: ScanContext, start: number, end: number, base: number, rule: ContextRule, quiet: boolean): SpanScore {
  return scoreSpanTo(SHARED, ctx, start, end, base, rule, quiet);
}

function unscored(): SpanScore {
  return { score: 0, context: NO_WORDS, supported: false, distance: undefined };
}

function scoreSpanTo(out: SpanScore, ctx: ScanContext, start: number, end: number, base: number, rule: ContextRule, quiet: boolean): SpanScore {
  // Without a letter in the text no context word exists: the look-ups (and
  // the column header search behind them) would all come back empty. So
  // they would for a `quiet` rule (wordless).
  if (quiet) return scoreWith(out, ctx, start, end, base, rule, null, null);
  // assess() without its object: the positive look-up first, as it makes them.
  const positive = positiveHit(ctx, start, end, rule.positive);
  let negative = negativeHit(ctx, start, rule.negative);
  if (negative !== null && rule.claims?.has(negative.word) && negative.distance > rule.claimReach!) negative = null;
  return scoreWith(out, ctx, start, end, base, rule, positive, negative);
}

// What applyContext answers for the span being scored, read at once: an
// object per span was garbage the moment it was read.
const applied: Scored = { score: 0, context: NO_WORDS };

const UNSUPPORTED: SpanScore = { score: 0, context: [], supported: false };

/**
 * For types that exist only beside a label (CMND, BHXH, accounts, licences):
 * looks for a positive word first and returns an unsupported score without
 * further work when there is none, which is the common case for a number.
 */
/**
 * Whether a type that exists only beside a label can occur in the text at
 * all: keywords are letters, so a text without a letter has no label, and
 * such recognizers return at once instead of scoring each number to no avail;
 * given the recognizer's rule, neither does a big text none of whose words
 * can make one of its labels (label-presence.ts).
 */
export function labelsPossible(ctx: ScanContext, rule?: ContextRule): boolean {
  if (!hasLetters(ctx)) return false;
  return rule === undefined || !labelsAbsent(ctx, rule.positive, rule.weak);
}

/**
 * Whether no context word of `rule` can occur in the text at all, as
 * labelsPossible tells for labels: a recognizer asks once and passes the
 * answer to scoreSpan for each span that does not start with a letter (a
 * word cut there is looked up). A megabyte of plates or OCR-read numbers
 * otherwise made half a dozen look-ups per candidate, all empty.
 */
export function wordless(ctx: ScanContext, rule: ContextRule): boolean {
  return !hasLetters(ctx) || (labelsAbsent(ctx, rule.positive, rule.weak) && labelsAbsent(ctx, rule.negative));
}

/** The word "số" right before `start`, glued to it. */
export function afterNumberWord(folded: string, start: number): boolean {
  const c = folded.charCodeAt(start - 3);
  return folded.startsWith('so', start - 2) && !(c >= 97 && c <= 122);
}

export function scoreLabelled(ctx: ScanContext, start: number, end: number, base: number, rule: ContextRule): SpanScore {
  const label = labelOf(ctx, start, end, rule);
  return label === undefined ? UNSUPPORTED : scoreLabelledWith(ctx, start, end, base, rule, label);
}

/**
 * The first half of scoreLabelled: the span's positive word (null when only a
 * weak word supports it), or undefined when it has no label at all. Lets a
 * recognizer ask for the label before its costlier checks, since without
 * one nothing else matters.
 */
export function labelOf(ctx: ScanContext, start: number, end: number, rule: ContextRule): ContextHit | null | undefined {
  const positive = positiveHit(ctx, start, end, rule.positive);
  if (positive === null && !(rule.weak && positiveHit(ctx, start, end, rule.weak) !== null)) return undefined;
  return positive;
}

/** The second half of scoreLabelled, for a label found by labelOf. */
export function scoreLabelledWith(ctx: ScanContext, start: number, end: number, base: number, rule: ContextRule, positive: ContextHit | null): SpanScore {
  return scoreLabelledTo(unscored(), ctx, start, end, base, rule, positive);
}

/** scoreLabelledWith, its answer written over the last one's (as scoreSpanShared). */
export function scoreLabelledShared(ctx: ScanContext, start: number, end: number, base: number, rule: ContextRule, positive: ContextHit | null): SpanScore {
  return scoreLabelledTo(SHARED, ctx, start, end, base, rule, positive);
}

function scoreLabelledTo(out: SpanScore, ctx: ScanContext, start: number, end: number, base: number, rule: ContextRule, positive: ContextHit | null): SpanScore {
  // The positive look-up is the one assess() would make: reuse it.
  return scoreWith(out, ctx, start, end, base, rule, positive, negativeHit(ctx, start, rule.negative));
}

/** The span's score, written into `out`. */
function scoreWith(
  out: SpanScore,
  ctx: ScanContext,
  start: number,
  end: number,
  base: number,
  rule: ContextRule,
  firstPositive: ContextHit | null,
  firstNegative: ContextHit | null,
): SpanScore {
  let positive = firstPositive;
  let negative = firstNegative;
  const strong = positive !== null;
  if (!strong && rule.weak) {
    // assess() of the weak words, in its order.
    positive = positiveHit(ctx, start, end, rule.weak);
    negative = negativeHit(ctx, start, rule.negative);
  }
  const scored = applyContextTo(applied, base, positive, negative, strong ? rule.boost : (rule.weakBoost ?? 0));
  let score = scored.score;
  // The context list may be the shared empty one (NO_WORDS): added to by copy.
  let context = scored.context;
  // Glued to a word that is not its keyword ("sdt0912…" is), nor "số" ("sốB2873164").
  if (letterBefore(ctx, start) && positive?.distance !== 0 && !afterNumberWord(ctx.folded, start)) {
    score -= 0.45;
    context = [...context, '−glued to a word'];
  }
  if (letterAfter(ctx, end)) {
    score -= 0.2;
    context = [...context, '−word glued after'];
  }
  // Supported unless a negative word decided (applyContext names one word at most, first).
  const supported = positive !== null && scored.context[0]?.[0] !== '−';
  const distance = strong && supported ? positive!.distance : undefined;
  out.score = Math.max(0, Math.min(1, score));
  out.context = context;
  out.supported = supported;
  out.distance = distance;
  return out;
}

export function candidate(
  type: FindingType,
  start: number,
  end: number,
  scored: Pick<SpanScore, 'score' | 'context' | 'distance'>,
  rule: string,
  validator: string,
): Candidate {
  // contextDistance is always present (undefined when no label decided), so
  // every candidate has one shape.
  return { type, start, end, score: scored.score, rule, validator, context: scored.context, contextDistance: scored.distance };
}

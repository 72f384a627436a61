import type { FindingType } from './types.ts';

/**
 * The text a recognizer sees. `plain` and `folded` have the same length as each
 * other (one UTF-16 unit per unit) and map back to the caller's string through
 * `toOriginal`, so recognizers match diacritic-free, width-normalized text and
 * still report offsets into what the user typed.
 *
 * - `plain`:  NFC, diacritics removed (đ→d, Đ→D), full-width forms → ASCII,
 *             unusual spaces → ' ', case kept (names need it).
 * - `folded`: `plain` lower-cased (context words, keywords).
 */
export interface ScanContext {
  readonly text: string;
  readonly plain: string;
  readonly folded: string;
  /** Offset in `plain`/`folded` → offset in `text` (valid for 0..length inclusive). */
  toOriginal(index: number): number;
  /**
   * `text` is not `plain`: it writes diacritics (or other characters the
   * folding changes). Known from the folding loop, so asking costs nothing.
   */
  readonly marks: boolean;
  /** The text has two spaces in a row somewhere (a table aligned with spaces may), from the folding loop. */
  readonly gaps: boolean;
  /**
   * The text may hold a character from U+4000 on (Han characters, most of
   * them): false says it holds none. From the folding loop.
   */
  readonly wide: boolean;
}

/** A recognizer's proposal, in `plain`/`folded` offsets; the engine maps and arbitrates. */
export interface Candidate {
  type: FindingType;
  start: number;
  end: number;
  /** 0..1 after the recognizer's own validator and context scoring. */
  score: number;
  /** Rule id that fired, e.g. `cccd.structure` (goes into events as `rules`). */
  rule: string;
  /** Validator outcome in words, no value: `province 038 valid`, `luhn ok`. */
  validator: string;
  /** Context words that moved the score (+ raised, − lowered). */
  context: string[];
  /**
   * Characters between the candidate and its nearest positive context word,
   * when one decided it. Between overlapping candidates that both have one,
   * the nearer label wins ("GPLX: <12 digits>" is a licence even though
   * "CCCD" appears earlier on the line).
   */
  contextDistance?: number;
}

/**
 * One recognizer per file under recognizers/, Presidio-style: its pattern,
 * validator and context words are data on the object; `find` applies them.
 */
export interface Recognizer {
  id: string;
  types: readonly FindingType[];
  contextWords: readonly string[];
  negativeContextWords?: readonly string[];
  find(ctx: ScanContext): Candidate[];
}

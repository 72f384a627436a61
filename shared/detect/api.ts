// The engine's public API, fixed so the extension, the agent, the hub and the
// corpus tools can build against it while the engine is written. The engine
// issue fills in the implementations behind these signatures; keep them.
import type { Finding, FindingType } from './types.ts';

export interface DetectOptions {
  /** Report only findings scoring at or above this (default REPORT_THRESHOLD). */
  threshold?: number;
  /** Restrict to these types. */
  types?: readonly FindingType[];
  /**
   * The text scanned is part of a larger one that names someone outside it
   * (a name, a number, an e-mail: the incremental scanner's window): topics
   * and addresses are not lowered for want of one in the part.
   */
  identifiedElsewhere?: boolean;
}

export interface TypeSummary {
  count: number;
  distinct: number;
}

export interface TextSummary {
  byType: Partial<Record<FindingType, TypeSummary>>;
  total: number;
  distinct: number;
  /** The text reads as a list or table of people (many rows, repeated types per row). */
  looksLikeList: boolean;
}

/** A change to a field's text, as an input event reports it. */
export interface TextChange {
  start: number;
  /** Length of the replaced range in the previous text. */
  removed: number;
  /** Length of the inserted text in the new text. */
  inserted: number;
}

export interface IncrementalScanner {
  /** Rescan only the neighbourhood of `change` (whole text when absent); returns all current findings. */
  update(text: string, change?: TextChange): Finding[];
  readonly findings: readonly Finding[];
}

// A template is data plus one small build function. `split` keeps the dev and
// holdout corpora on disjoint templates, so a rule tuned to a dev phrasing
// shows up as a dev/holdout gap instead of passing unnoticed.
import type { Seg } from '../segments.ts';
import type { Variant } from '../variants.ts';
import type { Values } from '../values.ts';

export type Kind =
  | 'chat'
  | 'form'
  | 'table'
  | 'email'
  | 'medical'
  | 'payment'
  | 'insurance'
  | 'topic'
  | 'prompt'
  | 'negative';

export type Split = 'dev' | 'holdout';

export interface Template {
  id: string;
  kind: Kind;
  split: Split;
  /** Relative frequency inside its kind (default 1). */
  weight?: number;
  /** Variants this template may be rendered in (default: all, by the generator's weights). */
  variants?: readonly Variant[];
  build(v: Values): Seg[];
}

export function tpl(id: string, kind: Kind, split: Split, build: (v: Values) => Seg[], extra: Partial<Template> = {}): Template {
  return { id, kind, split, build, ...extra };
}

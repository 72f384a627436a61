// What the warning dialog shows and which choices it offers, derived from the
// policy's action. Plain data, so the rules are unit-tested without a DOM.
import type { FindingType } from '../../../shared/detect/types.ts';
import type { Action, Channel } from '../../../shared/event/schema.ts';

export interface WarningRow {
  type: FindingType;
  count: number;
  distinct: number;
  /** Display masks (interfaces.md §1): shown only to the person who typed them. */
  examples: string[];
}

export interface WarningModel {
  action: Action;
  channel: Channel;
  site: string;
  rows: WarningRow[];
  sensitive: boolean;
  looksLikeList: boolean;
  distinct: number;
  /** `paste`: insert a masked copy instead; `replace`: mask the values already in the field. */
  offerMask: 'paste' | 'replace' | null;
  offerProceed: boolean;
  reasonRequired: boolean;
  reasons: string[];
  /** A file (or a long pasted text, without a name) is still being read; choices other than cancel wait for it. */
  scanning?: { fileName?: string; progress?: number };
  /** A file could not be read within the time budget and policy fails closed: say so instead of dropping it silently. */
  unreadBlocked?: boolean;
}

export type WarningChoice =
  | { choice: 'cancel' }
  | { choice: 'mask' }
  | { choice: 'proceed'; reason?: string }
  | { choice: 'false_positive' };

export const CHOICES = ['cancel', 'mask', 'proceed', 'false_positive'] as const;

export interface ChoiceRules {
  offerMask: WarningModel['offerMask'];
  offerProceed: boolean;
  reasonRequired: boolean;
}

/**
 * `warn` lets the user go on; `block_with_override` only with a reason; `block`
 * never; `mask` only with the values masked. A masked copy is offered for text
 * (pasted, dropped or typed), never for a file.
 */
export function choiceRules(action: Action, channel: Channel): ChoiceRules {
  const textual = channel !== 'upload';
  const maskKind: WarningModel['offerMask'] = !textual ? null : channel === 'paste' || channel === 'drop' ? 'paste' : 'replace';
  switch (action) {
    case 'block':
      return { offerMask: null, offerProceed: false, reasonRequired: false };
    case 'block_with_override':
      return { offerMask: maskKind, offerProceed: true, reasonRequired: true };
    case 'mask':
      return { offerMask: maskKind, offerProceed: false, reasonRequired: false };
    default:
      return { offerMask: maskKind, offerProceed: true, reasonRequired: false };
  }
}

import { describe, expect, it } from 'vitest';
import { choiceRules } from './warning-model.ts';

describe('choiceRules', () => {
  it('lets the user go on after a warning, and offers a masked paste', () => {
    expect(choiceRules('warn', 'paste')).toEqual({ offerMask: 'paste', offerProceed: true, reasonRequired: false });
  });
  it('asks for a reason before overriding a block', () => {
    expect(choiceRules('block_with_override', 'submit')).toEqual({ offerMask: 'replace', offerProceed: true, reasonRequired: true });
  });
  it('never lets a block through, masked or not', () => {
    expect(choiceRules('block', 'paste')).toEqual({ offerMask: null, offerProceed: false, reasonRequired: false });
  });
  it('offers only the masked copy under a mask policy', () => {
    expect(choiceRules('mask', 'submit')).toEqual({ offerMask: 'replace', offerProceed: false, reasonRequired: false });
  });
  it('offers no masked copy of a file', () => {
    expect(choiceRules('warn', 'upload').offerMask).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import en from './en.json' with { type: 'json' };
import vi from './vi.json' with { type: 'json' };
import { FINDING_TYPES } from '../../../shared/detect/types.ts';
import { t } from './index.ts';

describe('hub messages', () => {
  it('has the same keys in vi and en, and a name for every finding type', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const type of FINDING_TYPES) expect(vi).toHaveProperty(`type.${type}`);
  });
  it('fills placeholders', () => {
    expect(t('vi', 'form.recipient', { recipient: 'A05' })).toBe('Kính gửi: A05');
  });
});

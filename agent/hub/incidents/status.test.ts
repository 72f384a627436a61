import { describe, expect, it } from 'vitest';
import { transitionError } from './status.ts';

describe('incident status machine', () => {
  it('allows the assessment path and requires a reason for a decision', () => {
    expect(transitionError('new', 'investigating')).toBeNull();
    expect(transitionError('investigating', 'breach_confirmed', 'CCCD list sent to a chatbot')).toBeNull();
    expect(transitionError('investigating', 'not_a_breach')).toMatch(/needs a reason/);
    expect(transitionError('breach_confirmed', 'notified')).toBeNull();
    expect(transitionError('notified', 'closed')).toBeNull();
    expect(transitionError('not_a_breach', 'closed')).toBeNull();
  });

  it('refuses skipping steps or going back', () => {
    expect(transitionError('new', 'notified')).toMatch(/cannot go from new to notified/);
    expect(transitionError('closed', 'new')).toMatch(/allowed: none/);
    expect(transitionError('breach_confirmed', 'not_a_breach', 'x')).not.toBeNull();
  });
});

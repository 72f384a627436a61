import { describe, expect, it } from 'vitest';
import { redactText } from './redact.ts';

describe('redactText', () => {
  it('replaces every finding by its record mask and keeps the rest', () => {
    const text = 'CCCD 038090012345, SĐT 0912345678, email an@gmail.com. Cảm ơn!';
    const out = redactText(text);
    expect(out).toBe('CCCD **********45, SĐT ********78, email ***@gmail.com. Cảm ơn!');
    for (const raw of ['038090012345', '0912345678', 'an@gmail.com']) expect(out).not.toContain(raw);
  });

  it('returns text without findings unchanged', () => {
    expect(redactText('Họp lúc 10:30 ngày 20/11/2024')).toBe('Họp lúc 10:30 ngày 20/11/2024');
  });
});

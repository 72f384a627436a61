import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable } from './syllable.ts';

describe('isVietnameseSyllable', () => {
  it.each(['nguyen', 'nghieng', 'gi', 'gin', 'quynh', 'khoa', 'minh', 'anh', 'thuong', 'yen', 'uyen', 'o', 'trinh', 'phuong'])(
    'accepts %s',
    (w) => expect(isVietnameseSyllable(w)).toBe(true),
  );
  it.each(['street', 'project', 'ubnd', 'tr', 'qa', 'hcm', 'x', 'ksor', 'covid', 'abcdefgh', 'nguyeen'])('rejects %s', (w) =>
    expect(isVietnameseSyllable(w)).toBe(false),
  );
  it('reads a slice without copying it', () => {
    expect(isVietnameseSyllable('le van an', 3, 6)).toBe(true);
    expect(isVietnameseSyllable('le vxn an', 3, 6)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isExternal, siteMatches } from './site-match.ts';

describe('site patterns (§6)', () => {
  it('matches host patterns on any scheme and port, *.x also matching x', () => {
    expect(siteMatches('*.gov.vn', 'https://dichvucong.gov.vn')).toBe(true);
    expect(siteMatches('*.gov.vn', 'http://gov.vn:8080')).toBe(true);
    expect(siteMatches('*.gov.vn', 'https://gov.vn.evil.com')).toBe(false);
    expect(siteMatches('localhost', 'http://localhost:3000')).toBe(true);
  });
  it('matches Chrome match patterns', () => {
    expect(siteMatches('https://x.gov.vn/*', 'https://x.gov.vn/a/b')).toBe(true);
    expect(siteMatches('https://x.gov.vn/*', 'http://x.gov.vn/a')).toBe(false);
  });
  it('treats blocked as external even when approved', () => {
    const policy = { approvedSites: ['*.gov.vn'], blockedSites: ['bad.gov.vn'] };
    expect(isExternal('https://a.gov.vn', policy)).toBe(false);
    expect(isExternal('https://bad.gov.vn', policy)).toBe(true);
    expect(isExternal('https://chatgpt.com', policy)).toBe(true);
  });
});

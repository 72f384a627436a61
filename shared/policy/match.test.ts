import { describe, expect, it } from 'vitest';
import { firstMatch, invalidPatterns, matchesSite, parseSitePattern } from './match.ts';

describe('host patterns', () => {
  it('match any scheme, port and path', () => {
    expect(matchesSite('dichvucong.gov.vn', 'https://dichvucong.gov.vn/p/home')).toBe(true);
    expect(matchesSite('dichvucong.gov.vn', 'http://dichvucong.gov.vn:8080/x?y=1')).toBe(true);
    expect(matchesSite('localhost', 'http://localhost:5173/')).toBe(true);
    expect(matchesSite('127.0.0.1', 'http://127.0.0.1:40123/page.html')).toBe(true);
  });
  it('match hosts exactly, case-insensitively', () => {
    expect(matchesSite('dichvucong.gov.vn', 'https://DichVuCong.gov.vn/')).toBe(true);
    expect(matchesSite('dichvucong.gov.vn', 'https://evil-dichvucong.gov.vn/')).toBe(false);
    expect(matchesSite('dichvucong.gov.vn', 'https://a.dichvucong.gov.vn/')).toBe(false);
    expect(matchesSite('gov.vn', 'https://gov.vn.attacker.com/')).toBe(false);
  });
  it('*.x matches x and its subdomains, nothing that merely ends in x', () => {
    expect(matchesSite('*.gov.vn', 'https://gov.vn/')).toBe(true);
    expect(matchesSite('*.gov.vn', 'https://hanoi.gov.vn/')).toBe(true);
    expect(matchesSite('*.gov.vn', 'https://a.b.hanoi.gov.vn/')).toBe(true);
    expect(matchesSite('*.gov.vn', 'https://notgov.vn/')).toBe(false);
    expect(matchesSite('*.gov.vn', 'https://gov.vn.evil.com/')).toBe(false);
  });
  it('a port in a host pattern restricts to that port', () => {
    expect(matchesSite('127.0.0.1:8080', 'http://127.0.0.1:8080/')).toBe(true);
    expect(matchesSite('127.0.0.1:8080', 'http://127.0.0.1:8081/')).toBe(false);
    expect(matchesSite('example.com:443', 'https://example.com/')).toBe(true);
  });
});

describe('match patterns (Chrome rules)', () => {
  it('check the scheme; * means http or https', () => {
    expect(matchesSite('https://x.gov.vn/*', 'https://x.gov.vn/a')).toBe(true);
    expect(matchesSite('https://x.gov.vn/*', 'http://x.gov.vn/a')).toBe(false);
    expect(matchesSite('*://x.gov.vn/*', 'http://x.gov.vn/a')).toBe(true);
    expect(matchesSite('*://x.gov.vn/*', 'ftp://x.gov.vn/a')).toBe(false);
  });
  it('glob the path and query', () => {
    expect(matchesSite('https://x.vn/forms/*', 'https://x.vn/forms/a')).toBe(true);
    expect(matchesSite('https://x.vn/forms/*', 'https://x.vn/other')).toBe(false);
    expect(matchesSite('https://x.vn/a?b=*', 'https://x.vn/a?b=1')).toBe(true);
    expect(matchesSite('https://x.vn/a.b', 'https://x.vn/aXb')).toBe(false);
  });
  it('match every port unless the pattern names one', () => {
    expect(matchesSite('http://127.0.0.1/*', 'http://127.0.0.1:7381/v1')).toBe(true);
    expect(matchesSite('http://127.0.0.1:7381/*', 'http://127.0.0.1:7382/v1')).toBe(false);
  });
  it('support subdomain wildcards and <all_urls>', () => {
    expect(matchesSite('https://*.hanoi.gov.vn/*', 'https://hanoi.gov.vn/')).toBe(true);
    expect(matchesSite('https://*.hanoi.gov.vn/*', 'https://so.hanoi.gov.vn/x')).toBe(true);
    expect(matchesSite('<all_urls>', 'https://anything.example/')).toBe(true);
    expect(matchesSite('<all_urls>', 'chrome://settings/')).toBe(false);
  });
});

describe('bad input', () => {
  it('invalid patterns and URLs match nothing', () => {
    expect(matchesSite('https://x.vn', 'https://x.vn/')).toBe(false);
    expect(matchesSite('a*b.vn', 'https://axb.vn/')).toBe(false);
    expect(matchesSite('x.vn', 'not a url')).toBe(false);
    expect(matchesSite('', 'https://x.vn/')).toBe(false);
  });
  it('lists invalid patterns with reasons', () => {
    const bad = invalidPatterns(['*.gov.vn', 'https://x.vn', 'a*b']);
    expect(bad.map((b) => b.pattern)).toEqual(['https://x.vn', 'a*b']);
    expect(bad[0]!.reason).toMatch(/path/);
    expect(parseSitePattern('*.gov.vn').kind).toBe('host');
  });
  it('firstMatch returns the deciding pattern', () => {
    expect(firstMatch(['a.vn', '*.gov.vn'], 'https://hue.gov.vn/')).toBe('*.gov.vn');
    expect(firstMatch(['a.vn'], 'https://hue.gov.vn/')).toBeNull();
  });
});

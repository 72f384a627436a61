import { describe, expect, it } from 'vitest';
import { recordedSite } from './record-site.ts';

describe('recordedSite', () => {
  const page = 'https://chat.example.com:8443/c/123?cccd=038095001234#x';
  it('records the origin by default', () => {
    expect(recordedSite('origin', page)).toBe('https://chat.example.com:8443');
  });
  it('records only the host when asked', () => {
    expect(recordedSite('host', page)).toBe('chat.example.com');
  });
  it('records the page without query or fragment, which may carry personal data', () => {
    expect(recordedSite('url', page)).toBe('https://chat.example.com:8443/c/123');
  });
  it('does not echo an unparsable address', () => {
    expect(recordedSite('url', 'not a url 038095001234')).toBe('unknown');
  });
  it('names opaque origins by scheme', () => {
    expect(recordedSite('origin', 'data:text/html,038095001234')).toBe('data:');
  });
});

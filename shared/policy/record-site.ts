// How much of the page's address an event records (policy `recordSite`):
// the origin by default; the host when an agency wants less; the URL without
// query and fragment when it wants the page (queries often carry personal data).
import type { Policy } from './schema.ts';

export function recordedSite(recordSite: Policy['recordSite'], pageUrl: string): string {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return 'unknown';
  }
  if (url.origin === 'null') return `${url.protocol}`;
  switch (recordSite) {
    case 'host':
      return url.hostname;
    case 'url':
      return `${url.origin}${url.pathname}`;
    default:
      return url.origin;
  }
}

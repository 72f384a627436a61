// Site patterns of the policy (interfaces.md §6). Two forms:
// - a host pattern (`localhost`, `dichvucong.gov.vn`, `*.gov.vn`, optionally
//   `host:port`) matches any scheme, port (unless given) and path; `*.x` also
//   matches `x` itself, because agencies write `*.gov.vn` meaning "gov.vn and
//   everything under it";
// - a match pattern (`https://x.gov.vn/*`, `*://*.x.vn/path*`, `<all_urls>`)
//   follows Chrome's rules: scheme `*` means http or https, a port absent from
//   the pattern matches every port, the path glob covers path and query.
// Pure and dependency-free: the content script runs this on every decision.

export type SitePattern =
  | { kind: 'host'; host: string; wildcard: boolean; port: string | null }
  | { kind: 'match'; scheme: string; host: string; wildcard: boolean; port: string | null; path: RegExp }
  | { kind: 'all' }
  | { kind: 'invalid'; reason: string };

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

function splitHostPort(hostPort: string): { host: string; port: string | null } {
  // IPv6 literals keep their brackets: [::1]:8080
  const m = /^(\[[^\]]+\]|[^:]*)(?::(\d+|\*))?$/.exec(hostPort);
  if (!m) return { host: hostPort, port: null };
  const port = m[2] && m[2] !== '*' ? m[2] : null;
  return { host: m[1]!, port };
}

function parseHostPart(raw: string): { host: string; wildcard: boolean } | null {
  const host = raw.toLowerCase().replace(/\.$/, '');
  if (host === '*') return { host: '', wildcard: true };
  if (host.startsWith('*.')) {
    const rest = host.slice(2);
    if (!rest || rest.includes('*')) return null;
    return { host: rest, wildcard: true };
  }
  if (!host || host.includes('*') || /[\s/?#@]/.test(host)) return null;
  return { host, wildcard: false };
}

export function parseSitePattern(pattern: string): SitePattern {
  const p = pattern.trim();
  if (p === '<all_urls>') return { kind: 'all' };
  const schemeSep = p.indexOf('://');
  if (schemeSep < 0) {
    const { host: h, port } = splitHostPort(p);
    const host = parseHostPart(h);
    if (!host) return { kind: 'invalid', reason: `not a host pattern: ${p}` };
    return { kind: 'host', ...host, port };
  }
  const scheme = p.slice(0, schemeSep).toLowerCase();
  if (!/^(\*|[a-z][a-z0-9+.-]*)$/.test(scheme)) return { kind: 'invalid', reason: `bad scheme in ${p}` };
  const rest = p.slice(schemeSep + 3);
  const slash = rest.indexOf('/');
  if (slash < 0) return { kind: 'invalid', reason: `a match pattern needs a path (${p}/*)` };
  const { host: h, port } = splitHostPort(rest.slice(0, slash));
  const host = scheme === 'file' && h === '' ? { host: '', wildcard: false } : parseHostPart(h);
  if (!host) return { kind: 'invalid', reason: `bad host in ${p}` };
  return { kind: 'match', scheme, ...host, port, path: globToRegExp(rest.slice(slash)) };
}

function hostMatches(pattern: { host: string; wildcard: boolean }, host: string): boolean {
  if (pattern.wildcard) {
    if (pattern.host === '') return true;
    return host === pattern.host || host.endsWith(`.${pattern.host}`);
  }
  return host === pattern.host;
}

function effectivePort(url: URL): string {
  if (url.port) return url.port;
  if (url.protocol === 'https:') return '443';
  if (url.protocol === 'http:') return '80';
  return '';
}

function asUrl(url: string | URL): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function matchesParsed(pattern: SitePattern, target: URL): boolean {
  const host = target.hostname.toLowerCase().replace(/\.$/, '');
  switch (pattern.kind) {
    case 'invalid':
      return false;
    case 'all':
      return /^(https?|wss?|file|ftp):$/.test(target.protocol);
    case 'host':
      if (!host) return false;
      if (pattern.port !== null && pattern.port !== effectivePort(target)) return false;
      return hostMatches(pattern, host);
    case 'match': {
      const scheme = target.protocol.slice(0, -1);
      if (pattern.scheme === '*' ? scheme !== 'http' && scheme !== 'https' : scheme !== pattern.scheme) return false;
      if (pattern.scheme !== 'file' && !hostMatches(pattern, host)) return false;
      if (pattern.port !== null && pattern.port !== effectivePort(target)) return false;
      return pattern.path.test(target.pathname + target.search);
    }
  }
}

/** Does `url` fall under the site pattern? Invalid patterns and URLs match nothing. */
export function matchesSite(pattern: string, url: string | URL): boolean {
  const target = asUrl(url);
  if (!target) return false;
  return matchesParsed(parseSitePattern(pattern), target);
}

/** The first pattern of the list that matches, or null. */
export function firstMatch(patterns: readonly string[], url: string | URL): string | null {
  const target = asUrl(url);
  if (!target) return null;
  for (const p of patterns) if (matchesParsed(parseSitePattern(p), target)) return p;
  return null;
}

/** Patterns an options page should refuse, each with the reason. */
export function invalidPatterns(patterns: readonly string[]): { pattern: string; reason: string }[] {
  const out: { pattern: string; reason: string }[] = [];
  for (const p of patterns) {
    const parsed = parseSitePattern(p);
    if (parsed.kind === 'invalid') out.push({ pattern: p, reason: parsed.reason });
  }
  return out;
}

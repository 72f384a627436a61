// Site patterns of interfaces.md §6: a host pattern (`x.gov.vn`, `*.gov.vn`,
// which also matches `gov.vn`) matches any scheme, port and path; a match
// pattern (`https://x.gov.vn/*`) follows Chrome's scheme/host/path rules.

function hostOf(site: string): string {
  try {
    return new URL(site.includes('://') ? site : `http://${site}`).hostname.toLowerCase();
  } catch {
    return site.toLowerCase();
  }
}

function hostMatches(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase();
  if (p === '*') return true;
  if (p.startsWith('*.')) {
    const base = p.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return host === p;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

export function siteMatches(pattern: string, site: string): boolean {
  const m = /^(\*|https?|file|ftp|wss?):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return hostMatches(pattern, hostOf(site));
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    return false;
  }
  const [, scheme, host, path] = m;
  const schemeOk = scheme === '*' ? url.protocol === 'http:' || url.protocol === 'https:' : url.protocol === `${scheme}:`;
  return schemeOk && hostMatches(host, url.hostname) && globToRegExp(path).test(url.pathname || '/');
}

/** External = not on the approved list, or on the blocked one (blocked beats approved). */
export function isExternal(site: string, policy: { approvedSites: string[]; blockedSites: string[] }): boolean {
  if (policy.blockedSites.some((p) => siteMatches(p, site))) return true;
  return !policy.approvedSites.some((p) => siteMatches(p, site));
}

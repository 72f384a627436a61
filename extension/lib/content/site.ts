// Where the user is acting: the top-level page (what policy approves or
// blocks) and, when the field sits in a frame of another origin, that frame.

export interface SiteContext {
  /** URL of the top-level page as far as this frame can know it. */
  topUrl: string;
  /** Origin of the top-level page. */
  site: string;
  /** This frame's origin when it differs from the top-level page's. */
  frameOrigin?: string;
}

interface FrameView {
  location: { href: string; origin: string; ancestorOrigins?: { length: number; [i: number]: string } };
  origin?: string;
  top: unknown;
  self: unknown;
  document: { referrer: string };
}

/**
 * In the top frame the full URL is known. In a same-origin frame the top's
 * URL can be read; in a cross-origin one only its origin (Chrome's
 * `ancestorOrigins`, or the referrer elsewhere). about:blank and srcdoc frames
 * report the origin they inherit.
 */
export function siteContext(view: FrameView): SiteContext {
  const ownOrigin = frameOwnOrigin(view);
  if (view.top === view.self) return { topUrl: view.location.href, site: ownOrigin };
  let topUrl: string | null = null;
  try {
    topUrl = (view.top as { location: { href: string } }).location.href;
  } catch {
    topUrl = null;
  }
  let site: string;
  if (topUrl) site = new URL(topUrl).origin;
  else {
    const ancestors = view.location.ancestorOrigins;
    const last = ancestors && ancestors.length > 0 ? ancestors[ancestors.length - 1] : null;
    site = last ?? originOf(view.document.referrer) ?? ownOrigin;
    topUrl = site;
  }
  return ownOrigin !== site ? { topUrl, site, frameOrigin: ownOrigin } : { topUrl, site };
}

function frameOwnOrigin(view: FrameView): string {
  const o = view.location.origin;
  if (o && o !== 'null') return o;
  // about:blank / srcdoc: `self.origin` is the creator's origin.
  return view.origin && view.origin !== 'null' ? view.origin : 'null';
}

function originOf(url: string): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

// Styles for the guard's shadow roots and hosts that a page's Content
// Security Policy cannot block: a constructed stylesheet (not an inline
// <style>) and CSSOM writes (not a `style` attribute). Firefox's content
// scripts may refuse to adopt a sheet across their wrapper; a <style> element
// is the fallback there.

export function adoptStyles(root: ShadowRoot, css: string): void {
  try {
    const view = (root.ownerDocument?.defaultView ?? globalThis) as typeof globalThis;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // fall through
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  root.prepend(style);
}

export function styleHost(host: HTMLElement, css: string): void {
  host.style.cssText = css;
}

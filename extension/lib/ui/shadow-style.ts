// Styles for the guard's shadow roots and hosts that a page's Content
// Security Policy cannot block: a constructed stylesheet (not an inline
// <style>) and CSSOM writes (not a `style` attribute).

export function adoptStyles(root: ShadowRoot, css: string): void {
  const view = root.ownerDocument?.defaultView ?? globalThis;
  const Sheet = (view as typeof globalThis).CSSStyleSheet;
  const sheet = new Sheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
}

export function styleHost(host: HTMLElement, css: string): void {
  host.style.cssText = css;
}

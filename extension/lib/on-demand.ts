// Loads one of the extension's own scripts the first time the content script
// needs it (the file reader, the guard's UI). Every frame of every page loads
// the content script, which has a 60 KB gzip budget; code needed only once a
// file arrives or a finding must be shown waits in a script of its own.
// `import()` of an extension URL from a content script fetches the
// extension's own file (listed in web_accessible_resources, so the page's
// origin may load it; no new permission) and runs it in the content script's
// isolated world; the page's Content Security Policy does not govern it.
// Nothing is fetched from elsewhere.
import { browser } from 'wxt/browser';

// WXT types getURL with the paths it knows of in .wxt, which this repository's tsconfig leaves out.
const scriptUrl = (path: string) => (browser.runtime as unknown as { getURL(path: string): string }).getURL(path);

export type ImportModule = (url: string) => Promise<unknown>;

/**
 * One load per frame, shared by every caller while it runs. WXT builds an
 * unlisted script as a classic script with no exports, so the script leaves
 * what it offers on the global object under `global` (the isolated world's,
 * which the page cannot see). A failed load is forgotten so the next need
 * tries again; each caller decides what a failure means for the case at hand.
 */
export function onDemand<T>(script: string, global: string, importModule: ImportModule = (url) => import(/* @vite-ignore */ url)): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= importModule(scriptUrl(script)).then(() => {
      const offered = (globalThis as unknown as Record<string, T | undefined>)[global];
      if (!offered) throw new Error(`${script} loaded without its functions`);
      return offered;
    })).catch((err: unknown) => {
      loading = undefined;
      throw err;
    });
}

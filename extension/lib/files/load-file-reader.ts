// Loads the file reader (file-reader-handoff.ts) the first time a file needs
// reading. `import()` of an extension URL from a content script fetches the
// extension's own file (listed in web_accessible_resources, so the page's
// origin may load it; no new permission) and runs it in the content script's
// isolated world; the page's Content Security Policy does not govern it. The
// script ships inside the extension: nothing is fetched from elsewhere.
import { browser } from 'wxt/browser';
import { FILE_READER_GLOBAL, FILE_READER_SCRIPT, type FileReading } from './file-reader-handoff.ts';

// WXT types getURL with the paths it knows of in .wxt, which this repository's tsconfig leaves out.
const scriptUrl = () => (browser.runtime as unknown as { getURL(path: string): string }).getURL(FILE_READER_SCRIPT);

/**
 * One load per frame, shared by the files that arrive while it runs. A failed
 * load is forgotten so the next file tries again; the file at hand is treated
 * as not read (scan-file.ts), which policy's failMode decides.
 */
export function fileReaderLoader(importModule = (url: string): Promise<unknown> => import(/* @vite-ignore */ url)): () => Promise<FileReading> {
  let loading: Promise<FileReading> | undefined;
  return () =>
    (loading ??= importModule(scriptUrl()).then(() => {
      const reading = (globalThis as unknown as Record<string, FileReading | undefined>)[FILE_READER_GLOBAL];
      if (!reading) throw new Error('file reader loaded without its functions');
      return reading;
    })).catch((err: unknown) => {
      loading = undefined;
      throw err;
    });
}

export const loadFileReader = fileReaderLoader();

import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FILE_READER_GLOBAL } from '../lib/files/file-reader-handoff.ts';
import { fileReading } from '../lib/files/file-reader.ts';

// Imported by the content script on the first file it must read
// (lib/files/load-file-reader.ts); runs in the content script's isolated world.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[FILE_READER_GLOBAL] = fileReading;
});

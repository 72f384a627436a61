// Office files are zip archives. Only the entries a reader asks for are
// inflated, each into a buffer of its declared size (fflate never grows it),
// and the declared sizes are capped: a small file that claims to unpack into
// gigabytes (a zip bomb) is refused before anything is inflated.
import { unzipSync } from 'fflate';

/** Uncompressed bytes one office file may unpack into. */
export const MAX_UNPACKED_BYTES = 96 * 1024 * 1024;

export class ZipTooLargeError extends Error {
  constructor() {
    super('archive unpacks beyond the size limit');
    this.name = 'ZipTooLargeError';
  }
}

export function unzipEntries(bytes: Uint8Array, wanted: (name: string) => boolean, maxBytes = MAX_UNPACKED_BYTES): Record<string, Uint8Array> {
  let total = 0;
  let tooLarge = false;
  const files = unzipSync(bytes, {
    filter: (f) => {
      if (!wanted(f.name)) return false;
      total += f.originalSize;
      if (total > maxBytes) tooLarge = true;
      return !tooLarge;
    },
  });
  if (tooLarge) throw new ZipTooLargeError();
  return files;
}

export function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

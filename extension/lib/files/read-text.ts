// A text file's bytes to text (part of the file reader loaded on demand,
// file-reader.ts): the engine that reads the text stays in the content script.

export interface TextRead {
  text: string;
  /** Only the first MAX_TEXT_BYTES were read. */
  cut: boolean;
}

/** Text files larger than this are read up to it and reported as cut short. */
export const MAX_TEXT_BYTES = 8 * 1024 * 1024;

export async function readText(file: Blob): Promise<TextRead> {
  const bytes = new Uint8Array(await file.slice(0, MAX_TEXT_BYTES).arrayBuffer());
  return { text: decodeText(bytes), cut: file.size > MAX_TEXT_BYTES };
}

/** UTF-8 (with or without BOM), UTF-16 by BOM; Windows-1258 (Vietnamese legacy) when UTF-8 fails. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1258').decode(bytes);
  }
}

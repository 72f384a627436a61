// Which files the guard can read, decided from name and type alone: cheap
// enough for the capture-phase listener that must decide on the spot whether
// to hold a drop, a paste or an upload. A file's kind (what the event records)
// comes from a fixed list, never from the free text of its name: a name can
// hold personal data ("CCCD 001203004567.jpg").

const TEXT_KINDS = new Set(['txt', 'csv', 'tsv', 'text', 'log', 'md', 'json']);
const IMAGE_KINDS = new Set(['png', 'jpg', 'jpeg', 'webp', 'gif', 'bmp']);
const OFFICE_KINDS = new Set(['xlsx', 'docx', 'pdf']);

const BY_MIME: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/bmp': 'bmp',
  'application/pdf': 'pdf',
  'application/json': 'json',
  'text/csv': 'csv',
  'text/plain': 'txt',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

const KNOWN = new Set([...TEXT_KINDS, ...IMAGE_KINDS, ...OFFICE_KINDS]);

export function fileKind(file: { name: string; type: string }): string {
  const ext = /\.([a-z0-9]{1,5})$/i.exec(file.name)?.[1]?.toLowerCase();
  if (ext && KNOWN.has(ext)) return ext === 'jpeg' ? 'jpg' : ext;
  const mime = file.type.toLowerCase();
  if (BY_MIME[mime]) return BY_MIME[mime];
  // An unknown type is recorded as its MIME type when it looks like one, else not at all.
  return /^[a-z]+\/[a-z0-9.+-]{1,60}$/.test(mime) ? mime : 'unknown';
}

export function isTextKind(kind: string): boolean {
  return TEXT_KINDS.has(kind) || kind.startsWith('text/');
}

export function isImageKind(kind: string): boolean {
  return IMAGE_KINDS.has(kind);
}

/** Read in the offscreen document (OCR, office parsers), not in the page. */
export function isRemoteKind(kind: string): boolean {
  return IMAGE_KINDS.has(kind) || OFFICE_KINDS.has(kind);
}

/** Whether scanFile can read this file. */
export function isScannable(file: { name: string; type: string }): boolean {
  const kind = fileKind(file);
  return isTextKind(kind) || isRemoteKind(kind);
}

/** The MIME type to hand a decoder (images keep theirs; an empty type is inferred from the kind). */
export function mimeOf(file: { type: string }, kind: string): string {
  if (file.type) return file.type;
  return Object.entries(BY_MIME).find(([, k]) => k === kind)?.[0] ?? 'application/octet-stream';
}

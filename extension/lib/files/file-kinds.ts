// Which files the guard can read, decided from name and type alone: cheap
// enough for the capture-phase listener that must decide on the spot whether
// to hold a drop or an upload.

const TEXT_EXTENSIONS = new Set(['txt', 'csv', 'tsv', 'text', 'log', 'md', 'json']);

export function fileKind(file: { name: string; type: string }): string {
  const ext = /\.([a-z0-9]{1,8})$/i.exec(file.name)?.[1]?.toLowerCase();
  if (ext) return ext;
  return file.type || 'unknown';
}

/** Whether scanFile can read this file. The images issue widens this. */
export function isScannable(file: { name: string; type: string }): boolean {
  if (TEXT_EXTENSIONS.has(fileKind(file))) return true;
  return file.type.startsWith('text/');
}

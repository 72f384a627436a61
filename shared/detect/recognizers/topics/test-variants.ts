// Helpers for the soft recognizers' test tables: the same sentence as typed
// without diacritics, in UPPERCASE and NFD-encoded, which is how pasted and
// chat text arrives.
export function bare(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

export function variants(text: string): string[] {
  return [text, bare(text), text.toUpperCase(), text.normalize('NFD')];
}

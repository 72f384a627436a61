// The text a paste or a drop carries: text/plain, or the text of text/html
// when that is all there is (parsed inert: DOMParser runs no script and loads
// nothing).

export function transferText(data: DataTransfer | null, doc: Document): { text: string; html?: string } {
  if (!data) return { text: '' };
  const plain = data.getData('text/plain');
  const html = data.getData('text/html') || undefined;
  if (plain) return { text: plain, html };
  if (!html) return { text: '' };
  const view = doc.defaultView;
  if (!view) return { text: '', html };
  const parsed = new view.DOMParser().parseFromString(html, 'text/html');
  return { text: parsed.body?.innerText ?? parsed.body?.textContent ?? '', html };
}

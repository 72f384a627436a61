// Just enough XML for office files: the text between tags, entities decoded.
// No DOM (none in a worker or in Node tests), no external entities, no DTD:
// a document cannot make this parser fetch or expand anything.

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED[name] ?? whole;
  });
}

/** A tag or a run of text, in document order. */
export interface XmlToken {
  /** Tag name with its prefix (`w:t`), or '' for text. */
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attrs: string;
  text: string;
}

const TOKEN = /<(\/?)([A-Za-z_][\w:.-]*)([^>]*?)(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>|([^<]+)/g;

export function* xmlTokens(xml: string): Generator<XmlToken> {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    if (m[2]) yield { name: m[2], closing: m[1] === '/', selfClosing: m[4] === '/', attrs: m[3], text: '' };
    else if (m[5] !== undefined) yield { name: '', closing: false, selfClosing: false, attrs: '', text: m[5] };
    else if (m[6] !== undefined) yield { name: '', closing: false, selfClosing: false, attrs: '', text: decodeEntities(m[6]) };
  }
}

export function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return m ? decodeEntities(m[1]) : undefined;
}

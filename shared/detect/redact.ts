import { detect } from './engine.ts';

/**
 * Every finding replaced by its record mask: the agent's last guard before
 * anything is written or shipped.
 */
export function redactText(text: string): string {
  const findings = detect(text);
  if (findings.length === 0) return text;
  let out = '';
  let at = 0;
  for (const f of findings) {
    out += text.slice(at, f.start) + f.masked;
    at = f.end;
  }
  return out + text.slice(at);
}

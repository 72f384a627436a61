import en from './en.json' with { type: 'json' };
import vi from './vi.json' with { type: 'json' };

export type Lang = 'vi' | 'en';
const CATALOGS: Record<Lang, Record<string, string>> = { vi, en };

/** A message with `{name}` placeholders filled; Vietnamese first, English as fallback. */
export function t(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const template = CATALOGS[lang][key] ?? CATALOGS.vi[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (params[name] === undefined ? `{${name}}` : String(params[name])));
}

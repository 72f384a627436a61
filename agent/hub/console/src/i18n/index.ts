// Message lookup. The language is remembered in localStorage; Vietnamese is
// the default because the console's users are Vietnamese civil servants.
import { en } from './en.ts';
import { vi, type MessageKey } from './vi.ts';

export type Lang = 'vi' | 'en';
export type { MessageKey };

const CATALOGS: Record<Lang, Record<MessageKey, string>> = { vi, en };
const STORAGE_KEY = 'pdp-console-lang';

let current: Lang = 'vi';

export function initialLang(storage: Pick<Storage, 'getItem'> | undefined): Lang {
  try {
    return storage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function setLang(lang: Lang, storage?: Pick<Storage, 'setItem'>): void {
  current = lang;
  try {
    storage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Private browsing may refuse storage; the switch still works for this visit.
  }
}

export function getLang(): Lang {
  return current;
}

export function format(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  return format(CATALOGS[current][key] ?? key, vars);
}

/** A label for a value from an open vocabulary (types, statuses…): falls back to the raw code. */
export function label(prefix: string, value: string): string {
  const key = `${prefix}.${value}` as MessageKey;
  const text = CATALOGS[current][key];
  return text ?? value;
}

import { en } from './en.ts';
import { vi, type Messages } from './vi.ts';

/** Vietnamese unless PDP_LANG or LANG asks for English. */
export function messages(env: NodeJS.ProcessEnv = process.env): Messages {
  const lang = (env.PDP_LANG ?? env.LC_ALL ?? env.LANG ?? 'vi').toLowerCase();
  return lang.startsWith('en') ? en : vi;
}

export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}

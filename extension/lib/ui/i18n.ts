// User-facing text of the page-side UI comes from _locales (vi is the
// default locale; Chrome picks en when the browser's UI is English).
import { browser } from 'wxt/browser';
import type { FindingType } from '../../../shared/detect/types.ts';

export function t(key: string, substitutions?: string | string[]): string {
  try {
    // Keys are checked by the locale files, not by WXT's generated key union.
    const i18n = browser.i18n as unknown as { getMessage(key: string, subs?: string | string[]): string };
    const text = i18n.getMessage(key, substitutions);
    if (text) return text;
  } catch {
    // No i18n API (a unit test without fakeBrowser's i18n): fall back to the key.
  }
  return key;
}

export function typeLabel(type: FindingType): string {
  return t(`guard_type_${type}`);
}

/** Language of the messages actually shown (vi, or en in an English browser), for `lang` attributes. */
export function uiLanguage(): string {
  const lang = t('guard_lang');
  return lang === 'guard_lang' ? 'vi' : lang;
}

import { describe, expect, it } from 'vitest';
import { FINDING_TYPES } from '../../../../../shared/detect/types.ts';
import { ACTIONS, CHANNELS, DECISIONS } from '../../../../../shared/event/schema.ts';
import { STATUSES } from '../lib/status-flow.ts';
import { en } from './en.ts';
import { format, getLang, initialLang, label, setLang, t } from './index.ts';
import { vi } from './vi.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('have the same keys in Vietnamese and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [k, v] of [...Object.entries(vi), ...Object.entries(en)]) expect(v.trim(), k).not.toBe('');
  });
  it('use the same placeholders in both languages', () => {
    for (const k of Object.keys(vi) as (keyof typeof vi)[]) expect(placeholders(en[k]), k).toEqual(placeholders(vi[k]));
  });
  it('name every finding type, status, channel, action and decision', () => {
    const needed = [
      ...FINDING_TYPES.map((x) => `type.${x}`),
      ...STATUSES.map((x) => `status.${x}`),
      ...CHANNELS.map((x) => `channel.${x}`),
      ...ACTIONS.map((x) => `action.${x}`),
      ...DECISIONS.map((x) => `decision.${x}`),
    ];
    for (const k of needed) expect(Object.keys(vi), k).toContain(k);
  });
});

describe('lookup', () => {
  it('defaults to Vietnamese and remembers English', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(initialLang(storage)).toBe('vi');
    setLang('en', storage);
    expect(getLang()).toBe('en');
    expect(initialLang(storage)).toBe('en');
    expect(t('status.new')).toBe('New');
    setLang('vi', storage);
    expect(t('status.new')).toBe('Mới');
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{a} và {b}', { a: 1 })).toBe('1 và {b}');
    setLang('vi');
    expect(t('incidents.page', { page: 2, pages: 5 })).toBe('Trang 2 / 5');
  });
  it('falls back to the raw code for values outside the vocabulary', () => {
    setLang('vi');
    expect(label('type', 'cccd')).toBe('Số CCCD/định danh cá nhân');
    expect(label('type', 'future_type')).toBe('future_type');
  });
});

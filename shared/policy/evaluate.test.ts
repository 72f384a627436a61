import { describe, expect, it } from 'vitest';
import type { TextSummary } from '../detect/api.ts';
import { DEFAULT_POLICY, policySchema, type Policy } from './schema.ts';
import { evaluate, siteStatus, stricter } from './evaluate.ts';

const summary = (byType: TextSummary['byType']): TextSummary => {
  let total = 0;
  let distinct = 0;
  for (const v of Object.values(byType)) {
    total += v!.count;
    distinct += v!.distinct;
  }
  return { byType, total, distinct, looksLikeList: false };
};
const policy = (p: Partial<Policy>): Policy => policySchema.parse({ version: 't', ...p });
const chat = 'https://chat.example.com/c/1';

describe('site status', () => {
  it('blocked beats approved', () => {
    const p = policy({ approvedSites: ['*.example.com'], blockedSites: ['chat.example.com'] });
    expect(siteStatus(p, chat)).toEqual({ status: 'blocked', pattern: 'chat.example.com' });
    expect(evaluate(p, chat, summary({ phone: { count: 1, distinct: 1 } })).action).toBe('block');
    expect(siteStatus(p, 'https://mail.example.com/')).toEqual({ status: 'approved', pattern: '*.example.com' });
  });
  it('an approved site allows everything', () => {
    const v = evaluate(DEFAULT_POLICY, 'https://dichvucong.gov.vn/', summary({ cccd: { count: 50, distinct: 50 } }));
    expect(v.site.status).toBe('approved');
    expect(v.action).toBe('allow');
  });
  it('the built-in default warns on every detection elsewhere', () => {
    expect(evaluate(DEFAULT_POLICY, chat, summary({ email: { count: 1, distinct: 1 } })).action).toBe('warn');
  });
  it('nothing found, nothing to do, even on a blocked site', () => {
    const p = policy({ blockedSites: ['chat.example.com'] });
    expect(evaluate(p, chat, summary({})).action).toBe('allow');
  });
});

describe('actions', () => {
  it('a type rule beats a category rule beats "*" beats defaultAction', () => {
    const p = policy({
      defaultAction: 'audit',
      actions: { '*': 'warn', basic: 'mask', cccd: 'block_with_override' },
    });
    expect(evaluate(p, chat, summary({ cccd: { count: 1, distinct: 1 } })).action).toBe('block_with_override');
    expect(evaluate(p, chat, summary({ phone: { count: 1, distinct: 1 } })).action).toBe('mask');
    expect(evaluate(p, chat, summary({ health: { count: 1, distinct: 1 } })).action).toBe('warn');
    expect(evaluate(policy({ defaultAction: 'audit' }), chat, summary({ health: { count: 1, distinct: 1 } })).action).toBe('audit');
  });
  it('a type rule can relax its category', () => {
    const p = policy({ actions: { basic: 'block', email: 'allow' } });
    const v = evaluate(p, chat, summary({ email: { count: 1, distinct: 1 } }));
    expect(v.action).toBe('allow');
    expect(v.byType[0]!.rules).toEqual(['actions.email']);
  });
  it('the text takes the strictest action over its types', () => {
    const p = policy({ actions: { email: 'audit', bank_account: 'block' } });
    const v = evaluate(p, chat, summary({ email: { count: 1, distinct: 1 }, bank_account: { count: 1, distinct: 1 } }));
    expect(v.action).toBe('block');
    expect(v.byType.find((b) => b.type === 'email')!.action).toBe('audit');
  });
});

describe('thresholds on distinct values', () => {
  const p = policy({ thresholds: { cccd: [{ min: 1, action: 'warn' }, { min: 10, action: 'block' }] } });
  it('warn on one CCCD, block on a list of ten or more', () => {
    expect(evaluate(p, chat, summary({ cccd: { count: 1, distinct: 1 } })).action).toBe('warn');
    expect(evaluate(p, chat, summary({ cccd: { count: 30, distinct: 9 } })).action).toBe('warn');
    const v = evaluate(p, chat, summary({ cccd: { count: 10, distinct: 10 } }));
    expect(v.action).toBe('block');
    expect(v.byType[0]!.rules).toEqual(['thresholds.cccd>=10']);
  });
  it('count distinct values, not repetitions', () => {
    expect(evaluate(p, chat, summary({ cccd: { count: 40, distinct: 2 } })).action).toBe('warn');
  });
  it('category and "*" thresholds count across types', () => {
    const q = policy({ defaultAction: 'audit', thresholds: { basic: [{ min: 5, action: 'mask' }], '*': [{ min: 8, action: 'block' }] } });
    const four = summary({ phone: { count: 2, distinct: 2 }, email: { count: 2, distinct: 2 } });
    expect(evaluate(q, chat, four).action).toBe('audit');
    const five = summary({ phone: { count: 3, distinct: 3 }, email: { count: 2, distinct: 2 } });
    expect(evaluate(q, chat, five).action).toBe('mask');
    const eight = summary({ phone: { count: 3, distinct: 3 }, email: { count: 2, distinct: 2 }, health: { count: 3, distinct: 3 } });
    expect(evaluate(q, chat, eight).action).toBe('block');
  });
  it('a threshold only escalates, never relaxes the base action', () => {
    const q = policy({ actions: { cccd: 'block' }, thresholds: { cccd: [{ min: 1, action: 'audit' }] } });
    expect(evaluate(q, chat, summary({ cccd: { count: 1, distinct: 1 } })).action).toBe('block');
  });
});

describe('strictness', () => {
  it('orders allow < audit < warn < mask < block_with_override < block', () => {
    expect(stricter('allow', 'audit')).toBe('audit');
    expect(stricter('mask', 'warn')).toBe('mask');
    expect(stricter('block_with_override', 'mask')).toBe('block_with_override');
    expect(stricter('block', 'block_with_override')).toBe('block');
  });
});

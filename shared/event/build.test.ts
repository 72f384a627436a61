import { describe, expect, it } from 'vitest';
import { buildEvent, type EventInput } from './build.ts';
import { eventSchema } from './schema.ts';

const meta = {
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  occurredAt: new Date(Date.UTC(2026, 10, 22, 10, 0, 0, 5)),
  extensionVersion: '0.1.0',
  policyVersion: 'builtin-1',
};
const input: EventInput = {
  site: 'https://chat.example.com',
  channel: 'paste',
  action: 'warn',
  decision: 'cancelled',
  findings: [
    {
      type: 'cccd',
      category: 'basic',
      count: 5,
      distinct: 4,
      masked: ['**********45', '**********45', '**********12', '**********78', '**********90'],
      tags: ['0a1b', '0a1b', 'ffff'],
      rules: ['cccd.structure'],
    },
  ],
  summary: { total: 5, distinct: 4, looksLikeList: false },
};

describe('buildEvent', () => {
  it('makes a valid §3 event with ISO milliseconds', () => {
    const e = buildEvent(input, meta);
    expect(eventSchema.safeParse(e).success).toBe(true);
    expect(e.occurredAt).toBe('2026-11-22T10:00:00.005Z');
    expect(e.schemaVersion).toBe(1);
    expect(e.policyVersion).toBe('builtin-1');
  });
  it('clamps masks to three and de-duplicates masks and tags', () => {
    const f = buildEvent(input, meta).findings[0]!;
    expect(f.masked).toEqual(['**********45', '**********12', '**********78']);
    expect(f.tags).toEqual(['0a1b', 'ffff']);
  });
  it('copies only contract fields: extra properties such as values never pass', () => {
    const sneaky = { ...input, values: ['038095001245'], findings: [{ ...input.findings[0]!, values: ['038095001245'] }] };
    const e = buildEvent(sneaky as EventInput, meta);
    expect(JSON.stringify(e)).not.toContain('038095001245');
    // positive control: the same value in a field the contract keeps does appear
    const control = buildEvent({ ...input, site: 'https://038095001245.example' }, meta);
    expect(JSON.stringify(control)).toContain('038095001245');
  });
  it('keeps frameOrigin only when it differs from the site, truncates the justification', () => {
    expect(buildEvent({ ...input, frameOrigin: input.site }, meta).frameOrigin).toBeUndefined();
    expect(buildEvent({ ...input, frameOrigin: 'https://widget.example' }, meta).frameOrigin).toBe('https://widget.example');
    expect(buildEvent({ ...input, justification: 'x'.repeat(900) }, meta).justification).toHaveLength(500);
  });
  it('refuses what cannot be a valid event', () => {
    expect(() => buildEvent(input, { ...meta, id: 'not-a-uuid' })).toThrow();
    expect(() => buildEvent({ ...input, findings: [{ ...input.findings[0]!, tags: ['XYZ1'] }] }, meta)).toThrow();
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GroupWriter } from './group-writer.ts';
import { Outbox } from './outbox.ts';

const boxes: Outbox[] = [];
afterEach(() => boxes.splice(0).forEach((b) => b.close()));

function outbox() {
  const box = new Outbox(join(mkdtempSync(join(tmpdir(), 'pdp-gw-')), 'o.sqlite'), { maxEvents: 1000, maxBytes: 1e9, maxAgeMs: 1e12, maxRejected: 10 });
  boxes.push(box);
  return box;
}
const ev = (id: string) => ({ id, json: JSON.stringify({ id }) });

describe('GroupWriter', () => {
  it('writes concurrent requests in one transaction and answers each with its own result', async () => {
    const box = outbox();
    const writer = new GroupWriter(box);
    let commits = 0;
    const original = box.insertGroups.bind(box);
    box.insertGroups = (groups) => {
      commits += 1;
      return original(groups);
    };
    const [a, b, c] = await Promise.all([writer.write([ev('1'), ev('2')]), writer.write([ev('2'), ev('3')]), writer.write([ev('4')])]);
    expect(commits).toBe(1);
    expect(a.inserted).toEqual(['1', '2']);
    expect(b).toMatchObject({ inserted: ['3'], duplicates: ['2'] });
    expect(c.inserted).toEqual(['4']);
    expect(box.stats().queueDepth).toBe(4);
  });

  it('isolates a failing request: the others are stored, the failing one not at all', async () => {
    const box = outbox();
    const writer = new GroupWriter(box);
    const bad = [ev('x'), { id: 'y', json: null as unknown as string }];
    const results = await Promise.allSettled([writer.write([ev('a')]), writer.write(bad), writer.write([ev('b')])]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(box.stats().queueDepth).toBe(2);
    expect(box.db.prepare("SELECT count(*) AS n FROM outbox WHERE id = 'x'").get()).toEqual({ n: 0 });
  });

  it('waits for a request still being read, so both share one commit, and counts commits', async () => {
    const box = outbox();
    const writer = new GroupWriter(box, { windowMs: 1000 });
    const late = writer.arrive();
    const first = writer.write([ev('1')]);
    // The first request is not committed while the second is on its way.
    await new Promise((r) => setTimeout(r, 20));
    expect(box.stats().queueDepth).toBe(0);
    const second = writer.write([ev('2')], late);
    await Promise.all([first, second]);
    expect(box.stats().queueDepth).toBe(2);
    expect(writer.totals).toEqual({ commits: 1, events: 2 });
  });

  it('waits no longer than the window, and not at all once the awaited request gives up', async () => {
    const box = outbox();
    const windowed = new GroupWriter(box, { windowMs: 30 });
    windowed.arrive(); // never writes
    const t0 = performance.now();
    await windowed.write([ev('a')]);
    const waited = performance.now() - t0;
    expect(waited).toBeGreaterThanOrEqual(25);
    const writer = new GroupWriter(box, { windowMs: 60_000 });
    const gaveUp = writer.arrive();
    const stored = writer.write([ev('b')]);
    setTimeout(() => gaveUp.done(), 10);
    await stored;
    expect(box.stats().queueDepth).toBe(2);
  });
});

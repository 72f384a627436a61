import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openOutbox, type Outbox } from './outbox.ts';
import { sampleEvent } from './test-events.ts';

let n = 0;
const opened: Outbox[] = [];
async function fresh(max?: number) {
  const name = `outbox-test-${n++}`;
  const box = await openOutbox({ name, max });
  opened.push(box);
  return { box, name };
}
afterEach(() => {
  for (const b of opened.splice(0)) b.close();
});

describe('outbox', () => {
  it('keeps events in order and removes only the ids given', async () => {
    const { box } = await fresh();
    const events = [sampleEvent(), sampleEvent(), sampleEvent()];
    for (const e of events) await box.add(e);
    expect((await box.peek(10)).map((e) => e.id)).toEqual(events.map((e) => e.id));
    await box.remove([events[1]!.id, 'unknown-id']);
    expect((await box.peek(10)).map((e) => e.id)).toEqual([events[0]!.id, events[2]!.id]);
    expect(await box.count()).toBe(2);
  });

  it('is bounded: the oldest go first and a persistent counter says how many', async () => {
    const { box, name } = await fresh(3);
    const events = Array.from({ length: 5 }, () => sampleEvent());
    const pushed: number[] = [];
    for (const e of events) pushed.push(await box.add(e));
    expect(pushed).toEqual([0, 0, 0, 1, 1]);
    expect((await box.peek(10)).map((e) => e.id)).toEqual(events.slice(2).map((e) => e.id));
    expect((await box.counters()).overflow).toBe(2);
    box.close();
    const again = await openOutbox({ name, max: 3 });
    opened.push(again);
    expect((await again.counters()).overflow).toBe(2);
  });

  it('survives being closed and re-opened (a service-worker restart)', async () => {
    const { box, name } = await fresh();
    const e = sampleEvent();
    await box.add(e);
    await box.bump('rejected', 2);
    box.close();
    const again = await openOutbox({ name });
    opened.push(again);
    expect(await again.peek(1)).toEqual([e]);
    expect((await again.counters()).rejected).toBe(2);
  });

  it('does not queue the same event twice', async () => {
    const { box } = await fresh();
    const e = sampleEvent();
    await box.add(e);
    await box.add(e);
    expect(await box.count()).toBe(1);
  });

  it('peek honours the limit', async () => {
    const { box } = await fresh();
    for (let i = 0; i < 5; i++) await box.add(sampleEvent());
    expect(await box.peek(2)).toHaveLength(2);
  });
});

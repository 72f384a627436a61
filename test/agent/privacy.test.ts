// A raw CCCD and phone number planted in every string field of an event
// appear nowhere on the agent's disk (SQLite, WAL, SHM, logs, policy and
// config files), in its stderr, or in what the hub received. A harmless
// marker sent through the same fields is found, so "not found" means something.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startRecordingHub, type RecordingHub } from '../helpers/recording-hub.ts';
import { startAgent, type AgentProcess } from './agent-process.ts';
import { makeEvent, postEvents, waitFor } from './events.ts';

const CCCD = '079203001234';
const PHONE = '0912345678';
const MARKER = 'PDPMARKERSAFE';

const running: (AgentProcess | RecordingHub)[] = [];
afterEach(async () => {
  for (const r of running.splice(0).reverse()) await ('kill' in r ? r.kill() : r.close());
});

function plantedEvent(): Record<string, unknown> {
  return makeEvent({
    site: `https://${MARKER.toLowerCase()}.example.vn/hoso?cccd=${CCCD}&sdt=${PHONE}`,
    frameOrigin: `https://frame.example.vn/${CCCD}/${PHONE}`,
    findings: [
      { type: 'cccd', category: 'basic', count: 1, distinct: 1, masked: [CCCD, `CCCD ${CCCD}`], tags: ['beef'], rules: [`cccd.${CCCD}`, `${MARKER}.rule`] },
      { type: 'phone', category: 'sensitive', count: 1, distinct: 1, masked: [PHONE, '0912 345 678'], tags: [], rules: [`phone ${PHONE}`] },
    ],
    file: { kind: `${MARKER} scan ${CCCD} ${PHONE}`, sizeBytes: 1024 },
    justification: `${MARKER}: gửi hồ sơ ông A, CCCD ${CCCD}, SĐT 0912 345 678 / ${PHONE}`,
    extensionVersion: `0.1.0+${PHONE}`,
    policyVersion: `p-${CCCD}`,
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Where a needle occurs in bytes: as written, and with separators stripped. */
function occurs(haystack: Buffer | string, needle: string): boolean {
  const text = typeof haystack === 'string' ? haystack : haystack.toString('latin1');
  return text.includes(needle) || text.replace(/[\s.\-_/,;:'"]/g, '').includes(needle);
}

describe('the last guard', () => {
  it('keeps planted identifiers off the disk, the logs and the hub, while a marker gets through', async () => {
    const hub = await startRecordingHub();
    running.push(hub);
    await hub.down();
    const agent = await startAgent({ hub: { url: hub.url, token: hub.token }, args: ['--flush-interval', '1'] });
    running.push(agent);

    const events = Array.from({ length: 5 }, plantedEvent);
    const { status, body } = await postEvents(agent, events);
    expect(status).toBe(200);
    expect(body.accepted).toHaveLength(5);
    expect(JSON.stringify(body)).not.toContain(CCCD);
    // An invalid event, to drive the rejection path (reasons are logged) with a planted id and value.
    const invalid = await postEvents(agent, [makeEvent({ id: CCCD, channel: PHONE })]);
    expect(invalid.status).toBe(422);
    expect(JSON.stringify(invalid.body)).not.toMatch(new RegExp(`${CCCD}|${PHONE}`));

    // Kill -9 so the WAL is not checkpointed: the events sit in outbox.sqlite-wal.
    await agent.kill('SIGKILL');
    const files = filesUnder(agent.data);
    expect(files.some((f) => f.endsWith('.sqlite-wal'))).toBe(true);
    const disk = Buffer.concat(files.map((f) => readFileSync(f)));
    expect(occurs(disk, MARKER)).toBe(true); // positive control: the field contents are stored
    const log = readFileSync(join(agent.data, 'agent.log'), 'utf8');
    // Positive control: the rejection path writes to the log (what the planted value would have taken).
    expect(log.split('\n').some((line) => line.includes('events rejected') && line.includes('channel'))).toBe(true);
    for (const needle of [CCCD, PHONE]) {
      for (const file of files) expect.soft(occurs(readFileSync(file), needle), `${needle} in ${file}`).toBe(false);
    }
    expect(occurs(agent.stderr(), CCCD) || occurs(agent.stderr(), PHONE)).toBe(false);

    // Restart with the hub up: what the hub receives is clean too.
    await hub.up();
    const again = await startAgent({ data: agent.data, hub: { url: hub.url, token: hub.token }, args: ['--flush-interval', '1'] });
    running.push(again);
    await waitFor(() => hub.events.size === 5, 'the planted events at the hub');
    const received = Buffer.concat(hub.rawBodies);
    expect(occurs(received, MARKER)).toBe(true);
    expect(occurs(received, CCCD)).toBe(false);
    expect(occurs(received, PHONE)).toBe(false);
    // The masks that arrive keep the last two digits only.
    const finding = (hub.events.values().next().value as { findings: { masked: string[] }[] }).findings[0];
    expect(finding.masked[0]).toBe('**********34');
    await again.kill();
    for (const file of filesUnder(agent.data)) {
      expect.soft(occurs(readFileSync(file), CCCD), `${CCCD} in ${file}`).toBe(false);
      expect.soft(occurs(readFileSync(file), PHONE), `${PHONE} in ${file}`).toBe(false);
    }
  });
});

// The agent as deployed runs its TypeScript sources through Node's compile
// cache: the first start strips them and saves the result; later starts,
// even after kill -9, read everything from the cache and never load Node's
// TypeScript stripper (which would otherwise stay resident, about 17 MB).
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startAgent, tempData, type AgentProcess } from './agent-process.ts';

const running: AgentProcess[] = [];
afterEach(async () => {
  for (const a of running.splice(0)) await a.kill();
});

async function compileCacheState(agent: AgentProcess): Promise<string> {
  const res = await fetch(`${agent.url}/v1/status`, { headers: { authorization: `Bearer ${agent.token}` } });
  return ((await res.json()) as { compileCache: string }).compileCache;
}

describe('compile cache', () => {
  it('is filled by the first start and used by the next, even after kill -9', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'pdp-agent-cache-test-'));
    const data = tempData();
    const first = await startAgent({ data, env: { NODE_COMPILE_CACHE: cache } });
    running.push(first);
    expect(await compileCacheState(first)).toBe('filled');
    expect(readdirSync(cache).length).toBeGreaterThan(0);
    await first.kill('SIGKILL');

    const second = await startAgent({ data, env: { NODE_COMPILE_CACHE: cache } });
    running.push(second);
    expect(await compileCacheState(second)).toBe('used');
  });

  it('says off when NODE_COMPILE_CACHE is not set', async () => {
    const agent = await startAgent({ env: { NODE_COMPILE_CACHE: '' } });
    running.push(agent);
    expect(await compileCacheState(agent)).toBe('off');
  });
});

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';

function flush(logger: ReturnType<typeof createLogger>): Promise<void> {
  return new Promise((resolve) => logger.flush(() => resolve()));
}

describe('createLogger', () => {
  it('writes JSON lines to the file, censoring value-bearing keys and error messages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdp-log-'));
    const file = join(dir, 'agent.log');
    const logger = createLogger({ file, stderr: false });
    logger.info({ count: 3, marker: 'KEEP-ME', justification: 'SECRET-JUST', body: 'SECRET-BODY' }, 'stored');
    logger.error({ err: new SyntaxError('Unexpected token in SECRET-JSON') }, 'parse failed');
    await flush(logger);
    await new Promise((r) => setTimeout(r, 50));
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('KEEP-ME');
    expect(text).toContain('SyntaxError');
    expect(text).not.toContain('SECRET-JUST');
    expect(text).not.toContain('SECRET-BODY');
    expect(text).not.toContain('SECRET-JSON');
  });

  it('moves a log file over the size bound aside at start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdp-log-'));
    const file = join(dir, 'agent.log');
    writeFileSync(file, 'x'.repeat(200));
    const logger = createLogger({ file, stderr: false, rotateAtBytes: 100 });
    expect(readFileSync(`${file}.1`, 'utf8')).toHaveLength(200);
    logger.info('fresh');
    await flush(logger);
    await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('fresh');
  });
});

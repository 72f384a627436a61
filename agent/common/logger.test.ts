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

  it('writes pino-shaped lines, filters by level, censors one level down and survives odd fields', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdp-log-'));
    const file = join(dir, 'agent.log');
    const logger = createLogger({ file, stderr: false, level: 'warn', name: 'agent' });
    logger.info({ marker: 'INFO-HIDDEN' }, 'below the level');
    logger.warn({ nested: { value: 'SECRET-NESTED', count: 2 }, big: 10n, cause: new Error('SECRET-CAUSE') }, 'odd fields');
    logger.error('just a message');
    await flush(logger);
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: 40, name: 'agent', msg: 'odd fields', nested: { value: '[redacted]', count: 2 }, big: '10', cause: { type: 'Error' } });
    expect(typeof lines[0]!.time).toBe('number');
    expect(lines[1]).toMatchObject({ level: 50, msg: 'just a message' });
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('INFO-HIDDEN');
    expect(text).not.toContain('SECRET-NESTED');
    expect(text).not.toContain('SECRET-CAUSE');
  });

  it('discards everything when silent', () => {
    const logger = createLogger({ level: 'silent', stderr: false });
    expect(logger.level).toBe('silent');
    expect(() => logger.error({ err: new Error('x') }, 'nothing')).not.toThrow();
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

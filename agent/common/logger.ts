import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import pino, { type Logger } from 'pino';

export type { Logger };

export interface LoggerOptions {
  /** Log file (JSON lines); omitted means stderr only. */
  file?: string;
  level?: string;
  /** Also write to stderr (default true). */
  stderr?: boolean;
  /** At start, a log file larger than this becomes `<file>.1` (default 10 MB). */
  rotateAtBytes?: number;
  name?: string;
}

/**
 * Structured logs for the agent and the hub. Callers log ids, counts, types
 * and statuses only; as a second line of defence, any key that usually holds
 * free text or a request body is censored before it is written.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const streams: pino.StreamEntry[] = [];
  if (options.file) {
    mkdirSync(dirname(options.file), { recursive: true });
    if (existsSync(options.file) && statSync(options.file).size > (options.rotateAtBytes ?? 10 * 1024 * 1024)) {
      renameSync(options.file, `${options.file}.1`);
    }
    streams.push({ stream: pino.destination({ dest: options.file, mkdir: true, sync: false }) });
  }
  if (options.stderr !== false) streams.push({ stream: pino.destination(2) });
  return pino(
    {
      name: options.name,
      level: options.level ?? 'info',
      redact: {
        paths: ['body', 'input', 'received', 'value', 'text', 'justification', 'site', 'req.headers.authorization', '*.body', '*.input', '*.value', '*.justification'],
        censor: '[redacted]',
      },
      serializers: { err: errorSerializer },
    },
    pino.multistream(streams),
  );
}

/** A logger that discards everything (tests, CLI). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

// Error messages can quote input (JSON parse errors quote the text around the
// fault, for instance): keep the class and code, never the message body.
function errorSerializer(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const code = (err as { code?: unknown }).code;
  return { type: err.name, code: typeof code === 'string' ? code : undefined };
}

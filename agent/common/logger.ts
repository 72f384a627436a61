import { closeSync, existsSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';

// A JSON-lines logger of our own instead of pino: the agent sits idle on every
// workstation all day, and pino with its streams and redaction compiler cost
// about 8 MB of its resident memory for the dozen log lines it writes a day.
// The lines keep pino's shape (numeric level, time in ms, pid, hostname,
// name, msg), so log tooling that reads pino output reads these.

export const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity } as const;
export type LevelName = keyof typeof LEVELS;

type LogMethod = {
  (msg: string): void;
  (fields: object, msg?: string): void;
};

export interface Logger {
  readonly level: LevelName;
  trace: LogMethod;
  debug: LogMethod;
  info: LogMethod;
  warn: LogMethod;
  error: LogMethod;
  fatal: LogMethod;
  /** Calls back once every line written so far is handed to the OS (writes are synchronous). */
  flush(callback?: (err?: Error) => void): void;
}

export interface LoggerOptions {
  /** Log file (JSON lines); omitted means stderr only. */
  file?: string;
  level?: string;
  /** Also write to stderr (default true). */
  stderr?: boolean;
  /** Also write to stdout (default false; the hub logs there, as services under systemd do). */
  stdout?: boolean;
  /** At start, a log file larger than this becomes `<file>.1` (default 10 MB). */
  rotateAtBytes?: number;
  name?: string;
}

// Keys that usually hold free text or a request body, at the top level of a
// log call or one level down: censored before the line is written, as a
// second line of defence behind callers that log ids, counts and statuses only.
const CENSORED = new Set(['body', 'input', 'received', 'value', 'text', 'justification', 'site']);
const CENSORED_NESTED = new Set(['body', 'input', 'value', 'justification']);
const CENSOR = '[redacted]';

function levelOf(name: string | undefined): LevelName {
  return name !== undefined && name in LEVELS ? (name as LevelName) : 'info';
}

/**
 * Structured logs for the agent and the hub. Writes are synchronous (a few
 * lines a minute at most), so a line logged before a crash is on disk.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const fds: number[] = [];
  if (options.file) {
    mkdirSync(dirname(options.file), { recursive: true });
    if (existsSync(options.file) && statSync(options.file).size > (options.rotateAtBytes ?? 10 * 1024 * 1024)) {
      renameSync(options.file, `${options.file}.1`);
    }
    const fd = openSync(options.file, 'a', 0o600);
    fds.push(fd);
    // The descriptor lives as long as the process; closing it at exit keeps
    // tools that count open files quiet.
    process.once('exit', () => closeSync(fd));
  }
  if (options.stdout) fds.push(1);
  if (options.stderr !== false) fds.push(2);
  return buildLogger(levelOf(options.level), options.name, (line) => {
    for (const fd of fds) writeAll(fd, line);
  });
}

/** A logger that discards everything (tests, CLI). */
export function silentLogger(): Logger {
  return buildLogger('silent', undefined, () => {});
}

function writeAll(fd: number, line: string): void {
  const bytes = Buffer.from(line);
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(fd, bytes, off);
    } catch (e) {
      // A full pipe on stderr: wait for the reader rather than drop the line.
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      return;
    }
  }
}

function buildLogger(level: LevelName, name: string | undefined, write: (line: string) => void): Logger {
  const threshold = LEVELS[level];
  const host = hostname();
  const method = (n: Exclude<LevelName, 'silent'>): LogMethod => {
    const value = LEVELS[n];
    if (value < threshold) return () => {};
    return (a: object | string, msg?: string) => {
      const fields = typeof a === 'string' ? undefined : a;
      const text = typeof a === 'string' ? a : msg;
      write(`${line(value, host, name, fields, text)}\n`);
    };
  };
  return {
    level,
    trace: method('trace'),
    debug: method('debug'),
    info: method('info'),
    warn: method('warn'),
    error: method('error'),
    fatal: method('fatal'),
    flush(callback) {
      callback?.();
    },
  };
}

function line(level: number, host: string, name: string | undefined, fields: object | undefined, msg: string | undefined): string {
  const out: Record<string, unknown> = { level, time: Date.now(), pid: process.pid, hostname: host };
  if (name !== undefined) out.name = name;
  if (fields) {
    for (const [key, value] of Object.entries(fields)) {
      if (key === 'level' || key === 'time' || key === 'msg') continue;
      out[key] = key === 'err' ? serializeError(value) : CENSORED.has(key) ? CENSOR : censorNested(value);
    }
  }
  if (msg !== undefined) out.msg = msg;
  try {
    return JSON.stringify(out, jsonSafe);
  } catch {
    return JSON.stringify({ level, time: out.time, pid: process.pid, hostname: host, msg, logError: 'unserializable fields' });
  }
}

function censorNested(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Error) {
    return value instanceof Error ? serializeError(value) : value;
  }
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) copy[k] = CENSORED_NESTED.has(k) ? CENSOR : v;
  return copy;
}

// BigInts and errors found deeper in the fields must not throw or leak a message.
function jsonSafe(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Error) return serializeError(value);
  return value;
}

// Error messages can quote input (JSON parse errors quote the text around the
// fault, for instance): keep the class and code, never the message body.
function serializeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const code = (err as { code?: unknown }).code;
  return { type: err.name, code: typeof code === 'string' ? code : undefined };
}

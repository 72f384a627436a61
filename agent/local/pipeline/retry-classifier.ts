/** What to do with a batch after one delivery attempt. */
export type Verdict =
  | 'ok' // 2xx: the hub has it
  | 'retry' // network error, 408, 429, 5xx: try again later, same batch id
  | 'auth' // 401/403: our token is wrong; keep events queued, retry slowly
  | 'shrink' // 413: send fewer events per batch
  | 'reject'; // any other 4xx: retrying cannot fix it; set the events aside

export interface Outcome {
  status?: number;
  /** A network-level failure (refused, reset, timeout, TLS). */
  error?: unknown;
}

export function classify(outcome: Outcome): Verdict {
  if (outcome.status === undefined) return 'retry';
  const s = outcome.status;
  if (s >= 200 && s < 300) return 'ok';
  if (s === 408 || s === 429 || s >= 500) return 'retry';
  if (s === 401 || s === 403) return 'auth';
  if (s === 413) return 'shrink';
  if (s >= 400) return 'reject';
  // 1xx/3xx: a proxy or a misconfigured URL; nothing was acknowledged.
  return 'retry';
}

export interface BackoffOptions {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1000, capMs: 5 * 60_000 };

/**
 * "Full jitter": a uniform delay in [0, min(cap, base·2^attempt)), so agents
 * that lost the hub at the same moment do not come back in lockstep. A
 * Retry-After from the hub is a floor.
 */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  random: () => number = Math.random,
  retryAfterMs?: number,
): number {
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** Math.min(attempt, 30));
  const delay = Math.floor(random() * ceiling);
  return retryAfterMs !== undefined ? Math.min(Math.max(delay, retryAfterMs), options.capMs) : delay;
}

/** Retry-After as seconds or an HTTP date, in ms; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

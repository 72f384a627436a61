// How the sender reacts to the agent's answer (interfaces.md §3). Pure, so the
// rules are tested without a network.
//
// - retry:   network error, 408, 429, 5xx: the batch stays, try again later.
// - hold:    401, 403, 404: the agent address or token is wrong. The events are
//            fine; dropping them would lose evidence over a setting, so they
//            stay and the popup shows the problem.
// - split:   any other 4xx on a batch of several events: one bad event must not
//            sink the others, so halve the batch until the bad one is alone.
// - drop:    any other 4xx on a single event: count it and let it go.
export type SendOutcome = 'ok' | 'retry' | 'hold' | 'split' | 'drop';

export function classify(status: number | 'network', batchSize: number): SendOutcome {
  if (status === 'network') return 'retry';
  if (status >= 200 && status < 300) return 'ok';
  if (status === 408 || status === 429 || status >= 500) return 'retry';
  if (status === 401 || status === 403 || status === 404) return 'hold';
  if (status >= 400 && status < 500) return batchSize > 1 ? 'split' : 'drop';
  return 'retry';
}

export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_MAX_MS = 10 * 60_000;

/**
 * Exponential backoff with full jitter: attempt 1 waits up to 2 s, then 4, 8 …
 * capped at 10 minutes. `random` is injectable for tests. A `Retry-After`
 * from the agent (seconds) is honoured as a floor.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random, retryAfterSeconds?: number): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.round(ceiling / 2 + (random() * ceiling) / 2);
  const floor = retryAfterSeconds && retryAfterSeconds > 0 ? Math.min(retryAfterSeconds * 1000, BACKOFF_MAX_MS) : 0;
  return Math.max(jittered, floor);
}

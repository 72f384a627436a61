// The 72-hour notification deadline (Law 91/2025/QH15 Art. 23) shown as a
// live countdown. The hub decides the state when it answers; the console
// recomputes it every tick so a page left open turns amber and red on time.
export type DeadlineState = 'none' | 'running' | 'near' | 'overdue' | 'met';

/** Under this much time left the deadline is "near" (amber); the hub uses the same 12 hours. */
export const NEAR_MS = 12 * 3600_000;

export interface DeadlineView {
  state: DeadlineState;
  /** Milliseconds left (negative once overdue); null when there is no deadline. */
  remainingMs: number | null;
  hours: number;
  minutes: number;
}

export function deadlineView(
  deadline: string | null | undefined,
  now: number,
  serverState?: DeadlineState,
): DeadlineView {
  // "met" (notified in time) and "none" (not a breach, closed) are decisions
  // of the hub, not of the clock.
  if (serverState === 'met' || serverState === 'none' || !deadline) {
    return { state: serverState === 'met' ? 'met' : 'none', remainingMs: null, hours: 0, minutes: 0 };
  }
  const at = Date.parse(deadline);
  if (Number.isNaN(at)) return { state: 'none', remainingMs: null, hours: 0, minutes: 0 };
  const remainingMs = at - now;
  const abs = Math.abs(remainingMs);
  // Round toward "less time left" so the console never promises a minute the DPO doesn't have.
  const totalMinutes = remainingMs >= 0 ? Math.floor(abs / 60_000) : Math.ceil(abs / 60_000);
  const state: DeadlineState = remainingMs <= 0 ? 'overdue' : remainingMs < NEAR_MS ? 'near' : 'running';
  return { state, remainingMs, hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
}

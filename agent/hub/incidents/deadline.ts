import type { IncidentStatus } from './status.ts';

// Law 91/2025/QH15 Art. 23: notify within 72 hours of discovery.
export const DEADLINE_MS = 72 * 3600_000;
/** The console warns (and the webhook fires) when less than this is left. */
export const NEAR_MS = 12 * 3600_000;

export type DeadlineState = 'none' | 'running' | 'near' | 'overdue' | 'met';

export function deadlineFrom(discoveredAt: string): string {
  return new Date(Date.parse(discoveredAt) + DEADLINE_MS).toISOString();
}

export interface DeadlineInput {
  status: IncidentStatus;
  deadline: string;
  notifiedAt: string | null;
}

/**
 * Open incidents run against the clock until decided; a breach runs on until
 * notified; "not a breach" stops it. A late notification stays overdue in the
 * register, so the record shows the deadline was missed.
 */
export function deadlineState(input: DeadlineInput, now: Date): DeadlineState {
  const deadline = Date.parse(input.deadline);
  if (input.notifiedAt) return Date.parse(input.notifiedAt) <= deadline ? 'met' : 'overdue';
  if (input.status === 'not_a_breach' || input.status === 'closed') return 'none';
  const left = deadline - now.getTime();
  if (left <= 0) return 'overdue';
  if (left < NEAR_MS) return 'near';
  return 'running';
}

/** Form 08 (Decree 356/2025) from 2026; Form 03 (Decree 13/2023) before. */
export function defaultForm(discoveredAt: string): '08' | '03' {
  return discoveredAt < '2026-01-01T00:00:00.000Z' ? '03' : '08';
}

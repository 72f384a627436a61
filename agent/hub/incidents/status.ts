// The assessment workflow of an incident. A decision (breach or not) needs a
// reason: the register must say why an incident was not reported.
export const STATUSES = ['new', 'investigating', 'breach_confirmed', 'not_a_breach', 'notified', 'closed'] as const;
export type IncidentStatus = (typeof STATUSES)[number];

const NEXT: Record<IncidentStatus, readonly IncidentStatus[]> = {
  new: ['investigating'],
  investigating: ['breach_confirmed', 'not_a_breach'],
  breach_confirmed: ['notified'],
  not_a_breach: ['closed'],
  notified: ['closed'],
  closed: [],
};

const NEEDS_REASON: ReadonlySet<IncidentStatus> = new Set(['breach_confirmed', 'not_a_breach']);

/** Statuses in which new events may still join the incident. */
export const OPEN_STATUSES: readonly IncidentStatus[] = ['new', 'investigating'];

export function isStatus(value: string): value is IncidentStatus {
  return (STATUSES as readonly string[]).includes(value);
}

/** A decision (breach or not) must carry the DPO's reason. */
export function needsReason(to: IncidentStatus): boolean {
  return NEEDS_REASON.has(to);
}

export function allowedNext(from: IncidentStatus): readonly IncidentStatus[] {
  return NEXT[from];
}

/** Null when the transition is allowed, else why not. */
export function transitionError(from: IncidentStatus, to: IncidentStatus, reason?: string): string | null {
  if (!NEXT[from].includes(to)) {
    const options = NEXT[from].join(', ') || 'none';
    return `cannot go from ${from} to ${to} (allowed: ${options})`;
  }
  if (needsReason(to) && !reason?.trim()) return `${to} needs a reason`;
  return null;
}

export function decisionOf(status: IncidentStatus): 'breach' | 'not_a_breach' | null {
  if (status === 'breach_confirmed') return 'breach';
  if (status === 'not_a_breach') return 'not_a_breach';
  return null;
}

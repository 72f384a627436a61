// The assessment workflow the hub enforces (the console only offers what the
// hub would accept, and still shows the hub's 409 if they ever disagree).
export const STATUSES = ['new', 'investigating', 'breach_confirmed', 'not_a_breach', 'notified', 'closed'] as const;
export type IncidentStatus = (typeof STATUSES)[number];

const NEXT: Record<IncidentStatus, IncidentStatus[]> = {
  new: ['investigating'],
  investigating: ['breach_confirmed', 'not_a_breach'],
  breach_confirmed: ['notified'],
  not_a_breach: ['closed'],
  notified: ['closed'],
  closed: [],
};

export function nextStatuses(status: string): IncidentStatus[] {
  return (NEXT as Record<string, IncidentStatus[]>)[status] ?? [];
}

/** A decision (breach or not) must carry the DPO's reason. */
export function needsReason(to: IncidentStatus): boolean {
  return to === 'breach_confirmed' || to === 'not_a_breach';
}

export function canAssess(role: string | undefined): boolean {
  return role === 'dpo' || role === 'admin';
}

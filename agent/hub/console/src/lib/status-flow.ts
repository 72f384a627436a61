// The assessment workflow, as the hub enforces it (agent/hub/incidents/status.ts,
// a pure module bundled into the console), so the console only offers what the
// hub would accept; it still shows the hub's 409 if they ever disagree.
import { allowedNext, isStatus, needsReason, STATUSES, type IncidentStatus } from '../../../incidents/status.ts';

export { needsReason, STATUSES, type IncidentStatus };

export function nextStatuses(status: string): IncidentStatus[] {
  return isStatus(status) ? [...allowedNext(status)] : [];
}

export function canAssess(role: string | undefined): boolean {
  return role === 'dpo' || role === 'admin';
}

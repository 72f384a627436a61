// Events of one user pseudonym on one site belong to the same incident while
// they lie within the window of it and the incident is still open.
export const DEFAULT_WINDOW_MS = 8 * 3600_000;

export interface OpenIncident {
  id: string;
  firstSeen: string;
  lastSeen: string;
}

export interface Timed {
  occurredAt: string;
}

export interface Assignment<E extends Timed> {
  /** An existing incident's id, or null for a new incident. */
  incidentId: string | null;
  events: E[];
  firstSeen: string;
  lastSeen: string;
}

/**
 * Splits the events of one (user, site) pair into incidents. `open` is the
 * latest still-open incident of that pair, if any. Events are sorted by time.
 */
export function groupEvents<E extends Timed>(open: OpenIncident | null, events: E[], windowMs = DEFAULT_WINDOW_MS): Assignment<E>[] {
  const sorted = [...events].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  const out: Assignment<E>[] = [];
  let current: Assignment<E> | null = open ? { incidentId: open.id, events: [], firstSeen: open.firstSeen, lastSeen: open.lastSeen } : null;
  for (const e of sorted) {
    const t = Date.parse(e.occurredAt);
    const fits = current && t >= Date.parse(current.firstSeen) - windowMs && t <= Date.parse(current.lastSeen) + windowMs;
    if (!fits) {
      if (current && (current.events.length || current.incidentId)) out.push(current);
      current = { incidentId: null, events: [], firstSeen: e.occurredAt, lastSeen: e.occurredAt };
    }
    current!.events.push(e);
    if (e.occurredAt < current!.firstSeen) current!.firstSeen = e.occurredAt;
    if (e.occurredAt > current!.lastSeen) current!.lastSeen = e.occurredAt;
  }
  if (current && current.events.length) out.push(current);
  return out.filter((a) => a.events.length > 0);
}

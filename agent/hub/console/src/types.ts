// The shapes the hub answers with (agent/hub/API.md). Only the fields the
// console reads are spelled out; the hub may send more.
import type { DeadlineState } from './lib/countdown.ts';

export type Role = 'dpo' | 'admin' | 'viewer';
export type Severity = 'low' | 'medium' | 'high' | 'very_high';

export interface User {
  name: string;
  role: Role;
  totpEnabled: boolean;
  disabled?: boolean;
  createdAt?: string;
  lastLogin?: string | null;
}

export interface SessionInfo {
  user: User;
  csrfToken: string;
}

export interface IncidentItem {
  id: string;
  site: string;
  types: string[];
  severity: Severity;
  severityScore?: number;
  status: string;
  decisions: string[];
  eventCount: number;
  firstSeen: string;
  lastSeen: string;
  discoveredAt: string | null;
  deadline: string | null;
  user?: string;
  workstation?: string;
  group?: string | null;
  overdue?: boolean;
  deadlineState?: DeadlineState;
  /** Register number, e.g. 2026-000042. */
  number?: string;
  external?: boolean;
}

export interface IncidentList {
  items: IncidentItem[];
  total: number;
}

export interface EventFindingView {
  type: string;
  category: string;
  count: number;
  distinct: number;
  masked: string[];
  tags?: string[];
}

export interface IncidentEvent {
  id: string;
  occurredAt: string;
  receivedAt: string;
  channel: string;
  action: string;
  decision: string;
  findings: EventFindingView[];
  summary: { total: number; distinct: number; looksLikeList: boolean };
  file?: { kind: string; sizeBytes: number } | null;
  justification?: string | null;
  site: string;
  frameOrigin?: string | null;
  workstation?: string;
  user?: string;
}

export interface Note {
  at: string;
  author: string;
  text: string;
}

export interface AuditEntry {
  id?: number | string;
  at: string;
  actor: string;
  action: string;
  target?: string | null;
  detail: unknown;
}

export interface NotificationFields {
  consequences?: string;
  measures?: string;
  act?: string;
  parties?: string;
  place?: string;
  dataVolume?: string;
  responsible?: string;
  [key: string]: unknown;
}

export interface IncidentDetail extends IncidentItem {
  events: IncidentEvent[];
  typeCounts: { type: string; category: string; count: number; distinct: number; masked: string[] }[];
  notes: Note[];
  audit: AuditEntry[];
  assessment?: { decision?: string | null; reason?: string | null; discoveredAtReason?: string | null; [k: string]: unknown };
  notification?: NotificationFields;
  severityExplanation?: { factor: string; value: unknown; detail?: string }[];
}

export interface Dashboard {
  byDay: { day: string; type: string; count: number }[];
  topSites: { site: string; count: number }[];
  workstations: { workstation: string; count: number }[];
  proceedRate: { warned: number; proceeded: number; rate: number };
  bySeverity: Record<string, number>;
  openDeadlines: { id: string; deadline: string; deadlineState: DeadlineState; site?: string }[];
}

export interface Profile {
  name: string;
  headOfficeAddress: string;
  transactionAddress: string;
  registrationNumber: string;
  registrationIssuer: string;
  registrationDate: string;
  registrationPlace: string;
  taxCode: string;
  phone: string;
  email: string;
  website: string;
  dpoName: string;
  dpoTitle: string;
  dpoLandline: string;
  dpoMobile: string;
  recipient: string;
}

export interface Group {
  id: string | number;
  name: string;
  workstations?: number;
}

export interface Workstation {
  id: string;
  name: string;
  group: string | null;
  groupId?: string | number | null;
  lastHeartbeat: string | null;
  extensionLastSeen: string | null;
  queueDepth: number | null;
  dropped: number | null;
  rejected: number | null;
  agentVersion: string | null;
  silent: boolean;
  extensionSilent: boolean;
}

export interface PolicyVersion {
  version: string;
  /** null for the built-in default, which nobody published. */
  publishedAt: string | null;
  author: string | null;
  comment?: string;
}

export interface PolicyState {
  current: (PolicyVersion & { policy: Record<string, unknown> }) | null;
  versions: PolicyVersion[];
}

export interface QuarterlyReport {
  year: number;
  quarter: number;
  from: string;
  to: string;
  // `values` (findings counted) is what the hub sends; `events` is the older API.md name.
  byType: { type: string; category: string; values?: number; events?: number; incidents: number }[];
  byGroup: { group: string | null; events: number; incidents: number }[];
  byAction: { action: string; decision?: string; events: number }[];
  byDecision?: { decision: string; events: number }[];
  incidents: { total: number; breaches: number; notBreaches: number; notified: number };
}

export interface Page<T> {
  items: T[];
  total?: number;
}

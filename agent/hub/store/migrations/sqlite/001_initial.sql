-- PDP Guard hub schema (SQLite). Times are ISO-8601 UTC text, JSON is text,
-- booleans are 0/1. Nothing here holds a raw identifier: record masks, 16-bit
-- tags and user pseudonyms only.
CREATE TABLE users (
  name TEXT PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('admin', 'dpo', 'viewer')),
  password_hash TEXT NOT NULL,
  totp_secret TEXT,
  totp_pending TEXT,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  last_login TEXT
);

CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  user_name TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_name);

CREATE TABLE login_failures (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX login_failures_name_at ON login_failures(name, at);

CREATE TABLE workstation_groups (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);

CREATE TABLE agents (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  token_hash TEXT NOT NULL UNIQUE,
  group_id TEXT REFERENCES workstation_groups(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  last_heartbeat TEXT,
  extension_last_seen TEXT,
  queue_depth INTEGER NOT NULL DEFAULT 0,
  dropped INTEGER NOT NULL DEFAULT 0,
  rejected INTEGER NOT NULL DEFAULT 0,
  agent_version TEXT
);

CREATE TABLE batches (
  batch_id TEXT PRIMARY KEY,
  agent_id TEXT NOT NULL,
  received_at TEXT NOT NULL,
  event_count INTEGER NOT NULL
);

CREATE TABLE counters (
  name TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);

CREATE TABLE incidents (
  id TEXT PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  user_pseudonym TEXT NOT NULL,
  site TEXT NOT NULL,
  agent_id TEXT,
  workstation TEXT NOT NULL,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  discovered_at TEXT NOT NULL,
  discovered_at_reason TEXT,
  deadline TEXT NOT NULL,
  status TEXT NOT NULL,
  severity TEXT NOT NULL,
  severity_score REAL NOT NULL,
  external INTEGER NOT NULL,
  types TEXT NOT NULL,
  decisions TEXT NOT NULL,
  event_count INTEGER NOT NULL,
  decision_reason TEXT,
  decided_at TEXT,
  decided_by TEXT,
  notified_at TEXT,
  closed_at TEXT,
  events_purged_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX incidents_last_seen ON incidents(last_seen, id);
CREATE INDEX incidents_first_seen ON incidents(first_seen, id);
CREATE INDEX incidents_status_last_seen ON incidents(status, last_seen, id);
CREATE INDEX incidents_status_deadline ON incidents(status, deadline, id);
CREATE INDEX incidents_severity ON incidents(severity_score, id);
CREATE INDEX incidents_severity_level ON incidents(severity, last_seen, id);
CREATE INDEX incidents_severity_level_score ON incidents(severity, severity_score, id);
CREATE INDEX incidents_deadline ON incidents(deadline, id);
CREATE INDEX incidents_event_count ON incidents(event_count, id);
-- Covers the substring searches on site and workstation (a scan of this index, not the table).
CREATE INDEX incidents_site ON incidents(site, workstation, last_seen, id);
CREATE INDEX incidents_grouping ON incidents(user_pseudonym, site, last_seen);
CREATE INDEX incidents_types ON incidents(types, last_seen, id);

-- The wide JSON parts of an incident, apart, so that list scans and sorts
-- over incidents read narrow rows.
CREATE TABLE incident_details (
  incident_id TEXT PRIMARY KEY,
  stats TEXT NOT NULL,
  notification TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  incident_id TEXT NOT NULL,
  batch_id TEXT NOT NULL,
  agent_id TEXT NOT NULL,
  user_pseudonym TEXT NOT NULL,
  workstation TEXT NOT NULL,
  site TEXT NOT NULL,
  frame_origin TEXT,
  channel TEXT NOT NULL,
  action TEXT NOT NULL,
  decision TEXT NOT NULL,
  occurred_at TEXT NOT NULL,
  agent_received_at TEXT NOT NULL,
  hub_received_at TEXT NOT NULL,
  types TEXT NOT NULL,
  findings TEXT NOT NULL,
  summary TEXT NOT NULL,
  file TEXT,
  justification TEXT,
  extension_version TEXT NOT NULL,
  policy_version TEXT NOT NULL,
  agent_version TEXT NOT NULL
);
CREATE INDEX events_incident ON events(incident_id, occurred_at);
CREATE INDEX events_occurred ON events(occurred_at);

-- Events per day and finding type, for the dashboard: aggregates without
-- values, kept when event details are purged.
CREATE TABLE daily_type_counts (
  day TEXT NOT NULL,
  type TEXT NOT NULL,
  events INTEGER NOT NULL,
  PRIMARY KEY (day, type)
);

CREATE TABLE notes (
  id TEXT PRIMARY KEY,
  incident_id TEXT NOT NULL,
  at TEXT NOT NULL,
  author TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX notes_incident ON notes(incident_id, at);

CREATE TABLE audit (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT,
  detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_at ON audit(at, seq);
CREATE INDEX audit_target ON audit(target, at);

CREATE TABLE policies (
  version TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  policy TEXT NOT NULL,
  published_at TEXT NOT NULL,
  author TEXT NOT NULL,
  comment TEXT NOT NULL DEFAULT ''
);

CREATE TABLE profile (
  id INTEGER PRIMARY KEY,
  data TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE webhook_sent (
  incident_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  sent_at TEXT NOT NULL,
  PRIMARY KEY (incident_id, kind)
);

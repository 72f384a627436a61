-- The register states the workstation group an incident happened in. Until
-- now it was joined from the workstation's current group, so moving a
-- workstation rewrote history: the group is now kept on the incident, as it
-- was when its events arrived. Existing incidents take their current group.
ALTER TABLE incidents ADD COLUMN group_name TEXT;
UPDATE incidents SET group_name = (
  SELECT g.name FROM agents a JOIN workstation_groups g ON g.id = a.group_id WHERE a.id = incidents.agent_id
);
CREATE INDEX incidents_group_last_seen ON incidents(group_name, last_seen, id);

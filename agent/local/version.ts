// Reported to the hub with every event and heartbeat; bump with package.json.
export const AGENT_VERSION = '0.1.0';
